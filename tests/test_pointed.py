"""Replies that point back at the other side's statement by a word for it (pointed.py):
"those claims were false", "denied the accusation", "This is propaganda". The sentences are
made up, in the shape of wire reports of a dispute."""

from __future__ import annotations

import pytest

from attribcmp.model import Document, Link, Side
from attribcmp.pointed import fits, pointer
from tests.faceted import faceted_claim


@pytest.mark.parametrize(
    ("text", "cue", "words", "kind", "pronoun"),
    [
        # a word for a statement under "the/those/such", rejected
        ("those claims were false", "said", "those claims", "speech", False),
        ("the announcements were premature", "said", "the announcements", "announcement", False),
        ("the allegations are baseless", "said", "the allegations", "accusation", False),
        ("the report is a fabrication", "said", "the report", "report", False),
        ("such accusations are absurd", "said", "such accusations", "accusation", False),
        ("the figures are exaggerated", "said", "the figures", "figure", False),
        ("those numbers are too high", "said", "those numbers", "figure", False),
        ("the toll is far too low", "said", "the toll", "figure", False),
        ("that account is untrue", "said", "that account", "speech", False),
        ("the opposition charges in an interview", "dismissed", "the opposition charges",
         "accusation", False),
        # a denial cue with the statement as its object
        ("the accusation", "denied", "the accusation", "accusation", False),
        ("the charge", "rejected", "the charge", "accusation", False),
        ("the report", "dismissed", "the report", "report", False),
        # a bare pronoun: what was just said
        ("This is propaganda", "said", "This", "speech", True),
        ("it", "denied", "it", "speech", True),
        ("it a lie", "called", "it", "speech", True),
        ("that", "rejected", "that", "speech", True),
        # ... unless it is called a kind of statement
        ("It is not a true report", "said", "It", "report", False),
    ],
)  # fmt: skip
def test_pointer_reads_the_word_pointing_back(
    text: str, cue: str, words: str, kind: str, pronoun: bool
) -> None:
    found = pointer(faceted_claim(text, "c1", "a", text, cue=cue))
    assert found is not None
    assert (found.words, found.kind, found.pronoun) == (words, kind, pronoun)
    assert found.rejects


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # names the statement but does not answer it
        ("the report underscores the urgency of punishing the perpetrators", "said"),
        ("the figures were released on Monday", "said"),
        ("the numbers are high in the capital", "said"),  # a level, not a count judged
        # a clause, not a pronoun
        ("that abuses have taken place", "denies"),
        # the owner is named: a reply to that owner (link_answers.by_replies)
        ("the army's claims are false", "said"),
        # the content is told: it answers claims that say that, found by their words
        ("the allegations that soldiers looted shops", "denied"),
        # a long claim makes points of its own
        ("the claims are false because the troops were in the barracks all week long as the "
         "logs, the witnesses and the satellite pictures all show", "said"),
    ],
)  # fmt: skip
def test_no_pointer(text: str, cue: str) -> None:
    assert pointer(faceted_claim(text, "c1", "a", text, cue=cue)) is None


def _links(doc: str, told: list[tuple[str, str, str, str]]) -> tuple[Link, ...]:
    """Links of claims (id, side, words, cue) of one made-up article."""
    from attribcmp.links import link_claims
    from attribcmp.textfeatures import load_concepts

    claims = tuple(faceted_claim(doc, cid, side, text, cue=cue) for cid, side, text, cue in told)
    sides = tuple(Side(s, s.title()) for s in sorted({side for _, side, _, _ in told}))
    return link_claims(
        claims, documents=(Document("d", doc),), sides=sides, concepts=load_concepts()
    )


def _pointed(links: tuple[Link, ...]) -> set[tuple[str, str]]:
    return {(k.a, k.b) for k in links if any("points back" in r for r in k.reasons)}


@pytest.mark.parametrize(
    ("doc", "told", "expected"),
    [
        # "those claims": the other side's nearest claim before it
        ("Rebels claimed that soldiers burned the market in Kanda. "
         "But the army said that those claims were false.",
         [("c1", "rebels", "that soldiers burned the market in Kanda", "claimed"),
          ("c2", "army", "that those claims were false", "said")],
         {("c1", "c2")}),
        # "the allegations": the nearest claim of another side that alleges, not the nearer
        # one of the speaker's own side
        ("Villagers alleged that soldiers burned forty homes. Army officers alleged that "
         "rebels had looted shops. A colonel said the allegations are baseless.",
         [("c1", "villagers", "that soldiers burned forty homes", "alleged"),
          ("c2", "army", "that rebels had looted shops", "alleged"),
          ("c3", "army", "the allegations are baseless", "said")],
         {("c1", "c3")}),
        # "the announcements": the claim announced
        ("The governor announced that the curfew would be lifted on Friday. "
         "Opposition leaders said the announcements were premature.",
         [("c1", "governor", "that the curfew would be lifted on Friday", "announced"),
          ("c2", "opposition", "the announcements were premature", "said")],
         {("c1", "c2")}),
        # "the figures": a claim that gives a figure
        ("Officials said 12 people died in the flood. "
         "Relief workers said the figures were exaggerated.",
         [("c1", "officials", "12 people died in the flood", "said"),
          ("c2", "relief", "the figures were exaggerated", "said")],
         {("c1", "c2")}),
        # "the report": a claim reported
        ("The newspaper reported that the minister owned three villas abroad. "
         "The minister dismissed the report.",
         [("c1", "press", "that the minister owned three villas abroad", "reported"),
          ("c2", "minister", "the report", "dismissed")],
         {("c1", "c2")}),
        # "those claims" of an account: the claim naming the replier's side as the doer,
        # not the other side's word on its own losses told after it
        ("A Borduvian spokesman said Ruritanian troops shelled the bridge first. "
         '"Three of our men were wounded," he said. '
         "A Ruritanian spokeswoman said those claims were false.",
         [("c1", "borduvia", "Ruritanian troops shelled the bridge first", "said"),
          ("c2", "borduvia", '"Three of our men were wounded,"', "said"),
          ("c3", "ruritania", "those claims were false", "said")],
         {("c1", "c3")}),
        # ... and the nearest claim when none of the account names the replier's side; a
        # plural ("those claims") also the claims its speaker told with it in its paragraph
        ("A Borduvian spokesman said the bridge was closed at dawn. "
         '"Three of our men were wounded," he said. '
         "A Ruritanian spokeswoman said those claims were false.",
         [("c1", "borduvia", "the bridge was closed at dawn", "said"),
          ("c2", "borduvia", '"Three of our men were wounded,"', "said"),
          ("c3", "ruritania", "those claims were false", "said")],
         {("c1", "c3"), ("c2", "c3")}),
        # ... not a singular ("that claim"), nor a claim told in another paragraph, nor what
        # the speaker will do
        ("A Borduvian spokesman said the bridge was closed at dawn. "
         '"Three of our men were wounded," he said. '
         "A Ruritanian spokeswoman said that claim was false.",
         [("c1", "borduvia", "the bridge was closed at dawn", "said"),
          ("c2", "borduvia", '"Three of our men were wounded,"', "said"),
          ("c3", "ruritania", "that claim was false", "said")],
         {("c2", "c3")}),
        ("A Borduvian spokesman said the bridge was closed at dawn.\n\n"
         '"Three of our men were wounded," he said. '
         "A Ruritanian spokeswoman said those claims were false.",
         [("c1", "borduvia", "the bridge was closed at dawn", "said"),
          ("c2", "borduvia", '"Three of our men were wounded,"', "said"),
          ("c3", "ruritania", "those claims were false", "said")],
         {("c2", "c3")}),
        ("A Borduvian spokesman said it will rebuild the bridge. "
         '"Three of our men were wounded," he said. '
         "A Ruritanian spokeswoman said those claims were false.",
         [("c1", "borduvia", "it will rebuild the bridge", "said"),
          ("c2", "borduvia", '"Three of our men were wounded,"', "said"),
          ("c3", "ruritania", "those claims were false", "said")],
         {("c2", "c3")}),
        # "the accusation" and nothing around told as one: the other side's claim just
        # before it that names the replier
        ("The Ruritanian president claimed he has proof the virus was made in a lab in "
         "Borduvia. Borduvia denies the accusation.",
         [("c1", "ruritania", "he has proof the virus was made in a lab in Borduvia",
           "claimed"),
          ("c2", "borduvia", "the accusation", "denies")],
         {("c1", "c2")}),
        # "the allegations" and nothing told as one: the other side's nearest account of
        # harm before it, told with a plain "said"
        ("Villagers said soldiers killed four farmers near the river. "
         "The army rejected the allegations.",
         [("c1", "villagers", "soldiers killed four farmers near the river", "said"),
          ("c2", "army", "the allegations", "rejected")],
         {("c1", "c2")}),
        # a bare "this": what the other side has just said
        ("Rebels claimed that soldiers burned the market in Kanda. "
         "This is propaganda, the army said.",
         [("c1", "rebels", "that soldiers burned the market in Kanda", "claimed"),
          ("c2", "army", "This is propaganda", "said")],
         {("c1", "c2")}),
    ],
)  # fmt: skip
def test_a_pointing_reply_answers_the_claim_it_names(
    doc: str, told: list[tuple[str, str, str, str]], expected: set[tuple[str, str]]
) -> None:
    links = _links(doc, told)
    assert _pointed(links) == expected
    for link in links:
        if (link.a, link.b) in expected:
            assert link.relation.value == "diverge"


@pytest.mark.parametrize(
    ("doc", "told"),
    [
        # "the allegations", and no claim of another side alleges anything
        ("Villagers said that the river was low this summer. "
         "A company spokesman said the allegations are baseless.",
         [("c1", "villagers", "that the river was low this summer", "said"),
          ("c2", "company", "the allegations are baseless", "said")]),
        # "the accusation", and the claim just before names someone else
        ("The Ruritanian president claimed the virus was made in a lab in Kanda. "
         "Borduvia denies the accusation.",
         [("c1", "ruritania", "the virus was made in a lab in Kanda", "claimed"),
          ("c2", "borduvia", "the accusation", "denies")]),
        # "the allegations", and the other side only asked for something: no harm told
        ("Villagers asked the governor to open the road to the market. "
         "The army rejected the allegations.",
         [("c1", "villagers", "the governor to open the road to the market", "asked"),
          ("c2", "army", "the allegations", "rejected")]),
        # "the report", and the other side only said it
        ("Protesters said that troops fired on the crowd. The ministry dismissed the report.",
         [("c1", "protesters", "that troops fired on the crowd", "said"),
          ("c2", "ministry", "the report", "dismissed")]),
        # "the claims" and only the speaker's own side has claimed anything
        ("Army officers claimed that the town was calm. "
         "A colonel later said those claims were false.",
         [("c1", "army", "that the town was calm", "claimed"),
          ("c2", "army", "those claims were false", "said")]),
        # "the figures", and the other side gave none
        ("Villagers said that soldiers burned the market. "
         "The army said the figures were exaggerated.",
         [("c1", "villagers", "that soldiers burned the market", "said"),
          ("c2", "army", "the figures were exaggerated", "said")]),
    ],
)  # fmt: skip
def test_no_claim_fits_the_word_no_reply(doc: str, told: list[tuple[str, str, str, str]]) -> None:
    assert _pointed(_links(doc, told)) == set()


def test_a_pronoun_does_not_reach_back_past_the_sentence_before() -> None:
    doc = (
        "Rebels claimed that soldiers burned the market in Kanda. The army moved two "
        "battalions to the north. The weather turned cold. This is propaganda, the army said."
    )
    told = [
        ("c1", "rebels", "that soldiers burned the market in Kanda", "claimed"),
        ("c2", "army", "This is propaganda", "said"),
    ]
    assert _pointed(_links(doc, told)) == set()


@pytest.mark.parametrize(
    ("text", "named", "words", "kind"),
    [
        ("he said Erdogan had falsely accused him", "Erdogan", "had falsely accused",
         "accusation"),
        ("the ministry wrongly claimed the road was open", "the ministry", "wrongly claimed",
         "speech"),
        ("Amnesty falsely reported that troops fired", "Amnesty", "falsely reported", "report"),
        # naming alone, or a false thing said of someone else
        ("Erdogan said the plot failed", "Erdogan", "", ""),
        ("the rebels falsely accused Erdogan of the raid", "Erdogan", "", ""),
    ],
)  # fmt: skip
def test_called_false(text: str, named: str, words: str, kind: str) -> None:
    from attribcmp.pointed import called_false

    assert called_false(text, named) == (words, kind)


def test_falsely_accused_answers_the_named_speakers_accusation() -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Speaker, SpeakerKind
    from attribcmp.textfeatures import load_concepts

    doc = (
        "President Okafor accused the exiled cleric Bello of organizing the plot. "
        "Okafor also demanded that the cleric be sent home. "
        "Bello told reporters that Okafor had falsely accused him."
    )
    told = [
        ("c1", "gov", "the exiled cleric Bello of organizing the plot", "accused"),
        ("c2", "gov", "that the cleric be sent home", "demanded"),
        ("c3", "cleric", "that Okafor had falsely accused him", "told"),
    ]
    claims = tuple(faceted_claim(doc, cid, side, text, cue=cue) for cid, side, text, cue in told)
    speakers = (
        Speaker(id="s-gov", name="Okafor", kind=SpeakerKind.PERSON, side="gov"),
        Speaker(id="s-cleric", name="Bello", kind=SpeakerKind.PERSON, side="cleric"),
    )
    links = link_claims(
        claims,
        documents=(Document("d", doc),),
        speakers=speakers,
        sides=(Side("gov", "Government"), Side("cleric", "Cleric")),
        concepts=load_concepts(),
    )
    replies = {(k.a, k.b) for k in links if any("falsely accused" in r for r in k.reasons)}
    assert replies == {("c1", "c3")}


@pytest.mark.parametrize(
    ("text", "fitting"),
    [
        # an announcement told in its words: "announced", "will be declared"
        ("the truce will be announced at nine", True),
        ("An agreement for calm has been reached. It will be declared at nine", True),
        # an agreement reached, with no word that makes it known
        ("a cessation agreement was in place", False),
    ],
)
def test_an_announcement_in_the_claims_words(text: str, fitting: bool) -> None:
    # "the announcements were premature" points at what the other side made known
    assert bool(fits("announcement", faceted_claim(text, "c1", "a", text))) is fitting

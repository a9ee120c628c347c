"""Diplomatic acts (acts.py, data/acts.yaml) and how they pair two readouts' claims on one
topic (topics.topic_pairs). The sentences are made up, in the shape of two governments'
readouts of one call (Atlantis and Borduria)."""

from __future__ import annotations

import pytest

from attribcmp.acts import REBUT, STRONG, WEAK, act_match, claim_acts, text_acts
from attribcmp.facets import facet_claims
from attribcmp.links import link_claims
from attribcmp.model import Claim, ClaimKind, Document, Relation, Side, TextSpan
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()
SIDES = (Side("a", "Atlantis"), Side("b", "Borduria"))


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("the ministers agreed to stay in touch", {"agree", "continue"}),
        ("the continuation of regular consultations", {"continue"}),
        ("the two sides continued their dialogue on energy", {"continue"}),
        ("the need to maintain communication", {"continue", "demand"}),
        # "continue" alone continues anything: no contact word after it
        ("will continue to take steps to protect its farmers", set()),
        # an adjective continues nothing; "willing" is no "will"
        ("in the face of a continuing threat", set()),
        ("his willingness to help", {"commit"}),
        ("the next round will take place in the autumn", {"plan"}),
        ("urged the other side to withdraw its troops", {"demand"}),
        ("warned of severe consequences", {"warn"}),
        ("explained the principled position of his government", {"explain"}),
        ("exchanged views on the harvest", {"discuss"}),
        ("expressed concern about the detentions", {"concern"}),
        ("hacking attacks by groups based in the capital", {"accuse"}),
        ("offered sincere condolences", {"condolence"}),
        # rejecting the other's standing: "an internal affair", "under the pretext of"
        ("the matter is an internal affair of the republic", {"rebut"}),
        ("strongly opposes unilateral moves", {"concern"}),
        ("anyone playing with fire will get burnt", {"warn"}),
        ("the weather was mild", set()),
        # one visit told from each end: the host's welcome, the guest's acceptance
        ("looked forward to welcoming him to the capital", {"plan"}),
        ("accepted the President's invitation", {"plan", "propose"}),
        ("accepted an invitation to visit the capital", {"plan", "propose"}),
        # an invitation declined is no plan, whatever the verb: it rebuts the offer
        ("declined the invitation to visit the capital", {"propose", "rebut"}),
        ("turned down an invitation to visit", {"propose", "rebut"}),
        ("declined to comment on the visit", set()),
        # welcoming a decision is praise, not a visit
        ("welcoming the ceasefire", set()),
        # "encouraged him to": an ask, softly put; being encouraged asks nothing
        ("encouraged the premier to reopen the border crossings", {"demand"}),
        ("was encouraged by the progress on the border crossings", set()),
        ("we were encouraged to see the crossings reopen", set()),
        # a commitment asked of the other side is the ask's object, not one the speaker makes;
        # one made before the ask stays
        ("encouraged her to consider further pledges of relief", {"demand"}),
        ("called for a commitment to the truce", {"demand"}),
        ("reaffirmed his commitment and urged them to act", {"commit", "demand"}),
        ("the next meeting in the coming days", {"plan"}),
        # consulting is keeping in contact; "closely" may stand inside "working together"
        ("will continue to consult closely on the incident", {"continue"}),
        ("agreed to keep in close contact on the matter", {"agree", "continue"}),
        ("to stay in close consultation", {"continue"}),
        ("resolved to continue working closely together", {"continue"}),
        ("will continue to work closely with the donors", {"continue"}),
        # one condolence in the other account's words; thoughts shared on a matter are none
        ("his shock and sadness about the shooting", {"condolence"}),
        (
            "the thoughts of people in the kingdom were with the families of the victims",
            {"condolence"},
        ),
        ("he shared his thoughts on the harvest with the people", set()),
        # resolve is a stance of one's own; "resolve" the verb settles a matter
        ("will continue to respond to the regime in a resolute manner", {"commit"}),
        ("to resolve the dispute over the islands", set()),
        # a leader's first-person praise
        ("I highly value the commitment of the President", {"praise", "commit"}),
    ],
)
def test_text_acts(text: str, acts: set[str]) -> None:
    assert text_acts(text) == acts


@pytest.mark.parametrize(
    ("a", "b", "strength", "relation"),
    [
        # the same cooperative act told twice: one point, converge
        ({"continue"}, {"agree", "continue"}, STRONG, Relation.CONVERGE),
        ({"plan"}, {"plan"}, STRONG, Relation.CONVERGE),
        # one side agreed what the other only discussed: partial
        ({"discuss", "plan"}, {"agree", "plan"}, STRONG, Relation.PARTIAL),
        # a warning told two ways: one point, each side's stress
        ({"warn"}, {"warn"}, STRONG, Relation.PARTIAL),
        # an accusation or demand met by a rebuttal: diverge
        ({"accuse"}, {"commit", "rebut"}, STRONG, Relation.DIVERGE),
        ({"rebut"}, {"demand"}, STRONG, Relation.DIVERGE),
        # a warning met by an explanation of one's position: partial, weakly tied
        ({"warn"}, {"explain"}, WEAK, Relation.PARTIAL),
        # a threat met by an offer: partial, never converge
        ({"warn"}, {"propose"}, WEAK, Relation.PARTIAL),
        # everybody commits and praises: alone, a weak tie
        ({"commit"}, {"commit"}, WEAK, Relation.CONVERGE),
        # "they discussed X" / "X was discussed": the same item on both agendas, weakly
        ({"discuss"}, {"discuss"}, WEAK, Relation.CONVERGE),
    ],
)
def test_act_match(a: set[str], b: set[str], strength: int, relation: Relation) -> None:
    found = act_match(frozenset(a), frozenset(b))
    assert found is not None
    assert (found.strength, found.relation) == (strength, relation)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"accuse"}, {"accuse"}),  # two accusations are two points
        (set(), {"plan"}),
    ],
)
def test_act_match_none(a: set[str], b: set[str]) -> None:
    assert act_match(frozenset(a), frozenset(b)) is None


def _account(side: str, sentences: list[str]) -> tuple[Claim, ...]:
    """One account: each sentence a claim of the document's own voice, one per sentence."""
    out = []
    start = 0
    for k, text in enumerate(sentences):
        out.append(
            Claim(
                id=f"{side}{k + 1}",
                doc_id=f"d-{side}",
                speaker_id=f"s-{side}",
                kind=ClaimKind.INDIRECT,
                content=TextSpan(text, start, start + len(text)),
                parts=((start, start + len(text)),),
                cue=TextSpan("said", 0, 4),
                side=side,
            )
        )
        start += len(text) + 1
    return facet_claims(tuple(out), (), concepts=CONCEPTS)


def _topic_links(claims: tuple[Claim, ...]) -> dict[tuple[str, str], Relation]:
    return {
        (k.a, k.b): k.relation
        for k in link_claims(claims, sides=SIDES, concepts=CONCEPTS)
        if "topic" in k.signals
    }


def test_one_topic_told_point_by_point() -> None:
    # The call's main topic fills most claims of both accounts: the acts pair them.
    a = _account(
        "a",
        [
            "hacking attacks by gangs based in Borduria on our hospitals",
            "the need for Borduria to stop the ransomware gangs",
            "Atlantis remains committed to continued talks on cyber threats",
        ],
    )
    b = _account(
        "b",
        [
            "no request about cybercrime has been received from Atlantis",
            "the two sides should continue consultations on information security",
        ],
    )
    links = _topic_links(a + b)
    assert links[("a1", "b1")] is Relation.DIVERGE  # accusation vs "no request received"
    assert links[("a2", "b1")] is Relation.DIVERGE  # demand vs the same rebuttal
    assert links[("a3", "b2")] is Relation.CONVERGE  # both keep talking
    assert ("a3", "b1") not in links


def test_a_claim_pointing_back_takes_the_topic_before_it() -> None:
    a = _account("a", ["the hackers operating from Borduria's territory"])
    b = _account(
        "b",
        [
            "malicious activity in the information space is a shared problem",
            "the challenges in this area call for joint work",
        ],
    )
    links = _topic_links(a + b)
    # b1 is a's best partner; b2 has the topic only through "in this area" and stays apart.
    assert list(links) == [("a1", "b1")]
    c = _account("a", ["the hackers operating from Borduria's territory", "a new trade pact"])
    d = _account("b", ["the tariff schedule", "the challenges in this area call for joint work"])
    # d2 points back to the trade item before it, not to cyber.
    assert ("a1", "b2") not in _topic_links(c + d)


def _doc_claims(side: str, sentences: list[str]) -> tuple[tuple[Claim, ...], Document]:
    """One account as a document, each sentence one claim of its own voice."""
    text = " ".join(sentences)
    doc = Document(f"d-{side}", text)
    made = []
    for k, sentence in enumerate(sentences):
        start = text.index(sentence)
        made.append(
            Claim(
                id=f"{side}{k + 1}",
                doc_id=doc.id,
                speaker_id=f"s-{side}",
                kind=ClaimKind.INDIRECT,
                content=TextSpan(sentence, start, start + len(sentence)),
                parts=((start, start + len(sentence)),),
                side=side,
            )
        )
    return facet_claims(tuple(made), (doc,), concepts=CONCEPTS), doc


def test_a_third_country_pairs_two_accounts_only_on_acts_that_meet() -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims(
        "a",
        [
            "President Dupont spoke today with Chancellor Weber regarding Lebanon.",
            "The leaders urged all parties in Lebanon to show restraint.",
            "Officials also met their counterparts from Chile.",
        ],
    )
    b, doc_b = _doc_claims(
        "b",
        [
            "The aim is to help Lebanon form a government soon.",
            "Nobody plans new tariffs on Chile.",
        ],
    )
    links = {
        (k.a, k.b)
        for k in link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
        if "topic" in k.signals
    }
    # the urging meets the stated aim; the call's opening and a bare mention of Chile do not
    assert ("a2", "b1") in links
    assert not {("a1", "b1"), ("a3", "b2")} & links


def test_one_person_cannot_answer_oneself() -> None:
    # The other account reporting the same person's words is the same voice, not an answer.
    assert act_match(frozenset({"demand"}), frozenset({"rebut"}), one_speaker=True) is None
    found = act_match(frozenset({"warn"}), frozenset({"warn"}), one_speaker=True)
    assert found is not None and found.strength == STRONG


def test_acts_with_no_topic_pair_on_their_own() -> None:
    # "stayed in touch" / "continue contacts" name no agenda topic: the act is the point.
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims(
        "a", ["The ministers agreed to stay in touch.", "The ministers will continue to travel."]
    )
    b, doc_b = _doc_claims("b", ["The two sides agreed to continue contacts."])
    found = [
        k
        for k in link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
        if "topic" in k.signals
    ]
    assert [(k.a, k.b, k.relation) for k in found] == [("a1", "b1", Relation.CONVERGE)]
    assert "same point: keeping in contact" in found[0].reasons[0]


def test_not_only_is_no_rebuttal() -> None:
    # "not only ... but" adds; it denies nothing, so the two stay on one side of the question.
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", ["The ministers agreed to continue the dialogue on arms control."])
    b, doc_b = _doc_claims(
        "b",
        ["Both expressed willingness to continue the dialogue on arms control, which serves "
         "not only the two countries but the whole world."],
    )  # fmt: skip
    (link,) = [
        k
        for k in link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
        if "topic" in k.signals
    ]
    assert link.relation is not Relation.DIVERGE


@pytest.mark.parametrize(
    ("said_a", "said_b"),
    [
        # one item discussed, told in each account's own words
        ("The President and the Chancellor discussed efforts to end the fighting in Lebanon.",
         "Weber and Dupont talked about the situation in Lebanon."),
        # one visit: the host looks forward to it, the guest accepts the invitation
        ("The President looked forward to welcoming Chancellor Weber to Paris.",
         "The Chancellor accepted the President's invitation."),
        ("The President said he looked forward to welcoming the Chancellor in the spring.",
         "Chancellor Weber accepted an invitation to visit France."),
    ],
)  # fmt: skip
def test_one_act_told_in_other_words_converges(said_a: str, said_b: str) -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", [said_a])
    b, doc_b = _doc_claims("b", [said_b])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert [(k.a, k.b, k.relation) for k in found] == [("a1", "b1", Relation.CONVERGE)]
    # the reader is told why: the one act, or the one plan both accounts tell
    assert any("in their own words" in r or "both plan it" in r for r in found[0].reasons)


@pytest.mark.parametrize(
    ("said_a", "said_b", "relation"),
    [
        # one side "agreed to hold" the meeting, the other looks forward to it: one plan, the
        # agreeing is how the first account tells it
        ("The ministers agreed to hold a video conference of Arda Pact members next week to "
         "settle a joint position.",
         "The two ministers looked forward to taking the matter up at a video conference of "
         "Arda Pact members in the coming days.",
         Relation.CONVERGE),
        ("The ministers agreed to hold an online session of the Arda Pact council next week to "
         "discuss a joint stance.",
         "The President and the Chancellor looked forward to discussing the question further "
         "at an online session of the council in the coming days.",
         Relation.CONVERGE),
    ],
)  # fmt: skip
def test_one_plan_agreed_and_expected_converges(
    said_a: str, said_b: str, relation: Relation
) -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", [said_a])
    b, doc_b = _doc_claims("b", [said_b])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert [(k.a, k.b, k.relation) for k in found] == [("a1", "b1", relation)]
    # the reader is told it is one plan
    assert any("plan" in r for r in found[0].reasons), found[0].reasons


def test_an_ask_met_by_the_others_intention_is_partial() -> None:
    # "encouraged him to consider more aid" / "explained his intention to speed up aid": one
    # initiative told from its two ends, the ask and the answer; not both committing
    asked = text_acts("encouraged him to consider additional commitments of relief")
    intended = text_acts("explained his intention to speed up relief of all kinds")
    match = act_match(asked, intended)
    assert match is not None
    assert (match.relation, match.reason) == (
        Relation.PARTIAL,
        "a demand answered by a commitment",
    )


def test_one_act_in_other_words_says_so() -> None:
    # "discussed ... Lebanon" / "talked about the situation in Lebanon": the act decides
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims(
        "a", ["The President and the Chancellor discussed efforts to end the fighting in Lebanon."]
    )
    b, doc_b = _doc_claims("b", ["Weber and Dupont talked about the situation in Lebanon."])
    (link,) = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert link.relation is Relation.CONVERGE
    assert link.reasons[0] == "both accounts discuss it, in their own words"


@pytest.mark.parametrize(
    ("said_a", "said_b"),
    [
        # one country named, each account says something else of it: two points
        ("The President and the Prime Minister discussed Atlantis's lending to northern "
         "countries.",
         "The two leaders discussed Atlantis's plans for a naval base on the Gulf of Arda."),
        ("The President proposed new sanctions on the oil sector of Atlantis.",
         "The Chancellor suggested a meeting with the foreign minister of Atlantis."),
        # the host's welcome is no plan the guest shares when the guest declined
        ("The President looked forward to welcoming him to Paris.",
         "Weber declined the invitation to visit Paris."),
        ("The President looked forward to welcoming him to Paris.",
         "Weber turned down the invitation to visit Paris."),
    ],
)  # fmt: skip
def test_one_act_on_a_shared_name_alone_does_not_converge(said_a: str, said_b: str) -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", [said_a])
    b, doc_b = _doc_claims("b", [said_b])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert [k.relation for k in found if k.relation is Relation.CONVERGE] == []


@pytest.mark.parametrize(
    ("said_a", "said_b"),
    [
        # one account agreed what the other only discussed: partial
        ("The leaders agreed on new steps to end the fighting in Lebanon.",
         "Weber and Dupont talked about the situation in Lebanon."),
        # one account discussed much more than the other
        ("The leaders discussed flood aid for the south, new trade routes, energy prices, "
         "the coming summit of the union and Lebanon.",
         "Weber and Dupont talked about Lebanon."),
    ],
)  # fmt: skip
def test_one_act_with_more_said_stays_partial(said_a: str, said_b: str) -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", [said_a])
    b, doc_b = _doc_claims("b", [said_b])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert [(k.a, k.b, k.relation) for k in found] == [("a1", "b1", Relation.PARTIAL)]


@pytest.mark.parametrize(
    ("said_a", "said_b", "linked"),
    [
        # a word of a title or body ("Special", "Council") names nothing the two share
        ("The President backed the efforts of the UN Special Representative for Lebanon.",
         "The ministers praised the OSCE Special Monitoring Mission in the east.", False),
        # a rare name both give is an agenda item
        ("The President raised the case of Ivan Petrenko.",
         "The Chancellor said Petrenko would be released soon.", True),
    ],
)  # fmt: skip
def test_shared_names_are_names(said_a: str, said_b: str, linked: bool) -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", [said_a])
    b, doc_b = _doc_claims("b", [said_b])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert any("name" in k.signals for k in found) is linked


@pytest.mark.parametrize(
    ("text", "rebuts"),
    [
        # a negation of what was said rebuts it
        ("Borduria did not send troops across the border", True),
        ("the protests had nothing to do with the election", True),
        # a gerund's "not" names what is wanted; a negation setting a condition presses
        ("the importance of not losing the gains made in the region", False),
        ("a settlement cannot be achieved while troops stay in the region", False),
        ("there will be no deal unless the troops withdraw", False),
        # a negation after a modal of obligation demands of a party, it rebuts nothing said
        ("Iran must not be allowed to obtain a nuclear weapon", False),
        ("outside powers should not interfere in the election", False),
        ("Borduria mustn't send troops across the border", False),
    ],
)
def test_only_a_negation_of_what_was_said_rebuts(text: str, rebuts: bool) -> None:
    (claim,) = _account("a", [text])
    assert (REBUT in claim_acts(claim)) is rebuts


@pytest.mark.parametrize(
    ("said_a", "said_b", "relation"),
    [
        # one item, of like length, neither naming what the other account leaves out: one
        # point in two wordings
        ("Both leaders also emphasized the urgency of addressing the humanitarian crisis in "
         "Yemen.",
         "The Prime Minister also raised Yemen, highlighting our deep concerns at the "
         "humanitarian situation.",
         Relation.CONVERGE),
        # one account names a place the other never names (the West Bank): an element only
        # one side tells
        ("Both leaders also emphasized the urgency of addressing the humanitarian crisis in "
         "Yemen.",
         "The Prime Minister also raised Yemen and the West Bank, highlighting our deep "
         "concerns at the humanitarian situation.",
         Relation.PARTIAL),
    ],
)  # fmt: skip
def test_one_point_in_two_wordings(said_a: str, said_b: str, relation: Relation) -> None:
    parties = (Side("a", "Atlantis"), Side("b", "Borduria"))
    a, doc_a = _doc_claims("a", [said_a])
    b, doc_b = _doc_claims("b", [said_b])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert [(k.a, k.b, k.relation) for k in found] == [("a1", "b1", relation)]
    if relation is Relation.CONVERGE:
        assert found[0].reasons[0].startswith("one point in two wordings")


def _points(side: str, sentences: list[list[str]]) -> tuple[tuple[Claim, ...], Document]:
    """One account as a document: each sentence given as its points, each point a claim."""
    text = " ".join(" ".join(points) for points in sentences)
    doc = Document(f"d-{side}", text)
    made = []
    start = 0
    for points in sentences:
        for point in points:
            start = text.index(point, start)
            made.append(
                Claim(
                    id=f"{side}{len(made) + 1}",
                    doc_id=doc.id,
                    speaker_id=f"s-{side}",
                    kind=ClaimKind.INDIRECT,
                    content=TextSpan(point, start, start + len(point)),
                    parts=((start, start + len(point)),),
                    side=side,
                )
            )
            start += len(point)
    return facet_claims(tuple(made), (doc,), concepts=CONCEPTS), doc


@pytest.mark.parametrize(
    ("sentences_a", "linked"),
    [
        # one sentence, two points: the second ("the need to be bold") is on the first's item
        ([["The leaders agreed on the importance of the new trade pact,",
           "and the premier stressed the need to be bold to reach their shared vision."]],
         True),
        # two sentences: the second names no item, and takes none
        ([["The leaders agreed on the importance of the new trade pact."],
          ["The premier stressed the need to be bold to reach their shared vision."]],
         False),
    ],
)  # fmt: skip
def test_a_point_split_from_a_sentence_keeps_its_item(
    sentences_a: list[list[str]], linked: bool
) -> None:
    parties = (Side("a", "Atlantis"), Side("b", "Borduria"))
    a, doc_a = _points("a", sentences_a)
    b, doc_b = _points(
        "b",
        [["The two leaders confirmed their goal of concluding the tariff talks soon."],
         ["They agreed to keep cooperating for an early close of the negotiations."]],
    )  # fmt: skip
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    # the second point is linked on the trade item only where it shares the first's sentence
    assert any("a2" in (k.a, k.b) for k in found if "topic" in k.signals) is linked


@pytest.mark.parametrize(
    ("closing", "linked"),
    [
        # "the issue", "the negotiations" point back to the item before, as "this issue" does
        ("They agreed to keep in close contact on the issue.", True),
        ("They agreed to continue consultations on the matter.", True),
        # no word pointing back, no item: the closing stays apart
        ("They agreed to keep in close contact.", False),
    ],
)
def test_the_definite_article_points_back(closing: str, linked: bool) -> None:
    parties = (Side("a", "Atlantis"), Side("b", "Borduria"))
    a, doc_a = _doc_claims(
        "a",
        [
            "The leaders condemned the use of nerve agents against civilians.",
            "The leaders will continue to consult closely on the chemical attack.",
        ],
    )
    b, doc_b = _doc_claims("b", ["The attack with chemical weapons was an outrage.", closing])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    assert (("a2", "b2") in {(k.a, k.b) for k in found if "topic" in k.signals}) is linked


@pytest.mark.parametrize(
    ("said_a", "linked"),
    [
        # one point on a country in each account
        ("The leaders discussed the situation in Syria.", True),
        # a list of the call's items heads the points on each: not a point on the country
        ("Their talks covered Syria, Libya, Iraq and the review of spying programmes.", False),
    ],
)
def test_a_list_of_the_calls_items_is_no_point_on_a_country(said_a: str, linked: bool) -> None:
    parties = (Side("a", "France"), Side("b", "Germany"))
    a, doc_a = _doc_claims("a", ["The President spoke today with the Chancellor.", said_a])
    b, doc_b = _doc_claims("b", ["They also discussed the growing threat of militants in Syria."])
    found = link_claims(a + b, documents=(doc_a, doc_b), sides=parties, concepts=CONCEPTS)
    # (the shared name may still link them on its own: this is about the agenda item)
    assert (("a2", "b1") in {(k.a, k.b) for k in found if "topic" in k.signals}) is linked

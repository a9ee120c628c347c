"""Contested matters: stances read from a claim's words (matters.py, data/matters.yaml) and the
link between two sides' claims on one matter (link_matters.py)."""

from __future__ import annotations

import pytest

from attribcmp.facets import facet_claims
from attribcmp.links import link_claims
from attribcmp.matters import find_matters, matter_table
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # who holds the ground: the holder inside the phrase, before it, or beaten in the passive
        ("the area is entirely in government hands", "said",
         [("military", "prevails", "camp:government")]),
        ("we are surrounding their troops in rural areas under our control", "said",
         [("military", "prevails", "own")]),
        ("the rebellion in the region has not been defeated", "said",
         [("military", "prevails", "camp:insurgents")]),
        ("the troops defeated the rebels near the town", "said",
         [("military", "beaten", "camp:insurgents")]),
        ("all major military operations in the west had ended", "declared",
         [("military", "prevails", "camp:government")]),
        # a denying cue turns the denied claim round
        ("the president's claim that government forces are in full control of the province",
         "denied", [("military", "beaten", "camp:government")]),
        # a vote's fairness; a negation turns it round
        ("the vote was fair", "said", [("fairness", "fair", "")]),
        ("there were voting irregularities, including stuffed ballot boxes", "said",
         [("fairness", "flawed", ""), ("fairness", "flawed", "")]),
        ("the election could not be called free and fair", "said", [("fairness", "flawed", "")]),
        # an observers' verdict with no verb before it, either way
        ("the election fair", "declared", [("fairness", "fair", "")]),
        ("the election was not democratic", "said", [("fairness", "flawed", "")]),
        ("the election failed to meet accepted international standards", "said",
         [("fairness", "flawed", "")]),
        # an offer and its refusal: the refusal wins over the offer it names
        ("he would give amnesty to all fighters who surrender their weapons", "said",
         [("offer", "offered", "")]),
        ("it will never accept a deal proposed by the president", "said",
         [("offer", "refused", "")]),
        ("the unions refused to accept the offer", "said", [("offer", "refused", "")]),
        ("politics have nothing to do with the case", "said",
         [("motive", "not_political", "")]),
        ("the prosecution is politically motivated", "said", [("motive", "political", "")]),
        ("the ceasefire was largely holding", "said", [("ceasefire", "holding", "")]),
        ("rebel units violated the truce twice", "said", [("ceasefire", "violated", "")]),
        ("the group had nothing to do with the bombing", "said",
         [("involvement", "not_involved", "")]),
        ("the government is illegitimate", "said", [("legitimacy", "illegitimate", "")]),
        # who won the vote: a name after or before the words, "he" is the speaker's own
        ("President Joseph Kabila has won re-election", "said",
         [("winner", "won", "name:kabila")]),
        ("we urge president-elect Evariste Ndayishimiye to lead", "said",
         [("winner", "won", "name:ndayishimiye")]),
        ("he is the country's new president", "said", [("winner", "won", "self")]),
        ("Smith will be the new president", "said", [("winner", "won", "")]),
        ("Smith did not win the election", "said", []),
        ("the ceasefire has largely held", "said", [("ceasefire", "holding", "")]),
        ("our troops remain in the province", "said", [("presence", "present", "")]),
        ("the troops have been withdrawn from the town", "said",
         [("presence", "withdrawn", "")]),
        # a supply cut, flowing as promised, or diverted on the way
        ("Russia has reduced its deliveries", "said", [("supply", "blocked", "")]),
        ("the company was ready to fulfill its commitments to its customers", "said",
         [("supply", "flowing", "")]),
        ("aid is reaching all areas", "said", [("supply", "flowing", "")]),
        ("an earlier claim that the transit country is siphoning off gas", "said",
         [("supply", "diverted", "")]),
        # the means to pay: it cannot afford what is asked / it has the money and will not pay
        ("it cannot afford the increase", "said", [("means", "unable", "")]),
        ("the administration is unable to raise the money required to meet the court's pay "
         "order", "said", [("means", "unable", "")]),
        ("the government has a lot of money to pay them", "said",
         [("means", "unwilling", "")]),
        # ... only in a dispute over pay: "no money" for a stadium is no pay dispute's
        ("the club cannot afford a new stadium", "said", []),
        # words of a matter used of something else
        ("the truce talks were held in Oslo", "said", []),
        ("the government will remain in talks", "said", []),
        ("they have legitimate concerns about the economy", "said", []),
        # not a matter: a denial of allegations, refusing to act, no war or vote named,
        # words reported inside the claim
        ("the ministry rejected the allegations of abuse", "said", []),
        ("the delegates refused to enter the room", "said", []),
        ("the senator is in control of the committee", "said", []),
        ("He says he has crushed our rebels.", "said", []),
        ("", "said", []),
    ],
)  # fmt: skip
def test_find_matters(text: str, cue: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(m.matter, m.stance, m.holder) for m in find_matters(text, cue)]
    assert found == expected


def test_matter_in_passing_in_a_long_claim_is_not_main() -> None:
    long = (
        "The minister spoke for an hour about the budget, the new schools, the roads to be "
        "built in the north next year, the price of fuel, the hospitals and their staff, "
        "the teachers' pay and the pensions, and the vote in the spring was fair"
    )
    (stance,) = find_matters(long, "said")
    assert stance.matter == "fairness" and not stance.main
    (short,) = find_matters("the vote was fair", "said")
    assert short.main


def test_every_matter_is_well_formed() -> None:
    for matter in matter_table():
        assert matter.kind in ("poles", "prevail", "winner"), matter.name
        for pair in matter.clash:
            assert pair <= set(matter.precedence), matter.name
        for stance, opposite in matter.negated.items():
            assert {stance, opposite} <= set(matter.precedence), matter.name


# -- the link step ------------------------------------------------------------------------------

DOC = (
    "Rebels and the army gave rival accounts of the fighting in the north on Tuesday. "
    "Amos Dikeni, a spokesman for the rebel Movement for Renewal, said the region is under our "
    "control. "
    "Colonel Ibrahim Sallah, an army spokesman, said the region is entirely in government hands. "
    "In Kunar province, Dikeni said the district is under our control. "
    "In Helmand province, Sallah said the district is under government control. "
    "Sallah said he would give amnesty to all rebels who surrender. "
    "Dikeni said they reject the amnesty. "
    "Sallah said the army made an offer of talks in May. "
    "Dikeni said the movement wants a better offer of talks. "
    "Sallah said the rebels violated the truce. "
    "Dikeni said the army violated the truce. "
    "Dikeni also said the movement had opened new offices, trained nurses and teachers, built "
    "roads and wells in many villages, cared for the wounded and the displaced, fed the hungry "
    "and kept the markets open all year, whatever the army says, in areas under our control."
)


def _claim(cid: str, side: str, text: str, document: str = DOC) -> Claim:
    start = document.find(text)
    assert start >= 0, text
    return Claim(
        id=cid,
        doc_id="d",
        speaker_id="s-" + side,
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, start, start + len(text)),
        parts=((start, start + len(text)),),
        cue=TextSpan("said", 0, 4),
        side=side,
    )


def _mention(text: str) -> SpeakerMention:
    at = DOC.find(text)
    return SpeakerMention("d", TextSpan(text, at, at + len(text)))


SPEAKERS = (
    Speaker("s-r", "Amos Dikeni", SpeakerKind.PERSON, side="r",
            mentions=(_mention("Amos Dikeni"),)),
    Speaker("s-g", "Ibrahim Sallah", SpeakerKind.PERSON, side="g",
            mentions=(_mention("Colonel Ibrahim Sallah"),)),
)  # fmt: skip
SIDES = (Side("r", "rebels"), Side("g", "army"))


def _links(*claims: Claim) -> dict[tuple[str, str], tuple[Relation, str]]:
    faceted = facet_claims(claims, (Document("d", DOC),), concepts=CONCEPTS)
    links = link_claims(
        faceted, documents=(Document("d", DOC),), speakers=SPEAKERS, sides=SIDES, concepts=CONCEPTS
    )
    return {(ln.a, ln.b): (ln.relation, " | ".join(ln.reasons)) for ln in links}


@pytest.mark.parametrize(
    ("a", "b", "relation", "words"),
    [
        # each side says it holds the ground
        (("r", "the region is under our control"),
         ("g", "the region is entirely in government hands"),
         Relation.DIVERGE, ("control of the area", "under our control", "in government hands")),
        # an offer and its refusal
        (("g", "he would give amnesty to all rebels who surrender"),
         ("r", "they reject the amnesty"),
         Relation.DIVERGE, ("the offer", "amnesty", "reject")),
        # both name an offer: neither accepts nor disputes it
        (("g", "the army made an offer of talks in May"),
         ("r", "the movement wants a better offer of talks"), None, ()),
        # each says the other broke the truce: no agreement on it
        (("g", "the rebels violated the truce"), ("r", "the army violated the truce"), None, ()),
        # same matter, different places: two scenes, no link
        (("r", "the district is under our control"),
         ("g", "the district is under government control"), None, ()),
        # the matter in passing at the end of a long claim about something else
        (("r", "the movement had opened new offices, trained nurses and teachers, built roads "
               "and wells in many villages, cared for the wounded and the displaced, fed the "
               "hungry and kept the markets open all year, whatever the army says, in areas "
               "under our control"),
         ("g", "the region is entirely in government hands"), None, ()),
    ],
)  # fmt: skip
def test_matter_links(
    a: tuple[str, str], b: tuple[str, str], relation: Relation | None, words: tuple[str, ...]
) -> None:
    found = _links(_claim("c1", *a), _claim("c2", *b))
    if relation is None:
        assert not any(
            r.startswith(("control of the area", "the offer", "the ceasefire"))
            for _rel, r in found.values()
        ), found
        return
    rel, reason = found[("c1", "c2")]
    assert rel is relation
    for w in words:
        assert w in reason


PAY = (
    "Teachers went on strike on Monday. The ministry said it cannot afford the pay increase. "
    "The union said the government has a lot of money to pay teachers. "
    "The schools said they cannot afford the pay increase either."
)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the payer says it cannot afford the raise, the union that it has the money
        (("g", "it cannot afford the pay increase"),
         ("r", "the government has a lot of money to pay teachers"), Relation.DIVERGE),
        # two sides each unable to pay: maybe two payers, no link on the matter
        (("g", "it cannot afford the pay increase"),
         ("r", "they cannot afford the pay increase either"), None),
    ],
)  # fmt: skip
def test_means_to_pay_links(
    a: tuple[str, str], b: tuple[str, str], relation: Relation | None
) -> None:
    claims = (_claim("c1", *a, document=PAY), _claim("c2", *b, document=PAY))
    doc = Document("d", PAY)
    faceted = facet_claims(claims, (doc,), concepts=CONCEPTS)
    links = link_claims(faceted, documents=(doc,), sides=SIDES, concepts=CONCEPTS)
    found = {(ln.a, ln.b): ln for ln in links if "control" in ln.signals}
    if relation is None:
        assert not found
        return
    link = found[("c1", "c2")]
    assert link.relation is relation
    assert any(r.startswith("the means to pay") and "cannot afford" in r for r in link.reasons)


ELECTION = (
    "The electoral commission said President Kabila won re-election with 49 percent. "
    "Etienne Tshisekedi said he is the country's new president. "
    "Observers said Kabila won the election."
)


def test_rival_winners_diverge_and_the_same_winner_converges() -> None:
    claims = (
        _claim("c1", "k", "President Kabila won re-election with 49 percent", ELECTION),
        _claim("c2", "t", "he is the country's new president", ELECTION),
        _claim("c3", "o", "Kabila won the election", ELECTION),
    )
    doc = Document("d", ELECTION)
    speakers = (
        Speaker("s-k", "electoral commission", SpeakerKind.ORGANISATION, side="k"),
        Speaker("s-t", "Etienne Tshisekedi", SpeakerKind.PERSON, side="t"),
        Speaker("s-o", "Observers", SpeakerKind.SOURCE, side="o"),
    )
    sides = (Side("k", "commission"), Side("t", "Tshisekedi"), Side("o", "observers"))
    faceted = facet_claims(claims, (doc,), concepts=CONCEPTS)
    links = link_claims(
        faceted, documents=(doc,), speakers=speakers, sides=sides, concepts=CONCEPTS
    )
    found = {(ln.a, ln.b): ln for ln in links}
    assert found[("c1", "c2")].relation is Relation.DIVERGE
    assert any("who won the vote" in r for r in found[("c1", "c2")].reasons)
    assert found[("c2", "c3")].relation is Relation.DIVERGE
    assert found[("c1", "c3")].relation is Relation.CONVERGE


FAIRNESS = (
    "The electoral commission rejected findings of observers that there were irregularities "
    "in the vote. The observers said there were irregularities, including ballot stuffing."
)


def test_a_stance_turned_round_by_a_denying_cue_says_so_in_the_reason() -> None:
    # "rejected findings ... of irregularities": the commission holds the vote fair; a reason
    # quoting 'irregularities' for both sides would read as if they agreed
    doc = Document("d", FAIRNESS)
    told = "findings of observers that there were irregularities in the vote"
    at = FAIRNESS.find(told)
    rejected = Claim(
        id="c1",
        doc_id="d",
        speaker_id="s-c",
        kind=ClaimKind.INDIRECT,
        content=TextSpan(told, at, at + len(told)),
        parts=((at, at + len(told)),),
        cue=TextSpan("rejected", FAIRNESS.find("rejected"), FAIRNESS.find("rejected") + 8),
        side="c",
    )
    found = _claim("c2", "o", "there were irregularities, including ballot stuffing", FAIRNESS)
    speakers = (
        Speaker("s-c", "electoral commission", SpeakerKind.ORGANISATION, side="c"),
        Speaker("s-o", "observers", SpeakerKind.SOURCE, side="o"),
    )
    faceted = facet_claims((rejected, found), (doc,), concepts=CONCEPTS)
    links = link_claims(
        faceted,
        documents=(doc,),
        speakers=speakers,
        sides=(Side("c", "commission"), Side("o", "observers")),
        concepts=CONCEPTS,
    )
    reasons = [r for ln in links for r in ln.reasons if r.startswith("the vote's fairness")]
    assert reasons, [ln.reasons for ln in links]
    assert all("'rejected … irregularities' (commission)" in r for r in reasons), reasons

"""Agreed outcomes both sides confirm: a truce, a deal, talks, an exchange, the end of a strike
(link_agree.py).

The texts are made up in the shape of real ceasefire, prisoner-swap and strike stories."""

from __future__ import annotations

import pytest

from attribcmp.facets import facet_claims
from attribcmp.link_agree import agreement_links, read_agreements
from attribcmp.links import link_claims
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
    TextSpan,
)
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()


def _claim(text: str, cue: str = "said", start: int = 0, side: str = "a", n: int = 1) -> Claim:
    return Claim(f"c{n}", "d", "s-" + side, ClaimKind.INDIRECT,
                 TextSpan(text, start, start + len(text)), ((start, start + len(text)),),
                 cue=TextSpan(cue, 0, len(cue)), side=side)  # fmt: skip


def _read(text: str, cue: str = "said") -> list[tuple[str, bool, tuple[str, ...]]]:
    claim = facet_claims((_claim(text, cue),), (Document("d", text),), concepts=CONCEPTS)[0]
    return [(a.kind, a.reserved, tuple(sorted(a.days))) for a in read_agreements(claim)]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # confirmed in the claim's own words, whatever the kind's noun
        ("the rebels had agreed to a truce that begins at midnight on Friday", "said",
         [("ceasefire", False, ("friday",))]),
        ("the ceasefire takes effect on Friday", "said", [("ceasefire", False, ("friday",))]),
        ("its fighters will respect the cease-fire", "said", [("ceasefire", False, ())]),
        ("the cabinet had approved the exchange", "said", [("exchange", False, ())]),
        ("the swap would take place on Wednesday", "said", [("exchange", False, ("wednesday",))]),
        ("talks would resume in the capital next week", "said", [("talks", False, ())]),
        ("the two sides will exchange prisoners next week", "said", [("exchange", False, ())]),
        ("both armies agreed to stop hostilities", "said", [("ceasefire", False, ())]),
        ("the talks were constructive", "said", [("talks", False, ())]),
        ("its troops withdrew from the town", "said", [("withdrawal", False, ())]),
        ("the workers will return to work on Monday", "said", [("strike_end", False, ("monday",))]),
        ("the agreement had been signed", "said", [("deal", False, ())]),
        # the cue confirms what the words name
        ("the truce", "confirmed", [("ceasefire", False, ())]),
        # "talks on a peace deal": the deal is what the talks are about
        ("talks on a final peace deal would resume next week", "said", [("talks", False, ())]),
        # named with a reservation: the deal, but not its terms
        ("they remain dissatisfied with the terms of the deal", "said", [("deal", True, ())]),
        # negated, conditional, demanded, broken, only an aim: nothing confirmed
        ("the union has not yet agreed to the deal", "said", []),
        ("it would sign the agreement only if the leaders surrendered", "said", []),
        ("the rebels violated the ceasefire", "said", []),
        ("the talks collapsed on Monday", "said", []),
        ("all sides to agree to a truce", "urged", []),
        ("a truce was reached", "denied", []),
        ("to work toward a ceasefire", "agreed", []),
        # ... but an agreement that leads somewhere is still signed
        ("the agreement signed on Monday is a step toward peace", "said",
         [("deal", False, ("monday",))]),
        # words that only look like an outcome
        ("the two armies exchanged fire across the border", "said", []),
        ("the two sides held an exchange of fire on Monday", "said", []),
        ("Israel would release five prisoners in exchange for two bodies", "said", []),
        ("it pulled out of the talks", "said", []),
        ("an air strike was carried out on Monday", "said", []),
    ],
)  # fmt: skip
def test_read_agreements(
    text: str, cue: str, expected: list[tuple[str, bool, tuple[str, ...]]]
) -> None:
    assert _read(text, cue) == expected


SIDES = (Side("r", "the rebels"), Side("g", "the government"), Side("j", "both sides"))
SPEAKERS = (
    Speaker("s-r", "a rebel spokesman", SpeakerKind.PERSON, side="r"),
    Speaker("s-g", "the information minister", SpeakerKind.PERSON, side="g"),
    Speaker("s-j", "officials on both sides", SpeakerKind.SOURCE, side="j"),
)
TRUCE = (
    "Rebels and Government Agree to Truce\n\n"
    "The government and the rebels have agreed to halt fighting, officials on both sides said. "
    "A rebel spokesman said his group had agreed to a truce that begins at midnight on Friday. "
    "The information minister said the ceasefire takes effect on Friday. "
    "The information minister said the ceasefire begins on Saturday. "
    "The rebel spokesman said the group had not yet agreed to a ceasefire. "
    "The information minister said the government would sign a ceasefire only if the rebels "
    "disarm. "
    "The rebel spokesman said the deal on prisoners would be signed next week. "
    "The information minister said the deal on border crossings was signed. "
    "The rebel spokesman said they accepted the deal but remain dissatisfied with its terms on "
    "prisoners. "
    "The information minister said the deal on prisoners was signed. "
    "The rebel spokesman said the truce takes effect on Friday and 40 prisoners will go free. "
)


def _faceted(told: tuple[tuple[str, str], ...]) -> tuple[Claim, ...]:
    claims = []
    for k, (side, text) in enumerate(told):
        start = TRUCE.find(text)
        assert start >= 0, text
        claims.append(_claim(text, start=start, side=side, n=k + 1))
    return facet_claims(tuple(claims), (Document("d", TRUCE),), concepts=CONCEPTS)


def _links(told: tuple[tuple[str, str], ...]) -> dict[tuple[str, str], Relation]:
    """The agreement step's links between the claims (side, text) of TRUCE, with two
    confirmations linked too (``converge=True``; shipped off)."""
    claims = _faceted(told)
    labels = [next(s.name for s in SIDES if s.id == c.side) for c in claims]
    found = agreement_links(claims, SPEAKERS, labels, converge=True)
    return {(claims[i].id, claims[j].id): signal.relation for i, j, signal in found}


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # each side confirms the truce in its own words
        ((("r", "his group had agreed to a truce that begins at midnight on Friday"),
          ("g", "the ceasefire takes effect on Friday")),
         {("c1", "c2"): Relation.CONVERGE}),
        # a joint source speaks for both sides: it confirms each side's account
        ((("j", "The government and the rebels have agreed to halt fighting"),
          ("r", "his group had agreed to a truce that begins at midnight on Friday"),
          ("g", "the ceasefire takes effect on Friday")),
         {("c1", "c2"): Relation.CONVERGE, ("c1", "c3"): Relation.CONVERGE,
          ("c2", "c3"): Relation.CONVERGE}),
        # the same truce on two different days: agreed, but not on when
        ((("r", "his group had agreed to a truce that begins at midnight on Friday"),
          ("g", "the ceasefire begins on Saturday")),
         {("c1", "c2"): Relation.PARTIAL}),
        # no converge across a claim that denies or conditions it
        ((("r", "the group had not yet agreed to a ceasefire"),
          ("g", "the ceasefire takes effect on Friday")),
         {}),
        ((("r", "his group had agreed to a truce that begins at midnight on Friday"),
          ("g", "the government would sign a ceasefire only if the rebels disarm")),
         {}),
        # a deal on prisoners is not a deal on border crossings
        ((("r", "the deal on prisoners would be signed next week"),
          ("g", "the deal on border crossings was signed")),
         {}),
        ((("r", "the deal on prisoners would be signed next week"),
          ("g", "the deal on prisoners was signed")),
         {("c1", "c2"): Relation.CONVERGE}),
        # agreed on the deal, not on its terms
        ((("r", "they accepted the deal but remain dissatisfied with its terms on prisoners"),
          ("g", "the deal on prisoners was signed")),
         {("c1", "c2"): Relation.PARTIAL}),
        # the truce borne out, the figures only one side gives are not
        ((("r", "the truce takes effect on Friday and 40 prisoners will go free"),
          ("g", "the ceasefire takes effect on Friday")),
         {("c1", "c2"): Relation.PARTIAL}),
        # one side confirming twice is not two sides agreeing
        ((("g", "the ceasefire takes effect on Friday"),
          ("g", "the ceasefire begins on Saturday")),
         {}),
    ],
)  # fmt: skip
def test_agreement_links(
    told: tuple[tuple[str, str], ...], expected: dict[tuple[str, str], Relation]
) -> None:
    assert _links(told) == expected


def test_reason_names_the_shared_outcome_and_both_wordings() -> None:
    claims = _faceted((("r", "his group had agreed to a truce that begins at midnight on Friday"),
                       ("g", "the ceasefire takes effect on Friday")))  # fmt: skip
    ((_i, _j, signal),) = agreement_links(
        claims, SPEAKERS, ["the rebels", "the government"], converge=True
    )
    assert signal.reason == (
        "both confirm the ceasefire: 'agreed to a truce that begins' (the rebels) / "
        "'ceasefire takes effect' (the government)"
    )


@pytest.mark.parametrize(
    ("told", "reason"),
    [
        # shipped: a confirmation against a reservation
        ((("r", "they accepted the deal but remain dissatisfied with its terms on prisoners"),
          ("g", "the deal on prisoners was signed")),
         "both speak of the deal, one with reservations"),
        # shipped off (CONVERGE): two confirmations
        ((("r", "his group had agreed to a truce that begins at midnight on Friday"),
          ("g", "the ceasefire takes effect on Friday")),
         None),
    ],
)  # fmt: skip
def test_link_claims_ships_the_reservation_pairs(
    told: tuple[tuple[str, str], ...], reason: str | None
) -> None:
    claims = _faceted(told)
    links = link_claims(claims, documents=(Document("d", TRUCE),), speakers=SPEAKERS,
                        sides=SIDES, concepts=CONCEPTS)  # fmt: skip
    shown = [r for k in links for r in k.reasons if r.startswith(("both confirm", "both speak"))]
    assert [r.split(":")[0] for r in shown] == ([reason] if reason else [])


def test_many_claims_stay_linear() -> None:
    """Hundreds of claims naming the truce: each links a bounded number of others."""
    line = "The minister said the ceasefire takes effect on Friday. "
    doc = line * 400
    claims = tuple(
        _claim("the ceasefire takes effect on Friday", start=k * len(line) + 18,
               side="rg"[k % 2], n=k + 1)
        for k in range(400)
    )  # fmt: skip
    faceted = facet_claims(claims, (Document("d", doc),), concepts=CONCEPTS)
    found = agreement_links(faceted, SPEAKERS, ["x"] * len(faceted), converge=True)
    assert 0 < len(found) <= 2 * len(faceted)

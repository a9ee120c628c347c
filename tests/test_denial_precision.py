"""Which of the other side's claims a denial answers (link_answers.by_denials,
lead_denials): the shapes that made a denial answer the wrong claim. The stories are made
up, in the shape of wire reports of a dispute; each row is a (side, cue, words) claim."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from attribcmp.links import link_claims
from attribcmp.model import Document, Side
from attribcmp.textfeatures import load_concepts
from tests.faceted import faceted_claim

_SIDES = (Side("reb", "Rebels"), Side("gov", "Government"))


def _denial_targets(doc: str, rows: Sequence[tuple[str, str, str]]) -> set[str]:
    """The words of each claim a denial link joins to the last row (the denial)."""
    return _denial_targets_of(doc, rows, len(rows) - 1)


def _denial_targets_of(doc: str, rows: Sequence[tuple[str, str, str]], denial: int) -> set[str]:
    """The words of each claim a denial link joins to row ``denial``."""
    claims = tuple(
        faceted_claim(doc, f"c{k}", side, words, cue=cue)
        for k, (side, cue, words) in enumerate(rows, 1)
    )
    last = claims[denial].id
    links = link_claims(claims, documents=(Document("d", doc),), sides=_SIDES,
                        concepts=load_concepts())  # fmt: skip
    words = {c.id: c.content.text for c in claims}
    return {
        words[k.a if k.b == last else k.b]
        for k in links
        if last in (k.a, k.b) and "denial" in k.signals
    }


# "denied a charge": one charge, the one just told, not each accusation of the story.
_ONE_CHARGE = (
    "The rebels accused the army of shelling their camps near Lodo on Friday.\n\n"
    "A rebel spokesman said government troops had burned two villages.\n\n"
    "The rebels also accused the president of hiring foreign fighters. A government "
    "spokesman denied a charge he called a smear.\n"
)
_ONE_CHARGE_ROWS = (
    ("reb", "accused", "the army of shelling their camps near Lodo on Friday"),
    ("reb", "said", "government troops had burned two villages"),
    ("reb", "accused", "the president of hiring foreign fighters"),
    ("gov", "denied", "a charge he called a smear"),
)


@pytest.mark.parametrize(
    ("told", "answered"),
    [
        # the charge just before the denial
        ("the president of hiring foreign fighters", True),
        # the story's earlier accusations are other points
        ("the army of shelling their camps near Lodo on Friday", False),
        ("government troops had burned two villages", False),
    ],
)  # fmt: skip
def test_a_charge_is_the_one_just_told(told: str, answered: bool) -> None:
    assert (told in _denial_targets(_ONE_CHARGE, _ONE_CHARGE_ROWS)) is answered


# A lead denial of a past act, the account told after it: what the accusers say will happen
# next is no telling of the act, and the account goes on after it.
_LEAD = (
    "Atlantis denied the accusations over a sunken ferry.\n\n"
    "Zembia said an Atlantean gunboat rammed the ferry on Monday. It said Zembia will take "
    "firm measures at the United Nations. It said the gunboat fired on the lifeboats.\n"
)
_LEAD_ROWS = (
    ("reb", "said", "an Atlantean gunboat rammed the ferry on Monday"),
    ("reb", "said", "Zembia will take firm measures at the United Nations"),
    ("reb", "said", "the gunboat fired on the lifeboats"),
    ("gov", "denied", "the accusations over a sunken ferry"),
)


@pytest.mark.parametrize(
    ("told", "answered"),
    [
        ("an Atlantean gunboat rammed the ferry on Monday", True),
        # a plan of the accusers: no account of the sinking
        ("Zembia will take firm measures at the United Nations", False),
        # the account goes on past the plan
        ("the gunboat fired on the lifeboats", True),
    ],
)  # fmt: skip
def test_a_plan_is_no_account_of_the_act_denied(told: str, answered: bool) -> None:
    rows = (_LEAD_ROWS[-1], *_LEAD_ROWS[:-1])
    assert (told in _denial_targets_of(_LEAD, rows, 0)) is answered


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Seoul will take firm measures against the North", True),
        ("the hearing will last two days", True),
        ("it will distribute aid to the families", True),
        ("the rebels are going to shell the town", True),
        ("the mayor would be proclaimed the winner", True),
        # a deed going on
        ("troops will keep shelling the town", False),
        # an aim held now ("wants to"): an accusation to deny, not a forecast
        ("Atlantis wants to enrich uranium", False),
        # a deed told before the modal, or beside it
        ("the attack that killed 40 people will be investigated", False),
        ("police will be punished for beating 40 activists", False),
        ("soldiers burned the village", False),
    ],
)  # fmt: skip
def test_tells_future(text: str, future: bool) -> None:
    from attribcmp.discourse import tells_future

    assert tells_future(faceted_claim(text, "c1", "a", text)) is future


@pytest.mark.parametrize(
    ("denial", "told", "shares_charge"),
    [
        # the denial's object is the charge told with its content; the other speaks of "the
        # charges" as a thing: no accusation shared
        ("charges of bribery against him", "he did not understand the charges against him",
         False),
        ("allegations from a lawmaker that soldiers beat villagers",
         "the commission is investigating the accusations", False),
        # the other makes the charge: shared
        ("charges of bribery against him", "prosecutors accused him of taking bribes", True),
        ("charges of bribery against him", "the charges that he took bribes are serious", True),
        # the denial points at the charges itself ("the allegations"): what it shares with a
        # claim about the allegations is what the two say of them
        ("the allegations", "the allegations were part of a smear campaign", True),
    ],
)  # fmt: skip
def test_speaking_of_the_charges_is_not_making_them(
    denial: str, told: str, shares_charge: bool
) -> None:
    from attribcmp.link_rules import affinity

    doc = f"{told}. The minister denied {denial}."
    a = faceted_claim(doc, "c2", "gov", denial, cue="denied")
    b = faceted_claim(doc, "c1", "reb", told)
    assert (affinity(a, b, 0.0) >= 1.0) is shares_charge


# A denial answers what was said before it: a claim told well after it in the article that
# shares one word with it makes a point of its own; one sharing more answers it still.
_LATER = (
    "The rebels said government jets bombed a market in Lodo on Friday.\n\n"
    "A government spokesman denied the bombing of the Lodo market.\n\n"
    "The town has been cut off for a month. Food prices have doubled. Aid convoys have been "
    "turned back. Schools are shut.\n\n"
    "A rebel commander said two traders were killed at the market. "
    "A rebel spokesman said the jets had bombed the Lodo market again on Saturday.\n"
)
_LATER_ROWS = (
    ("reb", "said", "government jets bombed a market in Lodo on Friday"),
    ("gov", "denied", "the bombing of the Lodo market"),
    ("reb", "said", "two traders were killed at the market"),
    ("reb", "said", "the jets had bombed the Lodo market again on Saturday"),
)


@pytest.mark.parametrize(
    ("told", "answered"),
    [
        ("government jets bombed a market in Lodo on Friday", True),
        # six sentences later, one word shared
        ("two traders were killed at the market", False),
        # ... the act and its place again: the same point
        ("the jets had bombed the Lodo market again on Saturday", True),
    ],
)  # fmt: skip
def test_a_claim_told_well_after_a_denial_needs_more_in_common(told: str, answered: bool) -> None:
    assert (told in _denial_targets_of(_LATER, _LATER_ROWS, 1)) is answered


# "no information" answers a claim that something happened, not one of what will happen.
_STATUS = (
    "The rebels said they shelled an army post near Koro. The rebels said they will release "
    "a video of the shelling. The army said it had received no reports of fighting.\n"
)


@pytest.mark.parametrize(
    ("told", "answered"),
    [
        ("they shelled an army post near Koro", True),
        ("they will release a video of the shelling", False),
    ],
)  # fmt: skip
def test_no_reports_answers_what_happened_not_a_plan(told: str, answered: bool) -> None:
    rows = (
        ("reb", "said", "they shelled an army post near Koro"),
        ("reb", "said", "they will release a video of the shelling"),
        ("gov", "said", "it had received no reports of fighting"),
    )
    assert (told in _denial_targets(_STATUS, rows)) is answered


# ... but a headline's denial sums up the article told after it.
_HEADLINE = (
    "Government denies bombing of Lodo market\n\n"
    "The town has been cut off for a month. Food prices have doubled. Aid convoys have been "
    "turned back. Schools are shut. Fuel has run out.\n\n"
    "A rebel commander said two traders were killed at the market.\n"
)


def test_a_headline_denial_answers_the_account_below_it() -> None:
    rows = (
        ("gov", "denies", "bombing of Lodo market"),
        ("reb", "said", "two traders were killed at the market"),
    )
    assert _denial_targets_of(_HEADLINE, rows, 0) == {"two traders were killed at the market"}

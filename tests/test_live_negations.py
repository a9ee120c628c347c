"""Which negations deny something (live_negations.py), and the rules beside it that keep a
link's relation off words that deny nothing: "lies with" (denials.py) and one side naming
the other where the other names it (pair_sides.mirrored)."""

from __future__ import annotations

import pytest

from attribcmp.denials import find_denial
from attribcmp.facet_lexicon import load_tables, tokens
from attribcmp.live_negations import live_negations
from attribcmp.relate import party_difference
from attribcmp.textcompare import NO_CONCEPTS
from attribcmp.textfeatures import analyse_text, load_concepts

CONCEPTS = load_concepts()


@pytest.mark.parametrize(
    ("text", "other", "live"),
    [
        # a plain negation of what the other says denies it
        ("the army did not shell the village", "the army shelled the village", True),
        ("no deal was reached on grain", "the two sides reached a deal on grain", True),
        # a negated hostile act keeps the peace the other states
        ("to respect the ceasefire and not attack the rebel troops",
         "declared the ceasefire and ordered his men to lay down their weapons", False),
        # ... unless the other states that very act
        ("the rebels did not attack the convoy", "the rebels attacked the convoy", True),
        # a negated holding back keeps the pace the other states
        ("it has no reason to delay the implementation of the agreement",
         "we will achieve our full objectives", False),
        ("Borduria will not hesitate to carry out the deal", "the deal will be carried out",
         False),
        # an open plan denies nothing; "not only" adds a point; continuity changes nothing
        ("no date has been set for the visit", "the visit will take place", False),
        ("not only grain but also fertiliser", "grain and fertiliser", False),
        ("the policy has not changed", "the policy stands", False),
    ],
)  # fmt: skip
def test_live_negations(text: str, other: str, live: bool) -> None:
    feat, other_feat = analyse_text(text, NO_CONCEPTS), analyse_text(other, NO_CONCEPTS)
    assert bool(live_negations(text, feat, other, other_feat)) is live


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        # "lie(s)" before a word of place is where something rests, no one lied
        ("Responsibility continues to lie with political leaders in the province", ""),
        ("the answer lies in talks between the two sides", ""),
        ("difficult months lie ahead for the farmers", ""),
        # "lies" as what was said still denies
        ("the report is full of lies", "lies"),
        ("these are lies spread by the opposition", "lies"),
        # a denial someone else is asked to make is not the speaker's own
        ("them to publicly state there was no evidence his aides had colluded", ""),
        ("pressed officials to say the reports were false", ""),
        # ... the speaker's own wish to state it still denies
        ("we want to state that the charges are baseless", "baseless"),
    ],
)
def test_denials_in_place_words_and_asked_statements(text: str, denial: str) -> None:
    assert find_denial("", tokens(text), load_tables()) == denial


@pytest.mark.parametrize(
    ("a", "b", "label_a", "label_b", "conflict"),
    [
        # each side puts on the other what the other puts on it
        ("Russia of engaging in military aggression", "Ukraine of staging a deliberate provocation",
         "Ukraine", "Russia", True),
        # the same words from the side named: no mirror, another party only
        ("Russia of engaging in military aggression", "Ukraine of staging a deliberate provocation",
         "Russia", "Ukraine", False),
        # a call names the other side as partner, not culprit
        ("President Biden spoke today with President Putin of Russia",
         "Putin had a telephone conversation with the President of the United States",
         "United States", "Russia", False),
        # `pair` has no sides ("A", "B"): no mirror
        ("Russia of engaging in military aggression", "Ukraine of staging a deliberate provocation",
         "A", "B", False),
    ],
)  # fmt: skip
def test_mirrored_parties_conflict(
    a: str, b: str, label_a: str, label_b: str, conflict: bool
) -> None:
    found, _ = party_difference(a, b, CONCEPTS, label_a, label_b)
    assert found.startswith("each side names the other") is conflict, found

"""A claim that opens with another side's party, linked to that party's own nearest claim
(link_heads.py)."""

from __future__ import annotations

import pytest

from attribcmp import pipeline
from attribcmp.link_heads import head_party
from attribcmp.model import Document, Relation

NAMES = {"constitutional court": "court", "court": "court", "ukraine": "kyiv", "russia": "moscow"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the court of bias", ("court", "court")),  # "accused the court of bias"
        ("Ukraine of staging a deliberate provocation", ("kyiv", "Ukraine")),
        ("Russia is targeting them", ("moscow", "Russia")),
        ("Russia's protection of the regime is shameful", ("moscow", "Russia")),
        ("The Constitutional Court ruled in haste", ("court", "Constitutional Court")),
        # the name alone says nothing of what the party did (a cue misread)
        ("Russia", ("", "")),
        ("Russia.", ("", "")),
        # the party named later, or a longer word starting with a name: not the claim's head
        ("the talks with Russia failed", ("", "")),
        ("Russian troops fired first", ("", "")),
        ("", ("", "")),
    ],
)
def test_head_party(text: str, expected: tuple[str, str]) -> None:
    assert head_party(text, NAMES) == expected


_GABON = (
    "Opposition leader Jean Ping accused the Constitutional Court of bias on Monday.\n\n"
    "The Constitutional Court said the incumbent had won by 11,700 votes after a recount in "
    "the province."
)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # the charge against the court and the court's own account next to it: a clash
        (_GABON, True),
        # the court's account far off (more than two sentences later): another point
        (
            _GABON.replace(
                "\n\nThe Constitutional Court said",
                "\n\nThe vote was held in August. Turnout was high. Many queued for hours. "
                "The capital was calm.\n\nThe Constitutional Court said",
            ),
            False,
        ),
    ],
)
def test_a_claim_opening_with_the_other_party_meets_its_account(text: str, linked: bool) -> None:
    report = pipeline.report([Document("d", text)])
    heads = [
        link
        for link in report.links or ()
        if any(r.startswith("names the other side first") for r in link.reasons)
    ]
    assert bool(heads) is linked
    for link in heads:
        assert link.relation is Relation.DIVERGE

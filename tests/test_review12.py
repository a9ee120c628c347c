"""Review findings (round 12): what a reader of the report would state, table-driven."""

from __future__ import annotations

import pytest

from attribcmp.classify import compare_claims, relate_statements
from attribcmp.model import Claim, ClaimKind, Relation, TextSpan
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()


def _claim(cid: str, text: str) -> Claim:
    return Claim(
        id=cid,
        doc_id="d",
        speaker_id=f"s{cid}",
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, 0, len(text)),
        parts=((0, len(text)),),
        cue=None,
        hedged=False,
        side=f"side{cid}",
    )


# Opposite statements about one thing: the report's verdict and `pair` both say diverge and
# name the opposed words.
OPPOSED = [
    ("the negotiations in Geneva had succeeded", "the negotiations in Geneva had failed", "fail"),
    ("the referendum was unfair", "the referendum was fair", "fair"),
    ("the vote was rigged", "the vote was free and fair", "rigged"),
]


@pytest.mark.parametrize(("a", "b", "word"), OPPOSED)
def test_opposites_diverge_in_the_report(a: str, b: str, word: str) -> None:
    got = compare_claims(_claim("1", a), _claim("2", b), "A", "B", CONCEPTS)
    assert got.relation is Relation.DIVERGE, got.reasons
    assert any("opposite" in r and word in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(("a", "b", "word"), OPPOSED)
def test_opposites_diverge_in_pair(a: str, b: str, word: str) -> None:
    got = relate_statements(a, b)
    assert got.relation is Relation.DIVERGE, got.reasons
    assert any("opposite" in r and word in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # negative: the same word on both sides is no opposition
        ("the negotiations in Geneva had succeeded", "the negotiations in Geneva succeeded"),
        ("the referendum was fair", "the referendum was free and fair"),
    ],
)
def test_same_predicate_is_no_opposition(a: str, b: str) -> None:
    got = compare_claims(_claim("1", a), _claim("2", b), "A", "B", CONCEPTS)
    assert got.relation is not Relation.DIVERGE, got.reasons

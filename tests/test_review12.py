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


def _links(text: str) -> list[tuple[str, ...]]:
    from attribcmp.model import Document
    from attribcmp.pipeline import report

    rep = report([Document("d", text)])
    return [tuple(link.reasons) for link in rep.links]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # a separate incident, said so in the claim
        (
            "Firefighters said 14 people died when the warehouse burned. Doctors said six people"
            " were killed in a separate train collision on Friday.",
            False,
        ),
        # two different causes named, one on each side
        (
            "The coast guard said 30 migrants drowned when the boat capsized. Red Cross officials"
            " said 18 people died in the landslide.",
            False,
        ),
        # "another" incident
        (
            "The army said 8 soldiers were killed in the ambush. Local officials said 20 people"
            " died in another explosion.",
            False,
        ),
        # negative: one incident, two tolls, is still a conflict
        (
            "Firefighters said 14 people died when the warehouse burned. Doctors said six people"
            " were killed in the warehouse fire.",
            True,
        ),
    ],
)
def test_tolls_of_different_incidents_are_not_linked(text: str, linked: bool) -> None:
    links = _links(text)
    assert bool(links) is linked, links


def test_a_disputed_cause_sets_nothing_apart() -> None:
    """'shot down' / 'crashed' is the dispute itself: an attack names no incident kind, so
    only the crash does and the two are not set apart."""
    from attribcmp.anchors import claim_incidents

    shot = _claim("1", "they had shot down an army plane near the border")
    crash = _claim("2", "the plane crashed because of an engine failure")
    assert claim_incidents([shot, crash]) == [frozenset(), frozenset({"crash"})]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at least four hundred twenty people were hurt", 420),
        ("three thousand six hundred refugees crossed", 3600),
        ("three thousand six hundred and twelve refugees crossed", 3612),
        ("one hundred and seven prisoners were freed", 107),
        ("two hundred fifty-five homes burned", 255),
        ("seven hundred thousand people fled", 700000),
        # negative: two figures joined by "and" stay two
        ("one hundred and two hundred rounds", 100),
    ],
)
def test_number_words_read_whole(text: str, value: float) -> None:
    from attribcmp.quantities import find_quantities

    first = find_quantities(text)[0]
    assert first.value == value, first


def test_word_and_digit_figures_agree_in_pair() -> None:
    got = relate_statements(
        "at least four hundred twenty people were killed in the clashes",
        "420 people were killed in the clashes",
    )
    assert got.relation is not Relation.DIVERGE, got.reasons


@pytest.mark.parametrize(
    ("text", "word", "written"),
    [
        ("the military shelled the village", "~defense", "military"),
        ("the authorities closed the road", "~government", "authorities"),
        ("the villages were shelled", "villag", "villages"),
        # negative: a word the text does not hold is not made up
        ("the road was closed", "~defense", ""),
    ],
)
def test_a_reason_quotes_the_word_as_written(text: str, word: str, written: str) -> None:
    from attribcmp.textfeatures import written_as

    assert written_as(text, word) == written


@pytest.mark.parametrize(
    ("text", "first", "second", "shown"),
    [
        # a phrase spanning a name is no shared phrase
        ("the Good Friday Agreement must be protected", "Good", "Agreement", None),
        (
            "relations were stable and predictable",
            "stable",
            "predictable",
            "stable and predictable",
        ),
    ],
)
def test_phrase_reason_is_a_phrase_of_the_claim(
    text: str, first: str, second: str, shown: str | None
) -> None:
    from attribcmp.signals import phrase_signal
    from attribcmp.textfeatures import analyse_text

    feats = analyse_text(text, CONCEPTS)
    token = {w: t for t, ws in feats.surfaces.items() for w in ws}
    got = phrase_signal([(token[first], token[second])], feats)
    if shown is None:
        # the words are quoted apart, never as the phrase 'good agreement'
        assert got is not None and "phrase" not in got.reason and "good agreement" not in got.reason
        assert "'Good', 'Agreement'" in got.reason, got.reason
    else:
        assert got is not None and f"'{shown}'" in got.reason


@pytest.mark.parametrize(
    ("a", "b", "diverge"),
    [
        # a negated breach that itself agrees with the other claim is no clash
        (
            "the militia pledged to honour the truce and not attack the villages",
            "the truce is holding in the region",
            False,
        ),
        (
            "we hope that none of the parties will violate the armistice",
            "the armistice has taken effect",
            False,
        ),
        # negative: the other claim states the breach: a clash
        (
            "the militia did not attack the villages",
            "the militia attacked the villages at dawn",
            True,
        ),
    ],
)
def test_negated_breach_agrees_with_a_holding_truce(a: str, b: str, diverge: bool) -> None:
    got = compare_claims(_claim("1", a), _claim("2", b), "A", "B", CONCEPTS)
    assert (got.relation is Relation.DIVERGE) is diverge, got.reasons

"""Alignment: normalisation, concepts, pair scores and grouping (align.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from founding_claims import ANON, FOUNDING_CLAIMS, PK, US
from hypothesis import given
from hypothesis import strategies as st

from attribcmp.align import align_claims, score_features
from attribcmp.model import Claim, ClaimKind, Settings, TextSpan, Verdict
from attribcmp.textfeatures import Concepts, analyse_text, load_concepts, said_text

CONCEPTS = load_concepts()
SETTINGS = Settings()


def make_claim(cid: str, side: str, text: str, **kw: object) -> Claim:
    """A claim whose content is the whole of ``text``."""
    return Claim(
        id=cid,
        doc_id="d",
        speaker_id=str(kw.pop("speaker_id", "s1")),
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, 0, len(text)),
        parts=((0, len(text)),),
        side=side,
        **kw,  # type: ignore[arg-type]
    )


# The founding article, split the way a reader would attribute it; diplomatic sources speak as s9.
FOUNDING = tuple(
    make_claim(cid, side, text, **({"speaker_id": "s9"} if side == ANON else {}))
    for cid, side, text in FOUNDING_CLAIMS
)


def group_of(groups: tuple[object, ...], claim_id: str) -> object:
    return next(g for g in groups if claim_id in g.claim_ids)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("The talks focused on defence ties", {"~talks", "~defense", "~cooperation"}, set()),
        ("the two countries' partnership", {"~bilateral", "~cooperation"}, {"#2"}),
        ("15 militants were killed", {"#num", "#15", "~militants", "~killed"}, {"were"}),
        ("Fifty-seven senators signed", {"#num", "#57", "senator"}, {"#50", "#7"}),
        ("twenty one", {"#20"}, {"#21"}),  # not hyphenated: no compound
        ("He discussed it and they discuss it", {"~talks"}, {"discuss", "he", "it"}),
        ("He noted the figures", {"figur"}, {"not"}),
        ("", set(), {"#num"}),
    ],
)
def test_analyse_text_tokens(text: str, present: set[str], absent: set[str]) -> None:
    tokens = set(analyse_text(text, CONCEPTS).tokens)
    assert present <= tokens
    assert not (absent & tokens)


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("the ministry denied any strike took place", ("denied",)),
        ("the Army had no role in politics", ("no",)),
        ("it wasn't all", ("wasn't",)),
        ("I dont know", ("dont",)),
        ("He noted the figures", ()),
        ("the do-not-call registry", ()),
        ("the ministry confirmed the strike", ()),
    ],
)
def test_analyse_text_negations(text: str, negations: tuple[str, ...]) -> None:
    assert analyse_text(text, CONCEPTS).negations == negations


def test_numbers_keep_value_and_unit() -> None:
    feats = analyse_text("about $2.5 billion and 18% and the 75th anniversary", CONCEPTS)
    assert [(n.value, n.unit) for n in feats.numbers] == [
        ("2.5", "billion"),
        ("18", "percent"),
        ("75", "anniversary"),
    ]


@pytest.mark.parametrize(
    ("text", "numbers", "negations"),
    [
        # (value, unit) of each figure
        ("the 45-year-old man died in 2019", [("45", "year"), ("2019", "calendar year")], ()),
        ("he served 20 years", [("20", "year")], ()),
        # "No. 2" is a rank: no figure, no negation; "No, 2 officials" is both
        ("the No. 2 official resigned", [], ()),
        ("No, 2 officials said", [("2", "official")], ("No",)),
        # thousands grouped by a thin or no-break space are one figure
        ("12\u2009000 fighters", [("12000", "fighter")], ()),
        ("1\u00a0500\u00a0000 people", [("1500000", "peopl")], ()),
        ("3\u20091234 men", [("3", "men"), ("1234", "men")], ()),  # not a group of three
    ],
)
def test_numbers_that_are_no_counts(
    text: str, numbers: list[tuple[str, str]], negations: tuple[str, ...]
) -> None:
    feats = analyse_text(text, CONCEPTS)
    assert [(n.value, n.unit) for n in feats.numbers] == numbers
    assert feats.negations == negations


def test_names_are_entities_but_concepts_are_not() -> None:
    feats = analyse_text("talks with Lloyd Austin and the Army", CONCEPTS)
    assert {"lloyd", "austin"} <= feats.entities
    assert "~defense" not in feats.entities


def test_profile_concepts_extend_and_win() -> None:
    extra = load_concepts((("ceasefire", "truce", "cessation of hostilities"),))
    a = analyse_text("they agreed a truce", extra)
    b = analyse_text("a cessation of hostilities was agreed", extra)
    assert "~ceasefire" in a.tokens and "~ceasefire" in b.tokens
    assert "~ceasefire" not in analyse_text("they agreed a truce", CONCEPTS).tokens
    # A profile group containing a built-in word takes that word over.
    moved = load_concepts((("security", "safety"),))
    assert "~security" in analyse_text("safety and security", moved).tokens


def test_load_concepts_is_cached_and_frozen() -> None:
    assert load_concepts() is load_concepts()
    assert isinstance(CONCEPTS, Concepts)
    with pytest.raises(AttributeError):
        CONCEPTS.groups = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("15 militants were killed in the raid", "22 civilians were killed in the raid", 50, 100),
        ("the ministry confirmed the strike", "the ministry denied any strike took place", 50, 100),
        ("defense partnership talks", "security cooperation discussions", 99, 100),
        ("the weather was sunny in Lahore", "the ministry confirmed the strike", 0, 0),
        ("talks", "talks", 0, 0),  # one shared token is not enough
    ],
)
def test_score_features_range(a: str, b: str, low: float, high: float) -> None:
    score = score_features(analyse_text(a, CONCEPTS), analyse_text(b, CONCEPTS))
    assert low <= score <= high


@given(st.text(max_size=200), st.text(max_size=200))
def test_score_is_symmetric_and_bounded(a: str, b: str) -> None:
    fa, fb = analyse_text(a, CONCEPTS), analyse_text(b, CONCEPTS)
    score = score_features(fa, fb)
    assert 0.0 <= score <= 100.0
    assert score == score_features(fb, fa)


def test_founding_article_groups() -> None:
    groups = align_claims(FOUNDING, settings=SETTINGS, concepts=CONCEPTS)
    # The U.S. restatements and the Pakistani "discussed security and cooperation" line
    # make one point; everything else stands alone.
    shared = group_of(groups, "c1")
    assert shared.claim_ids == ("c1", "c3", "c4")  # type: ignore[attr-defined]
    assert shared.sides == (US, PK)  # type: ignore[attr-defined]
    assert shared.score >= SETTINGS.threshold  # type: ignore[attr-defined]
    for alone in ("c2", "c5", "c6", "c7", "c8", "c9", "c10", "c11"):
        group = group_of(groups, alone)
        assert group.claim_ids == (alone,)  # type: ignore[attr-defined]
        assert group.status is Verdict.ONE_SIDED  # type: ignore[attr-defined]
        assert group.score == 0.0  # type: ignore[attr-defined]
    reasons = " ".join(shared.reasons)  # type: ignore[attr-defined]
    assert "partnership" in reasons and "defense" in reasons


def test_groups_partition_the_claims_in_input_order() -> None:
    groups = align_claims(FOUNDING, settings=SETTINGS, concepts=CONCEPTS)
    ids = [cid for g in groups for cid in g.claim_ids]
    assert sorted(ids) == sorted(c.id for c in FOUNDING)
    assert len(ids) == len(set(ids))
    assert [g.id for g in groups] == [f"g{n}" for n in range(1, len(groups) + 1)]
    order = {c.id: n for n, c in enumerate(FOUNDING)}
    firsts = [min(order[c] for c in g.claim_ids) for g in groups]
    assert firsts == sorted(firsts)
    assert groups == align_claims(FOUNDING, settings=SETTINGS, concepts=CONCEPTS)


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # One side's restatements merge.
        (
            (
                make_claim("a", US, "the talks focused on the longstanding defense partnership"),
                make_claim("b", US, "their discussions focused on defense cooperation"),
            ),
            (("a", "b"),),
        ),
        # Unrelated statements stay apart.
        (
            (
                make_claim("a", US, "the ministry confirmed the strike on the depot"),
                make_claim("b", PK, "wheat exports rose sharply in the spring"),
            ),
            (("a",), ("b",)),
        ),
        # Across sides, a shared point is linked.
        (
            (
                make_claim("a", US, "15 militants were killed in the raid"),
                make_claim("b", PK, "22 civilians were killed in the raid"),
            ),
            (("a", "b"),),
        ),
        ((), ()),
    ],
)
def test_align_table(claims: tuple[Claim, ...], expected: tuple[tuple[str, ...], ...]) -> None:
    groups = align_claims(claims, settings=SETTINGS, concepts=CONCEPTS)
    assert tuple(g.claim_ids for g in groups) == expected


def test_merge_threshold_is_stricter_within_a_side() -> None:
    claims = (
        make_claim("a", US, "15 militants were killed in the raid"),
        make_claim("b", US, "22 civilians were killed in the raid"),
    )
    # Same texts as the cross-side case above, but one side: 60 for restatements is not met.
    score = score_features(
        analyse_text(claims[0].content.text, CONCEPTS),
        analyse_text(claims[1].content.text, CONCEPTS),
    )
    strict = Settings(threshold=50.0, merge_threshold=score + 1)
    groups = align_claims(claims, settings=strict, concepts=CONCEPTS)
    assert [g.claim_ids for g in groups] == [("a",), ("b",)]


def test_chaining_is_bounded_by_average_link() -> None:
    # b links to a and to c, but a and c share nothing: with a high threshold c stays out.
    claims = (
        make_claim("a", US, "flood victims need rehabilitation assistance"),
        make_claim("b", PK, "flood victims need rehabilitation and trade talks continue"),
        make_claim("c", US, "trade talks continue next week in Washington"),
    )
    groups = align_claims(claims, settings=SETTINGS, concepts=CONCEPTS)
    assert ("a", "b") in [g.claim_ids for g in groups]


def test_names_in_every_line_do_not_merge_a_sides_points() -> None:
    """A readout names the same officials in each line; that alone is no restatement."""
    texts = [
        "Deputy Secretary Whitfield and Foreign Minister Rana discussed trade and investment.",
        "Deputy Secretary Whitfield and Foreign Minister Rana discussed the next dialogue round.",
        "Deputy Secretary Whitfield raised the rights of religious minorities with Minister Rana.",
        "Deputy Secretary Whitfield underscored counterterrorism cooperation to Minister Rana.",
        "The weather in the capital was mild.",
        "Flood reconstruction continues in the south.",
    ]
    claims = [make_claim(f"c{n}", "us", t) for n, t in enumerate(texts, 1)]
    groups = align_claims(claims, settings=Settings(), concepts=load_concepts())
    assert all(len(g.claim_ids) == 1 for g in groups), [g.claim_ids for g in groups]


def test_alignment_reads_the_parts_not_the_attribution_between_them() -> None:
    text = '"We stand ready," the spokesman told reporters at the Kashmir camp. "We will help."'
    first, second = (0, text.index(",") + 2), (text.rindex('"We'), len(text))
    claim = make_claim("c1", "us", text)
    claim = replace(claim, parts=(first, second))
    assert said_text(claim) == '"We stand ready," … "We will help."'
    assert "Kashmir" not in said_text(claim)

"""Verdicts, flags and the pair relation (classify.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from founding_claims import ANON, FOUNDING_CLAIMS, PK, US
from hypothesis import given, settings
from hypothesis import strategies as st

from attribcmp.align import align_claims
from attribcmp.classify import (
    asked_how,
    classify_groups,
    compare_claims,
    held_view,
    relate_statements,
)
from attribcmp.errors import InputError
from attribcmp.model import (
    Claim,
    ClaimGroup,
    ClaimKind,
    Link,
    Relation,
    Settings,
    Side,
    Speaker,
    SpeakerKind,
    TextSpan,
    Verdict,
)
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()
SETTINGS = Settings()
SIDES = (Side(US, "United States"), Side(PK, "Pakistan"), Side(ANON, "Unnamed sources"))
SPEAKERS = (
    Speaker("s1", "Lloyd J. Austin", SpeakerKind.PERSON, side=US),
    Speaker("s2", "ISPR", SpeakerKind.ORGANISATION, side=PK),
    Speaker("s3", "diplomatic sources", SpeakerKind.SOURCE, anonymous=True, side=ANON),
)
SPEAKER_OF_SIDE = {US: "s1", PK: "s2", ANON: "s3"}


def make_claim(cid: str, side: str, text: str, *, hedged: bool = False, cue: str = "") -> Claim:
    """A claim whose content is the whole of ``text``, spoken by the side's speaker."""
    return Claim(
        id=cid,
        doc_id="d",
        speaker_id=SPEAKER_OF_SIDE[side],
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, 0, len(text)),
        parts=((0, len(text)),),
        cue=TextSpan(cue, 0, len(cue)) if cue else None,
        hedged=hedged,
        side=side,
    )


def verdicts(claims: tuple[Claim, ...]) -> tuple[ClaimGroup, ...]:
    groups = align_claims(claims, settings=SETTINGS, concepts=CONCEPTS)
    return classify_groups(groups, claims, SPEAKERS, SIDES, concepts=CONCEPTS)


FOUNDING = tuple(make_claim(cid, side, text) for cid, side, text in FOUNDING_CLAIMS)


def group_of(groups: tuple[ClaimGroup, ...], claim_id: str) -> ClaimGroup:
    return next(g for g in groups if claim_id in g.claim_ids)


@pytest.fixture(scope="module")
def founding() -> tuple[ClaimGroup, ...]:
    return verdicts(FOUNDING)


def test_founding_shared_point_is_linked(founding: tuple[ClaimGroup, ...]) -> None:
    group = group_of(founding, "c1")
    assert group.claim_ids == ("c1", "c3", "c4")
    assert group.sides == (US, PK)
    assert group.status in (Verdict.PARTIAL, Verdict.CONVERGE)
    assert group.missing_sides == ()
    assert group.reasons


@pytest.mark.parametrize(
    ("claim_id", "side", "missing", "flags"),
    [
        ("c2", US, (PK,), ()),  # 75th anniversary: U.S. only
        ("c5", PK, (US,), ()),  # flood aid, trade
        ("c6", PK, (US,), ("asserted_agreement",)),  # "Both sides had convergence"
        ("c7", PK, (US,), ("asserted_agreement",)),  # "agreed on the need to cooperate"
        ("c8", ANON, (US, PK), ("anonymous_only",)),  # Kashmir, diplomatic sources
        ("c9", PK, (US,), ()),  # no role in politics
        ("c10", PK, (US,), ()),  # no desire for it
        ("c11", PK, (US,), ()),  # step down in November
    ],
)
def test_founding_one_sided_points(
    founding: tuple[ClaimGroup, ...],
    claim_id: str,
    side: str,
    missing: tuple[str, ...],
    flags: tuple[str, ...],
) -> None:
    group = group_of(founding, claim_id)
    assert group.claim_ids == (claim_id,)
    assert group.status is Verdict.ONE_SIDED
    assert group.sides == (side,)
    # The all-anonymous side is not an account of its own, so it is never "missing".
    assert group.missing_sides == missing
    assert group.flags == flags
    assert group.reasons[0].startswith("only ")


@pytest.mark.parametrize(
    ("a", "b", "status", "highlights"),
    [
        (
            "15 militants were killed in the raid",
            "22 civilians were killed in the raid",
            Verdict.DIVERGE,
            (("a", ("15",)), ("b", ("22",))),
        ),
        (
            "9 people died in the blast",
            "30 people were killed in the blast",
            Verdict.DIVERGE,
            (("a", ("9",)), ("b", ("30",))),
        ),
        (
            "the ministry confirmed the strike",
            "the ministry denied any strike took place",
            Verdict.DIVERGE,
            (("a", ("confirmed",)), ("b", ("denied",))),
        ),
        (
            "prices will increase next year, the ministry said",
            "prices will decrease next year, the ministry said",
            Verdict.DIVERGE,
            (("a", ("increase",)), ("b", ("decrease",))),
        ),
        (
            "the two sides agreed to expand trade cooperation",
            "the two sides discussed expanding trade cooperation",
            Verdict.PARTIAL,
            (),
        ),
        (
            "the talks focused on the longstanding defense partnership",
            "the talks focused on the longstanding defence partnership",
            Verdict.CONVERGE,
            (),
        ),
        (
            "the meeting reviewed the defense partnership",
            "the meeting reviewed the defense partnership, flood aid and new trade routes to "
            "Central Asia and the Gulf",
            Verdict.PARTIAL,
            (),
        ),
    ],
)
def test_cross_side_verdicts(
    a: str, b: str, status: Verdict, highlights: tuple[tuple[str, tuple[str, ...]], ...]
) -> None:
    groups = verdicts((make_claim("a", US, a), make_claim("b", PK, b)))
    assert len(groups) == 1
    group = groups[0]
    assert group.status is status, group.reasons
    assert group.highlights == highlights
    assert group.missing_sides == ()


def test_casualty_reason_names_both_figures() -> None:
    (group,) = verdicts(
        (
            make_claim("a", US, "15 militants were killed in the raid"),
            make_claim("b", PK, "22 civilians were killed in the raid"),
        )
    )
    assert any("15 militants" in r and "22 civilians" in r for r in group.reasons)


def test_agreed_vs_discussed_reason() -> None:
    (group,) = verdicts(
        (
            make_claim("a", US, "the two sides agreed to expand trade cooperation"),
            make_claim("b", PK, "the two sides discussed expanding trade cooperation"),
        )
    )
    assert any("agree" in r and "discuss" in r for r in group.reasons)
    assert "asserted_agreement" in group.flags


def test_unrelated_statements_are_one_sided() -> None:
    groups = verdicts(
        (
            make_claim("a", US, "the ministry confirmed the strike on the depot"),
            make_claim("b", PK, "wheat exports rose sharply in the spring"),
        )
    )
    assert [g.status for g in groups] == [Verdict.ONE_SIDED, Verdict.ONE_SIDED]
    assert [g.missing_sides for g in groups] == [(PK,), (US,)]


def test_restatements_merge_and_stay_one_sided() -> None:
    groups = verdicts(
        (
            make_claim("a", US, "the talks focused on the longstanding defense partnership"),
            make_claim("b", US, "their discussions focused on defense cooperation"),
        )
    )
    assert [(g.claim_ids, g.status) for g in groups] == [(("a", "b"), Verdict.ONE_SIDED)]


@pytest.mark.parametrize(
    ("claim", "hedged"),
    [
        (make_claim("a", US, "the strike killed 15 militants", hedged=True), True),
        (make_claim("a", US, "the strike reportedly killed 15 militants"), True),
        (make_claim("a", US, "the strike killed 15 militants", cue="claimed"), True),
        (make_claim("a", US, "the strike killed 15 militants", cue="said"), False),
    ],
)
def test_hedged_flag(claim: Claim, hedged: bool) -> None:
    (group,) = verdicts((claim,))
    assert ("hedged" in group.flags) is hedged


def test_anonymous_only_needs_every_speaker_anonymous() -> None:
    claims = (
        make_claim("a", ANON, "15 militants were killed in the raid"),
        make_claim("b", PK, "15 militants were killed in the raid on Tuesday night"),
    )
    (group,) = verdicts(claims)
    assert "anonymous_only" not in group.flags
    (alone,) = verdicts(claims[:1])
    assert "anonymous_only" in alone.flags


def test_sides_follow_report_order() -> None:
    claims = (
        make_claim("a", PK, "the talks focused on the longstanding defense partnership"),
        make_claim("b", US, "the talks focused on the longstanding defence partnership"),
    )
    (group,) = verdicts(claims)
    assert group.sides == (US, PK)


def test_classify_keeps_ids_and_gives_link_reasons() -> None:
    claims = FOUNDING[:4]
    groups = align_claims(claims, settings=SETTINGS, concepts=CONCEPTS)
    out = classify_groups(groups, claims, SPEAKERS, SIDES)
    assert [g.id for g in out] == [g.id for g in groups]
    assert [g.claim_ids for g in out] == [g.claim_ids for g in groups]
    for before, after in zip(groups, out, strict=True):
        # Every verdict says why; the alignment's shared words stay where no link speaks.
        assert after.reasons
        if after.status is Verdict.ONE_SIDED:
            assert set(before.reasons) <= set(after.reasons)
        assert (
            replace(
                after,
                status=before.status,
                reasons=before.reasons,
                score=before.score,
                flags=(),
                missing_sides=(),
                highlights=(),
                sides=before.sides,
            )
            == before
        )


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "The talks focused on the longstanding defense partnership, the official said.",
            "The talks focused on the longstanding defence partnership, the official said.",
            Relation.CONVERGE,
        ),
        (
            "15 militants were killed in the raid.",
            "22 civilians were killed in the raid.",
            Relation.DIVERGE,
        ),
        (
            "The ministry confirmed the strike.",
            "The ministry denied any strike took place.",
            Relation.DIVERGE,
        ),
        (
            "The two sides agreed to expand trade cooperation.",
            "The two sides discussed expanding trade cooperation.",
            Relation.PARTIAL,
        ),
        (
            "The officials discussed regional security.",
            "The officials discussed regional security, flood aid for the victims and "
            "new trade routes to Central Asia.",
            Relation.PARTIAL,
        ),
        (
            "He was in Paris in 2019.",
            "He was in Paris in 2020.",
            Relation.DIVERGE,
        ),
        (
            "1.5 million people attended the rally.",
            "1,500,000 people attended the rally.",
            Relation.CONVERGE,
        ),
        (
            "Karen Whitfield received a call today from Tariq Rana.",
            "Tariq Rana received a call today from Karen Whitfield.",
            Relation.DIVERGE,
        ),
        (
            "Karen Whitfield met Tariq Rana in Islamabad.",
            "Tariq Rana met Karen Whitfield in Islamabad.",
            Relation.CONVERGE,
        ),
        (
            "Wheat exports rose sharply in the spring.",
            "The ministry confirmed the strike on the depot.",
            Relation.UNRELATED,
        ),
    ],
)
def test_relate_statements(a: str, b: str, relation: Relation) -> None:
    result = relate_statements(a, b)
    assert result.relation is relation, result.reasons
    assert result.reasons
    assert relate_statements(b, a).relation is relation


def test_relate_statements_reasons_name_numbers_and_concepts() -> None:
    result = relate_statements("9 people died in the blast.", "30 people were killed in the blast.")
    assert result.relation is Relation.DIVERGE
    text = " ".join(result.reasons)
    assert "9" in text and "30" in text and "killed" in text


def test_relate_statements_uses_profile_concepts() -> None:
    a, b = "They agreed a truce in the north.", "They agreed a ceasefire in the north."
    plain = relate_statements(a, b)
    extra = relate_statements(a, b, concepts=load_concepts((("ceasefire", "truce"),)))
    assert extra.score >= plain.score


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_relate_statements_never_raises_and_stays_in_range(a: str, b: str) -> None:
    if not a.strip() or not b.strip():
        # an empty statement is the one refusal: a clear InputError, nothing else
        with pytest.raises(InputError, match="empty statement"):
            relate_statements(a, b)
        return
    result = relate_statements(a, b)
    back = relate_statements(b, a)
    assert 0.0 <= result.score <= 100.0
    assert abs(result.score - back.score) <= 1.0
    assert result.relation is back.relation


def test_role_reversal_reason_quotes_both_orders() -> None:
    result = relate_statements(
        "Deputy Secretary Karen Whitfield received a call from Foreign Minister Tariq Rana.",
        "Foreign Minister Tariq Rana received a call from Deputy Secretary Karen Whitfield.",
    )
    assert result.relation is Relation.DIVERGE
    assert any("roles reversed" in r and "Whitfield … from … Rana" in r for r in result.reasons)


def test_denial_in_the_cue_counts_as_negation() -> None:
    """'X denied that C' says not-C: a denial cue against a plain report diverges."""
    claims = (
        make_claim("c1", PK, "that the circular had been sent to the refiner", cue="denied"),
        make_claim("c2", US, "the circular had been sent to the refiner", cue="said"),
    )
    (group,) = verdicts(claims)
    assert group.status is Verdict.DIVERGE, group.reasons
    plain = (make_claim("c1", PK, claims[0].content.text, cue="said"), claims[1])
    assert verdicts(plain)[0].status is not Verdict.DIVERGE


@pytest.mark.parametrize(
    ("negating", "shown"),
    [
        # the reason names what is negated, not a bare "not" the reader cannot place
        ("the importance of not losing the circular to the refiner", "not losing"),
        ("a deal on the circular cannot be achieved while the refiner waits", "cannot be achieved"),
        ("No circular was sent to the refiner", "No circular"),
        # the clause ends after the negation: nothing after it is shown
        ("the circular was sent to the refiner? it was not. The refiner waits", "not"),
    ],
)
def test_negation_reason_shows_what_is_negated(negating: str, shown: str) -> None:
    a = make_claim("c1", PK, negating, cue="said")
    b = make_claim("c2", US, "the circular had been sent to the refiner", cue="said")
    compared = compare_claims(a, b, "ministry", "refiner", CONCEPTS)
    reasons = [r for r in compared.reasons if "negates or denies" in r]
    assert reasons == [f"ministry negates or denies ({shown}); refiner does not"]


@pytest.mark.parametrize(
    ("a", "relation"),
    [
        # "not only ... but also" adds a point: no denial of what the other side says
        ("the deal covers not only grain but also fertiliser shipments", Relation.CONVERGE),
        ("not only the two leaders but also their ministers backed the grain deal",
         Relation.CONVERGE),
        # a real negation beside it still denies
        ("the deal does not cover fertiliser shipments", Relation.DIVERGE),
    ],
)  # fmt: skip
def test_not_only_negates_nothing(a: str, relation: Relation) -> None:
    b = "the deal covers grain and fertiliser shipments"
    if a.startswith("not only the two"):
        b = "the two leaders backed the grain deal"
    compared = compare_claims(
        make_claim("c1", PK, a, cue="said"), make_claim("c2", US, b, cue="said"), "x", "y", CONCEPTS
    )
    assert compared.relation is relation, compared.reasons


def test_a_negated_denial_is_no_denial() -> None:
    claims = (
        make_claim("c1", PK, "that the circular had been sent to the refiner", cue="did not deny"),
        make_claim("c2", US, "the circular had been sent to the refiner", cue="said"),
    )
    assert verdicts(claims)[0].status is not Verdict.DIVERGE


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        (Relation.DIVERGE, "c1 also conflicts with c2 in g2: figures differ: 4 vs 9"),
        # negative: an agreement across groups is no conflict the reader must be shown
        (Relation.CONVERGE, None),
    ],
)
def test_a_conflict_across_groups_is_told_once(relation: Relation, expected: str | None) -> None:
    claims = (
        make_claim("c1", US, "the talks covered four points"),
        make_claim("c2", PK, "the weather in the capital was fine"),
    )
    groups = (
        ClaimGroup("g1", ("c1",), (US,), Verdict.ONE_SIDED, 0.0),
        ClaimGroup("g2", ("c2",), (PK,), Verdict.ONE_SIDED, 0.0),
    )
    link = Link("c1", "c2", relation, 60.0, ("figures differ: 4 vs 9",))
    g1, g2 = classify_groups(groups, claims, SPEAKERS, SIDES, concepts=CONCEPTS, links=[link])
    across = [r for r in (*g1.reasons, *g2.reasons) if "also conflicts" in r]
    assert across == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("a", "softer"),
    [
        # "how best to resolve" names what the talk was about: no outcome over "discussed"
        ("they spoke about how best to resolve the dangerous situation on the peninsula", False),
        ("they discussed ways to settle the dangerous situation on the peninsula", False),
        # "agreed to resolve" is an outcome the other account only discusses
        ("they agreed to resolve the dangerous situation on the peninsula", True),
    ],
)
def test_a_commitment_asked_how_is_a_topic(a: str, softer: bool) -> None:
    b = "the dangerous situation on the peninsula was thoroughly discussed"
    compared = compare_claims(
        make_claim("c1", PK, a, cue="said"), make_claim("c2", US, b, cue="said"), "x", "y", CONCEPTS
    )
    assert any(" only 'discussed'" in r for r in compared.reasons) is softer, compared.reasons


@pytest.mark.parametrize(
    ("text", "word", "asked"),
    [
        ("they spoke about how best to resolve the situation", "resolve", True),
        ("they looked for ways to settle the dispute", "settle", True),
        # an outcome reached, or one use asked and another done
        ("they agreed to resolve the dispute", "resolve", False),
        ("they discussed ways to settle it and settled the rest", "settled", False),
        ("they discussed how to settle it, and settle it they did", "settle", False),
    ],
)
def test_asked_how(text: str, word: str, asked: bool) -> None:
    assert asked_how(text, word) is asked


@pytest.mark.parametrize(
    ("text", "word", "view"),
    [
        # a need, an importance or a value both hold: a view, not an outcome
        ("they agreed the need for more flood relief", "agreed", True),
        ("the ministers agreed on the importance of open shipping lanes", "agreed", True),
        ("both agreed that it is vital to keep the border open", "agreed", True),
        # an act agreed, or one use a view and another an act
        ("they agreed to hold a second round of talks", "agreed", False),
        ("they agreed that the envoys would meet again", "agreed", False),
        ("they agreed the need for relief and agreed to send two ships", "agreed", False),
    ],
)
def test_held_view(text: str, word: str, view: bool) -> None:
    assert held_view(text, word) is view


@pytest.mark.parametrize(
    ("a", "softer"),
    [
        # agreeing on a need is no firmer than discussing it
        ("they agreed the need for calm on the disputed island", False),
        ("they agreed on the importance of calm on the disputed island", False),
        # agreeing to an act is
        ("they agreed to restore calm on the disputed island", True),
    ],
)
def test_a_view_agreed_is_no_firmer_outcome(a: str, softer: bool) -> None:
    b = "they discussed calm on the disputed island"
    compared = compare_claims(
        make_claim("c1", PK, a, cue="said"), make_claim("c2", US, b, cue="said"), "x", "y", CONCEPTS
    )
    assert any(" only 'discussed'" in r for r in compared.reasons) is softer, compared.reasons

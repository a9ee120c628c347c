"""Verdicts: do the sides in a group say the same thing, part of it, or opposite things?

Rules, in order (each verdict carries the reasons that fired):

- one_sided: the group has claims from one side only.
- diverge: the sides conflict: different figures for the same quantity, one side negates or
  denies what the other states, or opposite predicates (confirmed/denied, rise/fall).
- partial: one side states a firmer outcome than the other ("agreed" vs "discussed"), or one
  side's account adds much that the other lacks.
- converge: otherwise.

``relate_statements`` applies the same rules to two plain statements (``attribcmp pair``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, utils

from attribcmp.align import (
    CONCEPT_MARK,
    NUMBER_SLOT,
    Concepts,
    NumberMention,
    TextFeatures,
    analyse_text,
    lexicon,
    load_concepts,
    said_text,
)
from attribcmp.model import (
    Claim,
    ClaimGroup,
    Link,
    PairResult,
    Relation,
    Settings,
    Side,
    Speaker,
    Verdict,
)

__all__ = ["ClaimComparison", "classify_groups", "compare_claims", "relate_statements"]

_DEFAULT_SETTINGS = Settings()

# Similarity (0-1) at or above which two accounts say the same thing. Tuned on the even lines
# of MRPC (news sentence pairs judged same/different), checked on the odd lines; see
# bench/bench_pair_mrpc.py.
#   similarity = 0.5 * coverage of the longer text's words (stop words included: they carry
#                      the sentence's structure)
#              + 0.25 * coverage of the longer text's content tokens
#              + 0.25 * coverage of the shorter text's content tokens
#              - 1.5 * (partial_ratio - ratio) / 100  (matching only a part of the other text
#                      means one side adds material)
#              - 0.03 per figure only one side gives (at most 4)
#              - 0.3 if only one side negates
_SAME_SIMILARITY = 0.41
_FUZZ_CHARS = 1000  # characters of each text the character-level scores read (cost bound)
_WORD_COVERAGE_WEIGHT = 0.5
_CONTENT_LONG_WEIGHT = 0.25
_CONTENT_SHORT_WEIGHT = 0.25
_EXTRA_MATERIAL_WEIGHT = 1.5
_UNMATCHED_NUMBER_PENALTY = 0.03
_UNMATCHED_NUMBER_CAP = 4
_NEGATION_PENALTY = 0.3


@dataclass(frozen=True, slots=True)
class _Comparison:
    """What two accounts share and where they part."""

    conflicts: tuple[str, ...]
    softer: tuple[str, ...]
    notes: tuple[str, ...]
    similarity: float
    highlights_a: tuple[str, ...]
    highlights_b: tuple[str, ...]


_NO_CONCEPTS = Concepts(groups=(), words={})


@cache
def _stems(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    # Lexicon entries go through the same analyser so phrases and inflections line up.
    return tuple(analyse_text(w, _NO_CONCEPTS).stems for w in words)


@cache
def _lexicon_stems(section: str, key: str = "") -> tuple[tuple[str, ...], ...]:
    entries = lexicon(section)[key] if key else lexicon(section)
    return _stems(tuple(str(w) for w in entries))


def _has_any(feat: TextFeatures, phrases: Iterable[tuple[str, ...]]) -> list[str]:
    """The text's words matching any of the phrases, in lexicon order."""
    return [w for w in (feat.find(p) for p in phrases) if w]


def _same_figure(x: str, y: str) -> bool:
    """Equal, or one is the other rounded ("$65 billion" and "$64.7 billion")."""
    if x == y:
        return True
    digits_x = len(x.partition(".")[2])
    digits_y = len(y.partition(".")[2])
    coarse, fine = (x, y) if digits_x < digits_y else (y, x)
    if digits_x == digits_y:
        return False
    places = len(coarse.partition(".")[2])
    return float(coarse) == round(float(fine), places)


def _unmatched_numbers(
    a: TextFeatures, b: TextFeatures
) -> tuple[list[NumberMention], list[NumberMention]]:
    only_a = [n for n in a.numbers if not any(_same_number(n, m) for m in b.numbers)]
    only_b = [n for n in b.numbers if not any(_same_number(n, m) for m in a.numbers)]
    return only_a, only_b


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _same_number(x: NumberMention, y: NumberMention) -> bool:
    """The same figure, rounded or not, or written with and without a scale word
    ("1.5 million" and "1,500,000")."""
    if _same_figure(x.value, y.value):
        return True
    scale_x, scale_y = _SCALES.get(x.unit_text.lower(), 1.0), _SCALES.get(y.unit_text.lower(), 1.0)
    if scale_x == scale_y:
        return False
    return float(x.value) * scale_x == float(y.value) * scale_y


def _number_conflicts(
    a: TextFeatures, b: TextFeatures, label_a: str, label_b: str
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(conflicts, notes, highlight words in a, in b) from the figures each text gives."""
    only_a, only_b = _unmatched_numbers(a, b)
    if not (only_a and only_b):
        return [], [], [], []
    same_unit = [(x, y) for x in only_a for y in only_b if x.unit and x.unit == y.unit]
    # The same quantity: figures counting the same unit, or the one counted figure each side
    # gives ("15 militants were killed" vs "22 civilians were killed"). A bare figure with no
    # noun after it ("two of the Sept. 11 hijackers") is too vague to call a conflict.
    single = len(only_a) == len(only_b) == 1 and only_a[0].unit and only_b[0].unit
    pairs = same_unit or ([(only_a[0], only_b[0])] if single else [])

    def show(n: NumberMention) -> str:
        return f"{n.text} {n.unit_text}".strip()

    hl_a = [n.text for n in only_a]
    hl_b = [n.text for n in only_b]
    if pairs:
        text = "; ".join(f"{label_a} says {show(x)}, {label_b} says {show(y)}" for x, y in pairs)
        return [f"numbers differ: {text}"], [], hl_a, hl_b
    note = (
        f"figures only {label_a} gives: {', '.join(dict.fromkeys(show(n) for n in only_a))}; "
        f"only {label_b}: {', '.join(dict.fromkeys(show(n) for n in only_b))}"
    )
    return [], [note], hl_a, hl_b


# A name run: capitalised words, initials allowed ("Karen Whitfield", "Lloyd J. Austin").
_NAME_RUN = re.compile(r"[A-Z][a-z’'-]+(?: (?:[A-Z]\.|[A-Z][a-z’'-]+))+")
# Words that give two names roles: who called whom, who hosted whom.
_DIRECTION = re.compile(r"\b(?:from|by|to|for)\b")


def _people(text: str) -> list[tuple[str, int]]:
    """(surname, position) of each name run, titles dropped ("Foreign Minister Tariq Rana")."""
    titles = _title_words()
    out: list[tuple[str, int]] = []
    for m in _NAME_RUN.finditer(text):
        words = [w for w in m.group().split() if w.lower().strip(".") not in titles]
        if len(words) >= 2:
            out.append((words[-1], m.start()))
    return out


def _role_reversal(
    text_a: str, text_b: str, label_a: str, label_b: str
) -> tuple[str, list[str]] | None:
    """Two accounts naming the same two people in swapped roles around "from"/"by"/"to":
    "Whitfield received a call from Rana" against "Rana received a call from Whitfield"."""
    people_a, people_b = _people(text_a), _people(text_b)
    first_b = {name: pos for name, pos in reversed(people_b)}
    shared = [(name, pos) for name, pos in people_a if name in first_b]
    names = list(dict.fromkeys(name for name, _ in shared))
    if len(names) < 2:
        return None
    x, y = names[0], names[1]
    pos_ax = next(p for n, p in shared if n == x)
    pos_ay = next(p for n, p in shared if n == y)
    pos_bx, pos_by = first_b[x], first_b[y]
    if not (pos_ax < pos_ay and pos_by < pos_bx):
        return None
    word_a = _DIRECTION.search(text_a, pos_ax, pos_ay)
    word_b = _DIRECTION.search(text_b, pos_by, pos_bx)
    if word_a is None or word_b is None:
        return None
    return (
        f"roles reversed: {label_a} has '{x} … {word_a.group()} … {y}', "
        f"{label_b} has '{y} … {word_b.group()} … {x}'",
        [x, y],
    )


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from attribcmp.attribute.mentions import words

    return words().titles | words().roles


def _compare(
    text_a: str,
    text_b: str,
    a: TextFeatures,
    b: TextFeatures,
    label_a: str,
    label_b: str,
    concepts: Concepts,
) -> _Comparison:
    conflicts, notes, hl_a, hl_b = _number_conflicts(a, b, label_a, label_b)
    reversal = _role_reversal(text_a, text_b, label_a, label_b)
    if reversal is not None:
        conflicts.append(reversal[0])
        hl_a.extend(reversal[1])
        hl_b.extend(reversal[1])
    softer: list[str] = []
    if bool(a.negations) != bool(b.negations):
        neg, other, words = (
            (label_a, label_b, a.negations) if a.negations else (label_b, label_a, b.negations)
        )
        conflicts.append(f"{neg} negates or denies ({', '.join(words)}); {other} does not")
        (hl_a if a.negations else hl_b).extend(words)
    for left, right in lexicon("opposites"):
        (sl, sr) = _stems((str(left), str(right)))
        for x, y, lx, ly, hx, hy in (
            (a, b, label_a, label_b, hl_a, hl_b),
            (b, a, label_b, label_a, hl_b, hl_a),
        ):
            if x.has(sl) and y.has(sr) and not x.has(sr) and not y.has(sl):
                wx, wy = x.find(sl), y.find(sr)
                conflicts.append(f"opposite predicates: {lx} '{wx}', {ly} '{wy}'")
                hx.append(wx)
                hy.append(wy)
    strong, weak = _lexicon_stems("commitment", "strong"), _lexicon_stems("commitment", "weak")
    for x, y, lx, ly in ((a, b, label_a, label_b), (b, a, label_b, label_a)):
        firm, soft = _has_any(x, strong), _has_any(y, weak)
        if firm and soft and not _has_any(y, strong):
            softer.append(f"{lx} says '{firm[0]}', {ly} only '{soft[0]}'")
    return _Comparison(
        conflicts=tuple(dict.fromkeys(conflicts)),
        softer=tuple(softer),
        notes=tuple(notes),
        similarity=_similarity(text_a, text_b, a, b, concepts),
        highlights_a=tuple(dict.fromkeys(hl_a)),
        highlights_b=tuple(dict.fromkeys(hl_b)),
    )


def _similarity(
    text_a: str, text_b: str, a: TextFeatures, b: TextFeatures, concepts: Concepts
) -> float:
    """How much two texts say the same thing, 0-1 (see _SAME_SIMILARITY)."""
    # Whole-sentence word sets: stop words included (they carry the sentence's structure),
    # concepts folded so "talks" and "discussions" count as one word.
    words_a = {concepts.words.get(s, s) for s in a.stems}
    words_b = {concepts.words.get(s, s) for s in b.stems}
    coverage = len(words_a & words_b) / max(len(words_a), len(words_b), 1)
    content_a = set(a.tokens) - {NUMBER_SLOT}
    content_b = set(b.tokens) - {NUMBER_SLOT}
    shared = len(content_a & content_b)
    content_long = shared / max(len(content_a), len(content_b), 1)
    content_short = shared / max(min(len(content_a), len(content_b)), 1)
    # partial_ratio's cost grows with the cube of the length (2 kB pairs: 0.3 s, 4 kB: 2.6 s),
    # so both character scores read at most the first _FUZZ_CHARS of each text; a claim is a
    # few sentences, and past that the word sets above carry the comparison.
    text_a, text_b = text_a[:_FUZZ_CHARS], text_b[:_FUZZ_CHARS]
    ratio = fuzz.ratio(text_a, text_b, processor=utils.default_process, score_cutoff=0)
    partial = fuzz.partial_ratio(text_a, text_b, processor=utils.default_process, score_cutoff=0)
    extra = max(0.0, partial - ratio) / 100.0
    only_a, only_b = _unmatched_numbers(a, b)
    unmatched = min(
        len({n.value for n in only_a}) + len({n.value for n in only_b}), _UNMATCHED_NUMBER_CAP
    )
    negation = bool(a.negations) != bool(b.negations)
    value = (
        _WORD_COVERAGE_WEIGHT * coverage
        + _CONTENT_LONG_WEIGHT * content_long
        + _CONTENT_SHORT_WEIGHT * content_short
        - _EXTRA_MATERIAL_WEIGHT * extra
        - _UNMATCHED_NUMBER_PENALTY * unmatched
        - (_NEGATION_PENALTY if negation else 0.0)
    )
    return max(0.0, min(1.0, value))


def relate_statements(
    a: str, b: str, *, settings: Settings = _DEFAULT_SETTINGS, concepts: Concepts | None = None
) -> PairResult:
    """How two statements relate: converge, partial, diverge or unrelated, with reasons.

    Args:
        a: the first statement.
        b: the second statement.
        settings: ``threshold`` is the overlap score (0-100) from which they share a subject.
        concepts: concept groups; the built-in ones when None.

    Returns:
        The relation, a 0-100 score (overlap score, or the similarity when higher) and reasons.
    """
    # The pair rules live in relate.py (imported here: it builds on this module's helpers).
    from attribcmp.relate import relate_pair

    concepts = concepts if concepts is not None else load_concepts()
    return relate_pair(a, b, settings=settings, concepts=concepts)


def _shared_reasons(a: TextFeatures, b: TextFeatures) -> list[str]:
    shared = [t for t in a.tokens if t in set(b.tokens) and not t.startswith("#")]
    if not shared:
        return []
    shown = []
    for t in shared:
        if t.startswith(CONCEPT_MARK):
            words = dict.fromkeys(w.lower() for w in a.surfaces[t] + b.surfaces[t])
            shown.append(f"{t[1:]} ({' / '.join(words)})")
        else:
            shown.append(a.surfaces[t][0])
    return ["matched: " + ", ".join(shown)]


@dataclass(frozen=True, slots=True)
class ClaimComparison:
    """How two claims' words relate when no firmer signal decides (``compare_claims``)."""

    relation: Relation
    reasons: tuple[str, ...]
    highlights: tuple[tuple[str, tuple[str, ...]], ...]
    # Partial only because the wording differs (no firmer outcome on one side, no conflict).
    wording_only: bool = False


def compare_claims(
    a: Claim, b: Claim, label_a: str, label_b: str, concepts: Concepts
) -> ClaimComparison:
    """The relation of two linked claims from their words: conflicting figures, negation or
    opposite predicates diverge; a firmer outcome on one side, or much material only one
    side gives, is partial; otherwise they converge.

    Args:
        a: a claim; a denial in its cue counts as part of what it says.
        b: a claim of another side.
        label_a: how the reasons name a's side.
        label_b: how they name b's side.
        concepts: the concept groups.

    Returns:
        The relation, its reasons and the differing words by claim id.
    """
    text_a, text_b = _stance_text(a), _stance_text(b)
    fa, fb = analyse_text(text_a, concepts), analyse_text(text_b, concepts)
    cmp = _compare(text_a, text_b, fa, fb, label_a, label_b, concepts)
    highlights = ((a.id, cmp.highlights_a), (b.id, cmp.highlights_b))
    if cmp.conflicts:
        return ClaimComparison(Relation.DIVERGE, cmp.conflicts + cmp.notes, highlights)
    if cmp.softer:
        return ClaimComparison(Relation.PARTIAL, cmp.softer + cmp.notes, highlights)
    if cmp.similarity < _SAME_SIMILARITY:
        extra = ("same subject, but each account carries material the other lacks",)
        return ClaimComparison(Relation.PARTIAL, extra + cmp.notes, highlights, True)
    return ClaimComparison(
        Relation.CONVERGE, ("the accounts say the same thing",) + cmp.notes, highlights
    )


def classify_groups(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    speakers: Sequence[Speaker],
    sides: Sequence[Side],
    *,
    concepts: Concepts | None = None,
    links: Sequence[Link] | None = None,
) -> tuple[ClaimGroup, ...]:
    """Set status, reasons, flags, missing sides and highlights on each group.

    A group's verdict comes from the links between its claims (``links.link_claims``): any
    diverging link makes it diverge, else any partial one partial, else it converges; the
    links' reasons are its reasons.

    Args:
        groups: from ``align_claims``.
        claims: every claim the groups refer to.
        speakers: the speakers, for anonymity.
        sides: the sides in report order; a side whose speakers are all anonymous is not an
            account of its own, so it is never listed as missing.
        concepts: the concept groups used for alignment; the built-in ones when None.
        links: the cross-side links; None links the claims here (words and facets only).

    Returns:
        The groups, in the same order, with their verdicts.
    """
    concepts = concepts if concepts is not None else load_concepts()
    if links is None:
        from attribcmp.facets import facet_claims
        from attribcmp.links import link_claims

        faceted = facet_claims(claims, (), concepts=concepts)
        links = link_claims(faceted, speakers=speakers, sides=sides, concepts=concepts)
    by_id = {c.id: c for c in claims}
    speaker_by_id = {s.id: s for s in speakers}
    names = {s.id: s.name for s in sides}
    order = {s.id: n for n, s in enumerate(sides)}
    accounts = [s.id for s in sides if not _anonymous_side(s.id, speakers)]
    group_of = {cid: g.id for g in groups for cid in g.claim_ids}
    inside: dict[str, list[Link]] = {}
    for link in links:
        gid = group_of.get(link.a)
        if gid is not None and gid == group_of.get(link.b):
            inside.setdefault(gid, []).append(link)
    return tuple(
        _classify_one(
            g, inside.get(g.id, []), by_id, speaker_by_id, names, order, accounts, concepts
        )
        for g in groups
    )


def _anonymous_side(side: str, speakers: Sequence[Speaker]) -> bool:
    members = [s for s in speakers if s.side == side]
    return bool(members) and all(s.anonymous for s in members)


# Cues that carry the claim's polarity: "Haddad denied that a circular had been sent" says
# no circular was sent, though the content alone ("that a circular had been sent") does not.
_POLAR_CUES = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b")


_NEGATED_CUE = re.compile(r"(?i)\b(?:not|never)\b|n[’']t\b")


def _stance_text(claim: Claim) -> str:
    if (
        claim.cue is not None
        and _POLAR_CUES.search(claim.cue.text)
        and not _NEGATED_CUE.search(claim.cue.text)  # "did not deny" denies nothing
    ):
        return f"{claim.cue.text} {said_text(claim)}"
    return said_text(claim)


_RANK = {Relation.DIVERGE: 0, Relation.PARTIAL: 1, Relation.CONVERGE: 2}
_STATUS = {
    Relation.DIVERGE: Verdict.DIVERGE,
    Relation.PARTIAL: Verdict.PARTIAL,
    Relation.CONVERGE: Verdict.CONVERGE,
}


def _classify_one(
    group: ClaimGroup,
    links: list[Link],
    by_id: dict[str, Claim],
    speaker_by_id: dict[str, Speaker],
    names: dict[str, str],
    order: dict[str, int],
    accounts: list[str],
    concepts: Concepts,
) -> ClaimGroup:
    members = [by_id[c] for c in group.claim_ids if c in by_id]
    group_sides = tuple(
        sorted(dict.fromkeys(c.side or "" for c in members), key=lambda s: order.get(s, len(order)))
    )
    feats = {
        s: analyse_text(" ".join(_stance_text(c) for c in members if (c.side or "") == s), concepts)
        for s in group_sides
    }
    flags = _flags(members, feats, speaker_by_id)
    reasons: list[str] = []
    highlights: dict[str, list[str]] = {c.id: [] for c in members}
    missing: tuple[str, ...] = ()
    if len(group_sides) < 2:
        status = Verdict.ONE_SIDED
        missing = tuple(s for s in accounts if s not in group_sides)
        only = names.get(group_sides[0], group_sides[0] or "unattributed") if group_sides else ""
        reasons.append(f"only {only or 'one side'} makes this point")
    elif not links:
        # Sides joined through restatements without a direct link: same subject, not shown equal.
        status = Verdict.PARTIAL
        reasons.append("same subject, but each account carries material the other lacks")
    else:
        ranked = sorted(links, key=lambda k: (_RANK[k.relation], -k.score))
        status = _STATUS[ranked[0].relation]
        for link in ranked:
            reasons.extend(link.reasons)
            for cid, words in link.highlights:
                highlights.setdefault(cid, []).extend(words)
    if not links:
        # Without links the alignment's shared words are the only grounds there are.
        reasons.extend(group.reasons)
    return replace(
        group,
        sides=group_sides,
        status=status,
        score=max([group.score, *(k.score for k in links)]),
        reasons=tuple(dict.fromkeys(reasons)),
        flags=flags,
        missing_sides=missing,
        highlights=tuple((cid, tuple(dict.fromkeys(w))) for cid, w in highlights.items() if w),
    )


def _flags(
    members: list[Claim], feats: dict[str, TextFeatures], speaker_by_id: dict[str, Speaker]
) -> tuple[str, ...]:
    flags: list[str] = []
    if members and all(
        c.speaker_id in speaker_by_id and speaker_by_id[c.speaker_id].anonymous for c in members
    ):
        flags.append("anonymous_only")
    agreement = _lexicon_stems("agreement")
    # The agreement may sit in the cue ("The two sides agreed to hold ...") or the words.
    cue_words = {
        side: analyse_text(
            " ".join(c.cue.text for c in members if c.cue and (c.side or "") == side),
            _NO_CONCEPTS,
        )
        for side in feats
    }
    asserting = [
        s for s, f in feats.items() if _has_any(f, agreement) or _has_any(cue_words[s], agreement)
    ]
    # Agreement stated by some side(s) but not by every side in the group.
    if asserting and len(asserting) < len(feats) or (asserting and len(feats) == 1):
        flags.append("asserted_agreement")
    hedges = _lexicon_stems("hedges")
    for claim in members:
        if claim.facets is not None:
            hedged = claim.facets.hedged  # the words and the cue, read once by facets.py
        else:
            said = said_text(claim) + " " + (claim.cue.text if claim.cue else "")
            hedged = claim.hedged or bool(_has_any(analyse_text(said, _NO_CONCEPTS), hedges))
        if hedged:
            flags.append("hedged")
            break
    return tuple(flags)

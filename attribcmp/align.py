"""Claims -> groups of claims that make the same point.

Each claim's content is analysed into normalised tokens (``textfeatures.py``: stems,
concept groups folded into one token, numbers as a ``#num`` slot plus their value). Two claims
score on the overlap of those token sets, 0-100::

    score = 100 * (0.6 * coverage_of_smaller + 0.4 * dice)

Coverage of the smaller set lets a short restatement match a long claim; the dice term keeps a
long claim that merely contains a few common words from matching everything. The overlap is
computed for all pairs at once with ``rapidfuzz.process.cdist``: each distinct token becomes
one character, a claim becomes the sorted string of its tokens, and the Indel distance of two
such strings is |A| + |B| - 2|A & B|, from which the overlap, coverage and dice follow exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Indel

from attribcmp.follow_ups import join_follow_ups
from attribcmp.model import Claim, ClaimGroup, Link, Settings, Verdict
from attribcmp.textfeatures import (
    CONCEPT_MARK,
    NUMBER_SLOT,
    Concepts,
    TextFeatures,
    analyse_text,
    said_text,
)

__all__ = [
    "align_claims",
    "pair_overlap",
    "score_features",
    "topical_features",
    "topical_scores",
]

# Weight of coverage-of-the-smaller against dice in the pair score (see module docstring).
_COVERAGE_WEIGHT = 0.6
# Two claims must share at least this many tokens: one shared word is a coincidence.
_MIN_SHARED = 2
# A merge must also keep the mean score between the two clusters at this share of the
# threshold, so one strong link cannot chain unrelated claims into one group.
_AVERAGE_LINK_SHARE = 0.6
# First code point used to spell token ids as characters (past the surrogates, any is fine).
_TOKEN_BASE = 0x10000


def score_features(a: TextFeatures, b: TextFeatures) -> float:
    """Pair score 0-100 of two analysed texts (the same formula ``align_claims`` uses).

    Args:
        a: features of the first text.
        b: features of the second text.

    Returns:
        ``100 * (0.6 * coverage_of_smaller + 0.4 * dice)``, 0 below two shared tokens.
    """
    shared = len(set(a.tokens) & set(b.tokens))
    return _combine(shared, len(a.tokens), len(b.tokens))


def pair_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The overlap score (0-100) of two token sets, as ``score_features`` computes it."""
    return _combine(len(a & b), max(len(a), 1), max(len(b), 1))


def _combine(shared: float, len_a: float, len_b: float) -> float:
    if shared < _MIN_SHARED:
        return 0.0
    coverage = shared / min(len_a, len_b)
    dice = 2 * shared / (len_a + len_b)
    return round(100.0 * (_COVERAGE_WEIGHT * coverage + (1 - _COVERAGE_WEIGHT) * dice), 2)


# Rows of the score matrix computed at a time: bounds memory at n * _BLOCK numbers.
_BLOCK = 256
# A claim is scored against the claims at most this many places before or after it: every
# claim of an article (a long one holds a few hundred; bench_scale's 2,000-claim text is still
# scored whole), while a 2 MB dump (a story repeated, twenty thousand claims) no longer scores
# every pair, which grew with the square (19 s of such a text's 70 s). A point and its answer
# stand near each other.
_WINDOW = 2048


# Up to this many claims, pairs are scored one by one (an article has dozens); past it, the
# vectorised cdist path pays for its numpy import.
_SMALL = 150

# Each claim keeps at most this many candidate partners, best score first (then lowest index):
# an article of near-identical claims would otherwise keep every pair (quadratic memory).
# An ordinary article's claims have a handful of partners each, far below it.
_PARTNERS = 48
# At most this many of them share one score: a claim repeated hundreds of times must not spend
# every place on its copies and lose the link to the next-best claims.
_PER_SCORE = 16


def _pick(order: Any, negs: Any) -> list[int]:
    """Positions of the partners to keep, from partners sorted best first (``negs`` = -score,
    ascending): up to _PARTNERS in that order, at most _PER_SCORE of any one score."""
    import numpy as np

    picked: list[int] = []
    at = 0
    while at < len(order) and len(picked) < _PARTNERS:
        end = int(np.searchsorted(negs, negs[at], side="right"))
        take = min(end - at, _PER_SCORE, _PARTNERS - len(picked))
        picked.extend(range(at, at + take))
        at = end
    return picked


def _pairwise_scores(spelled: Sequence[str], low: float) -> dict[tuple[int, int], float]:
    """The same scores as the cdist path, pair by pair, without numpy."""
    found: dict[tuple[int, int], float] = {}
    for i, a in enumerate(spelled):
        for j in range(i + 1, len(spelled)):
            b = spelled[j]
            shared = (len(a) + len(b) - Indel.distance(a, b, processor=None)) / 2.0
            score = _combine(shared, max(len(a), 1), max(len(b), 1))
            if shared >= _MIN_SHARED and score >= low:
                found[(i, j)] = score
    return _best_partners(found)


def _best_partners(found: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """Keep a pair only if it is among the ``_PARTNERS`` best of one of its claims."""
    partners: dict[int, list[tuple[float, int]]] = {}
    for (i, j), v in found.items():
        partners.setdefault(i, []).append((-v, j))
        partners.setdefault(j, []).append((-v, i))
    if all(len(p) <= _PARTNERS for p in partners.values()):
        return found
    kept: dict[tuple[int, int], float] = {}
    for i, row in partners.items():
        ranked = sorted(row)
        for k in _pick(ranked, [neg for neg, _ in ranked]):
            neg, j = ranked[k]
            kept[(min(i, j), max(i, j))] = -neg
    return {k: kept[k] for k in sorted(kept)}


def _candidate_scores(features: Sequence[TextFeatures], low: float) -> dict[tuple[int, int], float]:
    """Scores >= ``low`` for pairs i < j, from blockwise rapidfuzz cdist over token-id strings.

    Each distinct token is spelled as one character and a text as the sorted string of its
    tokens; the Indel distance of two strictly increasing strings is |A| + |B| - 2|A & B|, so
    one cdist gives the exact overlap of every pair.
    """
    ids: dict[str, int] = {}
    spelled: list[str] = []
    for feat in features:
        codes = sorted(ids.setdefault(t, len(ids)) for t in feat.tokens)
        spelled.append("".join(chr(_TOKEN_BASE + c) for c in codes))
    if len(spelled) <= _SMALL:
        return _pairwise_scores(spelled, low)
    # numpy comes in only for large inputs: its import costs more than a small article's work.
    import numpy as np

    lengths = np.array([len(s) for s in spelled], dtype=np.float64)
    found: dict[tuple[int, int], float] = {}
    for top in range(0, len(spelled), _BLOCK):
        rows = spelled[top : top + _BLOCK]
        # Columns: every claim, or past _WINDOW claims either side of the block only.
        lo, hi = max(0, top - _WINDOW), min(len(spelled), top + len(rows) + _WINDOW)
        scores, keep = _score_block(
            rows, spelled[lo:hi], lengths[top : top + len(rows)], lengths[lo:hi], low
        )
        # A claim is not its own partner: local column k is claim lo + k, row r claim top + r.
        keep[np.arange(len(rows)), np.arange(top, top + len(rows)) - lo] = False
        local = np.arange(hi - lo)
        for r in range(len(rows)):
            ks = local[keep[r]]
            if len(ks) > _PARTNERS:
                rounded = np.round(scores[r, ks], 2)
                order = np.lexsort((ks, -rounded))
                ks = ks[order[_pick(order, -rounded[order])]]
            i = top + r
            for k in ks.tolist():
                c = lo + k
                found[(min(i, c), max(i, c))] = round(float(scores[r, k]), 2)
    return {k: found[k] for k in sorted(found)}


def _score_block(
    rows: Sequence[str], columns: Sequence[str], len_rows: Any, len_cols: Any, low: float
) -> tuple[Any, Any]:
    """Scores (unrounded) of rows x columns, and where they reach ``low`` on two shared tokens."""
    import numpy as np

    distance = process.cdist(
        rows,
        columns,
        scorer=Indel.distance,
        processor=None,
        score_cutoff=None,
        dtype=np.int32,
        workers=1,
    )
    len_a = len_rows[:, None]
    len_b = len_cols[None, :]
    total = len_a + len_b
    shared = (total - distance) / 2.0
    smaller = np.maximum(np.minimum(len_a, len_b), 1.0)
    scores = 100.0 * (
        _COVERAGE_WEIGHT * shared / smaller
        + (1 - _COVERAGE_WEIGHT) * 2.0 * shared / np.maximum(total, 1.0)
    )
    return scores, (shared >= _MIN_SHARED) & (scores >= low)


# Names in more than a third of the claims are the story's background (the participants'
# names and titles in a readout), not what a claim says; they are left out of the scores.
# Only names: a concept the whole story turns on ("defense") still links claims.
_BACKGROUND_SHARE = 0.34
_BACKGROUND_MIN_CLAIMS = 6


def _without_background(features: list[TextFeatures]) -> list[TextFeatures]:
    if len(features) < _BACKGROUND_MIN_CLAIMS:
        return features
    counts: dict[str, int] = {}
    for feat in features:
        for token in feat.tokens:
            counts[token] = counts.get(token, 0) + 1
    limit = _BACKGROUND_SHARE * len(features)
    names = {t for f in features for t in f.entities}
    background = {t for t, n in counts.items() if n > limit and t in names}
    if not background:
        return features
    return [replace(f, tokens=tuple(t for t in f.tokens if t not in background)) for f in features]


def topical_features(claims: Sequence[Claim], concepts: Concepts) -> list[TextFeatures]:
    """Each claim's analysed words, the story's background names left out."""
    return _without_background([analyse_text(said_text(c), concepts) for c in claims])


def topical_scores(features: Sequence[TextFeatures], low: float) -> dict[tuple[int, int], float]:
    """Overlap scores (0-100) at or above ``low`` of every pair i < j of analysed claims
    (``topical_features``), computed block by block."""
    return _candidate_scores(features, low)


def align_claims(
    claims: Sequence[Claim],
    *,
    settings: Settings,
    concepts: Concepts,
    links: Sequence[Link] | None = None,
    scores: Mapping[tuple[int, int], float] | None = None,
) -> tuple[ClaimGroup, ...]:
    """Group claims that make the same point, across and within sides (a partition).

    Pairs are joined strongest first: claims of different sides through ``links`` (or, without
    links, at an overlap score of ``settings.threshold``), claims of one side (restatements)
    at ``settings.merge_threshold``. The status is provisional (one_sided for one side,
    partial otherwise) until ``classify_groups``. Last, a one-claim group whose quote points
    back at its speaker's previous claim joins that claim's group (``follow_ups.join_follow_ups``).

    Args:
        claims: claims with ``side`` set; a claim without a side counts as its own side "".
        settings: the thresholds.
        concepts: from ``load_concepts``.
        links: cross-side links from ``links.link_claims``; None scores shared words only.
        scores: overlap scores already computed (``topical_scores`` at a bar no higher than
            both thresholds), so a large input is scored once.

    Returns:
        Groups "g1", "g2", ... in order of their first claim in ``claims``; every claim is in
        exactly one group.
    """
    if not claims:
        return ()
    features = _without_background([analyse_text(said_text(c), concepts) for c in claims])
    token_sets = [frozenset(f.tokens) for f in features]
    sides = [c.side or "" for c in claims]
    low = min(settings.threshold, settings.merge_threshold)
    found = dict(scores) if scores is not None else _candidate_scores(features, low)
    linked: dict[tuple[int, int], float] = {}
    if links is not None:
        # Cross-side pairs come from the links alone; shared words still merge restatements.
        position = {c.id: k for k, c in enumerate(claims)}
        for link in links:
            i, j = position.get(link.a), position.get(link.b)
            if i is not None and j is not None and i != j:
                linked[(min(i, j), max(i, j))] = max(link.score, settings.threshold)
        found = {k: v for k, v in found.items() if sides[k[0]] == sides[k[1]]}
        found.update(linked)
    edges = sorted(((v, i, j) for (i, j), v in found.items()), key=lambda e: (-e[0], e[1], e[2]))

    def pair_score(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key in found:
            return found[key]
        a, b = token_sets[i], token_sets[j]
        return _combine(len(a & b), max(len(a), 1), max(len(b), 1))

    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # One side's restatements must share what they say, not only who is in them: every line
    # of a readout names the same two officials.
    plain_sets = [t - f.entities for t, f in zip(token_sets, features, strict=True)]
    too_weak: set[tuple[int, int, int, int]] = set()
    sums = _GroupScores(token_sets, found)

    for score, i, j in edges:
        need = settings.threshold if sides[i] != sides[j] else settings.merge_threshold
        ri, rj = find(i), find(j)
        if score < need or ri == rj:
            continue
        if sides[i] == sides[j]:
            a_plain, b_plain = plain_sets[i], plain_sets[j]
            if not a_plain or not b_plain:
                continue
            plain = _combine(len(a_plain & b_plain), len(a_plain), len(b_plain))
            if plain < settings.merge_threshold:
                continue
        a, b = members[ri], members[rj]
        # Two groups only change by growing, so (root, size) names a group's state: a pair of
        # groups whose average link failed is not re-averaged for each further edge between
        # them (that made 50 accounts of one event take minutes).
        state = (ri, len(a), rj, len(b))
        if state in too_weak:
            continue
        if max(len(a), len(b)) <= _EXACT_GROUP:
            mean = sum(pair_score(x, y) for x in a for y in b) / (len(a) * len(b))
        else:
            mean = sums.between(a, b)
        if mean < _AVERAGE_LINK_SHARE * settings.threshold:
            too_weak.add(state)
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        members[keep] = sorted(a + b)
        del members[gone]

    if linked:
        # A claim linked to another side must not read as a point only its side makes: a
        # one-sided group joins the group of its strongest link (one hop, so groups that
        # already hold several sides never fuse).
        best: dict[int, tuple[float, int]] = {}
        for (i, j), value in linked.items():
            for x, y in ((i, j), (j, i)):
                if value > best.get(x, (-1.0, -1))[0]:
                    best[x] = (value, y)
        for x in sorted(best, key=lambda k: (-best[k][0], k)):
            rx, ry = find(x), find(best[x][1])
            if rx == ry or len({sides[k] for k in members[rx]}) > 1:
                continue
            keep, gone = min(rx, ry), max(rx, ry)
            parent[gone] = keep
            members[keep] = sorted(members[rx] + members[ry])
            del members[gone]

    groups: list[ClaimGroup] = []
    for n, root in enumerate(sorted(members), start=1):
        idx = members[root]
        group_sides = tuple(dict.fromkeys(sides[k] for k in idx))
        if len(idx) <= _EXACT_GROUP:
            cross = [pair_score(x, y) for x in idx for y in idx if x < y and sides[x] != sides[y]]
        else:
            cross = [sums.best_cross(idx, sides)]
        groups.append(
            ClaimGroup(
                id=f"g{n}",
                claim_ids=tuple(claims[k].id for k in idx),
                sides=group_sides,
                status=Verdict.ONE_SIDED if len(group_sides) == 1 else Verdict.PARTIAL,
                score=max(cross, default=0.0),
                reasons=_match_reasons([features[k] for k in idx]),
            )
        )
    # A quote pointing back at its speaker's previous claim ("about this") joins its group.
    return join_follow_ups(groups, claims)


# Groups up to this size are averaged pair by pair (an article's groups are far smaller);
# past it, over evenly spaced samples of _SAMPLE members of each: a bounded number of scores
# per check. (Running per-group rows cost a row over every claim for each claim that joined:
# quadratic on a 2 MB text, a 1.6 kB story repeated into groups of thousands of copies.)
_EXACT_GROUP = 64
_SAMPLE = 64
# Past this size a group's best cross-side score is that of _ROW_GROUP evenly spaced members
# against all of them (every pair grew with the square of the group).
_ROW_GROUP = 256


def _sample(members: Sequence[int], size: int = _SAMPLE) -> list[int]:
    """At most ``size`` of ``members``, evenly spaced (first and last kept): deterministic."""
    if len(members) <= size:
        return list(members)
    step = (len(members) - 1) / (size - 1)
    return [members[round(k * step)] for k in range(size)]


class _GroupScores:
    """Pair scores of groups past _EXACT_GROUP, a block of rows by one cdist.

    A row is what ``pair_score`` gives (the overlap formula, rounded, with the scores in
    ``found`` taking precedence).
    """

    def __init__(
        self, token_sets: Sequence[frozenset[str]], found: Mapping[tuple[int, int], float]
    ):
        ids: dict[str, int] = {}
        self.spelled = [
            "".join(chr(_TOKEN_BASE + c) for c in sorted(ids.setdefault(t, len(ids)) for t in ts))
            for ts in token_sets
        ]
        self.found: dict[int, dict[int, float]] = {}
        for (i, j), v in found.items():
            self.found.setdefault(i, {})[j] = v
            self.found.setdefault(j, {})[i] = v
        self.lengths: Any = None

    def rows(self, xs: Sequence[int], columns: Sequence[int]) -> Any:
        import numpy as np

        if self.lengths is None:
            self.lengths = np.array([len(s) for s in self.spelled], dtype=np.float64)
        cols = list(columns)
        scores, shared_ok = _score_block(
            [self.spelled[x] for x in xs],
            [self.spelled[c] for c in cols],
            self.lengths[list(xs)],
            self.lengths[cols],
            0.0,
        )
        out = np.where(shared_ok, np.round(scores, 2), 0.0)
        where = {c: k for k, c in enumerate(cols)}
        for r, x in enumerate(xs):
            partners = self.found.get(x, {})
            # The shorter walk: a claim copied hundreds of times is the partner of thousands.
            if len(partners) <= len(cols):
                for y, v in partners.items():
                    if y in where:
                        out[r, where[y]] = v
            else:
                for k, c in enumerate(cols):
                    if c in partners:
                        out[r, k] = partners[c]
        return out

    def between(self, a: Sequence[int], b: Sequence[int]) -> float:
        """The mean pair score of groups ``a`` and ``b``, over evenly spaced samples of each
        (``_sample``): at most _SAMPLE x _SAMPLE scores, however large the groups grow."""
        xs, ys = _sample(a), _sample(b)
        return float(self.rows(xs, ys).sum()) / (len(xs) * len(ys))

    def best_cross(self, idx: Sequence[int], sides: Sequence[str]) -> float:
        """The best score of two members of different sides; past _ROW_GROUP members, the best
        of evenly spaced _ROW_GROUP of them against all (all pairs grew with the square)."""
        import numpy as np

        best = 0.0
        side = np.array([sides[k] for k in idx], dtype=object)
        if len(idx) > _ROW_GROUP:
            picked = _sample(range(len(idx)), _ROW_GROUP)
            block = self.rows([idx[k] for k in picked], idx)
            mask = side[picked, None] != side[None, :]
            return float(block[mask].max()) if mask.any() else best
        for top in range(0, len(idx), _BLOCK):
            chunk = list(idx[top : top + _BLOCK])
            block = self.rows(chunk, idx)
            mask = side[top : top + len(chunk), None] != side[None, :]
            mask &= np.arange(len(idx))[None, :] > np.arange(top, top + len(chunk))[:, None]
            if mask.any():
                best = max(best, float(block[mask].max()))
        return best


def _match_reasons(features: Sequence[TextFeatures]) -> tuple[str, ...]:
    if len(features) < 2:
        return ()
    counts: dict[str, int] = {}
    for feat in features:
        for t in feat.tokens:
            counts[t] = counts.get(t, 0) + 1
    # Tokens in at least two of the claims, in order of first appearance.
    order = [t for t in counts if counts[t] >= 2 and t != NUMBER_SLOT]
    if not order:
        return ()
    words = [t for t in order if not t.startswith((CONCEPT_MARK, "#"))]
    reasons: list[str] = []
    concept_bits = []
    for t in order:
        if t.startswith(CONCEPT_MARK):
            seen = dict.fromkeys(w.lower() for f in features for w in f.surfaces.get(t, ()))
            concept_bits.append(f"{t[1:]} ({' / '.join(seen)})")
    names = [t for t in words if any(t in f.entities for f in features)]
    first = {t: next(f.surfaces[t][0] for f in features if t in f.surfaces) for t in order}
    plain = [first[t].lower() for t in words if t not in names]
    if concept_bits:
        reasons.append("same concepts: " + ", ".join(concept_bits))
    if plain:
        reasons.append("shared words: " + ", ".join(plain))
    if names:
        reasons.append("shared names: " + ", ".join(first[t] for t in names))
    numbers = [t[1:] for t in order if t.startswith("#")]
    if numbers:
        reasons.append("shared numbers: " + ", ".join(numbers))
    return tuple(reasons)

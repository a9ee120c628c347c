"""Pair verdicts: how two plain statements relate (``attribcmp pair``).

The group verdicts in classify.py compare whole accounts; a pair of statements can be read
closer, clause by clause. Rules, in order (each verdict carries the reasons that fired):

- unrelated: too little in common to be the same subject.
- diverge: different figures for one quantity (not one the other rounded: "296" / "about
  300"), swapped roles, a clause one statement negates
  while the other states it (negation is scoped to its clause: "no civilians were hurt, and
  the raid went ahead" does not deny the raid), or antonymous predicates about the same thing
  ("shares rose" / "shares fell"; "did not win" / "lost" agree).
- partial: a firmer outcome on one side ("agreed" vs "discussed"), or in a short statement a
  different word in the same place ("met in Paris" / "met in Geneva").
- converge or partial otherwise: a learned layer (pairmodel.py, weights in
  data/pair_model.json) weighs the words both share and what each adds; its reason names
  the features that weighed most.

Words align when they are the same word, the same idea (concepts.yaml plus the inflections
and near-synonyms in data/pairs.yaml), or a specific word and its general one ("man" /
"person"); never two specific words of one kind ("man" / "woman").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from attribcmp.align import score_features
from attribcmp.errors import InputError
from attribcmp.model import PairResult, Relation, Settings
from attribcmp.nought import nought_conflict
from attribcmp.pair_attribution import set_aside
from attribcmp.pair_sides import (
    blame_conflict,
    exclusive_conflict,
    framing_conflict,
    mirrored,
    party_swaps,
)
from attribcmp.pairmodel import Reading, explain, features, group_of, load_model
from attribcmp.read import statement_error
from attribcmp.textcompare import (
    has_any,
    lexicon_stems,
    number_conflicts,
    role_reversal,
    rounded_figures,
    shared_reasons,
)
from attribcmp.textcompare import similarity as text_similarity
from attribcmp.textfeatures import (
    NUMBER_SLOT,
    Concepts,
    TextFeatures,
    analyse_text,
)
from attribcmp.word_pairs import (
    antonym_pairs,
    clause_breaks,
    fold_word,
    negative_subjects,
    not_negations,
    opposed_pairs,
    refusals,
    with_pair_concepts,
    word_kinds,
)

__all__ = ["opposed_words", "read_pair", "relate_pair"]

# Similarity (textcompare.similarity, 0-1) from which two statements say the same thing. The
# group verdicts use 0.41; with WordNet synonyms aligned, pair similarities run a little
# higher, and 0.43 is best on the even lines of MRPC (and on SICK train).
_PAIR_SAME_SIMILARITY = 0.43
# A negated clause conflicts with a clause of the other statement that states at least this
# share of its words un-negated (tuned on SICK train: "no man is standing" / "a man is
# standing"; lower and clauses that merely share a word clash).
_NEGATED_COVER = 1.0
# ... and the two statements align this much as a whole (the larger of the two shares).
_NEGATION_CONTEXT = 0.9
# Two antonyms conflict when the rest of their clauses align at least this much (the smaller
# clause's share): "shares rose" / "shares fell", not "prices rose" / "the team lost".
_ANTONYM_CONTEXT = 0.5
# In a statement of at most this many content words, every word is the point: a different
# word in the same place says a different thing ("talks in Paris" / "talks in Geneva").
# Longer statements reword freely (MRPC's paraphrases swap words in place as often as its
# non-paraphrases do). Tuned on SICK train and the even lines of MRPC.
_SHORT_STATEMENT = 4
# One statement contained in the other (every word of one aligns) while the longer one adds at
# most this share of its words: detail, not a new point (a feature of the learned layer).
_CONTAINED_EXTRA = 0.5
# In a statement of at most this many content words, each side adding a described thing the
# other lacks ("a man plays guitar on stage" / "a bald man plays guitar") is named as the
# reason when the learned layer finds the pair partial. Names, figures and "-ly" words do not
# count (attribution and style).
_SHORT_BOTH = 5
# "only X" against another word in X's place rules it out in statements of at most this many
# content words (MRPC: in longer ones the aligned slot was mostly another, 3 of 4 wrong).
_EXCLUSIVE_WORDS = 8
# Word-by-word alignment for swapped words (difflib, quadratic) only in statements of at most
# this many words: a sentence's slot, not a 3,000-character statement's.
_SLOT_SWAP_WORDS = 60

_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]–—]|\s-\s")


@dataclass(frozen=True, slots=True)
class _Clause:
    """One clause of a statement: its words (folded) and whether it is negated."""

    text: str
    marks: frozenset[str]
    tokens: frozenset[str]
    negations: tuple[str, ...]


def _marks(feat: TextFeatures, concepts: Concepts) -> frozenset[str]:
    # Content tokens plus every folded stem: antonyms such as "up"/"down" are stop words.
    return frozenset(feat.tokens) | {concepts.words.get(s, s) for s in feat.stems}


# a linked claim is compared with each of its partners: its clauses are cut once
@lru_cache(maxsize=8192)
def _clauses(text: str, concepts: Concepts) -> tuple[_Clause, ...]:
    """The statement cut at punctuation and clause words; a negation governs its clause only."""
    pieces = [p for chunk in _CLAUSE_PUNCT.split(text) for p in clause_breaks().split(chunk)]
    out: list[_Clause] = []
    for piece in pieces:
        feat = analyse_text(piece, concepts)
        if not feat.stems:
            continue
        negations = _clause_negations(piece, feat)
        # A verb of not doing is the negation, not a word of what is negated (as "not" is).
        refused = {fold_word(m.group().split()[0], concepts) for m in refusals().finditer(piece)}
        out.append(
            _Clause(
                text=piece.strip(),
                marks=_marks(feat, concepts),
                tokens=frozenset(feat.tokens) - {NUMBER_SLOT} - refused,
                negations=negations,
            )
        )
    return tuple(out)


def _clause_negations(piece: str, feat: TextFeatures) -> tuple[str, ...]:
    """The negators of one clause: negating words or a negative subject, less those of an idiom
    that negates nothing ("not only"), plus verbs of not doing ("refused to")."""
    found = list(feat.negations or (m.group() for m in negative_subjects().finditer(piece)))
    for idiom in not_negations().finditer(piece):
        first = idiom.group().split()[0].lower()
        at = next((k for k, n in enumerate(found) if n.lower() == first), None)
        if at is not None:
            del found[at]
    found.extend(m.group() for m in refusals().finditer(piece))
    return tuple(found)


def _aligned(
    words: Iterable[str],
    other: frozenset[str],
    kinds: Mapping[str, frozenset[str]],
    reach: frozenset[str] | None = None,
) -> int:
    """How many of the words align with the other set: equal, or one a kind of the other.
    ``reach``: ``_reach(other, kinds)`` when the caller asks about one set word by word."""
    if reach is None:
        reach = _reach(other, kinds)
    return sum(1 for w in words if w in reach or kinds.get(w, _NONE) & other)


_NONE: frozenset[str] = frozenset()


def _reach(other: frozenset[str], kinds: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The other set's words and each one's general words and synonyms: a word in it aligns
    (gathered once per set, not once per word asked about)."""
    return other.union(*[kinds.get(o, _NONE) for o in other])


def _cover(
    words: frozenset[str], other: frozenset[str], kinds: Mapping[str, frozenset[str]]
) -> float:
    return _aligned(words, other, kinds) / len(words) if words else 0.0


def _negation_conflicts(
    ca: tuple[_Clause, ...],
    cb: tuple[_Clause, ...],
    kinds: Mapping[str, frozenset[str]],
    agreed: set[tuple[int, int]],
) -> list[tuple[str, str]]:
    """(negating side, negated clause) where one side negates a clause whose words the other
    states un-negated; clauses already reconciled by an antonym are skipped."""
    found: list[tuple[str, str]] = []
    whole_a = frozenset().union(*(c.tokens for c in ca))
    whole_b = frozenset().union(*(c.tokens for c in cb))
    # Both statements must be about the same thing apart from the negation: "no man is playing
    # a piano" does not deny "a man is playing a guitar".
    if max(_cover(whole_a, whole_b, kinds), _cover(whole_b, whole_a, kinds)) < _NEGATION_CONTEXT:
        return found
    for side, xs, ys, flip in (("A", ca, cb, False), ("B", cb, ca, True)):
        stated = [j for j, y in enumerate(ys) if not y.negations]
        plain = frozenset().union(*(ys[j].tokens for j in stated))
        for i, x in enumerate(xs):
            if not x.negations or not x.tokens:
                continue
            if any(((j, i) if flip else (i, j)) in agreed for j in range(len(ys))):
                continue
            # Both sides negating it ("..., not the tribe" in each) is agreement.
            if any(y.negations and _cover(x.tokens, y.tokens, kinds) >= 1.0 for y in ys):
                continue
            if _cover(x.tokens, plain, kinds) >= _NEGATED_COVER:
                found.append((side, x.text))
    return found


@lru_cache(maxsize=16)
def _antonym_index(concepts: Concepts) -> dict[str, list[tuple[int, str, str]]]:
    """Word -> (order, the word, its antonym) for each antonym pair read either way; order
    as ``_antonym_conflicts`` once tried the table: each pair as written, then reversed."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    for k, (left, right) in enumerate(antonym_pairs(concepts)):
        index.setdefault(left, []).append((2 * k, left, right))
        index.setdefault(right, []).append((2 * k + 1, right, left))
    return index


def _antonym_conflicts(
    ca: tuple[_Clause, ...],
    cb: tuple[_Clause, ...],
    concepts: Concepts,
    kinds: Mapping[str, frozenset[str]],
    context: float = _ANTONYM_CONTEXT,
) -> tuple[list[tuple[str, str]], set[tuple[int, int]]]:
    """Antonyms (a's token, b's token) in matching clauses, and the clause pairs where a
    negation and an antonym cancel ("did not win" / "lost" say the same)."""
    conflicts: list[tuple[str, str]] = []
    agreed: set[tuple[int, int]] = set()
    all_a = frozenset().union(*(c.marks for c in ca))
    all_b = frozenset().union(*(c.marks for c in cb))
    index = _antonym_index(concepts)
    # Only the pairs one of whose words a's clauses hold, in the table's order.
    tried = sorted(o for w in all_a & index.keys() for o in index[w])
    for _, lx, rx in tried:
        if rx not in all_b or rx in all_a or lx in all_b:
            continue
        for i, x in enumerate(ca):
            for j, y in enumerate(cb):
                if lx not in x.marks or rx not in y.marks:
                    continue
                rest_x, rest_y = x.tokens - {lx}, y.tokens - {rx}
                small, big = sorted((rest_x, rest_y), key=len)
                if small and _cover(small, big, kinds) < context:
                    continue
                # A denial verb that is itself the antonym ("denied") is not a negation.
                if _negated(x, lx, concepts) != _negated(y, rx, concepts):
                    agreed.add((i, j))
                    continue
                # lx is always a's word (flip only swaps which pair member it is).
                conflicts.append((lx, rx))
    return list(dict.fromkeys(conflicts)), agreed


def _written(feat: TextFeatures, token: str, concepts: Concepts) -> str:
    """The word of the text a folded token came from ("succeeded" for "succeed")."""
    for word, s in zip(feat.words, feat.stems, strict=False):
        if concepts.words.get(s, s) == token:
            return word
    return _show(token)


def opposed_words(
    a: str, b: str, concepts: Concepts, context: float = _ANTONYM_CONTEXT
) -> tuple[tuple[str, str], ...]:
    """Opposite words the two statements use about the same thing, not answered by a negation
    ("talks succeeded" / "talks failed"), as written: (a's word, b's word). The one check
    behind both ``attribcmp pair`` and the report's verdicts; ``context``: how much of the
    rest of the two clauses must align (0 for linked claims, already on one point)."""
    pair_concepts = with_pair_concepts(concepts)
    kinds = word_kinds(pair_concepts)
    ca, cb = _clauses(a, pair_concepts), _clauses(b, pair_concepts)
    found, _ = _antonym_conflicts(ca, cb, pair_concepts, kinds, context)
    if not found:
        return ()  # the common case: nothing to spell out as written
    fa, fb = analyse_text(a, pair_concepts), analyse_text(b, pair_concepts)
    return tuple((_written(fa, x, pair_concepts), _written(fb, y, pair_concepts)) for x, y in found)


def _negated(clause: _Clause, word: str, concepts: Concepts) -> bool:
    return any(fold_word(n, concepts) != word for n in clause.negations)


def _show(token: str) -> str:
    return token.lstrip("~")


def _generalised(
    a: TextFeatures, b: TextFeatures, concepts: Concepts, kinds: Mapping[str, frozenset[str]]
) -> TextFeatures:
    """``a`` with each specific word renamed to the general word ``b`` uses ("man" -> person
    when b says "person"), so the similarity counts the two as one."""
    other = set(b.tokens)
    rename: dict[str, str] = {}
    for t in a.tokens:
        if t in other:
            continue
        # A synonym (a link both ways) is renamed one way only, to the smaller of the two, so
        # both statements end up with the same word.
        general = sorted(
            g for g in kinds.get(t, frozenset()) & other if t not in kinds.get(g, ()) or g < t
        )
        if general:
            rename[t] = general[0]
    if not rename:
        return a
    tokens = tuple(dict.fromkeys(rename.get(t, t) for t in a.tokens))
    stems = tuple(rename.get(concepts.words.get(s, s), s) for s in a.stems)
    surfaces: dict[str, tuple[str, ...]] = {}
    for t, words in a.surfaces.items():
        new = rename.get(t, t)
        surfaces[new] = tuple(dict.fromkeys(surfaces.get(new, ()) + words))
    return replace(a, tokens=tokens, stems=stems, surfaces=MappingProxyType(surfaces))


def _slot_swaps(
    a: TextFeatures, b: TextFeatures, concepts: Concepts, kinds: Mapping[str, frozenset[str]]
) -> list[tuple[str, str]]:
    """Words one statement has in the very place the other has different ones ("met in
    Paris" / "met in Geneva"): replaced runs of one or two content words in a word-by-word
    alignment, where neither side's words align with anything in the other statement."""
    seq_a = [concepts.words.get(s, s) for s in a.stems]
    seq_b = [concepts.words.get(s, s) for s in b.stems]
    ta, tb = frozenset(a.tokens), frozenset(b.tokens)
    matcher = difflib.SequenceMatcher(a=seq_a, b=seq_b, autojunk=False)
    swaps: list[tuple[str, str]] = []
    # looked up once: each look-up hashes the whole concept table
    opposites = opposed_pairs(concepts)
    reach_a = reach_b = _NONE
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace":
            continue
        if not reach_a:
            reach_a, reach_b = _reach(ta, kinds), _reach(tb, kinds)
        wa = [
            n
            for n in range(i1, i2)
            if seq_a[n] in ta and not _aligned((seq_a[n],), tb, kinds, reach_b)
        ]
        wb = [
            n
            for n in range(j1, j2)
            if seq_b[n] in tb and not _aligned((seq_b[n],), ta, kinds, reach_a)
        ]
        # Antonyms were weighed already: a conflict, or agreement under a negation.
        opposed = any((seq_a[x], seq_b[y]) in opposites for x in wa for y in wb)
        if 1 <= len(wa) <= 2 and 1 <= len(wb) <= 2 and not opposed:
            swaps.append((" ".join(a.words[n] for n in wa), " ".join(b.words[n] for n in wb)))
    return swaps


def _substitution(
    a: TextFeatures, b: TextFeatures, kinds: Mapping[str, frozenset[str]]
) -> tuple[list[str], list[str]]:
    """The content words each statement has that the other does not align with."""
    ta, tb = frozenset(a.tokens) - {NUMBER_SLOT}, frozenset(b.tokens) - {NUMBER_SLOT}
    reach_a, reach_b = _reach(ta, kinds), _reach(tb, kinds)
    only_a = [t for t in a.tokens if t in ta and not _aligned((t,), tb, kinds, reach_b)]
    only_b = [t for t in b.tokens if t in tb and not _aligned((t,), ta, kinds, reach_a)]
    return only_a, only_b


def _plain_words(feat: TextFeatures, tokens: list[str]) -> list[str]:
    """The tokens that carry what is described: not names, figures or "-ly" manner words
    (one account's "Smith" or "immediately" is attribution and style, not a new point)."""
    return [
        t
        for t in tokens
        if t not in feat.entities
        and not t.startswith("#")
        and not any(w.lower().endswith("ly") for w in feat.surfaces.get(t, ()))
    ]


def _softer(a: TextFeatures, b: TextFeatures) -> list[str]:
    strong, weak = lexicon_stems("commitment", "strong"), lexicon_stems("commitment", "weak")
    out: list[str] = []
    for x, y, lx, ly in ((a, b, "A", "B"), (b, a, "B", "A")):
        firm, soft = has_any(x, strong), has_any(y, weak)
        if firm and soft and not has_any(y, strong):
            out.append(f"{lx} says '{firm[0]}', {ly} only '{soft[0]}'")
    return out


def read_pair(a: str, b: str, *, settings: Settings, concepts: Concepts) -> Reading:
    """Run the pair rules on two statements (lengths already checked)."""
    pair_concepts = with_pair_concepts(concepts)
    kinds = word_kinds(pair_concepts)
    fa, fb = analyse_text(a, pair_concepts), analyse_text(b, pair_concepts)
    ga, gb = _generalised(fa, fb, pair_concepts, kinds), _generalised(fb, fa, pair_concepts, kinds)
    ca, cb = _clauses(a, pair_concepts), _clauses(b, pair_concepts)
    opposite, agreed = _antonym_conflicts(ca, cb, pair_concepts, kinds)
    if agreed:
        # "did not win" / "lost": the negation is answered by the antonym, not a difference.
        ga, gb = replace(ga, negations=()), replace(gb, negations=())
    overlap = score_features(ga, gb)
    similarity = text_similarity(a, b, ga, gb, pair_concepts)
    # In statements too short to share two words, antonyms about the same thing still make a
    # subject ("Shares rose" / "Shares fell").
    short = max(len(ga.tokens), len(gb.tokens)) <= _SHORT_STATEMENT
    unrelated = (
        overlap < settings.threshold
        and similarity < _PAIR_SAME_SIMILARITY
        and not (opposite and short)
    )
    rounded_a, rounded_b, rounded = rounded_figures(fa, fb)
    conflicts, notes, _, _ = number_conflicts(rounded_a, rounded_b, "A", "B")
    notes.extend(rounded)
    number_conflict = bool(conflicts)
    reversal = role_reversal(a, b, "A", "B")
    if reversal is not None:
        conflicts.append(reversal[0])
    conflicts.extend(
        f"opposite predicates: A '{_written(fa, x, pair_concepts)}', "
        f"B '{_written(fb, y, pair_concepts)}'"
        for x, y in opposite
    )
    nought = nought_conflict(a, b, pair_concepts)  # "lost no fighters" / "killed 14 insurgents"
    if nought is not None:
        conflicts.append(nought)
    negated = _negation_conflicts(ca, cb, kinds, agreed)
    for side, clause in negated:
        other = "B" if side == "A" else "A"
        conflicts.append(f"{side} negates what {other} states: '{clause}'")
    softer = _softer(fa, fb)
    only_a, only_b = _substitution(ga, gb, kinds)
    longest = max(len(ga.tokens), len(gb.tokens))
    slot_swaps = _slot_swaps(ga, gb, pair_concepts, kinds) if _aligned_cheaply(ga, gb) else []
    # Two parties in one place ("Cambodian" / "Thai troops opened fire") differ at any length.
    parties = party_swaps(slot_swaps)
    swaps = [
        f"A says '{x}' where B says '{y}'"
        for x, y in (slot_swaps if longest <= _SHORT_STATEMENT else parties)
    ]
    for found in (
        blame_conflict(a, b, parties, concepts),
        framing_conflict(a, b),
        # in a long sentence "only" mostly limits something else ("the only positive news")
        exclusive_conflict(a, b, slot_swaps) if longest <= _EXCLUSIVE_WORDS else None,
    ):
        if found is not None:
            conflicts.append(found)
    # Antonyms were weighed already: answered by a negation ("did not win" / "lost") they are
    # not words one side adds.
    opposed = opposed_pairs(pair_concepts)
    extra = max(len(only_a), len(only_b)) / max(longest, 1)
    rest_a = [t for t in only_a if not any((t, u) in opposed for u in only_b)]
    rest_b = [t for t in only_b if not any((u, t) in opposed for u in only_a)]
    plain_a = _plain_words(ga, rest_a)
    plain_b = _plain_words(gb, rest_b)
    return Reading(
        aside=_aside_gain(a, b, fa, fb, pair_concepts, kinds),
        fa=fa,
        fb=fb,
        ga=ga,
        gb=gb,
        overlap=overlap,
        similarity=similarity,
        unrelated=unrelated,
        conflicts=tuple(dict.fromkeys(conflicts)),
        notes=tuple(notes),
        number_conflict=number_conflict,
        reversal=reversal is not None,
        antonym=bool(opposite),
        negation=bool(negated),
        agreed=bool(agreed),
        softer=tuple(softer),
        swaps=tuple(swaps),
        only_a=tuple(only_a),
        only_b=tuple(only_b),
        plain_a=tuple(plain_a),
        plain_b=tuple(plain_b),
        contained=not (rest_a and rest_b) and extra <= _CONTAINED_EXTRA,
    )


def _aside_gain(
    a: str,
    b: str,
    fa: TextFeatures,
    fb: TextFeatures,
    concepts: Concepts,
    kinds: Mapping[str, frozenset[str]],
) -> tuple[float, float]:
    """How much closer the two come with their attribution set aside ("X said Y" / "Y, said
    X, a spokesman"): the (smaller, larger) share of content words that align, less the same
    shares over the whole statements. (0, 0) when neither has an attribution to set aside."""
    bare_a, bare_b = set_aside(a), set_aside(b)
    if (bare_a, bare_b) == (a, b):
        return 0.0, 0.0
    whole = _covers(fa, fb, kinds)
    bare = _covers(analyse_text(bare_a, concepts), analyse_text(bare_b, concepts), kinds)
    return bare[0] - whole[0], bare[1] - whole[1]


def _covers(
    a: TextFeatures, b: TextFeatures, kinds: Mapping[str, frozenset[str]]
) -> tuple[float, float]:
    ta, tb = frozenset(a.tokens) - {NUMBER_SLOT}, frozenset(b.tokens) - {NUMBER_SLOT}
    one, two = _cover(ta, tb, kinds), _cover(tb, ta, kinds)
    return min(one, two), max(one, two)


def relate_pair(a: str, b: str, *, settings: Settings, concepts: Concepts) -> PairResult:
    """How two statements relate: converge, partial, diverge or unrelated, with reasons.

    Args:
        a: the first statement.
        b: the second statement.
        settings: ``threshold`` is the overlap score (0-100) from which they share a subject.
        concepts: concept groups (built-in plus the profile's).

    Returns:
        The relation, a 0-100 score (overlap score, or the similarity when higher) and reasons.
        The relation does not depend on the order of the two statements.

    Raises:
        InputError: a statement empty (or whitespace only) or longer than
            ``read.MAX_STATEMENT_CHARS``.
    """
    bad = statement_error("A", a) or statement_error("B", b)
    if bad is not None:
        raise InputError(bad)
    r = read_pair(a, b, settings=settings, concepts=concepts)
    score = round(max(r.overlap, 100.0 * r.similarity), 2)
    reasons = [f"overlap score {r.overlap:.0f}/100, similarity {r.similarity:.2f}"]
    reasons.extend(shared_reasons(r.ga, r.gb))
    if r.unrelated:
        reasons.append("too little in common to be the same subject")
        return PairResult(Relation.UNRELATED, score, tuple(reasons))
    if r.conflicts:
        return PairResult(Relation.DIVERGE, score, tuple(reasons) + r.conflicts + r.notes)
    softer = list(r.softer) + list(r.swaps)
    longest = max(len(r.ga.tokens), len(r.gb.tokens))
    if longest <= _SHORT_BOTH and r.plain_a and r.plain_b and not softer:
        # Shown as the reason when the model finds it partial; the model weighs it.
        softer.append(
            f"each says what the other does not: A '{', '.join(_surface(r.ga, list(r.plain_a)))}', "
            f"B '{', '.join(_surface(r.gb, list(r.plain_b)))}'"
        )
    if r.softer or r.swaps:
        # A firmer commitment on one side, or a different word in the same place: the rules
        # decide, since neither is the same point however much else the two share.
        return PairResult(Relation.PARTIAL, score, tuple(reasons) + tuple(softer) + r.notes)
    if r.agreed and r.contained:
        answered = "a negation answered by an antonym, nothing else differs"
        return PairResult(Relation.CONVERGE, score, tuple(reasons) + (answered,) + r.notes)
    # The learned layer (pairmodel.py) weighs the rules' findings and the word, word-pair and
    # character overlaps; it decides converge against partial and names what weighed most.
    group = group_of(a, b, r)
    model = load_model()[group]
    values = features(a, b, r, with_pair_concepts(concepts).words)
    p = model.probability(values)
    weighed = f"weighed ({group} weights): same meaning {p:.2f}, {explain(model, values)}"
    if p >= model.threshold:
        return PairResult(Relation.CONVERGE, score, tuple(reasons) + (weighed,) + r.notes)
    why = softer or ["one statement carries material the other lacks"]
    return PairResult(Relation.PARTIAL, score, tuple(reasons) + tuple(why) + (weighed,) + r.notes)


def _surface(feat: TextFeatures, tokens: list[str]) -> list[str]:
    return [feat.surfaces[t][0] if t in feat.surfaces else _show(t) for t in tokens[:4]]


def _aligned_cheaply(a: TextFeatures, b: TextFeatures) -> bool:
    # the word sequences, repeats included (``tokens`` holds each word once)
    return max(len(a.stems), len(b.stems)) <= _SLOT_SWAP_WORDS


def party_difference(
    a: str, b: str, concepts: Concepts, label_a: str = "A", label_b: str = "B"
) -> tuple[str, str]:
    """(conflict, difference) for two linked claims, as ``pair`` reads them: a harmful act put
    on another party is a conflict; another party in one place a difference ("" when none).
    The report's verdicts ask this too, so that `report` and `pair` agree on two claims."""
    pair_concepts = with_pair_concepts(concepts)
    kinds = word_kinds(pair_concepts)
    fa, fb = analyse_text(a, pair_concepts), analyse_text(b, pair_concepts)
    # (renaming keeps the word sequences: their lengths are read before it)
    if not _aligned_cheaply(fa, fb):
        return "", ""
    ga, gb = _generalised(fa, fb, pair_concepts, kinds), _generalised(fb, fa, pair_concepts, kinds)
    parties = party_swaps(_slot_swaps(ga, gb, pair_concepts, kinds))
    if not parties:
        return "", ""
    blame = blame_conflict(a, b, parties, concepts)
    if blame is not None:
        blame = blame.replace("A '", f"{label_a} '").replace("B '", f"{label_b} '")
        return blame, ""
    x, y = parties[0]
    mirror = mirrored(a, b, parties, label_a, label_b, concepts)
    if mirror is not None:
        return mirror, ""
    return "", f"{label_a} says '{x}' where {label_b} says '{y}'"

"""A learned second pass: cues the rule table misses, kept when a trained scorer agrees.

The rules (cues.py, frames.py) know a few hundred reporting verbs and reject a cue whenever it
looks like narration. News attributes far more widely ("his support for", "talking about",
"seemed to suggest", "the ministry's claim that"). This pass proposes a candidate for every
word that is often a cue in annotated news (a word table learned from PolNeAR train) or that
the rules passed over, fits the same frames around it, and keeps it when an averaged
perceptron over lexical and frame features scores it above a threshold.

Weights live in ``data/cue_scorer.json``; ``bench/train_cue_scorer.py`` rebuilds them
deterministically from PolNeAR train. They hold feature strings (words next to a cue, frame
shapes) and numbers, never text from the corpus. Without the file the pass does nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat

from attribcmp.attribute.bounds import refine
from attribcmp.attribute.cues import Cue, CueClass, Lexicon, Token, positions_of
from attribcmp.attribute.cuts import cut_at_other_speaker, cut_at_second_report
from attribcmp.attribute.frame_base import Frame
from attribcmp.attribute.frames import frame_for
from attribcmp.attribute.mentions import words
from attribcmp.attribute.subordinate import cut_at_main_clause

# When not None, every candidate is appended here with its features (training only).
COLLECT: list[tuple[Cue, Frame, list[str], Sequence[Token]]] | None = None

_OPENERS = frozenset('“"‘«')
MAX_TOKENS = 300  # longer sentences get no second pass (keeps the stage linear)
_JOINT = frozenset(("and", "or", "nor", "&"))
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those"))


@dataclass(frozen=True, slots=True)
class Scorer:
    """Cue words with their prior, two-word cues, feature weights and the keep threshold."""

    prior: dict[str, float]  # word -> share of its uses that are a cue in the training news
    pairs: frozenset[str]  # "word next" pairs that form one cue ("talking about")
    weights: dict[str, float]
    threshold: float


@cache
def scorer() -> Scorer | None:
    """The bundled scorer, or None when its data file is absent."""
    try:
        raw = resources.files("attribcmp.data").joinpath("cue_scorer.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    return Scorer(
        prior={k: float(v) for k, v in data["prior"].items()},
        pairs=frozenset(data["pairs"]),
        weights={k: float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
    )


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _shape(tok: Token) -> str:
    w = words()
    low = tok.lower
    if low in w.pronouns:
        return "pron:" + low
    if tok.text[:1].isupper():
        return "cap"
    if low in w.anonymous or low in w.roles or low in w.organisations or low in w.documents:
        return "noun:" + low
    return "low"


def features(tokens: Sequence[Token], cue: Cue, frame: Frame, prior: float) -> list[str]:
    """Lexical and frame features of one candidate (strings; the scorer sums their weights)."""
    n = len(tokens)
    w = tokens[cue.first].lower
    prev = tokens[cue.first - 1].lower if cue.first > 0 else "<s>"
    prev2 = tokens[cue.first - 2].lower if cue.first > 1 else "<s>"
    nxt = tokens[cue.last + 1].lower if cue.last + 1 < n else "</s>"
    s0, s1 = frame.speaker
    c0, c1 = frame.parts[0][0], frame.parts[-1][1]
    head = tokens[s1]
    content_words = sum(
        1 for a, b in frame.parts for t in tokens[a : b + 1] if t.text[:1].isalnum()
    )
    before = "before" if c1 < cue.first else "after"
    gap = cue.first - s1 - 1 if s1 < cue.first else s0 - cue.last - 1
    return [
        "bias",
        "w=" + w,
        "cls=" + cue.cls.value,
        "p=" + str(int(prior * 10)),
        "rule=" + frame.rule,
        "w|rule=" + w + "|" + frame.rule,
        "prev=" + prev,
        "prev|w=" + prev + "|" + w,
        "prev2=" + prev2,
        "next=" + nxt,
        "w|next=" + w + "|" + nxt,
        "multi=" + str(cue.last > cue.first),
        "sh=" + _shape(head),
        "w|sh=" + w + "|" + _shape(head),
        "slen=" + _bucket(s1 - s0 + 1),
        "gap=" + _bucket(max(gap, 0)),
        "clen=" + _bucket(content_words),
        "c0=" + tokens[c0].lower,
        "side=" + before,
        "cq=" + str(tokens[c0].text in _OPENERS),
        "cend=" + str(c1 >= n - 2),
        "det=" + str(prev in _DETERMINERS),
        "pos=" + str(prev.endswith(("’s", "'s"))),
        "cap=" + str(tokens[cue.first].text[:1].isupper()),
        # The ending, the speaker's head word and what opens the subject generalise past the
        # word table ("-ing" participles, "who" clauses); dev F1 0.778/0.697 -> 0.779/0.699.
        "suf=" + w[-3:],
        "head=" + head.lower,
        "sb=" + (tokens[s0 - 1].lower if s0 > 0 else "<s>"),
        "w|c0=" + w + "|" + tokens[c0].lower,
    ]


def _score(sc: Scorer, feats: Sequence[str]) -> float:
    return sum(map(sc.weights.get, feats, repeat(0.0)))


def learned_frames(
    tokens: Sequence[Token],
    lexicon: Lexicon,
    cues: Sequence[Cue],
    taken: Sequence[tuple[int, int]],
    quoted: Sequence[tuple[int, int]],
    silent: Callable[[Cue], bool] = lambda cue: False,
    plausible: Callable[[Cue, Frame], bool] = lambda cue, frame: True,
) -> list[tuple[Cue, Frame]]:
    """Frames for the cue candidates the rules left unused that the scorer keeps.

    Candidates are words in the learned table, outside quotations and outside
    every range the rules already used; each is framed as a look-ahead (stance) cue unless the
    lexicon says otherwise; ``silent`` drops cues that report that nothing was said and
    ``plausible`` frames whose subject cannot make such a report. Left to right; a kept
    candidate's ranges block later ones.
    """
    sc = scorer()
    if sc is None or len(tokens) > MAX_TOKENS:
        return []  # a "sentence" of hundreds of words is a list or debris: rules only, linear
    prior = sc.prior
    known = lexicon.words
    blocked = list(taken)
    out: list[tuple[Cue, Frame]] = []
    n = len(tokens)
    # Only words the scorer has kept somewhere in training are proposed.
    for i in positions_of(tokens, prior):
        tok = tokens[i]
        low = tok.lower
        p = prior[low]
        if i > 0 and tok.text[:1].isupper():
            continue  # capitalised mid-sentence: a name or a title-case headline ("... Discuss")
        if any(a <= i <= b for a, b in blocked):
            continue
        if any(s < tok.start < e for s, e in quoted):
            continue
        lemma, cls = known.get(low, (low, CueClass.STANCE))
        last = i
        if i + 1 < n and low + " " + tokens[i + 1].lower in sc.pairs:
            last = i + 1
        cue = Cue(i, last, lemma, cls)
        if silent(cue):
            continue  # "declined to comment", "did not say whether": nothing was said
        frame = frame_for(tokens, cue, lexicon)
        if frame is None:
            continue
        if not plausible(cue, frame):
            continue
        s0 = frame.speaker[0]
        if s0 > 0 and tokens[s0 - 1].lower in _JOINT:
            continue  # "The Secretary and the Minister discussed": a joint subject, not one speaker
        if frame.chained is None:
            frame = cut_at_other_speaker(tokens, frame, cues, lexicon)
            frame = cut_at_second_report(tokens, frame, cue, lexicon)
        if any(a <= frame.speaker[0] <= b for a, b in blocked):
            continue
        if any(not (b < x or y < a) for x, y in frame.parts for a, b in blocked):
            continue
        feats = features(tokens, cue, frame, p)
        if COLLECT is not None:
            COLLECT.append((cue, frame, feats, tokens))
            continue
        if _score(sc, feats) <= sc.threshold:
            continue
        frame = refine(tokens, cue, frame, cues)
        frame = cut_at_main_clause(tokens, cue, frame)  # "While X said C, the Y ..."
        out.append((cue, frame))
        blocked.extend(frame.parts)
        blocked.append(frame.speaker)
        blocked.append((cue.first, cue.last))
    return out

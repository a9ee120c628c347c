"""Contested matters: a claim's stance on a state of affairs two sides describe in words that
share almost nothing.

"The area is entirely in government hands" and "we're surrounding their troops in rural areas
under our control" are one dispute, who holds the ground, yet share no word of substance; so
are "the vote was fair" / "stuffed ballot boxes", "we reject them" / "he would give amnesty",
"politics have nothing to do with the case" / "politically motivated". ``find_matters`` reads
a claim's stances with the phrase table ``data/matters.yaml`` (matter -> stance -> phrases), a
negation just before a phrase turning it into its opposite, a denying cue ("is denying X's
claim that ...") turning the whole claim round, and words reported inside the claim ("He says
he has crushed our rebels") left out. ``link_matters.by_matters`` links two sides' claims on
one matter.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.data import load_table
from attribcmp.facet_lexicon import Tok, load_tables, tokens
from attribcmp.model import MatterStance
from attribcmp.textfeatures import stem

__all__ = ["Matter", "find_matters", "matter_table"]

# "*" in a phrase: up to this many words of the same clause.
_GAP = 8
# How far before a phrase (tokens) its holder, a negation or a reporting verb may stand.
_REACH = 8
# A claim longer than this (words) names a matter in passing unless the matter opens it or
# comes back in it: "..., and our forces still hold the hills" is not what it is about.
_LONG = 35
_OPENING = 12
_CLAUSE = frozenset(".;:!?")
# Words that end the stretch an actor or a negation is looked for in.
_STOPS = frozenset({"that", "but", "while", "whereas", "because", "although", "if", "when"})
_PASSIVE = frozenset({"been", "be", "was", "were", "is", "are", "being"})


@dataclass(frozen=True, slots=True)
class Matter:
    """One matter of the table, compiled."""

    name: str
    label: str
    kind: str
    context: frozenset[str]
    # (stance, phrase as stems with "*" gaps, phrase text), stances in precedence order
    phrases: tuple[tuple[str, tuple[str, ...]], ...]
    precedence: tuple[str, ...]
    negated: Mapping[str, str]
    clash: frozenset[frozenset[str]]
    agree: frozenset[frozenset[str]] | None
    not_before: frozenset[str]
    not_next: Mapping[str, frozenset[str]]
    loser_phrases: frozenset[tuple[str, ...]]
    # partners each claim keeps on this matter (None: link_matters.PARTNERS)
    partners: int | None = None


_BRACE = re.compile(r"\{([^}]*)\}(\??)")


def _expand(phrase: str) -> list[str]:
    """Either word of a brace: "{a|b} c" -> ["a c", "b c"]; "{a|b}? c" -> also ["c"]."""
    # most of the table's ~5,500 phrases have no brace: no regex look-up for them
    m = _BRACE.search(phrase) if "{" in phrase else None
    if not m:
        return [" ".join(phrase.split())]
    head, tail = phrase[: m.start()], phrase[m.end() :]
    alts = m.group(1).split("|") + ([""] if m.group(2) else [])
    return [x for alt in alts for x in _expand(head + alt + tail)]


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple("*" if w == "*" else stem(w) for w in phrase.lower().replace(",", " ,").split())


@cache
def matter_table() -> tuple[Matter, ...]:
    """The matters of ``data/matters.yaml``, compiled once: read from data/matters.json, the
    same table expanded ahead of time by bench/build_parsed_tables.py (braces expanded, words
    stemmed: ~5,000 phrases), unless matters.yaml changed since that file was built."""
    source = _matters_source()
    path = resources.files("attribcmp.data").joinpath(MATTERS_EXPANDED)
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("source") == _source_key(source):
            return tuple(_from_json(m) for m in data["matters"])
    return expand_matters(load_table("matters.yaml"))


MATTERS_EXPANDED = "matters.json"


def _matters_source() -> str:
    return resources.files("attribcmp.data").joinpath("matters.yaml").read_text(encoding="utf-8")


def _source_key(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()


def matters_json() -> str:
    """The text of data/matters.json: the expanded table and the hash of the YAML it is from."""
    matters = [_to_json(m) for m in expand_matters(load_table("matters.yaml"))]
    data = {"source": _source_key(_matters_source()), "matters": matters}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _to_json(m: Matter) -> dict[str, Any]:
    pairs = sorted(sorted(p) for p in m.clash)
    return {
        "name": m.name,
        "label": m.label,
        "kind": m.kind,
        "context": sorted(m.context),
        "phrases": [[stance, list(p)] for stance, p in m.phrases],
        "precedence": list(m.precedence),
        "negated": dict(m.negated),
        "clash": pairs,
        "agree": None if m.agree is None else sorted(sorted(p) for p in m.agree),
        "not_before": sorted(m.not_before),
        "not_next": {k: sorted(v) for k, v in m.not_next.items()},
        "loser_phrases": sorted(list(p) for p in m.loser_phrases),
        "partners": m.partners,
    }


def _from_json(d: dict[str, Any]) -> Matter:
    agree = d["agree"]
    return Matter(
        name=d["name"],
        label=d["label"],
        kind=d["kind"],
        context=frozenset(d["context"]),
        phrases=tuple((stance, tuple(p)) for stance, p in d["phrases"]),
        precedence=tuple(d["precedence"]),
        negated=d["negated"],
        clash=frozenset(frozenset(p) for p in d["clash"]),
        agree=None if agree is None else frozenset(frozenset(p) for p in agree),
        not_before=frozenset(d["not_before"]),
        not_next={k: frozenset(v) for k, v in d["not_next"].items()},
        loser_phrases=frozenset(tuple(p) for p in d["loser_phrases"]),
        partners=d["partners"],
    )


def expand_matters(raw: dict[str, Any]) -> tuple[Matter, ...]:
    """The matters of a parsed matters.yaml: braces expanded, words stemmed."""
    out = []
    for name, spec in raw["matters"].items():
        phrases = [
            (str(stance), _stems(p))
            for stance, words in spec["stances"].items()
            for w in words
            for p in _expand(str(w))
        ]
        out.append(
            Matter(
                name=str(name),
                label=str(spec["label"]),
                kind=str(spec["kind"]),
                context=frozenset(stem(str(w).lower()) for w in spec.get("context") or ()),
                # longest first: "never accept" before "accept"
                phrases=tuple(sorted(phrases, key=lambda x: -len(x[1]))),
                precedence=tuple(str(s) for s in spec["stances"]),
                negated={str(k): str(v) for k, v in (spec.get("negated") or {}).items()},
                clash=frozenset(frozenset(map(str, pair)) for pair in spec.get("clash") or ()),
                agree=(
                    frozenset(frozenset(map(str, pair)) for pair in spec["agree"])
                    if "agree" in spec
                    else None
                ),
                not_before=frozenset(stem(str(w).lower()) for w in spec.get("not_before") or ()),
                not_next={
                    str(k): frozenset(str(w).lower() for w in v)
                    for k, v in (spec.get("not_next") or {}).items()
                },
                loser_phrases=frozenset(
                    _stems(p) for w in spec.get("loser_phrases") or () for p in _expand(str(w))
                ),
                partners=int(spec["partners"]) if "partners" in spec else None,
            )
        )
    return tuple(out)


class _Node:
    """A node of a matter's phrase trie: the words that may follow, and the phrases that end
    here as (place in the table, stance)."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.next: dict[str, _Node] = {}
        self.ends: list[tuple[int, str]] = []


_TRIES: dict[str, _Node] = {}


def _trie(matter: Matter) -> _Node:
    """A matter's phrases as a trie, so a token is walked once through all the phrases it can
    open (the table expands to thousands of phrases)."""
    root = _TRIES.get(matter.name)
    if root is None:
        root = _TRIES[matter.name] = _Node()
        for n, (stance, phrase) in enumerate(matter.phrases):
            node = root
            for word in phrase:
                node = node.next.setdefault(word, _Node())
            node.ends.append((n, stance))
    return root


def _matches(toks: Sequence[Tok], i: int, root: _Node) -> list[tuple[int, str, int]]:
    """Every phrase matched at token i: (place in the table, stance, end exclusive). After
    "*" the next word is looked for within _GAP tokens of the same sentence, first hit only."""
    out: list[tuple[int, str, int]] = []

    def step(node: _Node, at: int) -> None:
        tok = toks[at]
        for key in {tok.stem, tok.lower}:
            child = node.next.get(key)
            if child is not None:
                walk(child, at + 1)

    def walk(node: _Node, k: int) -> None:
        out.extend((n, stance, k) for n, stance in node.ends)
        if k < len(toks) and node.next:
            step(node, k)
        gap = node.next.get("*")
        if gap is None:
            return
        for at in range(k, min(k + _GAP + 1, len(toks))):
            if toks[at].lower in _CLAUSE:
                break
            if toks[at].stem in gap.next or toks[at].lower in gap.next:
                step(gap, at)
                break

    walk(root, i)
    return [m for m in out if m[2] > i]


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_table("matters.yaml")[key])


@cache
def _camps() -> dict[str, str]:
    """Word -> camp ("government", "insurgents"): control.yaml's camps."""
    lex: dict[str, Any] = load_table("control.yaml")
    return {str(w).lower(): camp for camp, words in lex["camps"].items() for w in words}


def _before(toks: Sequence[Tok], i: int) -> list[int]:
    """The indexes of the words before token i in its clause, nearest first."""
    out = []
    for k in range(i - 1, max(i - 1 - _REACH, -1), -1):
        if toks[k].lower in _CLAUSE or toks[k].lower in _STOPS:
            break
        out.append(k)
    return out


def _actor(toks: Sequence[Tok], indexes: Sequence[int]) -> str:
    """The first actor among these tokens: "own", "enemy" or "camp:<camp>"; "" if none."""
    for k in indexes:
        word = toks[k].lower
        if word in _words("own"):
            return "own"
        if word in _words("enemy"):
            return "enemy"
        camp = _camps().get(word)
        if camp:
            return f"camp:{camp}"
    return ""


def _holder(matter: Matter, toks: Sequence[Tok], i: int, end: int, stance: str) -> tuple[str, str]:
    """(holder, stance) of a "who prevails" phrase at i..end: the actor inside the phrase ("in
    government hands"), or before it ("government forces are in full control"); a defeat's
    loser is before it in the passive ("the rebellion has not been defeated") or after it."""
    phrase = tuple(t.stem for t in toks[i:end])
    inside = _actor(toks, range(i, end))
    if inside:
        return inside, stance
    before = _before(toks, i)
    if phrase in matter.loser_phrases:
        passive = any(toks[k].lower in _PASSIVE for k in before[:3])
        if passive:
            return _actor(toks, before), stance
        after = [k for k in range(end, min(end + 4, len(toks))) if toks[k].lower not in _CLAUSE]
        victim = _actor(toks, after)
        if victim:
            return victim, stance
        doer = _actor(toks, before)
        return doer, matter.negated.get(stance, stance) if doer else stance
    return _actor(toks, before), stance


def _winner(toks: Sequence[Tok], i: int, end: int) -> str:
    """Who a "winner" phrase at i..end names: "name:<surname>", "self" (he, himself), "own"
    (we, our) or "" when nobody."""
    titles = _words("titles")

    def name(run: Sequence[Tok]) -> str:
        words = [t for t in run if t.lower.removesuffix("'s") not in titles]
        return "name:" + words[-1].lower.removesuffix("'s") if words else ""

    after = []
    for t in toks[end : end + 4]:
        if not t.text[:1].isupper():
            break
        after.append(t)
    if after and name(after):
        return name(after)
    run: list[Tok] = []
    for k in _before(toks, i):
        t = toks[k]
        if t.lower in _words("forecast"):
            return ""  # "X will be the new president": a forecast names no winner yet
        if run and not t.text[:1].isupper():
            break
        if t.lower in _words("self"):
            return "self"
        if t.lower in _words("own"):
            return "own"
        if t.text[:1].isupper():
            run.insert(0, t)
    return name(run) if run else ""


def _negation(toks: Sequence[Tok], i: int) -> int:
    """The index of a negation just before token i ("has not been defeated"), or -1."""
    return next((k for k in _before(toks, i)[:4] if toks[k].lower in _words("negations")), -1)


def _reported(toks: Sequence[Tok], i: int) -> bool:
    """Said to be someone else's words inside the claim ("He says he has crushed ...")."""
    for k in range(i - 1, max(i - 1 - _REACH * 2, -1), -1):
        if toks[k].lower in ".!?":
            return False
        if toks[k].lower in _words("reporting"):
            return True
    return False


def _cue_denies(cue: str) -> bool:
    from attribcmp.denials import find_denial

    return bool(cue) and bool(find_denial(cue, (), load_tables()))


def find_matters(
    text: str, cue: str = "", toks: Sequence[Tok] | None = None
) -> tuple[MatterStance, ...]:
    """The claim's stances on contested matters, in text order.

    Args:
        text: the claim's words.
        cue: its cue: a denying cue ("denied", "rejected") turns each stance round.
        toks: ``facet_lexicon.tokens(text)`` when the caller has them already.

    Returns:
        One ``MatterStance`` per phrase found (reported ones left out); ``main`` is False for
        a matter named once, late, in a long claim.
    """
    toks = tokens(text) if toks is None else toks
    if not toks:
        return ()
    stems = {t.stem for t in toks} | {t.lower for t in toks}
    flip = _cue_denies(cue)
    found: list[tuple[int, MatterStance]] = []
    mentions: dict[str, list[int]] = {}
    taken: set[int] = set()  # a word says one stance: matters listed first take it
    for matter in matter_table():
        if matter.context and not stems & matter.context:
            continue
        root = _trie(matter)
        for i, tok in enumerate(toks):
            if i in taken or (tok.stem not in root.next and tok.lower not in root.next):
                continue
            # in table order, longest first ("never accept" before "accept")
            for _n, stance, end in sorted(_matches(toks, i, root)):
                if taken.intersection(range(i, end)):
                    continue
                next3 = toks[end : end + 3]
                after = {t.stem for t in next3} | {t.lower for t in next3}
                if after & matter.not_before:
                    break  # "rejected the allegations": a denial, another matter
                if end < len(toks) and toks[end].lower in matter.not_next.get(stance, ()):
                    break
                taken.update(range(i, end))
                mentions.setdefault(matter.name, []).append(i)
                if _reported(toks, i) and not flip:
                    break
                holder = ""
                if matter.kind == "prevail":
                    holder, stance = _holder(matter, toks, i, end, stance)
                elif matter.kind == "winner":
                    holder = _winner(toks, i, end)
                start = _negation(toks, i)
                if start >= 0:
                    stance = matter.negated.get(stance, "")
                if flip and stance:
                    stance = matter.negated.get(stance, "")
                if stance:
                    # the words as a reader checks them, the negation with them
                    first, last = toks[start if start >= 0 else i], toks[end - 1]
                    words = text[first.start : last.start + len(last.text.rstrip("."))]
                    found.append((i, MatterStance(matter.name, stance, words, holder)))
                break
    long = len(toks) > _LONG
    out = []
    for _at, st in sorted(found, key=lambda x: x[0]):
        seen = mentions.get(st.matter, [])
        main = not long or len(seen) > 1 or min(seen) < _OPENING
        out.append(MatterStance(st.matter, st.stance, st.words, st.holder, main))
    return tuple(out)

"""Who holds a place: claims of control read as (place, holder, loser), and the link between
two sides' claims about the same place.

"Rebels said they captured Adre" and "the army said Adre remains in government hands" share
hardly a word, yet they are one dispute: who holds Adre. A control claim is read with a small
lexicon (``data/control.yaml``): a verb that takes, holds, beats or loses, the actor before
and after it, and the place (a name, or "the town" resolved to the place the article last
named as a town or as something taken). Two sides' claims about one place link: converge when
they name the same holder (or the same loser), diverge otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from attribcmp.data import load_table, table_words, word_set
from attribcmp.evidence import Signal
from attribcmp.model import Claim, ClaimKind, Document, Relation, Speaker, TextSpan
from attribcmp.textfeatures import said_text

__all__ = ["Control", "control_links", "control_signal", "read_control", "side_camps"]


@dataclass(frozen=True, slots=True)
class Control:
    """One claim's statement about who holds a place.

    Attributes:
        place: the place as named ("Adre").
        holder: who holds it, as a comparable key ("camp:insurgents", "side:chad",
            "name:ufdd"); "" when the claim names no holder.
        loser: who does not hold it ("the rebels fled"); "" when none.
        words: the control words as written ("seized control of").
        described: the fact in a few words for a reason ("taken by the UFDD").
    """

    place: str
    holder: str
    loser: str
    words: str
    described: str


def _lexicon() -> dict[str, Any]:
    return load_table("control.yaml")


@cache
def _phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words, kind), longest first, so "seized control of" wins over "seized"."""
    lex = _lexicon()
    found = [
        (tuple(str(p).lower().split()), kind)
        for kind in ("held_by", "hands", "take", "hold", "beat", "lose", "advance")
        for p in lex[kind]
    ]
    return tuple(sorted(found, key=lambda x: -len(x[0])))


@cache
def _phrases_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """``_phrases`` grouped by first word, in their order: each token is checked only
    against the phrases it can open (a long article has thousands of claims)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in _phrases():
        out.setdefault(phrase[0], []).append((phrase, kind))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _camp_words() -> dict[str, str]:
    return {str(w).lower(): camp for camp, words in _lexicon()["camps"].items() for w in words}


def _words(key: str) -> frozenset[str]:
    return table_words("control.yaml", key)


_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[.,;:!?…]")
# How far (tokens) an actor or a place stands from the control words.
_REACH = 6
# Words that end the phrase naming an actor or a place.
_STOP = word_set(".,;:!?… and but following after before while when because since if")
_SKIP = word_set("the a an of from control over in into to back out")
_DIRECTIONS = word_set("eastward westward northward southward onward forward eastwards westwards")
_PASSIVE = word_set("was were been being is are")
_NEGATION = word_set("not never no n't didn't wasn't weren't hasn't haven't cannot")
# Words for a group's own fighters after a possessive ("his forces", "their troops").
_FORCE_NOUNS = word_set("forces troops fighters men soldiers units")


# How a reason names the speaker's own side ("held by its own side (LURD)").
_OWN = "its own side"
_PRONOUNS = word_set("he she it they them we i you his her its their who this that")


@dataclass(frozen=True, slots=True)
class _Actor:
    key: str
    text: str


def side_camps(
    speakers: Sequence[Speaker], documents: Sequence[Document], claims: Sequence[Claim] = ()
) -> dict[str, str]:
    """Each side's camp ("government" or "insurgents") from the words about its speakers:
    their names and aliases and the words around their mentions ("Makaila Nguebla, a
    spokesman with the rebel Union ..."). Insurgent words win: they are the rarer, surer sign."""
    texts = {d.id: d.text for d in documents}
    starts = _content_starts(claims)
    counts: dict[str, dict[str, int]] = {}
    gov = _words("government_speakers")
    for sp in speakers:
        if not sp.side:
            continue
        parts = [sp.name, *sp.aliases]
        for m in sp.mentions:
            parts.append(_about(texts.get(m.doc_id, ""), m.span, starts.get(m.doc_id, ())))
        words = re.findall(r"[a-z]+", " ".join(parts).lower())
        tally = counts.setdefault(sp.side, {"government": 0, "insurgents": 0})
        for w in words:
            camp = _camp_words().get(w) or ("government" if w in gov else "")
            if camp:
                tally[camp] += 1
    return {
        side: ("insurgents" if t["insurgents"] >= t["government"] else "government")
        for side, t in counts.items()
        if t["insurgents"] or t["government"]
    }


# How far before a mention its title reaches, and after it its apposition.
_TITLE_CHARS, _APPOSITION_CHARS = 40, 160
_APPOSITION_END = re.compile(r"\.\s|\n|\b(?:say|says|said|told|according|reported)\b")


def _content_starts(claims: Sequence[Claim]) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for c in claims:
        out.setdefault(c.doc_id, []).append(c.content.start)
    return {doc: tuple(sorted(v)) for doc, v in out.items()}


def _about(text: str, span: TextSpan, starts: Sequence[int]) -> str:
    """The words about a mention: the title before it ("Liberian Defense Minister") and
    its apposition after it (", a spokesman with the rebel Union ..."), within its sentence
    and before its cue or the next claim's words."""
    start, end = span.start, span.end
    before = text[max(0, start - _TITLE_CHARS) : start]
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    k = bisect_left(starts, end)  # the next claim's words (starts is sorted)
    limit = min(starts[k], end + _APPOSITION_CHARS) if k < len(starts) else end + _APPOSITION_CHARS
    after = text[end:limit]
    cut = _APPOSITION_END.search(after)
    return f"{before} {text[start:end]} {after[: cut.start() if cut else len(after)]}"


def _place_mentions(text: str) -> list[tuple[int, str]]:
    """Where the document names a place as one ("the border town of Adre", "captured
    Voinjama"), in text order: what "the town" in a later claim stands for."""
    settle = "|".join(re.escape(str(w)) for w in _lexicon()["settlements"])
    verbs = "|".join(re.escape(" ".join(p)) for p, k in _phrases() if k in ("take", "hold"))
    not_places = _not_places()
    found = []
    for pattern in (
        rf"\b(?:{settle})\s+of\s+([A-Z][\w'-]+)",
        rf"\b(?:{verbs}|entered|attacked)\s+([A-Z][\w'-]+)",
    ):
        for m in re.finditer(pattern, text):
            if m.group(1) not in not_places:
                found.append((m.start(1), m.group(1)))
    return sorted(found)


@cache
def _not_places() -> frozenset[str]:
    return frozenset(str(w) for w in _lexicon()["not_places"])


def _default_place(places: Sequence[tuple[int, str]], offset: int) -> str:
    before = [p for at, p in places if at < offset]
    return before[-1] if before else (places[0][1] if places else "")


def _actor_at(toks: Sequence[str], k: int, own: str, enemy: str, reported: bool) -> _Actor | None:
    """The actor token k names, if any."""
    word, low = toks[k], toks[k].lower()
    if low in _words("own"):
        return _Actor(own, _OWN)
    if low in _words("enemy"):
        return _Actor(enemy, "the other side")
    if low in _words("reported_they") and reported:
        return _Actor(own, _OWN)
    if low in _FORCE_NOUNS and k and toks[k - 1].lower() in _words("own_possessive"):
        return _Actor(own, _OWN)
    if low in _PRONOUNS:
        return None
    camp = _camp_words().get(low)
    if camp:
        # "rebel fighters", "government troops": the reason quotes both words
        follows = toks[k + 1] if k + 1 < len(toks) else ""
        both = follows.lower() in _FORCE_NOUNS or follows.lower() in _camp_words()
        return _Actor(f"camp:{camp}", f"{word} {follows}" if both else word)
    if word[0].isupper() and word not in _not_places() and k > 0:
        return _Actor(f"name:{low}", word)
    return None


def _actor_before(toks: Sequence[str], k: int, *args: Any) -> _Actor | None:
    for x in range(k - 1, max(-1, k - 1 - _REACH), -1):
        if toks[x].lower() in _STOP or toks[x].lower() in {"that", "which", "who"}:
            return None
        found = _actor_at(toks, x, *args)
        if found is not None:
            return found
    return None


def _actor_after(toks: Sequence[str], k: int, *args: Any) -> _Actor | None:
    for x in range(k, min(len(toks), k + _REACH)):
        if toks[x].lower() in _STOP:
            return None
        found = _actor_at(toks, x, *args)
        if found is not None:
            return found
    return None


def _place_after(toks: Sequence[str], k: int, default: str) -> str | None:
    """The place after the control words: a name, or a settlement noun standing for the
    default place; "" when the clause ends first; None when something else is the object
    ("captured the suspect", "seized weapons"): then it is no control claim."""
    settlements = _words("settlements")
    for x in range(k, min(len(toks), k + _REACH)):
        word, low = toks[x], toks[x].lower()
        if low in _STOP or low == "by":
            return ""
        if low in _SKIP:
            continue
        if low in settlements:
            return default
        if word[0].isupper() and word not in _not_places():
            return word
        return None
    return ""


def _place_before(toks: Sequence[str], k: int, default: str) -> str:
    """The place that is the subject before the control words: a name, or a settlement noun
    standing for the default place; "" when the subject is no place ("the suspect was
    captured")."""
    settlements = _words("settlements")
    for x in range(k - 1, max(-1, k - 1 - _REACH), -1):
        word, low = toks[x], toks[x].lower()
        if low in _STOP:
            break
        if low in settlements:
            return default
        if word[:1].isupper() and word not in _not_places() and low not in _PRONOUNS:
            return word
    return ""


def read_control(
    claim: Claim, default_place: str, own: str, camps: Mapping[str, str] | None = None
) -> Control | None:
    """The claim's statement of who holds a place, or None when it makes none.

    Args:
        claim: the claim.
        default_place: the place "the town" stands for here (``_place_mentions``).
        own: the key of the speaker's own side ("camp:insurgents" or "side:<id>").
        camps: {name key: camp key} for names tied to a camp ("name:ufdd" -> insurgents).
    """
    # direction words ("headed eastward toward") say nothing of who holds what
    toks = [t for t in _TOKEN.findall(said_text(claim)) if t.lower() not in _DIRECTIONS]
    lows = [t.lower() for t in toks]
    reported = claim.kind is not ClaimKind.DIRECT
    enemy = {"camp:insurgents": "camp:government", "camp:government": "camp:insurgents"}.get(
        own, f"enemy:{own}"
    )
    args = (own, enemy, reported)

    def key(actor: _Actor | None) -> str:
        if actor is None:
            return ""
        return (camps or {}).get(actor.key, actor.key)

    by_first = _phrases_by_first()
    for k in range(len(toks)):
        for phrase, kind in by_first.get(lows[k], ()):
            n = len(phrase)
            if tuple(lows[k : k + n]) != phrase:
                continue
            words = " ".join(toks[k : k + n])
            negated = bool(_NEGATION & set(lows[max(0, k - 3) : k]))
            before = lows[max(0, k - 2) : k]
            if kind == "take" and (phrase[-1] == "to" or _PASSIVE & set(before)):
                # "Adre was retaken by the army", "the town was never taken", "the town fell
                # to the rebels": the place is the subject, the taker comes after
                subject = _place_before(toks, k, default_place)
                actor = _actor_after(toks, k + n, *args)
                if not subject or (actor is None and not negated):
                    continue
                if negated:
                    return Control(subject, "", key(actor), words, "not taken")
                assert actor is not None
                return Control(subject, key(actor), "", words, f"taken by {actor.text}")
            if kind in ("take", "hold"):
                found = _place_after(toks, k + n, default_place)
                if found is None or not (found or default_place):
                    continue
                place = found or default_place
                actor = _actor_before(toks, k, *args)
                if actor is None and not negated:
                    continue
                verb = "taken" if kind == "take" else "held"
                if negated:
                    return Control(place, "", key(actor), words, f"not {verb}")
                assert actor is not None
                return Control(place, key(actor), "", words, f"{verb} by {actor.text}")
            if kind in ("held_by", "hands"):
                actor = (
                    _actor_before(toks, k, *args)
                    if kind == "hands"
                    else _actor_after(toks, k + n, *args)
                )
                if actor is None or not default_place:
                    continue
                return Control(
                    default_place, key(actor), "", words, f"in the hands of the {actor.text}"
                )
            if not default_place:
                continue
            if kind == "beat":
                winner = _actor_before(toks, k, *args)
                loser = _actor_after(toks, k + n, *args)
                if k and lows[k - 1] in _PASSIVE:
                    # "the rebels were repelled (by the army)": the subject lost
                    agent = lows.index("by", k) + 1 if "by" in lows[k + n : k + n + 2] else -1
                    winner, loser = (
                        (_actor_after(toks, agent, *args) if agent > 0 else None),
                        winner,
                    )
                if loser is None or negated:
                    continue
                by = f" by {winner.text}" if winner else ""
                return Control(
                    default_place, key(winner), key(loser), words, f"{loser.text} {words}{by}"
                )
            actor = _actor_before(toks, k, *args)  # kind == "lose" or "advance"
            if actor is None or negated or not key(actor).startswith(("camp:", "side:")):
                continue
            if kind == "advance":
                # moving on from the place fought over: not beaten there, past it
                where = next((t for t in toks[k + n : k + n + 3] if t[:1].isupper()), "")
                return Control(
                    default_place, key(actor), "", words, f"{actor.text} {words} {where}".strip()
                )
            return Control(default_place, "", key(actor), words, f"{actor.text} {words}")
    return None


def _agree(a: Control, b: Control) -> bool:
    """Both name the same holder, or the same loser, or one's holder is not the other's
    loser and both are camps ("in government hands" / "the rebels fled")."""
    if (a.holder and a.holder in (b.loser, a.loser)) or (
        b.holder and b.holder in (a.loser, b.loser)
    ):
        return False
    if a.holder and b.holder:
        return a.holder == b.holder
    if a.loser and a.loser == b.loser:
        return True
    holder, loser = (a.holder, b.loser) if a.holder else (b.holder, a.loser)
    # two camps only: one holding and the other losing tell the same outcome
    return bool(holder and loser) and holder.startswith("camp:") and loser.startswith("camp:")


def control_signal(
    a: Claim, b: Claim, ca: Control, cb: Control, label_a: str, label_b: str
) -> Signal | None:
    """Two claims about who holds one place: converge when they name the same holder (or
    loser), diverge otherwise (two sides' control claims that do not agree conflict)."""
    if ca.place.lower() != cb.place.lower():
        return None
    relation = Relation.CONVERGE if _agree(ca, cb) else Relation.DIVERGE
    # "its own side" reads as the side's name in a reason: "held by LURD (LURD)"
    da, db = ca.described.replace(_OWN, label_a), cb.described.replace(_OWN, label_b)
    joint = "vs" if relation is Relation.DIVERGE else "and"
    reason = f"control of {ca.place}: {da} ({label_a}) {joint} {db} ({label_b})"
    headline = f"Control of {ca.place}: {da} ({label_a}) vs {db} ({label_b})"
    return Signal(
        "control",
        _SCORE,
        reason,
        relation,
        highlights=((a.id, (ca.words,)), (b.id, (cb.words,))),
        headline=headline if relation is Relation.DIVERGE else "",
    )


# As firm as a denial: the claims name the same place and what each says about it.
_SCORE = 80.0
# Each control claim is compared with at most this many later ones about the same place.
_WINDOW = 40


def control_links(
    claims: Sequence[Claim],
    documents: Sequence[Document],
    speakers: Sequence[Speaker],
    labels: Sequence[str],
) -> list[tuple[int, int, Signal]]:
    """Every cross-side pair of claims about who holds one place, with its signal."""
    camps = side_camps(speakers, documents, claims)
    places = {d.id: _place_mentions(d.text) for d in documents}
    names = _name_camps(speakers, documents, camps, claims)
    facts: dict[str, list[tuple[int, Control]]] = {}
    for i, claim in enumerate(claims):
        side = claim.side or ""
        own = f"camp:{camps[side]}" if side in camps else f"side:{side}"
        default = _default_place(places.get(claim.doc_id, []), claim.content.start)
        fact = read_control(claim, default, own, names)
        if fact is not None:
            facts.setdefault(fact.place.lower(), []).append((i, fact))
    out = []
    for members in facts.values():
        for x, (i, fi) in enumerate(members):
            for j, fj in members[x + 1 : x + 1 + _WINDOW]:
                if (claims[i].side or "") == (claims[j].side or ""):
                    continue
                signal = control_signal(claims[i], claims[j], fi, fj, labels[i], labels[j])
                if signal is not None:
                    out.append((i, j, signal))
    return out


# A name of three or more capitalised words, joined by "of", "for", "and", "the".
_LONG_NAME = re.compile(r"[A-Z][\w'-]+(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'-]+){2,}")


def _name_camps(
    speakers: Sequence[Speaker],
    documents: Sequence[Document],
    camps: Mapping[str, str],
    claims: Sequence[Claim],
) -> dict[str, str]:
    """{"name:ufdd": "camp:insurgents"}: a name used beside a speaker's mention ("a spokesman
    with the rebel Union ..., UFDD") belongs to that speaker's side's camp."""
    texts = {d.id: d.text for d in documents}
    starts = _content_starts(claims)
    seen: dict[str, set[str]] = {}
    for sp in speakers:
        camp = camps.get(sp.side or "")
        if not camp:
            continue
        for m in sp.mentions:
            window = _about(texts.get(m.doc_id, ""), m.span, starts.get(m.doc_id, ()))
            # an acronym beside a speaker names its group ("... Development, UFDD"), and so
            # do the initials of a long name ("the rebel Union of Forces for Democracy and
            # Development" -> UFDD)
            found = re.findall(r"\b[A-Z]{2,}\b", window) + [
                "".join(w[0] for w in m.group(0).split() if w[0].isupper())
                for m in _LONG_NAME.finditer(window)
            ]
            for name in found:
                seen.setdefault(f"name:{name.lower()}", set()).add(f"camp:{camp}")
    # an acronym seen beside both camps' speakers ties to neither
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}

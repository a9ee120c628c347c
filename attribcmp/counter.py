"""Counter-accusation: each side puts the same act on the other.

"Chadian officials accuse officials in Khartoum of supporting the rebels" and "Sudanese
officials say Chad is backing rebel groups" share no word but a kind of act, and each names
the other side as the one who did it. A claim is read with a small lexicon (``data/counter.yaml``):
an act word (support, attack, violation, provocation), who did it (the words before it, or
those between a charge cue and the act: "accuse X of ...") and whom it hit (the words after
"against", "on" or "at", or the object of an attack verb). Two sides' claims in one article
link as a diverge when

- each names the other side as the one who did an act of one class (counter-accusation), or
- the party one names as the attacker is the party the other names as attacked ("security
  forces carried out a massacre" / "villagers attacked security forces": who attacked whom).

``incident_signals.blame_signal`` already catches each side naming the other in two claims of
one harm event that some other signal linked; this module finds the pair itself and covers acts
that are no harm (backing rebels, breaking a truce).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from attribcmp.data import load_table, table_words
from attribcmp.evidence import Signal
from attribcmp.gazetteer import find_hits, load_gazetteer
from attribcmp.model import Claim, Relation, Side, Speaker
from attribcmp.segment import dateline_end
from attribcmp.textfeatures import said_text, stem

__all__ = ["Act", "counter_links", "read_acts", "read_claims"]

# As firm as a blame or framing reason (incident_signals._FRAMING_SCORE is 72).
_SCORE = 74.0
# Each claim is joined to at most this many claims by reversed roles, the nearest first.
_REVERSALS = 2
# How far before a claim's content its sentence is read for who is charged ("Chadian
# officials accuse officials in Khartoum of" stands before "supporting the rebels").
_LEAD_CHARS = 120


@dataclass(frozen=True, slots=True)
class Act:
    """One act a claim tells of.

    Attributes:
        kind: its class ("support", "attack").
        words: the act as written ("backing").
        actor: who did it, as written ("Chad is"); "" when unsaid.
        target: whom it hit, as written ("security forces"); "" when unsaid.
        passive: told in the passive ("were assaulted").
        done: told as something someone did: a verb ("attacked", "shelling"), a charge
            ("charging X with violence") or a deed ("carried out a massacre"), not a noun
            with an owner ("Clinton's attacks", "the attacks are getting closer").
        against: its target follows "against", "on" or "at" ("violence against journalists").
    """

    kind: str
    words: str
    actor: str
    target: str
    passive: bool = False
    done: bool = True
    against: bool = False

    def told(self) -> str:
        """The act with whom it hit, as a reason quotes it."""
        if self.passive:
            return f"{self.target} {self.words}".strip()
        return f"{self.words} {self.target}".strip()


def _lexicon() -> dict[str, Any]:
    return load_table("counter.yaml")


def _words(key: str) -> frozenset[str]:
    return table_words("counter.yaml", key)


@cache
def _acts() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(words, class), longest first, so "opened fire" wins over a shorter entry."""
    found = [
        (tuple(str(w).lower().split()), str(kind))
        for kind, words in _lexicon()["acts"].items()
        for w in words
    ]
    return tuple(sorted(found, key=lambda x: -len(x[0])))


# Words in an act's actor that negate it ("they saw no violence"); any token ending in
# "n't" ("weren't", "didn't") counts too (``_negation``).
_NEGATED = frozenset({"no", "not", "never", "n't", "denied", "deny", "denies"})
# How many tokens before a charge cue a negation may stand and undo the charge ("had never
# accused Chad of backing rebels", "did not immediately accuse").
_CHARGE_NEGATION_REACH = 3


def _negation(word: str) -> bool:
    """The token negates ("not", "never", "weren't", "didn't")."""
    low = word.lower().replace("’", "'")
    return low in _NEGATED or low.endswith("n't")


def _negates(words: Sequence[str]) -> bool:
    """Some word negates, except "not" in "not only ... but" (which asserts)."""
    return any(
        _negation(w) and not (w.lower() == "not" and words[i + 1 : i + 2] == ["only"])
        for i, w in enumerate(words)
    )


# Verbs of denial whose "that" clause tells an act the speaker says did not happen ("the army
# denied that its troops attacked the village").
_DENY_THAT = frozenset({"deny", "denied", "denies", "denying"})


# Words after "by" that tell how or when, not who ("attacked by night", "by helicopter"):
# the act keeps the doer read before it (data/counter.yaml ``no_doer``).
_ARTICLES = frozenset({"a", "an", "the"})


def _no_doer(low: Sequence[str], k: int) -> bool:
    """The words from token k after "by" tell how, when or how many ("by helicopter", "by
    the hundreds", "by a drone"), not who."""
    if k < len(low) and low[k] in _ARTICLES:
        k += 1
    return k >= len(low) or low[k] in _words("no_doer")


# Words before an act that make it passive.
_PASSIVE = frozenset({"been", "was", "were", "be", "being", "is", "are", "got", "get"})


@cache
def _acts_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """``_acts`` grouped by first word, longest first: each token is checked only against
    the phrases it can open (a long article has thousands of claims)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in _acts():
        out.setdefault(words[0], []).append((words, kind))
    return {k: tuple(v) for k, v in out.items()}


_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w'’-]+|[,;.:]")


def read_acts(text: str) -> list[Act]:
    """The acts the text tells of, each with who did it and whom it hit (as written)."""
    toks = _TOKEN.findall(text)
    low = [t.lower().replace("’", "'") for t in toks]
    reach = int(_lexicon()["reach"])
    out: list[Act] = []
    k = 0
    while k < len(low):
        hit = next(
            (
                (w, kind)
                for w, kind in _acts_by_first().get(low[k], ())
                if tuple(low[k : k + len(w)]) == w
            ),
            None,
        )
        if hit is None:
            k += 1
            continue
        words, kind = hit
        end = k + len(words)
        if k > 0 and toks[k][:1].isupper() and low[k - 1] not in {".", ":", ";"}:
            # a capitalised act mid-sentence is a headline's or a name's ("Myanmar Security
            # Forces Attacks"), with no syntax to read who did it
            k = end
            continue
        actor, cue = _actor(toks, low, k, reach)
        if cue >= 0 and _negates(low[max(0, cue - _CHARGE_NEGATION_REACH) : cue + 1]):
            # "had never accused Chad of backing rebels" charges no one
            k = end
            continue
        # the words before the act, read before "by" may hand the act to another party
        # ("Protesters weren't attacked by police" puts no act on the police)
        negated = _negates(actor.split()) or bool(_DENY_THAT & set(low[max(0, k - reach) : k]))
        target = _target(toks, low, end, reach)
        if cue >= 0 and low[cue].startswith("blam") and end < len(low) and low[end] == "on":
            # "blamed the attack on rebel fighters": whom the blame falls on did the act
            actor, target = _target(toks, low, end + 1, reach), ""
        passive = _passive(low, k) or _reduced_relative(low, k, end)
        by_doer = (
            not passive and end + 1 < len(low) and low[end] == "by" and not _no_doer(low, end + 1)
        )
        if by_doer and _participle(low[end - 1]):
            # "Rebels backed by Chad": a participle after a noun is a passive, the words
            # after "by" did the act (up to the next act: "by Chad attacked the town") and
            # the words before are whom it hit
            doer = _target(toks, low, end + 1, reach).split()
            cut = next((n for n, w in enumerate(doer) if w.lower() in _acts_by_first()), len(doer))
            actor, target = " ".join(doer[:cut]), actor
        elif by_doer and not low[k].endswith("ing"):
            # "a large-scale military aggression by Russia", "attacks by rebels on villages":
            # a noun act's doer follows "by"
            actor, target = _target(toks, low, end + 1, reach), ""
        if passive:
            # "journalists were assaulted by police": the words before are whom it hit, the
            # words after "by" who did it
            by = end + 1 if end < len(low) and low[end] == "by" else -1
            struck = actor.split()
            while struck and struck[-1].lower() in _PASSIVE | {"have", "has", "had"}:
                struck.pop()
            actor, target = (_target(toks, low, by, reach) if by > 0 else ""), " ".join(struck)
        if not negated and not _negates(actor.split()):
            # "they saw no violence" puts no act on anyone
            done = passive or _done(low, k, words[0]) or _done(low, k, words[-1])
            against = end < len(low) and low[end] in _words("target_words")
            out.append(Act(kind, " ".join(toks[k:end]), actor, target, passive, done, against))
        k = end
    return out


def _done(low: Sequence[str], k: int, last: str) -> bool:
    """The act at token k is told as a deed: a verb form, a charge ("accuse X of killing"),
    or a noun after a deed verb ("carried out a massacre")."""
    if last.endswith(("ed", "ing")) or last in _words("verb_forms"):
        return True
    if set(low[max(0, k - _REACH_DEED) : k]) & _words("deed_verbs"):
        return True
    # the one charged stands between the cue and the act, as ``_actor`` reads it
    return bool(set(low[max(0, k - int(_lexicon()["reach"])) : k]) & _words("charge_cues"))


# How many words before a noun act a deed verb or charge cue may stand ("carried out a
# deadly massacre").
_REACH_DEED = 4


def _actor(toks: Sequence[str], low: Sequence[str], k: int, reach: int) -> tuple[str, int]:
    """Who did the act at token k, and the charge cue's token index (-1 when none): the
    words between a charge cue and "of"/"with" before it ("accuse officials in Khartoum of
    supporting"), else the words just before it up to a clause's start ("Chad is backing")."""
    start = max(0, k - reach)
    for c in range(k - 1, start - 1, -1):
        if low[c] in _words("charge_cues"):
            stretch = list(toks[c + 1 : k])
            while stretch and stretch[-1].lower() in _words("charge_tail"):
                stretch.pop()
            return " ".join(stretch), c
    stretch = []
    c = k - 1
    while c >= start:
        if low[c] == "by" and c > start and _participle(low[c - 1]) and not _no_doer(low, c + 1):
            # "Rebels backed by Chad attacked the town": the words after "by" did the
            # participle's act; the main act's doer stands before the participle
            stretch = []
            c -= 2
            continue
        if low[c] == "by" and c > start and _no_doer(low, c + 1):
            # "Armed men by the hundreds attacked": how many, not who; the doer stands before
            stretch = []
            c -= 1
            continue
        if low[c] in _words("stops") or low[c] in {",", ";", ".", ":"}:
            break
        stretch.append(toks[c])
        c -= 1
    return " ".join(reversed(stretch)), -1


def _participle(word: str) -> bool:
    """The word can be a past participle ("backed", "armed", "beaten", "shot", "sent");
    "men" and "women" end in -en and are none."""
    return word.endswith("ed") or word in _words("verb_forms") or word in _words("participles")


def _passive(low: Sequence[str], k: int) -> bool:
    """The act at token k is told in the passive ("villages have been torched")."""
    return k > 0 and low[k - 1] in _PASSIVE and low[k].endswith(("ed", "en", "shot", "hit"))


# Verbs that follow a reduced relative's participle as the main verb ("the soldier killed was").
_COPULAS = frozenset({"was", "were", "is", "are"})


def _reduced_relative(low: Sequence[str], k: int, end: int) -> bool:
    """The act at tokens k..end is a participle after a noun with the main verb right after it
    ("the soldier killed was Tessalian", "the villages attacked were empty"): a passive, the
    words before it are whom it hit, not who did it."""
    return (
        k > 0
        and end < len(low)
        and low[end] in _COPULAS
        and _participle(low[end - 1])
        and low[k - 1] not in {",", ";", ".", ":"}
    )


def _target(toks: Sequence[str], low: Sequence[str], end: int, reach: int) -> str:
    """Whom the act ending at token ``end`` hit: the words after "against"/"on"/"at", or right
    after it, up to a stop word."""
    k = end
    if k < len(low) and low[k] in _words("target_words"):
        k += 1
    stretch = []
    for c in range(k, min(len(low), k + reach)):
        if low[c] in _words("stops") or low[c] in {",", ";", ".", ":"}:
            break
        stretch.append(toks[c])
    return " ".join(stretch)


def _keys(words: str) -> frozenset[str]:
    """The words that tell a party ("Myanmar's security forces" -> myanmar, security, forc)."""
    generic = _words("generic") | _words("stops")
    return frozenset(
        stem(w)
        for w in re.findall(r"[^\W\d_]+", words.lower().replace("'s", ""))
        if len(w) > 2 and w not in generic and w not in _words("function_words")
    )


def _side_of(words: str, sides: Mapping[str, str]) -> str:
    """The one side the words name ("officials in Khartoum" -> sudan), or ""."""
    gz = load_gazetteer()
    found = {
        sides[h.entry] for h in find_hits(words, gz) if h.entry is not None and h.entry in sides
    }
    low = f" {words.lower()} "
    found |= {side for name, side in sides.items() if f" {name} " in low}
    return next(iter(found)) if len(found) == 1 else ""


def _side_table(sides: Sequence[Side], speakers: Sequence[Speaker]) -> dict[str, str]:
    """Gazetteer entry or lower-cased name -> side id, for every side a text may name."""
    gz = load_gazetteer()
    table: dict[str, str] = {}
    for side in sides:
        entry = gz.labels.get(side.id.lower()) or gz.labels.get(side.name.lower())
        if entry:
            table[entry] = side.id
        if len(side.name) > 3:
            table.setdefault(side.name.lower(), side.id)
    for sp in speakers:
        # an organisation's own name ("the UFDD") names its side
        if sp.side and sp.kind.value == "organisation" and len(sp.name) > 3:
            table.setdefault(sp.name.lower().removeprefix("the "), sp.side)
    return table


def counter_links(
    claims: Sequence[Claim],
    texts: Mapping[str, str],
    sides: Sequence[Side],
    speakers: Sequence[Speaker],
    labels: Sequence[str],
) -> list[tuple[int, int, Signal]]:
    """(claim, claim, signal) for each counter-accusation and each reversal of roles.

    Args:
        claims: the claims, with sides, in article order.
        texts: document id -> text, for the words of a claim's sentence before it.
        sides, speakers: for the names an actor may go by.
        labels: each claim's side name, for reasons.
    """
    table = _side_table(sides, speakers)
    read = read_claims(claims, texts)
    own = _own_sides(claims, labels, table)
    blamed = _blamed(own, read, table)
    out: list[tuple[int, int, Signal]] = []
    reversals: dict[int, int] = {}
    for i, j in _candidates(claims, read, blamed):
        a, b = claims[i], claims[j]
        if a.doc_id != b.doc_id or (a.side or "") == (b.side or ""):
            continue
        signal = _counter(blamed[i], blamed[j], own[i], own[j], labels[i], labels[j])
        if signal is None and reversals.get(i, 0) < _REVERSALS:
            signal = _reversal(read[i], read[j], labels[i], labels[j])
            if signal is not None:
                reversals[i] = reversals.get(i, 0) + 1
        if signal is not None:
            out.append((i, j, signal))
    return out


def _own_sides(
    claims: Sequence[Claim], labels: Sequence[str], table: Mapping[str, str]
) -> list[set[str]]:
    """The sides each claim speaks for: its own, and the one its side's name names ("Georgia
    Mikheil Saakashvili", a president split from his country's side, is Georgia's)."""
    others = {side: {k: v for k, v in table.items() if v != side} for side in set(table.values())}
    named = {
        (c.side or "", label): _side_of(label, others.get(c.side or "", table))
        for c, label in zip(claims, labels, strict=True)
    }
    return [
        {c.side or "", named[c.side or "", label]} - {""}
        for c, label in zip(claims, labels, strict=True)
    ]


def _blamed(
    own: Sequence[set[str]], read: Sequence[Sequence[Act]], table: Mapping[str, str]
) -> list[dict[str, tuple[str, Act]]]:
    """For each claim: act class -> (the side it puts the act on, the act), when that is a
    side the claim does not speak for."""
    blamed: list[dict[str, tuple[str, Act]]] = []
    for mine, acts in zip(own, read, strict=True):
        on: dict[str, tuple[str, Act]] = {}
        for act in acts:
            side = _side_of(act.actor, table) if act.actor else ""
            if side and side not in mine:
                on.setdefault(act.kind, (side, act))
        blamed.append(on)
    return blamed


def _candidates(
    claims: Sequence[Claim],
    read: Sequence[Sequence[Act]],
    blamed: Sequence[Mapping[str, tuple[str, Act]]],
) -> list[tuple[int, int]]:
    """The pairs (i < j) worth trying, found by look-up, never by trying all pairs: a claim
    blaming side B for an act with B's claims blaming an act of that class on anyone, and
    two claims naming one party as an attack's doer or target (a word in many claims,
    "forces", ties nothing)."""
    pairs: set[tuple[int, int]] = set()
    by_blame: dict[tuple[str, str], list[int]] = {}
    for j, on in enumerate(blamed):
        for kind in on:
            by_blame.setdefault((kind, claims[j].side or ""), []).append(j)
    for i, on in enumerate(blamed):
        for kind, (side, _act) in on.items():
            near = _nearest(by_blame.get((kind, side), []), i)
            pairs.update((min(i, j), max(i, j)) for j in near)
    by_key: dict[str, set[int]] = {}
    for i, acts in enumerate(read):
        for act in acts:
            if act.kind == "attack":
                for key in _keys(act.actor) | _keys(act.target):
                    by_key.setdefault(key, set()).add(i)
    for members in by_key.values():
        if len(members) <= _COMMON_KEY:
            ordered = sorted(members)
            pairs.update((x, y) for n, x in enumerate(ordered) for y in ordered[n + 1 :])
    return sorted(pairs)


# A party word in more claims than this is too common to bring two claims together.
_COMMON_KEY = 30
# Each claim is tried against at most this many of the other side's counter-charges, the
# nearest first, and none farther than ``_WINDOW`` claims away: a war story where each side
# blames the other a hundred times pairs each charge with its nearest answers, not with all
# of them (that was n * m links and minutes on a long article).
_COUNTERS = 2
# As status._WINDOW: claims farther apart than this (in claims) are not tried.
_WINDOW = 40


def _nearest(members: Sequence[int], i: int) -> list[int]:
    """Of ``members`` (claim indices, ascending), the ``_COUNTERS`` nearest to claim i within
    ``_WINDOW`` (not i itself), found from i's place outwards: steps grow with the cap, not
    with the article."""
    right = bisect.bisect_right(members, i)
    left = right - 1
    if left >= 0 and members[left] == i:
        left -= 1
    out: list[int] = []
    while len(out) < _COUNTERS:
        lo = members[left] if left >= 0 and i - members[left] <= _WINDOW else None
        hi = members[right] if right < len(members) and members[right] - i <= _WINDOW else None
        if lo is None and hi is None:
            break
        if lo is not None and (hi is None or i - lo <= hi - i):
            out.append(lo)
            left -= 1
        elif hi is not None:
            out.append(hi)
            right += 1
    return out


def read_claims(claims: Sequence[Claim], texts: Mapping[str, str]) -> list[list[Act]]:
    """Each claim's acts, read with the lead of its sentence back to the end of any earlier
    claim's words (``_claim_acts``)."""
    ends: dict[str, list[int]] = {}
    for c in claims:
        ends.setdefault(c.doc_id, []).append(c.content.end)
    for found in ends.values():
        found.sort()
    return [_claim_acts(c, texts, _earlier_end(ends[c.doc_id], c.content.start)) for c in claims]


def _earlier_end(ends: Sequence[int], start: int) -> int:
    """The last end of a claim's content at or before ``start`` (``ends`` ascending), or 0."""
    k = bisect.bisect_right(ends, start)
    return ends[k - 1] if k else 0


def _claim_acts(claim: Claim, texts: Mapping[str, str], floor: int = 0) -> list[Act]:
    """The acts of a claim's words, read with the start of its sentence before them (the
    charge cue and the one charged may stand there), from no earlier than ``floor``: the end
    of an earlier claim's words in the sentence, whose acts are its own ("Rebels attacked the
    town, a resident said, and officials said the army was on patrol": the army did nothing)."""
    text = texts.get(claim.doc_id, "")
    start = claim.content.start
    # a dateline opening the paragraph names no party ("KESSRA, Aug 3 (AFP) - One soldier")
    lead = text[max(0, start - _LEAD_CHARS, floor, dateline_end(text, start)) : start]
    lead = re.split(r"(?<=[.!?])\s", lead)[-1]
    return read_acts(f"{lead}{said_text(claim)}" if lead.strip() else said_text(claim))


def _counter(
    on_a: Mapping[str, tuple[str, Act]],
    on_b: Mapping[str, tuple[str, Act]],
    own_a: set[str],
    own_b: set[str],
    label_a: str,
    label_b: str,
) -> Signal | None:
    if own_a & own_b:
        return None  # a side's claims do not accuse it
    for kind, (side, act) in on_a.items():
        other = on_b.get(kind)
        if side in own_b and other is not None and other[0] in own_a:
            said_a = f"{act.actor} {act.words}".strip()
            said_b = f"{other[1].actor} {other[1].words}".strip()
            reason = (
                f"counter-accusation: each side blames the other for {kind}: "
                f"'{said_a}' ({label_a}) vs '{said_b}' ({label_b})"
            )
            headline = (
                f"Who is to blame for {kind}: '{said_a}' ({label_a}) vs '{said_b}' ({label_b})"
            )
            return _signal(reason, headline)
    return None


def _reversal(
    acts_a: Sequence[Act], acts_b: Sequence[Act], label_a: str, label_b: str
) -> Signal | None:
    """The attacker one names is the attacked the other names."""
    for x in acts_a:
        for y in acts_b:
            if x.kind != "attack" or y.kind != "attack":
                continue
            for doer, hit, first in ((x, y, True), (y, x, False)):
                if not doer.done or not (hit.done or hit.against):
                    continue  # "Clinton's attacks" / "attacks against Clinton": no deed told
                shared = _keys(doer.actor) & _keys(hit.target)
                if shared and not (_keys(doer.target) & _keys(hit.actor) & shared):
                    by, on = (label_a, label_b) if first else (label_b, label_a)
                    said = f"'{doer.actor} {doer.words}' ({by}) vs '{hit.told()}' ({on})"
                    return _signal(f"who attacked whom: {said}", f"Who attacked whom: {said}")
    return None


def _signal(reason: str, headline: str) -> Signal:
    # named "blame": the link model reads signal names as features, and each side blaming
    # the other is what incident_signals.blame_signal already names so
    return Signal("blame", _SCORE, reason, Relation.DIVERGE, (), headline)

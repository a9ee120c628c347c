"""The nominal denial after a content: "Police said the man was armed, a claim his family
rejected."

Dispute stories name the other side's answer in an appositive to the claim it answers: ", a
claim his family rejected", ", an account villagers dispute", ", an allegation the company
denies", ", a charge denied by the ministry". The appositive is no part of the first claim's
content; it is a claim of its own whose speaker is the one who rejects (or confirms) and whose
content is the appositive itself, a denial of the claim just before it. The nouns and verbs are
data (``data/cues.yaml``, key ``nominal_appositive``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from attribcmp.attribute.cues import Token
from attribcmp.attribute.speaker_words import SUBJECT_PRONOUNS
from attribcmp.data import load_table, word_set

# Clause ends that close the appositive (", a claim his family rejected.").
_ENDS = frozenset(',;:.!?()—–[]"“”')
_MAX_SPEAKER = 5  # tokens of the denier's phrase at most ("the dead man's family")
_MAX_TAIL = 6  # words after the verb still in the appositive ("denied on Tuesday")
# Words between the denier and the verb that are no part of the denier ("has strongly denied").
_BETWEEN = word_set(
    """has have had also still flatly firmly strongly vehemently categorically angrily
    quickly repeatedly later since"""
)
# Words that open a clause, not a denier: "a claim that ...", "a claim which ...".
_NOT_SPEAKER = word_set(
    """that which who whom whose to by of for in on at from with about as and or but was were
    is are be been has have had it there this these those"""
)


@dataclass(frozen=True, slots=True)
class Appositive:
    """ ", a claim his family rejected" as token indexes: the comma, the article opening the
    appositive, the denier's phrase, the verb, and the appositive's last token."""

    comma: int
    first: int
    speaker: tuple[int, int]
    verb: int
    last: int
    agrees: bool  # "a claim the ministry confirmed": agreement, not denial


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns, denial verbs, agreement verbs), every form as written."""
    table = load_table("cues.yaml").get("nominal_appositive") or {}

    def forms(key: str) -> frozenset[str]:
        return frozenset(str(table.get(key) or "").split())

    return forms("nouns"), forms("deny"), forms("agree")


def _noun_end(tokens: Sequence[Token], k: int) -> int:
    """The noun at k, with "of events" after it ("a version of events the army disputes")."""
    if k + 2 < len(tokens) and tokens[k + 1].lower == "of" and tokens[k + 2].lower == "events":
        return k + 2
    return k


def _tail(tokens: Sequence[Token], verb: int) -> int | None:
    """The appositive's last token: the verb, or a few words after it up to the clause end;
    None when the clause runs on (", a claim his family rejected the officers' report")."""
    n = len(tokens)
    k = verb
    while k + 1 < n and tokens[k + 1].text not in _ENDS:
        k += 1
        if k - verb > _MAX_TAIL or tokens[k].lower in ("that", "the", "a", "an"):
            return None  # the verb has an object or a clause of its own: no appositive
    return k


def appositives(tokens: Sequence[Token]) -> list[Appositive]:
    """Every ", a claim X denied" / ", a claim denied by X" in one sentence, left to right."""
    nouns, deny, agree = _lists()
    verbs = deny | agree
    out: list[Appositive] = []
    n = len(tokens)
    for c, tok in enumerate(tokens):
        if tok.text not in (",", "—", "–") or c == 0 or c + 3 >= n:
            continue
        if tokens[c + 1].lower not in ("a", "an") or tokens[c + 2].lower not in nouns:
            continue
        noun = _noun_end(tokens, c + 2)
        s = noun + 1
        if s + 1 < n and tokens[s].lower in verbs and tokens[s + 1].lower == "by":
            # ", a claim denied by the ministry": the denier follows "by"
            a = s + 2
            b = a
            while b + 1 < n and tokens[b + 1].text not in _ENDS and b + 1 - a < _MAX_SPEAKER:
                b += 1
            if b + 1 < n and tokens[b + 1].text not in _ENDS:
                continue
            if a < n and tokens[a].text[:1].isalpha() and tokens[a].lower not in _NOT_SPEAKER:
                out.append(Appositive(c, c + 1, (a, b), s, b, tokens[s].lower in agree))
            continue
        if s >= n or tokens[s].lower in _NOT_SPEAKER or not tokens[s].text[:1].isalpha():
            continue  # "a claim that the vote was rigged": a complement, no denier named
        v = s
        while v < n and v - s <= _MAX_SPEAKER and tokens[v].lower not in verbs:
            if tokens[v].text in _ENDS or tokens[v].lower in _NOT_SPEAKER - _BETWEEN:
                break
            v += 1
        if v >= n or tokens[v].lower not in verbs:
            continue
        e = v - 1
        while e >= s and (tokens[e].lower in _BETWEEN or e > s and _adverb(tokens, e)):
            e -= 1  # ", a charge she consistently denied": the adverb is no part of "she"
        if e < s:
            continue
        last = _tail(tokens, v)
        if last is None:
            continue
        out.append(Appositive(c, c + 1, (s, e), v, last, tokens[v].lower in agree))
    return out


def _adverb(tokens: Sequence[Token], k: int) -> bool:
    """A lower-case "-ly" word after a name or pronoun ("she consistently", "Roe flatly"): an
    adverb, no part of the denier ("his family" is a noun after a possessive)."""
    tok, before = tokens[k], tokens[k - 1]
    if not (tok.text.islower() and tok.lower.endswith("ly") and len(tok.lower) > 4):
        return False
    return before.lower in _PERSONAL or before.text[:1].isupper()


_PERSONAL = SUBJECT_PRONOUNS


def appositive_nouns() -> frozenset[str]:
    """The nouns that may open an appositive denial ("claim", "account", ...)."""
    return _lists()[0]


@cache
def appositive_verbs() -> frozenset[str]:
    """The verbs that close one ("rejected", "disputes", "confirmed", ...)."""
    _, deny, agree = _lists()
    return deny | agree

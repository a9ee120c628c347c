"""Look-backs from a cue to a subject that is not a plain name: a document ("A survey by the
group in March found"), a document put out somewhere ("A statement posted to the ministry's
website criticizes"), a document before a relative pronoun, a restrictive relative clause's
noun ("Officials who spoke on condition of anonymity said"), and whether a head word can speak.

Split from subjects.py (which decides which look-back applies) because these carry their own
per-token caches and per-sentence gate, the hot path on cue-dense text.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from attribcmp.attribute.cues import Token
from attribcmp.attribute.frame_base import LEADING
from attribcmp.attribute.mentions import bare, np_before, words
from attribcmp.data import word_set

# Entries per token-text cache below. Each entry costs some 150 bytes and holds its token's
# string: five caches of 65,536 took 15-20 MB on the 16 MB adversarial mixture (distinct names
# and numbered words); news vocabulary hits the common words either way.
_TOKEN_CACHE = 1 << 13


def is_document(tok: Token) -> bool:
    return _is_document_word(tok.lower)


@lru_cache(maxsize=_TOKEN_CACHE)
def _is_document_word(low: str) -> bool:
    # cached (bounded): every cue looks back up to 16 tokens for a document noun, the hottest
    # path on cue-dense text
    documents = words().documents
    return low in documents or low.rstrip("s") in documents


# Which look-back targets a sentence holds at all (document noun, "posted"-like participle,
# relative pronoun), worked out once per token sequence: on cue-dense text every cue would
# otherwise scan up to 20 tokens back three times for words the sentence does not contain.
# Held per thread: `serve` builds reports on several threads.
_held = threading.local()
_LOWER = itemgetter(1)  # Token.lower


def _targets(tokens: Sequence[Token]) -> tuple[bool, bool, bool]:
    held = getattr(_held, "last", None)
    if held is None or held[0] is not tokens:
        # Set operations on the sentence's distinct lower-case words, the same answers as a
        # _document_step/_put_out_step/_relative_step _HIT on some token (every target word is
        # a word, never a stop mark, so only the clause openers need taking out): one pass
        # in C, not a cached look-up per token (a tenth of the look-backs' time went there).
        lows = set(map(_LOWER, tokens))
        documents = words().documents
        named = lows - _DOCUMENT_STOPS
        document = not named.isdisjoint(documents) or not documents.isdisjoint(
            map(str.rstrip, named, repeat("s"))
        )
        put_out = not lows.isdisjoint(_PUT_OUT)
        relative = not lows.isdisjoint(RELATIVES)
        # the token list is held, so its id cannot be reused while cached
        held = (tokens, (document, put_out, relative))
        _held.last = held
    found: tuple[bool, bool, bool] = held[1]
    return found


def document_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A document noun with its postmodifiers, back to the clause's start: "An analysis by
    Politifact of elections since 1972", "A survey by the group in March" (at most 16 tokens,
    no comma)."""
    if not _targets(tokens)[0]:
        return None
    doc = None
    j = k
    while j >= 0 and k - j < 16:
        kind = _document_step(tokens[j].text)
        if kind == _STOP:
            break
        if kind == _HIT:
            doc = j
        j -= 1
    if doc is None or (j >= 0 and k - j >= 16):
        return None
    return j + 1, k


# What a look-back makes of one token (_GO on, _STOP, _HIT its target), cached per distinct
# token text (bounded): on cue-dense text ("said said said") every cue scans up to 20 tokens
# back three times, and these tables make each step one lookup.
_GO, _STOP, _HIT = 0, 1, 2


@lru_cache(maxsize=_TOKEN_CACHE)
def _document_step(text: str) -> int:
    low = text.lower()
    # ("...by your declarations!" shouted X: a quotation's closing "!" or "?" ends a sentence
    # of its own, never part of a document subject)
    if text in ",;:—–()!?" or low in CLAUSE_OPENERS or low in LEADING:
        return _STOP
    return _HIT if _is_document_word(low) else _GO


@lru_cache(maxsize=_TOKEN_CACHE)
def _put_out_step(text: str) -> int:
    if not (text[:1].isalnum() or text in ("’s", "'s", ".")):
        return _STOP
    return _HIT if text.lower() in _PUT_OUT else _GO


@lru_cache(maxsize=_TOKEN_CACHE)
def _relative_step(text: str) -> int:
    if not text[:1].isalnum():
        return _STOP
    return _HIT if text.lower() in RELATIVES else _GO


# Words that open a clause, so that a plain noun phrase right after them is its subject.
CLAUSE_OPENERS = word_set(
    "but and as while because though although if when since so yet whereas even that where"
)
# The words a document look-back stops at (_document_step), as one set for _targets.
_DOCUMENT_STOPS = CLAUSE_OPENERS | LEADING


# Words of time between a document and its relative clause ("a statement later Saturday that").
_WHEN = word_set(
    "later earlier late early on today yesterday monday tuesday wednesday thursday friday "
    "saturday sunday last this week night morning evening"
)


def document_before(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The document a subject relative ("that"/"which" right before the cue) stands for:
    "issued a statement on Friday that denied ..." -> "a statement" (its issuer is found
    from the verb before it)."""
    m = k - 1
    while m > 0 and k - m <= 5 and tokens[m].lower in _WHEN:
        m -= 1
    found = np_before(tokens, m) if m >= 0 else None
    if found is None:
        return None
    documents = words().documents
    if bare(tokens[m].lower) in documents:
        return found if found[1] == m else None
    # "a report by the Associated Press that said": the document and its issuer
    for j in range(found[0], m):
        if bare(tokens[j].lower) in documents and tokens[j + 1].lower in ("by", "from"):
            return found
    return None


_PUT_OUT = word_set("posted issued released published sent")


def document_put_out(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A document and the participle phrase saying where it was put out, ending right before
    the cue: "A statement posted to the ministry's website on May 2 [criticizes] ..."."""
    if not _targets(tokens)[1]:
        return None
    documents = words().documents
    for m in range(k - 1, max(0, k - 16), -1):
        kind = _put_out_step(tokens[m].text)
        if kind == _STOP:
            return None
        if kind == _HIT and bare(tokens[m - 1].lower) in documents:
            found = np_before(tokens, m - 1)
            return (found[0], k) if found is not None and found[1] == m - 1 else None
    return None


RELATIVES = word_set("who that")
_MAX_RELATIVE = 20  # tokens of a restrictive relative clause between a subject and its cue


def relative_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """'Officials who spoke on condition of anonymity said ...': the subject before "who".

    Only a restrictive clause (no comma, no other mark) ending right before the cue; the
    phrase before the relative pronoun must name someone who can speak.
    """
    if not _targets(tokens)[2]:
        return None
    m = k
    while m > 0 and k - m < _MAX_RELATIVE:
        kind = _relative_step(tokens[m].text)
        if kind == _STOP:
            return None
        if kind == _HIT:
            found = np_before(tokens, m - 1)
            if found is not None and named_head(tokens[found[1]]) and m < k:
                return found
            return None
        m -= 1
    return None


def named_head(tok: Token) -> bool:
    w = words()
    low = tok.lower
    # a plural of a role or body speaks as the singular does ("senators", "organizations")
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return (
        tok.text[:1].isupper()
        or low in w.pronouns
        or low in w.roles
        or low in w.anonymous
        or low in w.organisations
        or low in w.documents
        or one in w.roles
        or one in w.organisations
    )

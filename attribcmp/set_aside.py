"""One side names the other's account of an act to set it aside.

"Instead of attacking a wedding party, troops struck a safe house" answers "aircraft struck a
wedding party": the words after "instead of" / "rather than" / "not ... but" are the act as
the other side tells it, named only to be replaced. Two claims sharing those words look alike
to every wording score ("wedding party" in both), yet one denies what the other asserts.
``set_aside_signal`` finds the set-aside words in one claim and the same words asserted (not
set aside, not negated) in the other, and says the two diverge.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from attribcmp.evidence import Signal
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Claim, Relation
from attribcmp.textfeatures import is_stopword, said_text, stem

__all__ = ["set_aside", "set_aside_signal"]

# As firm as a counter-framing: the claim itself says which account it replaces.
_SCORE = 80.0
# The set-aside act is a short phrase ("attacking a wedding party"); a longer stretch runs
# into the claim's own account.
_MAX_WORDS = 6
# Content words the set-aside phrase and the other claim share (fewer if the phrase has fewer).
_MIN_SHARED = 2
# Words shorter than this are function words or names too short to tell an act by.
_MIN_LETTERS = 4
# Texts whose readings are kept: a claim is read once, not once for each pair it is in (the
# links stage pairs one claim with many). Well above the claims of one batch's article.
_CACHED_TEXTS = 4096


@cache
def _opener() -> re.Pattern[str]:
    # "instead of X", "rather than X", "in place of X": X is replaced; "not X but Y" is
    # read only where "but" follows within the phrase (see _phrase)
    return re.compile(r"(?i)(?<!\w)(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+")


# What ends the set-aside phrase: punctuation, or the claim's own account starting again.
_PHRASE_END = LazyPattern(r"[,;:.!?\"“”()]|\s(?:but|and|troops|they|it|we|he|she)\s", re.I)


@lru_cache(maxsize=_CACHED_TEXTS)
def set_aside(text: str) -> tuple[str, frozenset[str]]:
    """The words a claim sets aside ("instead of attacking a wedding party") and their
    content stems, or ("", frozenset()) when it sets nothing aside."""
    m = _opener().search(text)
    if m is None:
        return "", frozenset()
    rest = text[m.end() :]
    end = _PHRASE_END.search(rest)
    phrase = rest[: end.start()] if end else rest
    words = phrase.split()[:_MAX_WORDS]
    stems = frozenset(
        stem(w)
        for w in (re.sub(r"[^\w'-]", "", x) for x in words)
        if len(w) >= _MIN_LETTERS and not is_stopword(w.lower())
    )
    return (m.group().strip() + " " + " ".join(words)).strip(), stems


@lru_cache(maxsize=_CACHED_TEXTS)
def _asserted_stems(text: str) -> frozenset[str]:
    """The content stems a claim asserts: its words outside any set-aside phrase."""
    words, stems = set_aside(text)
    if words:
        text = text.replace(words, " ")
    return frozenset(
        stem(w)
        for w in re.findall(r"[^\W\d_][\w'-]*", text)
        if len(w) >= _MIN_LETTERS and not is_stopword(w.lower())
    )


def set_aside_signal(a: Claim, b: Claim, label_a: str = "", label_b: str = "") -> Signal | None:
    """A diverge signal when exactly one of the two claims sets aside an act the other
    asserts: the set-aside words share a content word with the other claim, and the other
    claim neither sets the same words aside nor is negated (then both reject the act).

    Args:
        a: the first claim.
        b: the second claim.
        label_a: how the reason names a's side.
        label_b: how it names b's side.
    """
    text_a, text_b = said_text(a), said_text(b)
    for x, y, tx, ty, lx, ly in (
        (a, b, text_a, text_b, label_a, label_b),
        (b, a, text_b, text_a, label_b, label_a),
    ):
        words, stems = set_aside(tx)
        if not words or set_aside(ty)[0]:
            continue  # nothing set aside here, or both set an act aside: no account against one
        if y.facets is not None and y.facets.negated:
            continue  # "no wedding party was hit" agrees with "instead of a wedding party"
        shared = sorted(stems & _asserted_stems(ty))
        if len(shared) < min(_MIN_SHARED, len(stems)):
            continue  # one common word ("people") is no act told by both
        side_x = f" ({lx})" if lx else ""
        side_y = f" ({ly})" if ly else ""
        reason = (
            f"sets aside the other account: '{words}'{side_x} answers "
            f"'{', '.join(shared)}' as told{side_y}"
        )
        return Signal(
            "framing",
            _SCORE,
            reason,
            Relation.DIVERGE,
            ((x.id, (words,)), (y.id, ())),
            f"Counter-account: '{words}'{side_x} vs '{' '.join(ty.split()[:8])}'{side_y}",
        )
    return None

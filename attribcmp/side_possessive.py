"""Whose "Its spokeswoman, X" is: the body that opens the sentence before the possessive.

"Cambodia's Defence Ministry gave a different account. Its spokeswoman, Lt. Gen. X, said ..."
A possessive pronoun before a role points back at the subject of the sentence just before it,
so the spokeswoman speaks for that body (and its country), not for the army quoted nearest.
"""

from __future__ import annotations

from attribcmp.lazy_pattern import LazyPattern
from attribcmp.side_kinds import BODY_NOUN

# A mention opening with a possessive pronoun and a role: "Its spokeswoman", "Their leader".
_POSSESSIVE_ROLE = LazyPattern(r"(?:Its|Their)\s+[a-z][\w-]*")
# The same after a quotation that opens the sentence: '"...," its director, X, said'.
_POSSESSIVE_LOWER = LazyPattern(r"(?:its|their)\s+[a-z][\w-]*")
_AFTER_QUOTE = LazyPattern(r"[,!?][\"”]\s*\Z")
# The capitalised run that opens a sentence ("Cambodia's Defence Ministry", "The Ministry of
# Defence"): up to the first lower-case word that is no joiner inside a name.
# ("Consumer group BEUC": a firm or body noun may sit inside the run, before the name.)
_OPENING = LazyPattern(
    rf"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+|the\s+|{BODY_NOUN}\s+)*[A-Z][\w.'’-]*)*"
)
# Where a sentence ends: a period, question or exclamation mark, then space; or a blank line.
_SENTENCE_END = LazyPattern(r"[.!?][”\"’']?\s+|\n\s*\n")


def subject_before(text: str, start: int) -> str | None:
    """The capitalised subject of the sentence before a possessive-role mention at ``start``,
    or None when the mention does not open with "Its"/"Their" and a role."""
    if not _POSSESSIVE_ROLE.match(text, start):
        after = _AFTER_QUOTE.search(text, max(0, start - 4), start)
        if after is None or not _POSSESSIVE_LOWER.match(text, start):
            return None
        # ("Customers deserve it," its director, X, said.): the quotation opens the sentence,
        # so the sentence before it is the one whose subject "its" points back at
        start = max(text.rfind(q, max(0, start - 2000), after.start()) for q in '"“')
        if start < 0:
            return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    if not ends or ends[-1] != start:
        return None  # the mention must open its sentence: "Its spokeswoman, X, said"
    begin = ends[-2] if len(ends) > 1 else max(0, start - 400)
    if len(ends) == 1 and start - 400 > 0:
        return None  # the sentence before is too long to read its subject safely
    match = _OPENING.match(text, begin)
    return match[0] if match is not None else None

"""Whose "Its spokeswoman, X" is: the body that opens the sentence before the possessive.

"Cambodia's Defence Ministry gave a different account. Its spokeswoman, Lt. Gen. X, said ..."
A possessive pronoun before a role points back at the subject of the sentence just before it,
so the spokeswoman speaks for that body (and its country), not for the army quoted nearest.
"""

from __future__ import annotations

import re

# A mention opening with a possessive pronoun and a role: "Its spokeswoman", "Their leader".
_POSSESSIVE_ROLE = re.compile(r"(?:Its|Their)\s+[a-z][\w-]*")
# The capitalised run that opens a sentence ("Cambodia's Defence Ministry", "The Ministry of
# Defence"): up to the first lower-case word that is no joiner inside a name.
_OPENING = re.compile(r"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.'’-]*)*")
# Where a sentence ends: a period, question or exclamation mark, then space; or a blank line.
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+|\n\s*\n")


def subject_before(text: str, start: int) -> str | None:
    """The capitalised subject of the sentence before a possessive-role mention at ``start``,
    or None when the mention does not open with "Its"/"Their" and a role."""
    if not _POSSESSIVE_ROLE.match(text, start):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    if not ends or ends[-1] != start:
        return None  # the mention must open its sentence: "Its spokeswoman, X, said"
    begin = ends[-2] if len(ends) > 1 else max(0, start - 400)
    if len(ends) == 1 and start - 400 > 0:
        return None  # the sentence before is too long to read its subject safely
    match = _OPENING.match(text, begin)
    return match[0] if match is not None else None

"""A statement with its attribution set aside: what was said, without who said it.

News paraphrases move and reword the attribution freely ("X said Y" / "Y, X said" / "Y,
according to X"; "board member Scott Hubbard said" / "said Hubbard, director of the centre"),
and those words count against a pair whose point is the same. The pair model
(pairmodel.py) compares the two statements once more with the attribution set aside and
weighs how much closer they come. Pure text rules, bounded (one pass per shape, each
pattern anchored at the start or the end of the statement); the verbs are data
(data/pairs.yaml ``attribution``).
"""

from __future__ import annotations

import re
from functools import cache

from attribcmp.lazy_pattern import LazyPattern
from attribcmp.word_pairs import pair_lexicon

__all__ = ["set_aside"]

# The rest must keep this many words, or the "attribution" was the statement itself.
_MIN_WORDS = 3
# A quotation of at least this many words is what was said when what stands outside it, its
# attribution set aside, is at most _BARE_OUTSIDE words ("the agreement" in 'X told reporters
# that the agreement "..."').
_QUOTE_WORDS = 4
_BARE_OUTSIDE = 3
# Characters a speaker's description may run before or after the verb ("Seattle Deputy Police
# Chief Clark Kimerer said"; "said Hubbard, director of NASA's Ames Research Center").
_SPEAKER_CHARS = 80
_TAIL_CHARS = 40
# What may follow the verb at the end besides a day: where and how it was said ("in a
# statement", "on Monday", "at a news conference"), never what was said.
_PLACE = "on|in|at|during|after|before|late|early|through"
_QUOTED = LazyPattern(r"[\"“]([^\"“”]+)(?:[\"”]|$)")
_WORD = LazyPattern(r"\w+")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The attribution shapes, in the order they are set aside."""
    table = pair_lexicon()["attribution"]
    say = "|".join(re.escape(str(w)) for w in table["say"])
    report = "|".join(re.escape(str(w)) for w in table["report"])
    when = "|".join(re.escape(str(w)) for w in table["when"])
    day = rf"(?:\s+(?:on\s+)?(?:{when}))?"
    speaker, tail = f'[^,;"“”]{{0,{_SPEAKER_CHARS}}}', f'[^,;"“”.]{{0,{_TAIL_CHARS}}}'
    return (
        # "..., according to the ministry."
        re.compile(rf"(?i),\s*according\s+to\b[^;\"“”]{{0,{_SPEAKER_CHARS}}}$"),
        # "..., Smith said Monday." / '...," he told reporters.' / "..., she said in Moscow."
        re.compile(
            rf"(?i)(?:,[\"”']?|[\"”'])\s*(?:{speaker}?\s)?(?:{say}|{report})\b"
            rf"(?:(?<=told)\s{tail}|(?<=tells)\s{tail})?{day}(?:\s+(?:{_PLACE})\b{tail})?"
            rf"[.!?\"”']*\s*$"
        ),
        # '..., said Hubbard, director of the centre.'
        re.compile(rf"(?i)(?:,[\"”']?|[\"”'])\s*(?:{say}|{report})\s[^;\"“”]{{0,100}}$"),
        # "According to the ministry, ..."
        re.compile(rf"(?i)^according\s+to\b{speaker},\s*"),
        # "Smith said (Monday) (that) ...", "Smith told reporters that ...", "Smith noted that
        # ...", "Smith added: ..."
        re.compile(
            rf"(?i)^{speaker}?\b(?:(?:said|says|say){day}(?:\s+that)?"
            rf"|(?:told|tells|tell)\s+(?:\w+\s+){{0,2}}?\w+{day}\s+that"
            rf"|(?:told|tells)\s+reporters{day}"
            rf"|(?:{report}){day}\s+that|(?:{say}|{report}){day}\s*[:,])\s*[\"“]?"
        ),
    )


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _cut(text: str, least: int) -> str:
    """``text`` less each attribution shape that leaves at least ``least`` words."""
    rest = text
    for shape in _patterns():
        cut = shape.sub("", rest, count=1)
        if cut != rest and _words(cut) >= least:
            rest = cut
    return rest


def set_aside(text: str) -> str:
    """The statement without its attribution; the statement itself when it has none."""
    quotes = [m for m in _QUOTED.finditer(text) if _words(m.group(1)) >= _QUOTE_WORDS]
    if quotes:
        said = max(quotes, key=lambda m: len(m.group(1)))
        # The quotation is what was said when all that stands outside it is its attribution
        # ('"...," board member Scott Hubbard said'; 'X told reporters the deal "..."').
        outside = text[: said.start(1)] + "Q" + text[said.end(1) :]
        if _words(_cut(outside, 1)) <= _BARE_OUTSIDE:
            return said.group(1)
    return _cut(text, _MIN_WORDS)

"""Blocks of link titles pasted with an article: page furniture that spans several lines.

A page copied as plain text keeps its "Related" / "Most Popular" boxes: a heading line, then
one title a line ("Officials Say Storm Killed 12"). Each title reads like a headline with a
cue, so it would make a claim of another story. Such a block is marked as furniture: a box
heading followed by title lines, or a run of title lines (``_RUN`` or more) with no line
between of which one at least tells something (a reporting cue or a figure, "Officials Say
Storm Killed 12"). A title line is short, capitalises (nearly) every word and ends without a
sentence mark; a single headline above an article (one such line alone) stays text, and so
does a run that tells nothing (a headline, its subtitle and "By Ann Roe")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from attribcmp.data import inflect, load_table

__all__ = ["mark_title_blocks", "title_line"]

# The heading of a box of links to other stories.
_HEADING = re.compile(
    r"(?i)\s*(?:related(?:\s+(?:articles|stories|posts|content|news|coverage|links|videos))?"
    r"|most\s+(?:popular|read|viewed|shared|emailed)|popular(?:\s+(?:now|stories))?"
    r"|trending(?:\s+(?:now|stories))?|more(?:\s+(?:stories|news|on\s+this\s+story|coverage))?"
    r"|read\s+more|see\s+also|also\s+read|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like"
    r"|top\s+stories|latest\s+news|editor['’]?s\s+picks|in\s+case\s+you\s+missed\s+it)\s*:?\s*$"
)
# A box heading is a short line ("Most Popular", "You may also like"): the pattern is tried on
# short lines only, so a long paragraph is never scanned for one.
_HEADING_CHARS = 60
# At least this many title lines in a row, with no heading, are a box of links: a headline
# with a subtitle makes two.
_RUN = 3
# A title has at most this many words, and this many characters.
_TITLE_WORDS = 16
_TITLE_CHARS = 140
# Small words a title leaves in lower case ("Talks Must Resume Without Preconditions" is
# all capitals, "Storm Killed 12 in the Night" keeps "in" and "the" small).
_SMALL = frozenset(
    ("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by")
    + ("with", "from", "as", "vs", "via", "into", "over", "after", "about", "up", "off", "out")
    + ("than", "is", "are")
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# How a sentence ends: a title ends without one (a quote mark may close it).
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’)\]]*\s*$")


def title_line(line: str) -> bool:
    """``line`` reads as a link title: short, every word but small ones capitalised, no
    sentence mark at its end."""
    if len(line) > _TITLE_CHARS or _SENTENCE_END.search(line):
        return False
    words = _WORD.findall(line)
    if not 2 <= len(words) <= _TITLE_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() for w in words if w.lower() not in _SMALL)


@cache
def _cue_forms() -> frozenset[str]:
    """Every form of the reporting verbs of data/cues.yaml (speech and hedge: "says", "claims")."""
    table = load_table("cues.yaml")
    irregular = table["irregular"]
    lemmas = f"{table['speech']} {table['hedge']}".split()
    return frozenset(form for lemma in lemmas for form in irregular.get(lemma) or inflect(lemma))


def _tells(line: str) -> bool:
    """A title line that would make a claim: a reporting cue or a figure in it."""
    return any(c.isdigit() for c in line) or any(
        w.lower() in _cue_forms() for w in _WORD.findall(line)
    )


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only one line break between a line ending at ``end`` and one starting at ``start``."""
    return text.count("\n", end, start) == 1


def mark_title_blocks(
    text: str, lines: Iterable[tuple[int, int, bool]]
) -> Iterator[tuple[int, int, bool]]:
    """``lines`` ((start, end, furniture) of each non-blank line, in order) with the lines of
    a box of link titles marked as furniture. Streams: at most one run is held."""
    run: list[tuple[int, int, bool]] = []
    headed = False

    def flush() -> Iterator[tuple[int, int, bool]]:
        titles = len(run) - headed
        # under a box heading any title is a link; without one, only a run that would make
        # claims is worth taking out of the text (a headline block that tells nothing is safe)
        if headed:
            boxed = titles >= 1
        else:
            boxed = titles >= _RUN and any(_tells(text[s:e]) for s, e, _ in run)
        for s, e, furniture in run:
            yield s, e, furniture or boxed

    for start, end, furniture in lines:
        line = text[start:end]
        heading = end - start < _HEADING_CHARS and bool(_HEADING.match(line))
        if run and _adjacent(text, run[-1][1], start) and title_line(line) and not heading:
            run.append((start, end, furniture))
            continue
        yield from flush()
        run, headed = [], False
        if heading:
            run, headed = [(start, end, furniture)], True
        elif title_line(line):
            run = [(start, end, furniture)]
        else:
            yield start, end, furniture
    yield from flush()

"""The issuer heading of an official document: "The White House" over a readout.

A readout or statement opens with its issuer on a line of its own ("The White House",
"Office of the Press Secretary"). A state office in it naming no country ("President Obama",
"The President") holds the issuer's country, as under a wire dateline; the country the text
is about (its counterpart's) comes after.
"""

from __future__ import annotations

from attribcmp.gazetteer import Gazetteer, head_hit

_MAX_WORDS = 8  # an issuer heading is a short name, not a headline
# How many of the text's first non-blank lines may be the heading: only the very first. A body
# named on a line below a title or a sentence is what the text is about, not who issued it.
_HEAD_LINES = 1
# Characters read for those lines: a heading line is short, and the rest of the text is prose.
_HEAD_CHARS = 600


def issuer_heading(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(gazetteer entry, heading line) when the first non-blank line is only a body the
    gazetteer knows ("The White House", "Kremlin"); None for a headline or a line with more."""
    lines = [line.strip() for line in text[:_HEAD_CHARS].splitlines() if line.strip()]
    lines = lines[:_HEAD_LINES]
    for line in lines:
        bare = line.removeprefix("The ").removeprefix("the ")
        if len(bare.split()) > _MAX_WORDS or bare[-1:] in ".!?:;,":
            continue
        hit = head_hit(bare, gazetteer)
        # the whole line is the body's name: "The White House", not "White House denies X"
        if hit is not None and hit.entry is not None and hit.start == 0 and hit.end == len(bare):
            return hit.entry, line
    return None

"""The issuer heading of an official document: "The White House" over a readout.

A readout or statement opens with its issuer on a line of its own ("The White House",
"Office of the Press Secretary"). A state office in it naming no country ("President Obama",
"The President") holds the issuer's country, as under a wire dateline; the country the text
is about (its counterpart's) comes after.
"""

from __future__ import annotations

from attribcmp.gazetteer import Gazetteer, head_hit

_MAX_WORDS = 8  # an issuer heading is a short name, not a headline
_HEAD_LINES = 1  # the heading is the first non-blank line (a sentence before it: prose)


def issuer_heading(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(gazetteer entry, heading line) when one of the first lines is only a body the gazetteer
    knows ("The White House", "Kremlin"); None for a headline or a line with more in it."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][:_HEAD_LINES]
    for line in lines:
        bare = line.removeprefix("The ").removeprefix("the ")
        if len(bare.split()) > _MAX_WORDS or bare[-1:] in ".!?:;,":
            continue
        hit = head_hit(bare, gazetteer)
        # the whole line is the body's name: "The White House", not "White House denies X"
        if hit is not None and hit.entry is not None and hit.start == 0 and hit.end == len(bare):
            return hit.entry, line
    return None

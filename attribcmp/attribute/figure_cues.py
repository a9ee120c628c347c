"""Figure statements as cues: "officials put the toll at 40", "gave a figure of 23 dead".

Tolls and counts in dispute stories are often given with a figure verb, not a reporting verb:
the speaker "puts" a toll at a number or "gives" a figure of it. The verb is the cue and the
figure phrase after it the content. Only a figure noun followed by "at"/"of" and a number, or
given a comparative ("has given a lower figure"), makes one: "put the plan at risk" does not.
The words are data (``data/cues.yaml``, key ``figure``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from attribcmp.attribute.cues import Cue, CueClass, Token
from attribcmp.data import load_table

_NOUN_WITHIN = 5  # tokens from the verb to the figure noun ("put the official death toll at")
_NUMBER_WITHIN = 4  # tokens from "at"/"of" to the number ("at more than 40")
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "thousand",
        "thousands",
    ]
)
_FIGURE_LEMMA = "give a figure"
_STOPS = frozenset('.,;:!?"“”()—–')


@cache
def _table() -> dict[str, frozenset[str]]:
    table = load_table("cues.yaml").get("figure") or {}
    return {key: frozenset(str(value).split()) for key, value in table.items()}


def _number(tok: Token) -> bool:
    return tok.text[:1].isdigit() or tok.lower in _NUMBER_WORDS


def figure_cues(tokens: Sequence[Token]) -> list[Cue]:
    """A cue for each figure verb whose object is a figure with its number (or comparative)."""
    table = _table()
    verbs, nouns = table.get("verbs", frozenset()), table.get("nouns", frozenset())
    out: list[Cue] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.lower not in verbs or i == 0:
            continue
        for k in range(i + 1, min(n, i + 1 + _NOUN_WITHIN)):
            if tokens[k].text in _STOPS:
                break
            if tokens[k].lower not in nouns:
                continue
            before = tokens[k - 1].lower
            if _figure_follows(tokens, k) or (
                before in table.get("comparatives", frozenset())
                and not (before in table.get("reciprocal", frozenset()) and _plural(tokens[k]))
            ):
                # the lemma names the figure statement: "put" is also its own past form,
                # which noun-compound checks read as a noun ("the toll put")
                out.append(Cue(i, i, _FIGURE_LEMMA, CueClass.SPEECH))
            break
    return out


def _plural(tok: Token) -> bool:
    """ "tolls", "figures": one figure for each of several parties."""
    return tok.lower.endswith("s") and not tok.lower.endswith("ss")


def _figure_follows(tokens: Sequence[Token], k: int) -> bool:
    """ "toll at 40", "figure of 23", "number of dead at 11": a link word, then a number."""
    links = _table().get("links", frozenset())
    n = len(tokens)
    for j in range(k + 1, min(n, k + 6)):
        if tokens[j].text in _STOPS:
            return False
        if tokens[j].lower in links and any(
            _number(t) for t in tokens[j + 1 : min(n, j + 1 + _NUMBER_WITHIN)]
        ):
            return True
    return False

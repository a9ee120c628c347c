"""A claim that opens with the other side: what one side says that party did or is.

"Ping accused the court of bias" (content "the court of bias"), "the FSB accuses Ukraine of
staging a provocation", "MEND released two oil workers" (told by the army): a claim whose
words open with a party of another side is about that party, and the party's own nearest claim
in the article is its side of the story ("the incumbent had won by 11,700 votes", "such actions
pose a threat", "they are still holding the workers"). ``by_named_heads`` links the two as
a clash: what one side says of a party, beside that party's own account, is how dispute news
sets two accounts against each other (on the 40 newest dev cases both such gold links were
diverge). Names come from ``links._name_table`` (speakers, their mentions and aliases) and the
sides' own names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from attribcmp.evidence import Signal
from attribcmp.link_pairs import Pairs
from attribcmp.model import Relation
from attribcmp.side_names import UNNAMED
from attribcmp.textfeatures import said_text

__all__ = ["by_first_word", "by_named_heads", "head_party"]

# The party's claim is its answer only when the article tells it close by: at most this many
# sentences apart (further off it is another point of a long story).
_HEAD_SENTENCES = 2
# A little below a reply that names the other's statement (answers._REPLY_SCORE is 80): the
# tie is who the claim is about, not a word for what was said.
_SCORE = 62.0
# Words after the name, at least: "the court of bias" (what the party is charged with).
_AFTER_WORDS = 2
_ARTICLE = re.compile(r"(?i)^(?:the|a|an)\s+")


def head_party(
    text: str, names: Mapping[str, str], index: Mapping[str, list[str]] | None = None
) -> tuple[str, str]:
    """(side, name as written) of the party whose name opens ``text`` (after an article, with
    or without a possessive: "Russia's protection of ...", "the court of bias"), or ("", "").

    Args:
        text: a claim's words.
        names: lower-cased name -> side id (names of at least four letters).
        index: ``names`` by first word (``by_first_word``), built once per article by the caller.
    """
    if index is None:
        index = by_first_word(names)
    rest = _ARTICLE.sub("", text.strip())
    low = rest.lower()
    first = _FIRST_WORD.match(low)
    if first is None:
        return "", ""
    # only names starting with the text's first word are tried, the longest first: a long
    # article's many names are never each tried on every claim
    for name in index.get(first.group(), ()):
        m = re.match(re.escape(name) + r"(?:['’]s?)?(?!\w)", low)
        # the party and what it did or is: a bare name ("China", a cue misread) says nothing
        if m and len(re.findall(r"\w+", low[m.end() :])) >= _AFTER_WORDS:
            return names[name], rest[: len(name)]
    return "", ""


_FIRST_WORD = re.compile(r"\w+")


def by_first_word(names: Mapping[str, str]) -> dict[str, list[str]]:
    """The names by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        m = _FIRST_WORD.match(name)
        if m:
            index.setdefault(m.group(), []).append(name)
    return index


def by_named_heads(pairs: Pairs, names: Mapping[str, str]) -> None:
    """Link each claim that opens with another side's party to that side's nearest claim
    (``_HEAD_SENTENCES`` at most, the earlier on a tie), when no step has linked the claim to
    that side yet.

    Args:
        pairs: the candidate pairs.
        names: lower-cased name -> side id, as ``head_party`` reads them.
    """
    linked = {(i, pairs.side[j]) for i, j in pairs.signals} | {
        (j, pairs.side[i]) for i, j in pairs.signals
    }
    n = len(pairs.claims)
    index = by_first_word(names)  # once per article, not once per claim
    for i, claim in enumerate(pairs.claims):
        if pairs.side[i] == UNNAMED.id:
            continue  # unnamed sources speak for no party that the other answers
        side, written = head_party(said_text(claim), names, index)
        if not side or side == pairs.side[i] or (i, side) in linked:
            continue
        # claims run in text order: the party's nearest claims stand within a bounded window
        near = [
            j
            for j in range(max(0, i - _WINDOW), min(n, i + _WINDOW + 1))
            if pairs.side[j] == side and pairs.near(i, j, _HEAD_SENTENCES)
        ]
        if not near:
            continue
        j = min(near, key=lambda k: (pairs.distance(i, k), k))
        reason = f"names the other side first: '{written}' ({pairs.label[i]}) / its own account"
        pairs.add(i, j, Signal("reply", _SCORE, reason, Relation.DIVERGE))


# Claims looked at on each side of a claim for its party's nearest one (linear time).
_WINDOW = 20

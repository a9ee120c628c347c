"""The side an account stands for when ``compare`` is given no ``--side`` for it: the one
country or body its file name names ("us_whitehouse.txt" is the United States' account).

Labels are read as ``--side`` labels are (``gazetteer.entry_for_side_label``: "au" is
Australia, not the African Union). Without it the two readouts of one call were sides called
"us_whitehouse" and "china_mfa", so a mention of "the United States" in either was a third
party's name (an agenda item) rather than the issuer's own, and the links changed with whether
the user typed ``--side`` (review18, finding 6).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from attribcmp.gazetteer import entry_for_side_label, load_gazetteer

# English words a gazetteer or a two-letter country code also spells ("is" = Islamic State or
# Iceland, "no" = Norway, "in" = India): a file name's words, never a side. "us" stays a name.
_FUNCTION_WORDS = frozenset(
    {"a", "am", "an", "and", "as", "at", "be", "by", "do", "for", "go", "he", "hi", "if", "in"}
    | {"is", "it", "me", "my", "no", "of", "ok", "on", "or", "so", "the", "to", "up", "we"}
)
# Longest first, so "united_states" is one name before "states" is looked up on its own.
_LONGEST_NAME = 3


def label_from_file_name(name: str) -> str | None:
    """The words of ``name`` that name one gazetteer entry ("us" in "us_whitehouse.txt"),
    or None when they name none, or more than one ("us_china_summit")."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[^a-z]+", stem.lower()) if w]
    gazetteer = load_gazetteer()
    found: dict[str, str] = {}
    used: set[int] = set()
    for size in range(min(_LONGEST_NAME, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            span = set(range(i, i + size))
            if span & used or (size == 1 and words[i] in _FUNCTION_WORDS):
                continue
            phrase = " ".join(words[i : i + size])
            entry = entry_for_side_label(phrase, gazetteer)
            if entry is not None:
                found.setdefault(entry, phrase)
                used |= span
    return next(iter(found.values())) if len(found) == 1 else None


def labels_from_file_names(names: Sequence[str], taken: Sequence[str]) -> list[str | None]:
    """For each file name, the label it gives its account, or None.

    A label is kept only when no other account (``taken``: the labels already given, or
    another file name) stands for the same entry: two files naming one country stay two
    sides named after their files.
    """
    gazetteer = load_gazetteer()
    labels = [label_from_file_name(name) for name in names]
    entries = [entry_for_side_label(label, gazetteer) if label else None for label in labels]
    held = {entry_for_side_label(label, gazetteer) for label in taken}
    counts = Counter(entries)  # (counted once: a count per file was quadratic in the files)
    return [
        label if entry is not None and counts[entry] == 1 and entry not in held else None
        for label, entry in zip(labels, entries, strict=True)
    ]

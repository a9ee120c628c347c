"""A side named in running text: "Pakistani troops", "India's border forces", "Thai soldiers".

``side_stems`` gives the words a side's label is recognised by (stems of its name, and the
demonyms the gazetteer gives it); ``names_side`` finds the side as the text puts it. Shared
by incident_signals (blame) and pointed (whom a reply answers); this module reads no other
link module, so both import it at the top.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from attribcmp.data import table_words
from attribcmp.facet_lexicon import event_words, events_lexicon
from attribcmp.gazetteer import label_demonyms
from attribcmp.textfeatures import stem

__all__ = ["names_side", "side_stems"]


def side_stems(name: str) -> tuple[str, ...]:
    """Word stems a side's name is recognised by in running text: "Pakistan" also as
    "Pakistani", "India" as "Indian" (capitalised words of four letters or more), and the
    demonyms the gazetteer gives it ("British" for the United Kingdom, which no stem of
    "Britain" reaches)."""
    stems = [w[: max(4, len(w) - 1)] for w in re.findall(r"[A-Z][a-z]{3,}", name) if w != "The"]
    return tuple(stems + [d for d in label_demonyms(name) if not d.startswith(tuple(stems))])


def names_side(text: str, stems: Sequence[str]) -> str:
    """The side's name as the text puts it, with up to two words after ("India's border
    forces"), an event word not among them ("Pakistani troops", not "... troops killed");
    "" when the text names it nowhere."""
    events = _event_stems()
    said = event_words("reply_objects")
    for side_stem in stems:
        pattern = r"\b" + re.escape(side_stem) + r"\w*(?:['’]s)?(?:\s+[a-z]+){0,2}"
        for m in re.finditer(pattern, text):
            words = m.group().split()
            if any(w.lower() in said for w in words[1:]):
                continue  # "the Reuters report": what the side said, not the side acting
            # ... nor a word of grammar last ("Eritrea's army to", "Ethiopian attack was")
            while len(words) > 1 and (
                stem(words[-1].lower()) in events or words[-1].lower() in _function_words()
            ):
                words.pop()
            return " ".join(words)
    return ""


@cache
def _function_words() -> frozenset[str]:
    """Words of grammar (data/stopwords.yaml ``function``): no quote of a side ends on one."""
    return table_words("stopwords.yaml", "function")


@cache
def _event_stems() -> frozenset[str]:
    return frozenset(
        stem(str(w).lower())
        for words in events_lexicon()["events"].values()
        for w in words
        if " " not in str(w)
    )

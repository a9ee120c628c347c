"""A toll of nought against a count: "the group lost no fighters" / "the raid killed 14
insurgents", "no civilians were hurt" / "nine civilians were wounded".

The negation sits on the people counted, not on a clause the other statement repeats, so the
clause-level negation check of ``relate.py`` misses it; read as figures (``quantities.py``
reads "no <people>" and a negated "any <people>" of a harm as 0), the two cannot both hold.
"""

from __future__ import annotations

from attribcmp.model import Quantity
from attribcmp.quantities import find_quantities
from attribcmp.textfeatures import Concepts
from attribcmp.word_pairs import fold_word

__all__ = ["nought_conflict"]

# Harms whose toll of nought a count contradicts (as quantities._HARM_COUNTED).
_HARMS = frozenset({"killing", "injury"})


def _tolls(text: str) -> tuple[Quantity, ...]:
    return tuple(
        q
        for q in find_quantities(text)
        if q.event in _HARMS and q.kind == "persons" and q.noun and not q.part
    )


def nought_conflict(a: str, b: str, concepts: Concepts) -> str | None:
    """The reason two statements clash when one puts a harm's toll at nought and the other
    counts the same people for the same harm, or None."""
    qa, qb = _tolls(a), _tolls(b)
    for xs, ys, lx, ly in ((qa, qb, "A", "B"), (qb, qa, "B", "A")):
        for x in xs:
            if x.high != 0.0:
                continue
            noun = fold_word(x.noun.lower(), concepts)
            for y in ys:
                if y.event == x.event and y.low > 0 and fold_word(y.noun.lower(), concepts) == noun:
                    return (
                        f"numbers differ: {lx} '{x.text}', {ly} '{y.text}' (none against a count)"
                    )
    return None

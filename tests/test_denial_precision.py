"""Which of the other side's claims a denial answers (link_answers.by_denials,
lead_denials): the shapes that made a denial answer the wrong claim. The stories are made
up, in the shape of wire reports of a dispute; each row is a (side, cue, words) claim."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from attribcmp.links import link_claims
from attribcmp.model import Document, Side
from attribcmp.textfeatures import load_concepts
from tests.faceted import faceted_claim

_SIDES = (Side("reb", "Rebels"), Side("gov", "Government"))


def _denial_targets(doc: str, rows: Sequence[tuple[str, str, str]]) -> set[str]:
    """The words of each claim a denial link joins to the last row (the denial)."""
    claims = tuple(
        faceted_claim(doc, f"c{k}", side, words, cue=cue)
        for k, (side, cue, words) in enumerate(rows, 1)
    )
    last = claims[-1].id
    links = link_claims(claims, documents=(Document("d", doc),), sides=_SIDES,
                        concepts=load_concepts())  # fmt: skip
    words = {c.id: c.content.text for c in claims}
    return {
        words[k.a if k.b == last else k.b]
        for k in links
        if last in (k.a, k.b) and "denial" in k.signals
    }


# "denied a charge": one charge, the one just told, not each accusation of the story.
_ONE_CHARGE = (
    "The rebels accused the army of shelling their camps near Lodo on Friday.\n\n"
    "A rebel spokesman said government troops had burned two villages.\n\n"
    "The rebels also accused the president of hiring foreign fighters. A government "
    "spokesman denied a charge he called a smear.\n"
)
_ONE_CHARGE_ROWS = (
    ("reb", "accused", "the army of shelling their camps near Lodo on Friday"),
    ("reb", "said", "government troops had burned two villages"),
    ("reb", "accused", "the president of hiring foreign fighters"),
    ("gov", "denied", "a charge he called a smear"),
)


@pytest.mark.parametrize(
    ("told", "answered"),
    [
        # the charge just before the denial
        ("the president of hiring foreign fighters", True),
        # the story's earlier accusations are other points
        ("the army of shelling their camps near Lodo on Friday", False),
        ("government troops had burned two villages", False),
    ],
)  # fmt: skip
def test_a_charge_is_the_one_just_told(told: str, answered: bool) -> None:
    assert (told in _denial_targets(_ONE_CHARGE, _ONE_CHARGE_ROWS)) is answered

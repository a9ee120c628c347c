"""The issuer heading of an official document (side_issuer.py) and the side it gives."""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.gazetteer import load_gazetteer
from attribcmp.model import Document, Profile
from attribcmp.side_issuer import issuer_heading
from attribcmp.sides import nationality, resolve_sides

HEADINGS = [
    pytest.param(
        "The White House\nOffice of the Press Secretary\n\nText.", "The White House", id="wh"
    ),
    pytest.param("\n\nKremlin\n\nReadout of a call.", "Kremlin", id="blank-lines-first"),
    pytest.param("White House denies report on talks\n\nText.", None, id="neg-headline-verb"),
    pytest.param("Talks resume in Geneva.\nThe White House\n", None, id="neg-sentence-first"),
    pytest.param("Readout of the call\n\nThe President said.", None, id="neg-no-body"),
]


@pytest.mark.parametrize(("text", "line"), HEADINGS)
def test_issuer_heading(text: str, line: str | None) -> None:
    found = issuer_heading(text, load_gazetteer())
    assert (found[1] if found else None) == line


READOUT = (
    "The White House\nOffice of the Press Secretary\n\n"
    "Readout of the President's Call with Ruritanian Prime Minister Anna Vos\n\n"
    "President Carter spoke today with Ruritanian Prime Minister Anna Vos about Ruritania. "
    "The President said that the two countries would deepen their trade in Ruritania. "
    "Prime Minister Vos said that Ruritania welcomed the offer."
)


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        pytest.param(READOUT, "Carter", "United States", id="issuer-before-topic-country"),
        pytest.param(
            READOUT.replace("The White House\nOffice of the Press Secretary\n\n", ""),
            "Carter",
            "",
            id="neg-no-heading-no-issuer-side",
        ),
    ],
)
def test_issuer_places_unmarked_office(text: str, speaker: str, side: str) -> None:
    docs = [Document("t", text)]
    claims, speakers = attribute_claims(docs, None, nationality=nationality)
    sides, resolved, _ = resolve_sides(speakers, claims, docs, Profile())
    names = {s.id: s.name for s in sides}
    placed = {sp.name: names.get(sp.side or "", "") for sp in resolved}
    assert speaker in placed, placed
    if side:
        assert placed[speaker] == side
    else:
        assert placed[speaker] != "United States"

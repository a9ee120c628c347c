"""A headline's speaker written as a place and common nouns in headline case ("Chad Rebel
Group Denies ...") is a description, not a body's name: it opens no column of its own."""

from __future__ import annotations

import pytest

from attribcmp.gazetteer import entry_for_label, load_gazetteer
from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.side_words import headline_description


def _is_place(word: str) -> bool:
    return entry_for_label(word, load_gazetteer()) is not None


@pytest.mark.parametrize(
    ("phrase", "described"),
    [
        ("Chad Rebel Group", True),
        ("Mali Rebels", True),
        ("Yemen Militants", True),
        ("Somali Insurgent Group", True),
        ("Kenya Opposition", True),
        ("Rebel Group", False),  # no place: nothing says it is headline case
        ("Free Syrian Army", False),  # "Free" is part of a name
        ("Kenya Red Cross", False),
        ("Sudan Liberation Movement", False),
        ("Human Rights Watch", False),
    ],
)
def test_headline_description(phrase: str, described: bool) -> None:
    assert headline_description(phrase, _is_place) is described


def _columns(text: str) -> set[str]:
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    return {names[c.side or ""] for c in report.claims}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "Chad Rebel Group Rejects Abuse Charges\n\n"
            "Amnesty International said the fighters had burned villages.\n",
            "Chad Rebel Group",
            id="rebel-group",
        ),
        pytest.param(
            "Mali Rebels Say Army Fired First\n\n"
            "The army said the rebels had attacked a convoy near Kidal.\n",
            "Mali Rebels",
            id="rebels-say",
        ),
    ],
)
def test_headline_descriptions_open_no_column(text: str, absent: str) -> None:
    assert absent not in _columns(text)

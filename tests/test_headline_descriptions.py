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


def _columns(text: str, said: str) -> tuple[set[str], str]:
    """Every column of the report, and the column of the claim whose content holds ``said``."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    found = [c for c in report.claims if said in c.content.text]
    assert found, [c.content.text for c in report.claims]
    return {names[c.side or ""] for c in report.claims}, names[found[0].side or ""]


# The headline's claim is kept, in the column for speakers of no side: its speaker is no body.
@pytest.mark.parametrize(
    ("text", "said", "absent"),
    [
        pytest.param(
            "Chad Rebel Group Rejects Abuse Charges\n\n"
            "Amnesty International said the fighters had burned villages.\n",
            "Abuse Charges",
            "Chad Rebel Group",
            id="rebel-group",
        ),
        pytest.param(
            "Somali Insurgent Group Denies Killing Aid Workers\n\n"
            "The United Nations said four aid workers were shot near Baidoa.\n",
            "Killing Aid Workers",
            "Somali Insurgent Group",
            id="insurgent-group-denies",
        ),
    ],
)
def test_headline_descriptions_open_no_column(text: str, said: str, absent: str) -> None:
    columns, column = _columns(text, said)
    assert absent not in columns
    assert column == "Other speakers"

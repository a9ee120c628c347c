"""A day at a sentence's start ("On Saturday’s call ...") is no name: a possessive pronoun
after it ("his campaign") finds the person named before, never "On Saturday"; and an owned
speaker's name carries one possessive, never two."""

from __future__ import annotations

import pytest

from attribcmp.attribute.speakers import owned_name
from attribcmp.model import Document
from attribcmp.pipeline import attribute

# (text, the speaker name the claim must have)
CASES = [
    pytest.param(
        "Bernie Sanders spoke in Ohio.\n\nOn Saturday’s call with reporters, his campaign said "
        "the plan was fair and would pass.",
        "Bernie Sanders’s campaign",
        id="on-saturdays-call",
    ),
    pytest.param(
        "Maria Ortiz toured the port.\n\nBy Monday's deadline, her office said the fees "
        "would be cut.",
        "Maria Ortiz’s office",
        id="by-mondays-deadline",
    ),
    # not a day: a name run that only starts with a lead word stays a name
    pytest.param(
        "On Tuesday, Senator Ann Holt said the bill was dead.",
        "Ann Holt",
        id="day-then-name",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_day_is_no_name(text: str, speaker: str) -> None:
    report = attribute([Document("t", text)])
    names = {s.id: s.name for s in report.speakers}
    assert [names[c.speaker_id] for c in report.claims] == [speaker]


# (owner as written, the rest, the owned name): one possessive, never two
OWNED = [
    ("Bernie Sanders", "campaign", "Bernie Sanders’s campaign"),
    ("Gen. Ortiz's", "office", "Gen. Ortiz's office"),
    ("the workers’", "union", "the workers’ union"),
    ("Mali’s", "army", "Mali’s army"),
]


@pytest.mark.parametrize(("owner", "rest", "name"), OWNED)
def test_owned_name_has_one_possessive(owner: str, rest: str, name: str) -> None:
    assert owned_name(owner, rest) == name

"""Speakers and sides a reader would draw (speakers16): each a table of tiny made-up texts,
the shape the rule was written for beside the one it must leave alone."""

from __future__ import annotations

import pytest

from tests.side_helpers import report_of, speaker_of

# -- an opening participle with a preposition ---------------------------------------------------
# A manner participle ("Writing for", "Speaking in", "Responding to") says nothing; a participle
# whose object is what was said keeps its claim when the main clause reports too; before an act
# ("filed an appeal") the phrase only sets the scene.

# (text, cue, its content, or None when the phrase must give no claim)
PARTICIPLES = [
    ("Warning of a crackdown, Ana Ruiz said the strike would go on.\n", "Warning", "crackdown"),
    (
        "Complaining of harassment, the workers said they would strike.\n",
        "Complaining",
        "harassment",
    ),
    ("Hinting at a deal, Ana Ruiz said talks would resume.\n", "Hinting", "a deal"),
    ("Commenting on the verdict, Ana Ruiz said it was fair.\n", "Commenting", "the verdict"),
    (
        "Citing security concerns, the ministry said the border would stay closed.\n",
        "Citing",
        "security concerns",
    ),
    ("Writing for the majority, Judge Ana Ruiz said the law was void.\n", "Writing", None),
    ("Responding to the attack, the army said it had struck back.\n", "Responding", None),
    ("Reacting to the ruling, Tom Hale said he would appeal.\n", "Reacting", None),
    ("Insisting on its innocence, the company filed an appeal.\n", "Insisting", None),
    ("Appealing for help, villagers fled the town.\n", "Appealing", None),
]


@pytest.mark.parametrize(("text", "cue", "content"), PARTICIPLES)
def test_opening_participle_claims(text: str, cue: str, content: str | None) -> None:
    got = [c.content.text for c in report_of(text).claims if c.cue.text.startswith(cue)]
    if content is None:
        assert got == []
    else:
        assert any(content in g for g in got), got


# (text, said, the speaker's name): the main clause's report keeps its own speaker
MAIN_CLAUSE = [
    (
        "Citing security concerns, the ministry said the border would stay closed.\n",
        "border would stay closed",
        "the ministry",
    ),
    (
        "Writing for the majority, Judge Ana Ruiz said the law was void.\n",
        "law was void",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "said", "name"), MAIN_CLAUSE)
def test_main_clause_keeps_its_speaker(text: str, said: str, name: str) -> None:
    assert speaker_of(text, said).name == name

"""One set of subject pronouns (speaker_words.SUBJECT_PRONOUNS) for the attribute rules that
read a clause's subject (cuts.py, appositive.py), where two copies used to be kept apart."""

from __future__ import annotations

import pytest

from attribcmp.attribute import appositive, cuts
from attribcmp.attribute.speaker_words import SUBJECT_PRONOUNS


@pytest.mark.parametrize(
    ("word", "subject"),
    [
        ("he", True),
        ("they", True),
        ("it", True),
        # controls: object and possessive forms, a name, "you" (no main clause's reporter)
        ("him", False),
        ("their", False),
        ("officials", False),
        ("you", False),
    ],
)
def test_subject_pronouns(word: str, subject: bool) -> None:
    assert (word in SUBJECT_PRONOUNS) is subject


def test_rules_share_one_set() -> None:
    assert cuts._MAIN_SUBJECTS is SUBJECT_PRONOUNS
    assert appositive._PERSONAL is SUBJECT_PRONOUNS
    # the fronting cut also reads "you" as a pronoun, never as a name
    assert {"you"} | SUBJECT_PRONOUNS == cuts._PRONOUNS

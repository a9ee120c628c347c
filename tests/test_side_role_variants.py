"""A role-only description beside one named person is that person (side_roles.py
join_role_variants): "The exiled leader of X ... Ana Lopez is in Tokyo", then "The head of the
Y Congress told ..." share Ana Lopez's column. Negative row: two named people around the role,
and the role stays where it was.
"""

from __future__ import annotations

import pytest
from side_helpers import columns_by_speaker

_STORY = (
    "Activist says thousands missing\n\n"
    "The exiled leader of China's Tibetan minority has called for an independent inquiry "
    "into the unrest. Ana Lopez is in Tokyo to seek support.\n\n"
    "Ana Lopez said police fired on crowds throughout the night.\n\n"
    "The head of the World Tibetan Congress told journalists that officials never stepped "
    "in.\n\n"
    "The Beijing government said she was a criminal.\n"
)

_TWO = (
    "Activists say thousands missing\n\n"
    "Ana Lopez said police fired on crowds. Maria Ruiz said the police never stepped in.\n\n"
    "The head of the World Tibetan Congress told journalists that officials did nothing.\n\n"
    "The Beijing government said the activists were criminals.\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "side", "not_side"),
    [
        # the role right after her paragraph: her column, the one "The head" placed
        (_STORY, "Ana Lopez", "World Tibetan Congress", "Other speakers"),
        # the role before her name in its own paragraph: the same column
        (_STORY, "The exiled leader", "World Tibetan Congress", "Other speakers"),
        # negative: two named people before the role; neither is moved to its column
        (_TWO, "Ana Lopez", "Other speakers", "World Tibetan Congress"),
    ],
)
def test_role_variants(text: str, speaker: str, side: str, not_side: str) -> None:
    columns = columns_by_speaker(text)
    assert columns[speaker] == side
    assert columns[speaker] != not_side

"""A person and the firm named after him are two speakers: "Mr. Harlow" is no "Harlow Pharma".

The stories are written for these tests in the shape of business news.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import speaker_of

_FIRM = "Kestrel Foods said on Monday its recall was complete. "


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        # an honorific says the one word is a person's name: the founder, not the firm
        (
            _FIRM + '"We were treated unfairly," Mr. Kestrel told reporters on Tuesday.',
            "treated unfairly",
            "Kestrel",
        ),
        (
            _FIRM + '"The tests were clean," Ms. Kestrel said.',
            "tests were clean",
            "Kestrel",
        ),
        # with no honorific the firm's first word still stands for the firm
        (
            _FIRM + "Kestrel denied that any shop still sold the product.",
            "any shop still sold",
            "Kestrel Foods",
        ),
    ],
)
def test_namesake_person_is_not_the_firm(text: str, said: str, speaker: str) -> None:
    assert speaker_of(text, said).name == speaker

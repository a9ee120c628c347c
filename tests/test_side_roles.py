"""A person described just before his name ("his Pakistani counterpart, Imran Qadir").

The stories are written for these tests in the shape of diplomatic news.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_and_reason

_MET = (
    "Talks End With Weapons Plan\n\n"
    "Indian Foreign Minister Ravi Mehta outlined the plan at a joint news conference in Oslo, "
    "with his {description}, Imran Qadir.\n\n"
    "Pakistan said it would hand over the list within a week.\n\n"
    "Qadir said the deal did not cover the disputed border.\n"
)


@pytest.mark.parametrize(
    ("description", "column", "reason"),
    [
        (
            "Pakistani counterpart",
            "Pakistan",
            "described before his name: 'with his Pakistani counterpart, Imran Qadir'",
        ),
        # a description naming no country places no one, nor one naming a country the
        # story does not quote (no column is made for it)
        ("old counterpart", "Other speakers", "nothing names whom this speaker speaks for"),
        ("Norwegian counterpart", "Other speakers", "nothing names whom this speaker speaks for"),
    ],
)
def test_a_description_before_the_name_places_him(
    description: str, column: str, reason: str
) -> None:
    text = _MET.format(description=description)
    assert column_and_reason(text, "did not cover the disputed border") == (column, reason)

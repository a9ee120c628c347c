"""Shapes of issue 7 (polnear22): a left curly mark typed as the closing mark, a subject with
a dash-enclosed aside, one subject of two coordinated roles, a quoted show as the listener of
"told".

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # ',“ said X': a left mark glued to the quoted words' comma closes the quotation.
    pytest.param(
        "“It's unusual,“ said Larry Noble, an attorney.",
        [("Larry Noble", "said", ["“It's unusual,“"])],
        id="left-mark-closing-inverted",
    ),
    pytest.param(
        "“Do you want that?“ he asked.",
        [("he", "asked", ["“Do you want that?“"])],
        id="left-mark-closing-question",
    ),
    pytest.param(
        "He said,“We will win.”",
        [("He", "said", ["“We will win.”"])],
        id="neg-left-mark-opening-after-comma",
    ),
    # A pair of dashes around an aside between a speaker noun phrase and its cue.
    pytest.param(
        "Insiders in the next two states — Nevada and South Carolina — said the gap matters.",
        [("Insiders in the next two states", "said", ["the gap matters"])],
        id="dash-aside-after-subject",
    ),
    pytest.param(
        "Most insiders across the four states — and two-thirds of Republicans — said it was over.",
        [("Most insiders across the four states", "said", ["it was over"])],
        id="dash-aside-opening-and",
    ),
    pytest.param(
        "The cost of the plan — which voters hate — said nothing.",
        [],
        id="neg-dash-aside-no-speaker-head",
    ),
    # A determiner's phrase "and" a role of no determiner: one person under two roles.
    pytest.param(
        "The front-runner and former secretary of state said the plan would fail.",
        [("The front-runner and former secretary", "said", ["the plan would fail"])],
        id="coordinated-roles-subject",
    ),
    pytest.param(
        "He thanked the senator and former governor said the plan would fail.",
        [("He", "thanked", ["the senator and former governor said the plan would fail"])],
        id="neg-coordinated-roles-object",
    ),
    # '"A," X told "Fox and Friends"': the quoted show is the listener, not what was said.
    pytest.param(
        '"We will win," Trump told "Fox and Friends" on Monday.',
        [("Trump", "told", ['"We will win,"'])],
        id="told-quoted-show",
    ),
    pytest.param(
        '"We will win," Fiorina told "Fox and Friends," reminding the hosts of it.',
        [("Fiorina", "told", ['"We will win,"'])],
        id="told-quoted-show-comma-inside",
    ),
    pytest.param(
        'Trump told reporters "We will win big."',
        [("Trump", "told", ['"We will win big."'])],
        id="neg-told-listener-then-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stray_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

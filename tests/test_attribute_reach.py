"""Recall shapes of issue 7 found by tallying PolNeAR train misses: a second speaker's clause
after "while only ...", "points out" in every form, a parenthetical belief, a two-word aside
between cue and content, "referring to" and "talking about", and poll findings ("Trump leads
in the polls", "In a Des Moines Register poll released Sunday, ...").

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A focus word before the second subject still opens another speaker's clause.
    pytest.param(
        "A full 79 percent of Democrats say they would be satisfied with Clinton, while only "
        "49 percent of Republicans say the same of Trump.",
        [
            ("A full 79 percent of Democrats", "say", ["they would be satisfied with Clinton"]),
            ("49 percent of Republicans", "say", ["the same of Trump"]),
        ],
        id="while-only-second-speaker",
    ),
    pytest.param(
        "Most Democrats say they would be satisfied with Clinton, while only a few would vote "
        "for him.",
        [
            (
                "Most Democrats",
                "say",
                ["they would be satisfied with Clinton, while only a few would vote for him"],
            )
        ],
        id="neg-while-only-without-a-cue",
    ),
    # "points out" reports as "pointed out" does, and a coordinated one starts its own claim.
    pytest.param(
        "The campaign denies any wrongdoing and points out that Sanders signed the same agreement.",
        [
            ("The campaign", "denies", ["any wrongdoing"]),
            ("The campaign", "points out", ["that Sanders signed the same agreement"]),
        ],
        id="points-out-second-report",
    ),
    pytest.param(
        "The campaign denies any wrongdoing and points to its record.",
        [("The campaign", "denies", ["any wrongdoing and points to its record"])],
        id="neg-points-to-is-no-phrase",
    ),
    # "referring to" and "talking about" name what a speaker spoke of.
    pytest.param(
        "Trump was referring to his rival.",
        [("Trump", "referring to", ["his rival"])],
        id="referring-to",
    ),
    pytest.param(
        "The case was referred to the state court.",
        [],
        id="neg-passive-referred-to",
    ),
    pytest.param(
        "She is talking about her plan to cut taxes.",
        [("She", "talking about", ["her plan to cut taxes"])],
        id="talking-about",
    ),
    pytest.param(
        "The plan was talked about for years.",
        [],
        id="neg-passive-talked-about",
    ),
    # A belief verb set off by commas inside its clause: the clause around it is believed.
    pytest.param(
        "Such efforts, they believe, will render the long-term play moot.",
        [("they", "believe", ["Such efforts", "will render the long-term play moot"])],
        id="parenthetical-belief",
    ),
    pytest.param(
        "They believe such efforts will render the long-term play moot.",
        [("They", "believe", ["such efforts will render the long-term play moot"])],
        id="neg-plain-belief",
    ),
    # "for example" between the cue and its that-clause is an aside, not content.
    pytest.param(
        "Clinton testified, for example, that she never sent classified emails.",
        [("Clinton", "testified", ["that she never sent classified emails"])],
        id="two-word-aside",
    ),
    # A poll reports the finding beside it, before or after it.
    pytest.param(
        "Trump has a decisive lead in the polls ahead of the state's April 19 primary.",
        [("the polls", "in", ["Trump has a decisive lead"])],
        id="poll-after-finding",
    ),
    pytest.param(
        "Clinton stays well ahead of Sanders in the latest poll.",
        [("the latest poll", "in", ["Clinton stays well ahead of Sanders"])],
        id="poll-standing-finding",
    ),
    pytest.param(
        "He will head to New Hampshire, where he has had a big lead in the most recent polls.",
        [("the most recent polls", "in", ["he has had a big lead"])],
        id="poll-finding-in-where-clause",
    ),
    pytest.param(
        "In a Des Moines Register poll released Sunday, 42 percent of likely voters backed Cruz.",
        [
            (
                "a Des Moines Register poll released",
                "In",
                ["42 percent of likely voters backed Cruz"],
            )
        ],
        id="poll-named-before-finding",
    ),
    pytest.param(
        "Cruz opened ten offices in Florida to take advantage of the polls.",
        [],
        id="neg-in-a-place-not-a-poll",
    ),
    pytest.param(
        "His standing in the polls has suffered.",
        [],
        id="neg-standing-is-no-finding",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reach_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

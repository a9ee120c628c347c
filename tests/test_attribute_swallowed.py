"""One found claim must not swallow a second attribution inside its content (issue 7).

On PolNeAR train about 740 missed attributions overlapped a claim the tool did find: the first
content ran on over another speaker's report. These are the shapes fixed here, in made-up
wording; each positive has a negative beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # "A and others have said B": a lower-case contrast subject opens the second group's report.
    pytest.param(
        "Many senior Republicans have said they will skip the convention and others have said "
        "they do not want to speak.",
        [
            ("Many senior Republicans", "said", ["they will skip the convention"]),
            ("others", "said", ["they do not want to speak"]),
        ],
        id="and-others-said",
    ),
    pytest.param(
        "The mayor said the tax would pass and some said that was a mistake.",
        [
            ("The mayor", "said", ["the tax would pass"]),
            ("some", "said", ["that was a mistake"]),
        ],
        id="and-some-said",
    ),
    pytest.param(
        "The mayor said the plan would help workers and farmers said nothing.",
        [("The mayor", "said", ["the plan would help workers and farmers said nothing"])],
        id="neg-plain-plural-not-in-table",
    ),
    # "42% say A, 32% say B": a poll's next share after a comma is a new group of respondents.
    pytest.param(
        "Forty percent say they are liberal, 32 percent say they are conservative.",
        [
            ("32 percent", "say", ["they are conservative"]),
            ("Forty percent", "say", ["they are liberal"]),
        ],
        id="comma-poll-share",
    ),
    pytest.param(
        "The plan, the mayor says, would cut the deficit.",
        [("the mayor", "says", ["The plan", "would cut the deficit"])],
        id="neg-comma-aside-named",
    ),
    # 'narration: “Q,” X said. “R.”': the quotation after a colon is X's, not the narration's.
    pytest.param(
        "The analyst spoke about the casino: “Once the winds blow, it will fail,” Roffman "
        "predicted. “The market is gone.”",
        [
            (
                "Roffman",
                "predicted",
                ["“Once the winds blow, it will fail,”", "“The market is gone.”"],
            ),
            ("The analyst", "spoke about", ["the casino"]),
        ],
        id="colon-quote-then-speaker",
    ),
    pytest.param(
        "Trump had one message: “We will win,” he said.",
        [("he", "said", ["“We will win,”"])],
        id="colon-quote-own-speaker",
    ),
    pytest.param(
        "“We will win,” Trump said.",
        [("Trump", "said", ["“We will win,”"])],
        id="neg-quote-without-colon",
    ),
    # ", while emphasizing C2", ", recently telling X C2": a link word or an adverb before a
    # chaining participle still opens the speaker's second report.
    pytest.param(
        "Most Senate Republicans have said they would back the nominee, while emphasizing it is "
        "not an endorsement.",
        [
            ("Most Senate Republicans", "said", ["they would back the nominee"]),
            ("Most Senate Republicans", "emphasizing", ["it is not an endorsement"]),
        ],
        id="while-chaining-participle",
    ),
    pytest.param(
        "The governor has voiced frustration about the debate, recently telling a friend that "
        "she is puzzled.",
        [
            ("The governor", "voiced", ["the debate"]),
            ("The governor", "telling", ["a friend that she is puzzled"]),
        ],
        id="adverb-chaining-participle",
    ),
    pytest.param(
        "“The budget is balanced,” the mayor said, also noting that taxes would not rise.",
        [
            ("the mayor", "said", ["“The budget is balanced,”"]),
            ("the mayor", "noting", ["that taxes would not rise"]),
        ],
        id="quote-then-also-chaining",
    ),
    pytest.param(
        "The mayor said the budget was balanced — adding that taxes would not rise.",
        [
            ("The mayor", "said", ["the budget was balanced"]),
            ("The mayor", "adding", ["that taxes would not rise"]),
        ],
        id="dash-chaining",
    ),
    pytest.param(
        "The mayor said the budget - the largest in years - was balanced.",
        [("The mayor", "said", ["the budget - the largest in years - was balanced"])],
        id="neg-dash-aside-without-participle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_swallowed_report_is_split(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

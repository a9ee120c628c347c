"""Quotation shapes PolNeAR train showed missed: the setting after "“...,” X said" taken for
the content. Made-up wording in the shape of real stories; negatives beside the positives."""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A long setting after the cue, with a "that" deep inside it: the quotation is the content.
    pytest.param(
        "“That is a real concern,” Ann Ruiz told a radio station on Monday when asked about "
        "fears that voters would stay home.",
        [("Ann Ruiz", "told", ["“That is a real concern,”"])],
        id="quote-then-long-setting-with-that",
    ),
    pytest.param(
        "“She just made it up,” he said of the claim during a call to a Sunday talk show.",
        [("he", "said", ["“She just made it up,”"])],
        id="quote-then-said-of-during",
    ),
    # After a comma, a setting that is no quotation is not a second part of what was said.
    pytest.param(
        "“I do not think it works for him,” Ruiz said, just prior to the announcement on Friday "
        "that the senator would run.",
        [("Ruiz", "said", ["“I do not think it works for him,”"])],
        id="quote-comma-setting-not-a-part",
    ),
    # A quotation resuming after a participle aside is the second part of what was said.
    pytest.param(
        "“That would be good,” the president said, looking toward the allied delegations, "
        "“but we have not yet verified that.”",
        [
            (
                "the president",
                "said",
                ["“That would be good,”", "“but we have not yet verified that.”"],
            )
        ],
        id="quote-resumes-after-participle-aside",
    ),
    pytest.param(
        "“Okay,” I said, attempting to regroup, and Ann replied, “Fine.”",
        [("I", "said", ["“Okay,”"]), ("Ann", "replied", ["“Fine.”"])],
        id="neg-aside-with-a-speaker-of-its-own",
    ),
    # Negatives: the quotation resumes; a participle chains a second claim; a report opens
    # right after the cue; reported speech around its cue keeps both parts.
    pytest.param(
        "“We will appeal,” Omar Tariq said, “and we will win.”",
        [("Omar Tariq", "said", ["“We will appeal,”", "“and we will win.”"])],
        id="neg-quote-resumes",
    ),
    pytest.param(
        "“We will appeal,” Omar Tariq said, adding that the ruling was unjust.",
        [
            ("Omar Tariq", "said", ["“We will appeal,”"]),
            ("Omar Tariq", "adding", ["that the ruling was unjust"]),
        ],
        id="neg-adding-chains",
    ),
    pytest.param(
        "“We will appeal,” Omar Tariq said Friday that the ruling was unjust.",
        [("Omar Tariq", "said", ["that the ruling was unjust"])],
        id="neg-report-opens-after-cue",
    ),
    pytest.param(
        "The ruling was unjust, Omar Tariq said, and the court had ignored the evidence.",
        [
            (
                "Omar Tariq",
                "said",
                ["The ruling was unjust", "and the court had ignored the evidence"],
            )
        ],
        id="neg-reported-speech-around-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

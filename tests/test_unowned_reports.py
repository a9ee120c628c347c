"""Plural reports no one owns (attribute/nominal.py, unowned_frames): "address reports that
...", "amid claims the ...", "other reports from <place> that ...". Dispute stories set one
side's account against such unnamed sourcing (issue 6/7: four dev stories lost a gold link
because the report was never a claim). Sentences are made up in the shape of the real ones;
each negative stands beside the positive it must not be confused with.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "Union leaders will meet the press on Friday to answer reports that they took money "
        "from the ministry to call off the strike.",
        [("reports", "reports", ["that they took money from the ministry to call off the strike"])],
        id="reports-that-after-a-verb",
    ),
    pytest.param(
        "Health workers in the province have long opposed the campaign, amid claims the drops "
        "cause infertility.",
        [("claims", "claims", ["the drops cause infertility"])],
        id="amid-claims-without-that",
    ),
    pytest.param(
        "The trial turned on charges that the mayor diverted $2 million in relief funds.",
        [("charges", "charges", ["that the mayor diverted $2 million in relief funds"])],
        id="charges-that",
    ),
    pytest.param(
        "The monitors could not confirm, however, other reports from Bamako that six people "
        "were shot.",
        [("other reports", "reports", ["that six people were shot"])],
        id="other-reports-from-a-place-inside-another-report",
    ),
    # Negatives: a relative clause, an owned or earlier report, a bare clause without "amid".
    pytest.param("She faces charges that she denies.", [], id="neg-short-relative"),
    pytest.param(
        "He dismissed the charges that were filed last week.",
        [("He", "dismissed", ["the charges that were filed last week"])],
        id="neg-definite-charges-are-the-verbs-content",
    ),
    pytest.param(
        "The clinics stopped the campaign over rumors the drops cause infertility.",
        [],
        id="neg-bare-clause-needs-amid",
    ),
    pytest.param(
        "Reports that the dam had burst spread quickly.",
        [],
        id="neg-sentence-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unowned_reports(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

"""A denial in the lead answers the account told after it (lead_denials.py). The articles are
made up, in the shape of wire reports that open with the rebuttal and tell the charges after."""

from __future__ import annotations

import pytest

from attribcmp import pipeline
from attribcmp.lead_denials import names_statement
from attribcmp.model import Document

_ACCOUNT = (
    "The Bordurian Justice Department said a naval engineer passed classified designs to an "
    "Atlantean diplomat.\n\n"
    "The department said a second engineer sold radar secrets to a trading company.\n"
)


def _after_links(lead: str) -> set[tuple[str, str]]:
    """(denial words, answered words) of each link made for a denial told before them."""
    text = f"Atlantis Rejects Borduria's Case\n\n{lead}\n\n{_ACCOUNT}"
    report = pipeline.report([Document("d", text)])
    said = {c.id: c.content.text for c in report.claims}
    return {
        (said[link.a], said[link.b])
        for link in report.links
        if any("told after the denial" in r for r in link.reasons)
    }


@pytest.mark.parametrize(
    ("lead", "answered"),
    [
        # the lead rejects a statement ("the allegations"): the charges after it are answered
        ('Atlantis on Tuesday called the allegations "groundless."', 2),
        ("Atlantis on Tuesday dismissed the report as fabricated.", 2),
        # the lead tells the account first: by_denials answers it, nothing looks ahead
        ("The Bordurian Justice Department said Atlantean agents stole the designs, and "
         'Atlantis called the allegations "groundless."', 0),
        # the lead denies "the incident", all it says: the account of it after is answered
        ("Atlantis on Tuesday denied the incident.", 2),
        # ... but an event named with its particulars is a point of its own
        ("Atlantis on Tuesday denied that its engineers ever visited the naval yard.", 0),
        # a lead that names no statement it rejects does not reach ahead
        ("Atlantis on Tuesday said it was withdrawing its envoy.", 0),
    ],
)  # fmt: skip
def test_a_lead_denial_answers_the_account_after_it(lead: str, answered: int) -> None:
    links = _after_links(lead)
    assert len(links) == answered
    for _denial, target in links:
        assert "engineer" in target


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ('the allegations "groundless"', True),
        ("this entire report", True),
        ("the figures as inflated", True),
        ("that it is withdrawing some troops", False),
        ("it has never spied on its neighbours", False),
    ],
)  # fmt: skip
def test_names_statement(text: str, statement: bool) -> None:
    assert names_statement(text) is statement

"""User-facing review fixes (pair, hedges, compare acts/topics, links, headlines), table-driven;
each table has a case that must NOT change."""

from __future__ import annotations

import functools

import pytest

from attribcmp.render import html as html_render

# --- HTML: a claim pair in a ground links to the anchors of both claims, parts included -------

KNOWN = {"c1": 1, "c7.1": 1, "c7.2": 1, "c9": 1, "c13": 1}
CLAIM_REFS = [
    ("(c1–c9)", '(<a href="#claim-c1">c1</a>–<a href="#claim-c9">c9</a>)'),
    ("(c1–c7.1)", '(<a href="#claim-c1">c1</a>–<a href="#claim-c7.1">c7.1</a>)'),
    ("(c7.2–c13)", '(<a href="#claim-c7.2">c7.2</a>–<a href="#claim-c13">c13</a>)'),
    # negative: an id with no anchor on the page stays plain text, never a dead link
    ("(c1–c7)", '(<a href="#claim-c1">c1</a>–c7)'),
    # negative: no pair, no link
    ("in c1 alone", "in c1 alone"),
]


@pytest.mark.parametrize(("note", "expected"), CLAIM_REFS)
def test_claim_pairs_link_to_existing_anchors(note: str, expected: str) -> None:
    link = functools.partial(html_render._claim_link, KNOWN)
    assert html_render._CLAIM_REF.sub(link, note) == expected

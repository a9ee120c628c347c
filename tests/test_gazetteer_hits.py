"""find_hits skips the gazetteer scans for texts none of whose words opens an entry, and looks
an ASCII text's words up instead of compiling the words pattern: the hits must be the ones the
full scans give, whatever the text's case, script or punctuation."""

from __future__ import annotations

import dataclasses

import pytest

from attribcmp.gazetteer import _leads, find_hits, load_gazetteer

PHRASES = [
    "James Smith",  # no entry: both scans skipped
    "he",
    "the U.S. envoy to Pakistan",  # abbreviation and word
    "US-led coalition",
    "a Washington-based analyst",
    "NEW DELHI officials",  # case folded on an ASCII text
    "new   delhi",  # white space inside an entry
    "Türkiye's foreign ministry",  # non-ASCII entry on a non-ASCII text
    "TÜRKIYE",
    "\u017fyria",  # long s: re.IGNORECASE reads it as "s", lower() does not (always scanned)
    "Côte d'Ivoire's army",
    "the EU and ASEAN",
    "eu",  # abbreviations keep their case
    "Pakistani-backed militants",
    "al-Shabaab fighters",
    "South Sudan's army and the south Sudanese",  # longest entry first, then the shorter
    "SOUTH  KOREAN and North Korean envoys",
    "the United Arab Emirates and the United States",
    "Islamic State fighters in Gaza City",
    "Pakistan,Afghanistan;India",  # words touching punctuation
    "Pakistanis' Indian-born",
    "",
]


@pytest.mark.parametrize("text", PHRASES)
def test_hits_equal_full_scan(text: str) -> None:
    gazetteer = load_gazetteer()
    full = dataclasses.replace(gazetteer, word_leads=None, abbrev_leads=None)
    assert find_hits(text, gazetteer) == find_hits(text, full)


@pytest.mark.parametrize(
    ("terms", "fold", "expected"),
    [
        (["new delhi", "oman", "u.s."], True, frozenset({"new", "oman", "u"})),
        (["U.S.", "EU"], False, frozenset({"U", "EU"})),
        (["'t hooft"], True, None),  # opens with no word character: scan every text
        (["\u017fyria"], True, None),  # a letter IGNORECASE matches to an ASCII one
        (["élysée"], True, frozenset({"élysée"})),
    ],
)
def test_leads(terms: list[str], fold: bool, expected: frozenset[str] | None) -> None:
    assert _leads(terms, fold) == expected

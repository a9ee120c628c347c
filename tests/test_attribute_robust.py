"""Attribution never raises, whatever the text: property tests over news-like fragments."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document, Profile
from attribcmp.pipeline import report
from attribcmp.sides import nationality

# Pieces that exercise the rules: names with titles and initials, cues, pronouns, quotation
# marks of every kind, appositions, datelines, semicolons, dashes and stray punctuation.
FRAGMENTS = [
    "said",
    "says",
    "told reporters",
    "according to",
    "added",
    "denied",
    "claimed",
    "urged",
    "he",
    "she",
    "it",
    "they",
    "who",
    "the official",
    "officials",
    "a source",
    "diplomatic sources",
    "Gen.",
    "J.",
    "Lloyd",
    "Austin",
    "U.S.",
    "Pakistan",
    "Pakistani",
    "the ministry",
    "Ministry",
    "The Department of",
    "Security",
    "spokeswoman",
    "Its chief executive,",
    "Maria Zakharova,",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "''",
    ",",
    ".",
    ";",
    ":",
    "\u2015",
    "\u2014",
    "--",
    "(",
    ")",
    "?",
    "!",
    "\n",
    "\n\n",
    "KYIV, Oct 12 (Reuters) -",
    "that",
    "the",
    "a",
    "talks",
    "15 militants",
    "22 civilians",
    "both sides",
    "adding that",
    "did not",
    "respond",
    "whether",
    "of",
    "from",
    "by",
    "in a statement",
    "on Tuesday",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60))
def test_attribution_never_raises_and_keeps_offsets(pieces: list[str]) -> None:
    text = " ".join(pieces)
    claims, speakers = attribute_claims([Document("d", text)], Profile(), nationality=nationality)
    ids = {s.id for s in speakers}
    for claim in claims:
        assert claim.speaker_id in ids
        assert text[claim.content.start : claim.content.end] == claim.content.text
        for start, end in claim.parts:
            assert 0 <= start <= end <= len(text)
        if claim.mention is not None:
            assert text[claim.mention.start : claim.mention.end] == claim.mention.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_goes_through_the_whole_report(text: str) -> None:
    report([Document("d", text)])

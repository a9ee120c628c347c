"""attribute/quotes.py: pairing quotation marks, leaving apostrophes, chains across paragraphs."""

from __future__ import annotations

import tracemalloc

import pytest

from attribcmp.attribute.quotes import Quote, QuoteIndex, find_quotes, iter_quotes
from attribcmp.segment import ParagraphStream, split_paragraphs


def _quotes(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we won" today.', ['"we won"']),
        ("He said “we won” today.", ["“we won”"]),
        ("He said 'we won' today.", ["'we won'"]),
        ("He said ‘we won’ today.", ["‘we won’"]),
        ("Il a dit «nous avons gagné» hier.", ["«nous avons gagné»"]),
        ("Il a dit « nous avons gagné » hier.", ["« nous avons gagné »"]),
        ("Han sagde »vi vandt« i går.", ["»vi vandt«"]),
        ("Er sagte „wir haben gewonnen“ gestern.", ["„wir haben gewonnen“"]),
        ("Il a dit ‹oui› hier.", ["‹oui›"]),
        ("He said ''we won'' today.", ["''we won''"]),
        ("“One” and “two” and 'three'.", ["“One”", "“two”", "'three'"]),
        # Single marks inside a double quotation are part of it, not quotations of their own.
        ("“He called it ‘a deal’ today.”", ["“He called it ‘a deal’ today.”"]),
        ("He said “it’s the Army’s role” today.", ["“it’s the Army’s role”"]),
        ("He said 'it's fine' today.", ["'it's fine'"]),
        # Apostrophes are not quotation marks.
        ("It's the Army's role and the boys' toys.", []),
        ("It’s the Army’s role.", []),
        ("The '90s were good, the ’90s too.", []),
        ("They met in the Joneses' house and the Smiths' garden.", []),
        # Unbalanced marks are ignored.
        ('He said "we won today.', []),
        ("He said “we won today.", []),
        ("He said 'we won today.", []),
        ("He said we won” today.", []),
        ("x ''' y", []),
        # A second opening mark before any close: the first one was stray.
        ("He said “a “b” c.", ["“b”"]),
        ('He said "a “b” c.', ["“b”"]),
        # Inch marks after a digit open nothing.
        ('He is 5\'10" tall and said "yes".', ['"yes"']),
        # British style: single marks open each paragraph of a quotation, one closes it; an
        # apostrophe inside is no close.
        (
            "He said:\n\n‘We acted at once on the Government’s advice.\n\n‘We were right.’",
            ["‘We acted at once on the Government’s advice.", "‘We were right.’"],
        ),
        # A single mark opening a paragraph that is never closed is no quotation.
        ("‘We acted at once.\n\nThe talks went on.", []),
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


def test_quote_inner_drops_the_marks() -> None:
    text = "He said “we won” today."
    (quote,) = find_quotes(text, split_paragraphs(text))
    start, end = quote.inner
    assert text[start:end] == "we won"
    assert (quote.paragraph, quote.closed) == (0, True)


def test_multi_paragraph_quote_is_one_chain() -> None:
    text = (
        "“We will rebuild the bridges,” the minister said.\n"
        "“The first paragraph of a long quote stays open\n"
        "“and the second one too\n"
        "“until the last one closes.”\n"
        "Another paragraph with “its own” quotation."
    )
    quotes = find_quotes(text, split_paragraphs(text))
    assert [(text[q.start : q.end], q.paragraph, q.closed) for q in quotes] == [
        ("“We will rebuild the bridges,”", 0, True),
        ("“The first paragraph of a long quote stays open", 1, False),
        ("“and the second one too", 2, False),
        ("“until the last one closes.”", 3, True),
        ("“its own”", 4, True),
    ]
    chains = [q.chain for q in quotes]
    assert chains[1] == chains[2] == chains[3]
    assert len({chains[0], chains[1], chains[4]}) == 3


@pytest.mark.parametrize(
    "text",
    [
        # The next paragraph does not open with a mark: the open quote never closed.
        "“An open quote\nThen plain text.\nMore “closed” text.",
        # The chain is still open at the end of the document.
        "“An open quote\n“that never closes",
        # Furniture between pieces breaks the chain.
        "“An open quote\nRelated Articles\n“closed” text.",
    ],
)
def test_broken_chains_are_dropped(text: str) -> None:
    quotes = find_quotes(text, split_paragraphs(text))
    assert all(q.closed for q in quotes)
    assert all(not text[q.start : q.end].startswith("“An open") for q in quotes)


def test_furniture_paragraphs_hold_no_quotes() -> None:
    text = "He said “yes.”\nPhoto courtesy “Daily Times”\nShe said “no.”"
    assert _quotes(text) == ["“yes.”", "“no.”"]


@pytest.mark.parametrize(
    ("mark", "pairs"),
    [
        ('"', 50_000),
        ("“", 0),
        ("”", 0),
        ("'", 0),
        ("„", 0),
        ("«»", 50_000),
        ("'a ", 0),
        ("''a", 16_667),
        ("“a ", 0),
    ],
)
def test_long_runs_of_marks_finish(mark: str, pairs: int) -> None:
    # One pass per paragraph: 100,000 marks must not go quadratic (no timing assertion here;
    # a quadratic pairing would make this test run for minutes).
    text = (mark * 100_000)[:100_000]
    quotes = find_quotes(text, split_paragraphs(text))
    assert len(quotes) == pairs
    assert all(isinstance(q, Quote) and 0 <= q.start < q.end <= len(text) for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "He said “yes” and ‘no’.\n\n“Fine,” she said.",
        # The chain opened in the first paragraph closes after the second paragraph's own
        # quotation: its pieces come out of order and the index sorts them.
        "“The first part goes on\n\n“ “aside” tail\n\n“and ends here,” he said.",
        "“One piece\n\n“two pieces\n\n“three,” she said. “Next.”",
    ],
)
def test_quote_index_from_the_stream_equals_the_sorted_quotes(text: str) -> None:
    paragraphs = ParagraphStream(text)
    quotes = find_quotes(text, paragraphs)
    index = QuoteIndex(iter_quotes(text, paragraphs))
    assert [index._quote(k) for k in range(len(index))] == list(quotes)
    assert list(index.starts) == sorted(index.starts)
    for q in quotes:
        assert index.chain_after(q) == [
            p for p in quotes if p.chain == q.chain and p.start > q.start
        ]


def test_quote_index_holds_integers_not_quote_objects() -> None:
    # 16 MB of quote marks holds millions of quotations: the index is built from the stream
    # without a list of Quote objects (some 100 bytes each) ever existing.
    text = "“a” " * 50_000
    paragraphs = ParagraphStream(text)
    tracemalloc.start()
    try:
        index = QuoteIndex(iter_quotes(text, paragraphs))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(index) == 50_000
    assert peak / len(index) < 40

"""segment.py: paragraphs, page furniture and sentence boundaries, offsets kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attribcmp.attribute.quotes import find_quotes
from attribcmp.model import Document, Sentence
from attribcmp.segment import mask_markup, segment_sentences, split_paragraphs

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_8dfa90e2cd21d513.txt"
FOUNDING = Path(__file__).resolve().parents[1] / "samples" / "founding" / "article.txt"


def _sentences(text: str, *, protect_quotes: bool = False) -> list[str]:
    paragraphs = split_paragraphs(text)
    protected = [(q.start, q.end) for q in find_quotes(text, paragraphs)] if protect_quotes else []
    return [s.text for s in segment_sentences(Document("d", text), protected, paragraphs)]


def _founding_text() -> str:
    for path in (FOUNDING, SEED):
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("founding article not found")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Bajwa met him. He left.", ["Gen. Bajwa met him.", "He left."]),
        ("U.S. officials said so. They left.", ["U.S. officials said so.", "They left."]),
        ("He met U.S. officials on Monday.", ["He met U.S. officials on Monday."]),
        # "U.S." ends the sentence when a usual sentence opener follows.
        ("It was in the U.S. The talks ended.", ["It was in the U.S.", "The talks ended."]),
        ("Lloyd J. Austin spoke. He left.", ["Lloyd J. Austin spoke.", "He left."]),
        ("Mr. Smith went. Dr. Jones came.", ["Mr. Smith went.", "Dr. Jones came."]),
        ("Item No. 5 was sold.", ["Item No. 5 was sold."]),
        # A case name's "v." is no sentence end; a numeral "v." before an opener is.
        ("They cited Smith v. Jones in court.", ["They cited Smith v. Jones in court."]),
        ("It was item v. The rest was lost.", ["It was item v.", "The rest was lost."]),
        ("He said no. Then he left.", ["He said no.", "Then he left."]),
        ("He left at 5 p.m. on Monday.", ["He left at 5 p.m. on Monday."]),
        ("He left at 5 p.m. The talks ended.", ["He left at 5 p.m.", "The talks ended."]),
        ("Growth was 3.5 percent. It fell.", ["Growth was 3.5 percent.", "It fell."]),
        ("Wait! Really? Yes.", ["Wait!", "Really?", "Yes."]),
        ("It ended… Then it began.", ["It ended…", "Then it began."]),
        ("He said “we won.” They cheered.", ["He said “we won.”", "They cheered."]),
        # A lower-case continuation is not a new sentence.
        ("The so-called “deal.” was signed.", ["The so-called “deal.” was signed."]),
        # A dash credit belongs to the quotation before it.
        ("“We won.” ― Jane Doe. Next.", ["“We won.” ― Jane Doe.", "Next."]),
        # Every line is its own paragraph, so a sentence never crosses a line break.
        ("First line without stop\nSecond line.", ["First line without stop", "Second line."]),
        ("  padded.  \n\n\n  Also padded.  ", ["padded.", "Also padded."]),
        ("", []),
        ("   \n \n", []),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "protected", "unprotected"),
    [
        (
            'He said "One. Two. Three." Then he left.',
            ['He said "One. Two. Three."', "Then he left."],
            ['He said "One.', "Two.", 'Three."', "Then he left."],
        ),
        (
            "“We met. We agreed. We left,” the minister said. Next.",
            ["“We met. We agreed. We left,” the minister said.", "Next."],
            ["“We met.", "We agreed.", "We left,” the minister said.", "Next."],
        ),
        # An unclosed quotation protects nothing: the marks are ignored.
        (
            "He said “One. Two. Then he left.",
            ["He said “One.", "Two.", "Then he left."],
            ["He said “One.", "Two.", "Then he left."],
        ),
    ],
)
def test_quotations_stay_one_sentence_when_protected(
    text: str, protected: list[str], unprotected: list[str]
) -> None:
    assert _sentences(text, protect_quotes=True) == protected
    assert _sentences(text) == unprotected


def test_open_piece_of_a_multi_paragraph_quote_is_one_sentence() -> None:
    text = "“First part. Still first.\n“Second part. Still second.” He said."
    assert _sentences(text, protect_quotes=True) == [
        "“First part. Still first.",
        "“Second part. Still second.”",
        "He said.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "by Staff Report",
        "By Jane Doe and John Roe",
        "By REUTERS",
        "Photo courtesy Lloyd J. Austin’s Twitter",
        "(Photo courtesy of ISPR)",
        "Photo: Reuters",
        "File photo",
        "Image via Twitter",
        "Soldiers patrol the area. (Courtesy of ISPR)",
        "Soldiers patrol the area. Photo courtesy ISPR",
        "Related Articles",
        "Related:",
        "Leave a Comment",
        "Leave a reply",
        "Share this article",
        "Read more: Army chief visits Washington",
        "Follow us on Twitter",
        "Advertisement",
        "Copyright 2022 Daily Times",
        "© 2022 Daily Times. All rights reserved.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Home Latest News COAS, U.S. Defense Secretary Discuss ‘Longstanding’ Defense Partnership",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    # Placed after a real paragraph, so a rule that only works on the first line fails here.
    text = f"Officials said the talks went well.\n{line}\nHe said so."
    paragraphs = split_paragraphs(text)
    assert [p.furniture for p in paragraphs] == [False, True, False]
    assert _sentences(text) == ["Officials said the talks went well.", "He said so."]


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday the toll had risen to 40, officials said.",
        "By then it was over, he said.",
        "Video footage showed soldiers firing, the witness said.",
        "Pictures of the raid were shared widely, he said.",
        "The aid came courtesy of the U.S., officials said.",
        "Subscribers said the price rose.",
        "Copyright holders objected, the minister said.",
        "Comments made by the minister drew anger.",
        "Print media was barred, the ministry said.",
        "Related talks will follow, the minister said.",
        "Home Secretary Priti Patel said the rules would change.",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    text = f"Officials said the talks went well.\n{line}"
    assert [p.furniture for p in split_paragraphs(text)] == [False, False]
    assert _sentences(text)[1] == line


def test_paragraphs_strip_crlf_and_keep_offsets() -> None:
    text = "\ufeffFirst para.\r\n\r\n  Second para.\r\n"
    paragraphs = split_paragraphs(text)
    assert [text[p.start : p.end] for p in paragraphs] == ["\ufeffFirst para.", "Second para."]
    assert [p.index for p in paragraphs] == [0, 1]


def test_sentences_carry_document_paragraph_and_index() -> None:
    text = "One. Two.\nThree."
    sentences = segment_sentences(Document("doc-7", text))
    assert sentences == (
        Sentence("doc-7", 0, 0, 0, 4, "One."),
        Sentence("doc-7", 1, 0, 5, 9, "Two."),
        Sentence("doc-7", 2, 1, 10, 16, "Three."),
    )


def test_founding_article_sentences() -> None:
    text = _founding_text()
    sentences = _sentences(text, protect_quotes=True)
    joined = "\n".join(sentences)
    for furniture in ("Staff Report", "Photo courtesy", "Related Articles", "Leave a Comment"):
        assert furniture not in joined
    assert "Home Latest News" not in joined
    # Abbreviations and initials do not split sentences.
    assert any(
        s.startswith("Talks between U.S. Defense Secretary Lloyd J. Austin") for s in sentences
    )
    assert any(
        s.startswith("Gen. Bajwa concluded his official visit to the U.S. on") for s in sentences
    )
    assert sentences[-1].endswith("at the end of November.")


def _check_offsets(text: str, sentences: tuple[Sentence, ...]) -> None:
    previous_end = 0
    for i, sentence in enumerate(sentences):
        assert sentence.index == i
        assert 0 <= previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        previous_end = sentence.end


_ALPHABET = st.sampled_from(
    list("abcXYZ .!?…\n\r\t\"'“”‘’«»()-―,:;0123456789")
    + ["U.S.", "Gen. ", "J. ", "p.m. ", "No. ", " He ", " the ", "\u2028", "\x85", "é"]
)
_TEXT = st.lists(_ALPHABET, max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_sentence_offsets_property(text: str) -> None:
    paragraphs = split_paragraphs(text)
    protected = [(q.start, q.end) for q in find_quotes(text, paragraphs)]
    doc = Document("d", text)
    _check_offsets(text, segment_sentences(doc, protected, paragraphs))
    _check_offsets(text, segment_sentences(doc))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_sentence_offsets_property_any_unicode(text: str) -> None:
    doc = Document("d", text)
    paragraphs = split_paragraphs(text)
    protected = [(q.start, q.end) for q in find_quotes(text, paragraphs)]
    _check_offsets(text, segment_sentences(doc, protected, paragraphs))


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("# Title here", "  Title here"),
        ("> “Quoted,” she said.", "  “Quoted,” she said."),
        ("- a bullet", "  a bullet"),
        ("The **Energy Ministry** said", "The   Energy Ministry   said"),
        ("a [statement](https://x.org/s) posted", "a  statement" + " " * 19 + "posted"),
        ("<p>He said <b>no</b>.</p>", "   He said    no    .    "),
        ("plain text, no markup at all", "plain text, no markup at all"),
        ("3 * 4 = 12 and #MeToo", "3 * 4 = 12 and #MeToo"),
    ],
)
def test_mask_markup_keeps_length_and_offsets(text: str, masked: str) -> None:
    out = mask_markup(text)
    assert out == masked
    assert len(out) == len(text)

"""Statement blocks after a colon lead-in (attribute/lead_in.py). Texts written for the tests
in the shape of government readouts and press statements."""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, content, rule head) for each claim; offsets checked against the text."""
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    out = []
    for c in claims:
        assert text[c.content.start : c.content.end] == c.content.text
        if c.cue is not None:
            assert text[c.cue.start : c.cue.end] == c.cue.text
        out.append((names[c.speaker_id], c.content.text, c.rule.split(":")[0]))
    return out


# (text, expected (speaker, content, rule head) claims, in order)
CASES = [
    pytest.param(
        "Talks on fishing rights\n\n"
        "The following statement is attributable to Spokesperson Clara Voss:\n\n"
        "Deputy Minister Ansel Ruiz met today with his Norwegian counterpart in Oslo and "
        "affirmed the partnership between the two fleets.\n\n"
        "The two delegations will meet again in the autumn.",
        [
            (
                "Clara Voss",
                "Deputy Minister Ansel Ruiz met today with his Norwegian counterpart in Oslo and "
                "affirmed the partnership between the two fleets.",
                "colon_statement",
            ),
            ("Clara Voss", "The two delegations will meet again in the autumn.", "colon_statement"),
        ],
        id="attributable-to-then-narrated-then-plain",
    ),
    pytest.param(
        "A ministry spokesperson said:\n\n"
        "The minister opened the new bridge this morning.\n\n"
        "Traffic will use it from Monday. Tolls will not be charged this year.\n\n"
        "Road works\n\n"
        "The river crossing had been closed for two years.",
        [
            (
                "A ministry spokesperson",
                "The minister opened the new bridge this morning.",
                "colon_statement",
            ),
            ("A ministry spokesperson", "Traffic will use it from Monday.", "colon_statement"),
            ("A ministry spokesperson", "Tolls will not be charged this year.", "colon_statement"),
        ],
        id="heading-line-closes-the-block",
    ),
    pytest.param(
        "A ministry spokesperson said:\n\n"
        "The talks went well.\n\n"
        "Opposition leader Mara Lind said that the deal was rushed.\n\n"
        "The river crossing had been closed for two years.",
        [
            ("A ministry spokesperson", "The talks went well.", "colon_statement"),
            ("Mara Lind", "that the deal was rushed", "subject_cue"),
        ],
        id="another-speaker-closes-the-block",
    ),
    pytest.param(
        "A ministry spokesperson said:\n\n"
        "The minister urged the company to pay its workers.\n\n"
        "The river crossing had been closed for two years.",
        [("The minister", "to pay its workers", "subject_cue")],
        id="a-demand-stays-with-who-made-it",
    ),
    pytest.param(
        "Jonas Berg added:\n\n"
        "This plan will not work. Nobody asked the farmers.\n\n"
        "The meeting ended at noon.",
        [("Jonas Berg", "This plan will not work.", "colon_block")],
        id="a-person-s-lead-in-hands-over-one-paragraph-only",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statement_after_a_lead_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = _claims(text)
    assert [(s, c[: len(e)], r) for (s, c, r), (_, e, _) in zip(got, expected, strict=False)] == [
        (s, e, r) for s, e, r in expected
    ]
    assert len(got) == len(expected)


def test_block_is_bounded() -> None:
    """A statement hands over at most a bounded number of paragraphs."""
    from attribcmp.attribute.lead_in import BLOCK_PARAGRAPHS

    paragraphs = "\n\n".join(f"Item {k} was settled today." for k in range(BLOCK_PARAGRAPHS + 5))
    got = _claims("A ministry spokesperson said:\n\n" + paragraphs)
    assert 0 < len(got) <= BLOCK_PARAGRAPHS

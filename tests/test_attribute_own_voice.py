"""A press office's own page in ``report``: its unattributed sentences are the issuing body's
(issue 7, own_voice.py). The page speaks as "we" and carries "A <Body> spokesperson said:"; a
news story with one "we" or no spokesperson line stays as it was. Wording is made up in the
shape of a department's rebuttal blog.
"""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality

PAGE = (
    "Coverage of the road budget\n\n"
    "The Daily Courier has today published a piece claiming the ministry cut road spending.\n\n"
    "This is simply wrong. We have kept the road budget at its highest level in a decade. "
    "As we have made clear, our spending rises every year.\n\n"
    "A Transport Ministry spokesperson said:\n\n"
    "These figures are misleading. Road spending will rise again next year.\n"
)
NEWS = (
    "Officials opened the new bridge on Monday. The work took two years.\n\n"
    "A Transport Ministry spokesperson said:\n\n"
    "The bridge is safe. It was checked twice.\n\n"
    "Residents said we will see whether the traffic eases. The bridge cost $4 million.\n"
)


def _speakers(text: str) -> dict[str, str]:
    """Content -> speaker name for each claim."""
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    return {text[c.parts[0][0] : c.parts[-1][1]]: names[c.speaker_id] for c in claims}


CASES = [
    pytest.param(PAGE, "This is simply wrong.", "Transport Ministry", id="verbless-rebuttal"),
    pytest.param(
        PAGE,
        "We have kept the road budget at its highest level in a decade.",
        "Transport Ministry",
        id="we-sentence",
    ),
    pytest.param(
        PAGE, "our spending rises every year", "Transport Ministry", id="we-as-cue-subject"
    ),
    pytest.param(
        PAGE,
        "These figures are misleading.",
        "A Transport Ministry spokesperson",
        id="spokesperson-keeps-statement",
    ),
    pytest.param(PAGE, "Coverage of the road budget", None, id="neg-headline"),
    pytest.param(NEWS, "The work took two years.", None, id="neg-news-one-we"),
    pytest.param(NEWS, "The bridge cost $4 million.", None, id="neg-news-narration"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CASES)
def test_own_voice_page(text: str, content: str, speaker: str | None) -> None:
    assert _speakers(text).get(content) == speaker


def test_no_spokesperson_no_issuer() -> None:
    text = PAGE.replace("A Transport Ministry spokesperson said:", "Read more below:")
    assert "This is simply wrong." not in _speakers(text)

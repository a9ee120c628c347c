"""Subject and frame shapes behind gold claims the tool never extracted (issues 6/7).

Made-up sentences in the shape of real stories: a plural "-ies" organisation noun, a speaker
noun with a bare plural "of" complement, a floating "each", a document put out "this month by"
someone, an opening participle phrase carrying a quoted label, a one-word content that ran
into the next speaker's report, and a web address as the speaker.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "Opposition parties accused the ruling party of buying votes.",
        [("Opposition parties", "accused", ["the ruling party of buying votes"])],
        id="ies-plural-organisation-subject",
    ),
    pytest.param(
        "Aid agencies said the road to the north was closed.",
        [("Aid agencies", "said", ["the road to the north was closed"])],
        id="ies-plural-agencies",
    ),
    pytest.param(
        "Leaders of striking Kenyan dock workers said the walkout would end on Friday.",
        [
            (
                "Leaders of striking Kenyan dock workers",
                "said",
                ["the walkout would end on Friday"],
            )
        ],
        id="speaker-noun-of-bare-plural",
    ),
    pytest.param(
        "The deaths of civilians showed the war was brutal.",
        [],
        id="no-speaker-noun-before-of",
    ),
    pytest.param(
        "The two rival parties had each accused the other of fraud.",
        [("The two rival parties", "accused", ["the other of fraud"])],
        id="floating-each-before-the-cue",
    ),
    pytest.param(
        "A survey released this week by the institute found most farmers had lost money.",
        [
            (
                "A survey released this week by the institute",
                "found",
                ["most farmers had lost money"],
            )
        ],
        id="document-put-out-this-week-by",
    ),
    pytest.param(
        "Describing the floods as a “catastrophe,” the governor said the toll would rise.",
        [("the governor", "said", ["the toll would rise"])],
        id="describing-opener-is-not-content",
    ),
    pytest.param(
        "Citing safety concerns, the airline said all flights were cancelled.",
        [
            ("the airline", "said", ["all flights were cancelled"]),
            ("the airline", "Citing", ["safety concerns"]),  # opening_participle's own claim
        ],
        id="citing-opener-is-not-content",
    ),
    pytest.param(
        "The ruling party has denied wrongdoing, and monitors said the count was orderly.",
        [
            ("The ruling party", "denied", ["wrongdoing"]),
            ("monitors", "said", ["the count was orderly"]),
        ],
        id="one-word-content-ends-before-next-speaker",
    ),
    pytest.param(
        "“She said none of it,” Factcheck.org said.",
        [("Factcheck.org", "said", ["“She said none of it,”"])],
        id="web-address-speaker",
    ),
    pytest.param(
        "He said the figures were posted on data.gov last week.",
        [("He", "said", ["the figures were posted on data.gov last week"])],
        id="web-address-in-content-stays-content",
    ),
    pytest.param(
        "Burning tires blocked the main road, police said.",
        [("police", "said", ["Burning tires blocked the main road"])],
        id="participle-adjective-clause-is-still-content",
    ),
    # a quotation closing on "!" or "?" before an inverted cue is the content, never a
    # document subject ("declarations" is a document noun: the look-back stops at the "!")
    pytest.param(
        '"You legitimize a stolen vote by your declarations!" shouted one protester, Ann Ruiz.',
        [
            (
                "one protester",
                "shouted",
                ['"You legitimize a stolen vote by your declarations!"'],
            )
        ],
        id="exclaimed-quotation-not-document-subject",
    ),
    pytest.param(
        '"Why do you trust these declarations?" asked one voter, Ann Ruiz.',
        [("one voter", "asked", ['"Why do you trust these declarations?"'])],
        id="asked-quotation-not-document-subject",
    ),
    # (negative) a document noun opening its own sentence still speaks
    pytest.param(
        "A declaration by the observers said the vote was fair.",
        [("A declaration by the observers", "said", ["the vote was fair"])],
        id="neg-document-subject-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subject_shapes(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

"""The same speaker's second report after the first content (attribute/cuts.py,
cut_at_second_report) when the mark between them is not a plain comma: a comma inside a closing
quotation mark ('a possibility," and he appealed to ...') or a dash before a participle of
saying ("denies wrongdoing - accusing Russia of ..."). Issue 6/7: two dev stories lost a gold
claim because the first content ran on over the second report. Sentences are made up.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        'The senator said the bill was "dead on arrival," and he urged colleagues to vote '
        "against it.",
        [
            ("The senator", "said", ['the bill was "dead on arrival,"']),
            ("he", "urged", ["to vote against it"]),
        ],
        id="comma-inside-closing-quote-then-and-he",
    ),
    pytest.param(
        "The navy says two ships were damaged and denies firing first - accusing the coast "
        "guard of ramming them.",
        [
            ("The navy", "says", ["two ships were damaged"]),
            ("The navy", "denies", ["firing first"]),
            ("The navy", "accusing", ["the coast guard of ramming them"]),
        ],
        id="dash-before-an-object-cue-participle",
    ),
    # Negatives: a dash before an evidence participle goes on with the content; a closing
    # quotation with no comma before "and he" is the quotation's own sentence going on.
    pytest.param(
        "The commission posted its summary of early results - showing the president trailing.",
        [
            (
                "The commission",
                "posted",
                ["its summary of early results - showing the president trailing"],
            )
        ],
        id="neg-dash-before-evidence-participle",
    ),
    pytest.param(
        'He said the plan was "a disaster" and he urged a vote.',
        [("He", "said", ['the plan was "a disaster" and he urged a vote'])],
        id="neg-no-comma-before-the-closing-quote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_second_report_marks(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected

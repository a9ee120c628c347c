"""Attributions the first rule set missed (issue 7), and the learned second pass's limits.

Wording is made up in the shape of real stories. The learned layers (attribute/learned.py,
attribute/bounds.py) ship their weights in attribcmp/data; these cases pin what a reader would
say, whatever the weights.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.attribute import attribute_claims, learned
from attribcmp.model import Document

CASES = [
    pytest.param(
        "Many voters think the economy is getting worse.",
        [("Many voters", "think", ["the economy is getting worse"])],
        id="belief-of-a-plain-noun-subject",
    ),
    pytest.param(
        "Officials who spoke on condition of anonymity said the talks had failed.",
        [("Officials", "said", ["the talks had failed"])],
        id="speaker-through-a-relative-clause",
    ),
    pytest.param(
        "In a statement, Brian Fallon said the talks had failed.",
        [("Brian Fallon", "said", ["the talks had failed"])],
        id="setting-is-not-content",
    ),
    pytest.param("Lerer reported from Los Angeles.", [], id="place-is-not-content"),
    pytest.param(
        "Mr. Smith condemned the bill's passage but praised the senators who held it up.",
        [
            ("Mr. Smith", "condemned", ["the bill's passage"]),
            ("Mr. Smith", "praised", ["the senators who held it up"]),
        ],
        id="two-reports-one-subject",
    ),
    pytest.param(
        "On Tuesday, Comey said that while Clinton had been careless, no prosecutor would act.",
        [
            (
                "Comey",
                "said",
                ["that while Clinton had been careless, no prosecutor would act"],
            )
        ],
        id="that-while-is-content-not-adjunct",
    ),
    pytest.param(
        "At the news conference, Manafort begged reporters to ask him about something else.",
        [("Manafort", "begged", ["reporters to ask him about something else"])],
        id="object-then-infinitive",
    ),
    pytest.param("The two sides discussed trade.", [], id="joint-subject-is-not-learned-speaker"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recall_cases(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    got = claim_shapes(text)
    # Content edges may move a word with retrained weights; speaker, cue and the gist may not.
    assert [(m, c) for m, c, _ in got] == [(m, c) for m, c, _ in expected]
    for (_, _, parts), (_, _, want) in zip(got, expected, strict=True):
        assert " ".join(parts).startswith(" ".join(want).split()[0])


def test_learned_pass_skips_very_long_sentences() -> None:
    # A "sentence" of hundreds of words is debris: the second pass stays out, so its cost per
    # sentence is bounded and the stage stays linear.
    text = "Voters think the plan works and " * 80 + "voters think so."
    claims, _ = attribute_claims([Document("t", text)])
    assert len(text.split()) > learned.MAX_TOKENS
    assert not any(c.rule.startswith("learned") for c in claims)


def test_shipped_scorer_holds_no_corpus_text() -> None:
    sc = learned.scorer()
    assert sc is not None, "attribcmp/data/cue_scorer.json is shipped with the package"
    # Single words and short feature strings only: nothing sentence-long.
    assert all(len(w.split()) == 1 for w in sc.prior)
    assert all(len(p.split()) == 2 for p in sc.pairs)
    assert max(len(f) for f in sc.weights) < 80

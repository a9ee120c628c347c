"""The look-backs for a document subject, a "posted" participle and a relative clause are
skipped in a sentence that holds none of their words; where the words are there, they still
find their subject (the gate must never change what they return)."""

from __future__ import annotations

import pytest

from attribcmp.attribute import lookback
from attribcmp.attribute.cues import tokenize

CASES = [
    # (sentence, cue word, look-back, phrase it must find, or None)
    (
        "Officials who spoke on condition of anonymity said it failed.",
        "said",
        lookback.relative_subject,
        "Officials",
    ),
    ("said said said said said said said said", "said", lookback.relative_subject, None),
    (
        "A survey by the group in March found support fell.",
        "found",
        lookback.document_subject,
        "A survey by the group in March",
    ),
    ("said said said said said said said said", "said", lookback.document_subject, None),
    (
        "A statement posted to the ministry's website criticizes the plan.",
        "criticizes",
        lookback.document_put_out,
        "A statement posted to the ministry's website",
    ),
    ("said said said said said said said said", "said", lookback.document_put_out, None),
]


@pytest.mark.parametrize(("text", "cue", "look", "expected"), CASES)
def test_lookback_with_and_without_its_words(
    text: str, cue: str, look: object, expected: str | None
) -> None:
    tokens = tokenize(text, 0, len(text))
    k = max(i for i, t in enumerate(tokens) if t.text == cue)
    if look is lookback.relative_subject:
        k -= 1  # it is asked from the token before the cue
    found = look(tokens, k)  # type: ignore[operator]
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert text[tokens[found[0]].start : tokens[found[1]].end].startswith(expected)


GATE_TEXTS = [
    "The communiqué said so.",
    "Reportss and STATEMENTS that were posted, who knows.",
    "But even then the polls said nothing.",
    "said said said",
    "Ein Σ-Bericht sagte, ΣΤΑΤΕΜΕΝΤ.",
    "",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_gate_is_any_token_step_hit(text: str) -> None:
    # The set-based gate gives what a per-token walk of the three step tables gives.
    tokens = tokenize(text, 0, len(text))
    steps = (lookback._document_step, lookback._put_out_step, lookback._relative_step)
    expected = tuple(any(step(t.text) == lookback._HIT for t in tokens) for step in steps)
    assert lookback._targets(tokens) == expected

"""The streamed JSON writer (render/json.py) gives byte for byte what json.dumps gives."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from attribcmp.model import Document, Report, Speaker, SpeakerKind, SpeakerMention, TextSpan
from attribcmp.pipeline import report
from attribcmp.render.json import _indented, iter_json, render_json, report_to_dict

FOUNDING = Path(__file__).resolve().parents[1] / "samples" / "founding" / "article.txt"


@pytest.mark.parametrize(
    "value",
    [
        {"a": [], "b": {}, "c": [1, 2.5, -0.0, True, None, "x"], "d": {"e": [[1], {"f": "g"}]}},
        ['“quoted” \u2028 line\nbreak \\ "', 10**20, 1e-7, float("nan")],
        {"k": ("tuple", "kept as a list")},
        {1: "a number key goes through json's own rules"},
        "plain",
        [],
    ],
)
def test_the_indented_writer_matches_json(value: object) -> None:
    assert _indented(value, "\n") == json.dumps(value, indent=2, ensure_ascii=False)


def test_streamed_report_equals_one_json_dump() -> None:
    result = report([Document("founding", FOUNDING.read_text(encoding="utf-8"))])
    expected = json.dumps(report_to_dict(result), indent=2, ensure_ascii=False) + "\n"
    assert "".join(iter_json(result)) == render_json(result) == expected


@pytest.mark.parametrize("mentions", [0, 1, 3, 20_000])
def test_a_speakers_mentions_are_written_one_at_a_time(mentions: int) -> None:
    # A speaker quoted in every sentence of a 16 MB input has tens of thousands of mentions:
    # the writer makes each one's dict as it writes it, never the list of all of them.
    spans = (TextSpan("he", 10 * k, 10 * k + 2) for k in range(mentions))
    speaker = Speaker(
        "s1", "he", SpeakerKind.PERSON, mentions=tuple(SpeakerMention("d", s) for s in spans)
    )
    result = Report((Document("d", "he said so " * max(mentions, 1)),), (), (speaker,), ())
    expected = json.dumps(report_to_dict(result), indent=2, ensure_ascii=False) + "\n"
    tracemalloc.start()
    try:
        written = sum(len(piece) for piece in iter_json(result))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "".join(iter_json(result)) == expected and written == len(expected)
    assert peak < 200_000  # the whole list was some 8 MB at 20,000 mentions

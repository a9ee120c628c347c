"""The streamed JSON writer (render/json.py) gives byte for byte what json.dumps gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribcmp.model import Document
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

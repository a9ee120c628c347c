"""The tables parsed ahead of time (attribcmp/data/parsed.py) give exactly what YAML gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from attribcmp.data import YAML_LOADER, load_yaml
from attribcmp.data import parsed as parsed_module
from attribcmp.data.parsed import find_parsed, index_lines, same_data, table_line, text_key

DATA = Path(__file__).resolve().parents[1] / "attribcmp" / "data"
TABLES = sorted(DATA.glob("*.yaml"))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_each_table_is_parsed_ahead_and_current(path: Path) -> None:
    # A failure here means a table was edited: run `python bench/build_parsed_tables.py`.
    text = path.read_text(encoding="utf-8")
    found, data = find_parsed(text)
    assert found, f"{path.name}: parsed.tsv is stale, run bench/build_parsed_tables.py"
    assert same_data(data, yaml.load(text, Loader=YAML_LOADER))  # noqa: S506 - a safe loader


def test_each_call_gets_its_own_copy() -> None:
    text = TABLES[0].read_text(encoding="utf-8")
    first = load_yaml(text)
    first.clear()
    assert load_yaml(text)


def test_unknown_text_is_parsed_as_yaml() -> None:
    assert find_parsed("a: [1, 2]\n") == (False, None)
    assert load_yaml("a: [1, 2]\n") == {"a": [1, 2]}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("t.yaml\tk1\t[1]\nu.yaml\tk2\t{}\n", ["k1", "k2"]),
        ("t.yaml\tk1\t[1]\nbroken line\n\nu.yaml\tk2\n", ["k1"]),  # short lines skipped
        ("", []),
    ],
)
def test_damaged_lines_are_skipped(text: str, keys: list[str]) -> None:
    assert list(index_lines(text)) == keys


def test_undecodable_json_falls_back_to_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a: [1, 2]\n"
    monkeypatch.setattr(parsed_module, "_lines", lambda: {text_key(text): '{"a": [1,'})
    assert find_parsed(text) == (False, None)
    assert load_yaml(text) == {"a": [1, 2]}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({"a": [1, "x"]}, {"a": [1, "x"]}, True),
        ({"a": 1}, {"a": True}, False),  # equal for ==, not the same data
        ({"a": 1}, {"a": 1.0}, False),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}, False),  # key order is kept by both loaders
        ([1, [2]], [1, [2, 3]], False),
    ],
)
def test_same_data(a: object, b: object, same: bool) -> None:
    assert same_data(a, b) is same


@pytest.mark.parametrize(
    ("data", "kept"),
    [
        ({"words": ["a", "b"], "n": 2, "x": None}, True),
        ({1: "a"}, False),  # an int key would come back as "1"
        ({"when": __import__("datetime").date(2020, 1, 1)}, False),
    ],
)
def test_table_line_only_for_exact_json(data: object, kept: bool) -> None:
    line = table_line("t.yaml", "t", data)
    assert (line is not None) is kept
    if line is not None:
        assert line.split("\t")[:2] == ["t.yaml", text_key("t")]

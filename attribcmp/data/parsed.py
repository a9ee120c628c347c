"""The bundled YAML tables, parsed ahead of time: start-up reads JSON, not YAML.

Parsing the tables with PyYAML costs about 0.15 s of every start (more than the rest of the
data loading put together); the same data as JSON loads in about 1 ms. ``parsed.tsv`` holds
one line per table: its file name, the SHA-1 of its YAML text and the data as JSON. A table
whose text no longer matches its hash (edited since the file was built) is parsed as YAML, so
a stale line costs time, never a wrong answer. ``bench/build_parsed_tables.py`` rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from typing import Any

FILE = "parsed.tsv"


def text_key(text: str) -> str:
    """The hash a table's YAML text is found under."""
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


@cache
def _lines() -> dict[str, str]:
    """Hash -> JSON text, read once; each call of ``find_parsed`` decodes its own copy."""
    path = resources.files(__package__).joinpath(FILE)
    if not path.is_file():
        return {}
    return index_lines(path.read_text(encoding="utf-8"))


def index_lines(text: str) -> dict[str, str]:
    """Hash -> JSON text of each line of a ``parsed.tsv`` text (name, hash, JSON, by tabs)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t", 2)
        if len(fields) != 3:
            continue  # a damaged line (hand edit, bad merge): its table is parsed as YAML
        _name, key, data = fields
        out[key] = data
    return out


def find_parsed(text: str) -> tuple[bool, Any]:
    """(True, data) when ``text`` is a table parsed ahead of time, else (False, None). A fresh
    object every call: callers may change what they get, as they could a YAML parse. A line
    whose JSON does not decode counts as missing: the caller parses the YAML instead."""
    data = _lines().get(text_key(text))
    if data is None:
        return False, None
    try:
        return True, json.loads(data)
    except ValueError:  # json.JSONDecodeError: a damaged line costs time, not a traceback
        return False, None


def same_data(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (``1 == True == 1.0`` for ``==`` alone)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def table_line(name: str, text: str, data: Any) -> str | None:
    """The line of ``parsed.tsv`` for one table; None when JSON cannot carry its data exactly
    (keys that are not strings, dates, sets): that table stays YAML."""
    try:
        encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return None
    if "\n" in encoded or not same_data(json.loads(encoded), data):
        return None
    return f"{name}\t{text_key(text)}\t{encoded}"

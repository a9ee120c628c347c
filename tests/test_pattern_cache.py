"""data/patterns.bin: the patterns a report compiles, compiled ahead of time for the CLI.

A primed pattern must be the very pattern ``re`` would compile; a table that does not fit
(missing, damaged, another interpreter's) must leave ``re`` alone."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from attribcmp.pattern_cache import TABLE, build_table, interpreter_key, prime_re_cache

ROOT = Path(__file__).resolve().parents[1]


def _shipped() -> dict[str, object]:
    table: dict[str, object] = marshal.loads(zlib.decompress(TABLE.read_bytes()))
    return table


_FOR_THIS_PYTHON = pytest.mark.skipif(
    not TABLE.exists() or _shipped().get("key") != interpreter_key(),
    reason="data/patterns.bin was built for another interpreter (ignored there)",
)


@_FOR_THIS_PYTHON
def test_every_stored_pattern_is_what_re_compiles() -> None:
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    patterns = _shipped()["patterns"]
    assert isinstance(patterns, list) and patterns
    for source, flags, final, code, groups, groupindex, indexgroup in patterns:
        stored = _sre.compile(source, final, code, groups, groupindex, indexgroup)
        # re.Pattern equality compares the source, the flags and the compiled code
        assert stored == _compiler.compile(source, flags), source[:80]


# (what the table file holds, how many patterns go in)
_TABLES = [
    ("missing", 0),
    ("garbage", 0),
    ("not compressed", 0),
    ("another interpreter", 0),
    ("not a dict", 0),
    ("invalid code", 0),  # _sre refuses it; what went in before it stays, all valid
    ("good", 3),
]
_SOURCES = [(r"\bsaid\b", 0), (r"(?P<who>[A-Z]\w+) said", int(re.IGNORECASE)), (r"\d+", 0)]


def _table(kind: str) -> bytes | None:
    good = build_table(_SOURCES)
    if kind == "missing":
        return None
    if kind == "garbage":
        return b"\x00not a table"
    if kind == "not compressed":
        return zlib.decompress(good)
    data = marshal.loads(zlib.decompress(good))
    if kind == "another interpreter":
        data["key"] = "cpython-2.7.0-0-4"
    if kind == "not a dict":
        data = [data]
    if kind == "invalid code":
        data["patterns"][0] = (*data["patterns"][0][:3], [1, 2, 3], *data["patterns"][0][4:])
    return zlib.compress(marshal.dumps(data))


@pytest.mark.parametrize(("kind", "added"), _TABLES)
def test_prime_takes_only_a_table_that_fits(
    kind: str, added: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache: dict[object, object] = {}
    monkeypatch.setattr(re, "_cache", cache)
    path = tmp_path / "patterns.bin"
    raw = _table(kind)
    if raw is not None:
        path.write_bytes(raw)
    assert prime_re_cache(path) == added
    assert len(cache) == added
    if added:
        for source, flags in _SOURCES:
            assert re.compile(source, flags) is cache[(str, source, flags)]
        assert re.compile(r"(?P<who>[A-Z]\w+) said", re.I).match("Ali said")["who"] == "Ali"


def test_prime_never_fills_re_cache_past_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = (str, "kept", 0)
    cache: dict[object, object] = {mine: "the caller's own"}
    monkeypatch.setattr(re, "_cache", cache)
    monkeypatch.setattr(re, "_MAXCACHE", 2)
    path = tmp_path / "patterns.bin"
    path.write_bytes(build_table(_SOURCES))
    assert prime_re_cache(path) == 1
    assert cache[mine] == "the caller's own" and len(cache) == 2


@_FOR_THIS_PYTHON
def test_a_founding_report_finds_its_patterns_in_the_table() -> None:
    # A stale table is only slower; past a few misses, rebuild it.
    probe = (
        "import runpy, sys, io, contextlib\n"
        "from re import _compiler\n"
        "seen = []\n"
        "orig = _compiler.compile\n"
        "_compiler.compile = lambda p, f=0: (seen.append(p), orig(p, f))[1]\n"
        "sys.argv = ['attribcmp', 'report', sys.argv[1]]\n"
        "try:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        runpy.run_module('attribcmp', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(len(seen))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "samples" / "founding" / "article.txt")],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    misses = int(out.split()[-1])
    assert misses <= 25, f"{misses} patterns compiled: run python bench/build_pattern_cache.py"

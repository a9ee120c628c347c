"""Regular expressions a report compiles, compiled ahead of time for the CLI's start-up.

A one-article report compiles some 270 patterns (module patterns, LazyPattern ones on first
use, gazetteer and lexicon alternations built from the tables): ~50 ms of its ~300 ms CPU,
nearly all of it in ``re``'s parser and code generator, which are Python. What they produce
is a list of integers that ``_sre.compile`` turns into a pattern at once. ``data/patterns.bin``
(``bench/build_pattern_cache.py`` writes it) keeps, for each pattern a sample report
compiles, exactly what ``re._compiler.compile`` would hand to ``_sre.compile``; the console
entry point (``__main__``) puts those patterns into ``re``'s own cache before the package
loads, so each ``re.compile`` of the same source and flags finds its pattern there.

Only the CLI does this, as it alone owns its process (the library never touches ``re``).
The table is valid for one interpreter only: it names the Python version and the ``_sre``
code format it was built with, and anywhere else (another Python, a changed ``re``) it is
left unread. A pattern whose source was edited since the build is simply not found and is
compiled as before: a stale table is slower, never wrong.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from collections.abc import Iterable
from importlib import import_module
from pathlib import Path
from typing import Any

__all__ = ["TABLE", "build_table", "interpreter_key", "prime_re_cache"]

TABLE = Path(__file__).resolve().parent / "data" / "patterns.bin"


def interpreter_key() -> str:
    """What the stored code depends on: the implementation, its exact version and ``_sre``'s
    code format."""
    _sre = import_module("_sre")  # re's C engine: no stubs, hence by name
    version = ".".join(map(str, sys.version_info[:3]))
    return f"{sys.implementation.name}-{version}-{_sre.MAGIC}-{_sre.CODESIZE}"


def build_table(patterns: Iterable[tuple[str, int]]) -> bytes:
    """The table's bytes for these (source, flags) pairs, in order, compiled as ``re`` would."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    entries = []
    for source, flags in dict.fromkeys(patterns):
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entries.append(
            (
                source,
                int(flags),
                int(flags | parsed.state.flags),
                [int(c) for c in code],
                parsed.state.groups - 1,
                groupindex,
                tuple(indexgroup),
            )
        )
    # compressed: the code lists are long runs of small integers (710 kB -> 80 kB)
    return zlib.compress(marshal.dumps({"key": interpreter_key(), "patterns": entries}), 9)


def prime_re_cache(path: Path = TABLE) -> int:
    """Put the table's patterns into ``re``'s cache (never past its size, never over an entry
    already there); how many went in. 0, and nothing touched, when the table is missing,
    unreadable or built for another interpreter."""
    cache: Any = getattr(re, "_cache", None)
    limit = getattr(re, "_MAXCACHE", 0)
    if not isinstance(cache, dict) or not isinstance(limit, int):
        return 0
    try:
        table = marshal.loads(zlib.decompress(path.read_bytes()))
        _sre = import_module("_sre")
        if not isinstance(table, dict) or table.get("key") != interpreter_key():
            return 0
        added = 0
        for source, flags, final, code, groups, groupindex, indexgroup in table["patterns"]:
            if len(cache) >= limit:
                break
            key = (str, source, flags)
            if key not in cache:
                cache[key] = _sre.compile(source, final, code, groups, groupindex, indexgroup)
                added += 1
        return added
    except (
        OSError,
        ValueError,
        EOFError,
        TypeError,
        KeyError,
        ImportError,
        RuntimeError,
        zlib.error,
    ):
        return 0

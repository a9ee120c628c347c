"""LazyPattern answers as re.compile would, and compiles only when first used."""

from __future__ import annotations

import re

import pytest

from attribcmp.lazy_pattern import LazyPattern

SOURCE = r"(?P<word>\b[A-Z]\w+)(?:\s+said)?"
TEXT = "Officials said Ali and Mona met in Cairo."


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("search", (TEXT,)),
        ("search", (TEXT, 10)),
        ("search", (TEXT, 10, 20)),
        ("match", (TEXT,)),
        ("match", (TEXT, 5)),
        ("fullmatch", ("Cairo",)),
        ("findall", (TEXT,)),
        ("split", (TEXT,)),
        ("split", (TEXT, 1)),
        ("sub", ("X", TEXT)),
        ("sub", (lambda m: m[0].lower(), TEXT, 2)),
    ],
)
def test_same_answers_as_re(method: str, args: tuple[object, ...]) -> None:
    lazy, eager = LazyPattern(SOURCE), re.compile(SOURCE)
    got, want = getattr(lazy, method)(*args), getattr(eager, method)(*args)
    if isinstance(want, re.Match):
        assert isinstance(got, re.Match)
        assert (got.span(), got.groupdict()) == (want.span(), want.groupdict())
    else:
        assert got == want


def test_finditer_and_flags() -> None:
    lazy = LazyPattern(r"cairo", re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(TEXT)] == [(35, 40)]
    assert lazy.pattern == "cairo"
    assert lazy.compiled.flags & re.IGNORECASE


def test_compiles_on_first_use_only() -> None:
    lazy = LazyPattern(r"(unclosed")  # a bad pattern fails when used, not when defined
    with pytest.raises(re.error):
        lazy.search("x")
    good = LazyPattern(r"x")
    assert good.compiled is good.compiled

"""A regular expression compiled when first used, not when its module is imported.

The package defines some 360 module-level patterns; compiling them all took ~0.2 s of every
start, and a one-article report uses barely half. A module whose patterns serve rare shapes
writes ``_NAME = LazyPattern(r"...")`` where it would write ``re.compile``, and calls it as it
would the compiled pattern (``_NAME.search(text)``). Hot patterns (used on every sentence of
every run) stay ``re.compile``: they are paid for anyway, and the extra call costs a little.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["LazyPattern", "trie_alternation"]

# The methods of ``re.Pattern`` that LazyPattern forwards until it is compiled.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """``re.compile(source, flags)`` on first use; the methods of ``re.Pattern`` a module
    calls, with the same arguments and results. ``compiled`` is the pattern itself, for
    callers that need an ``re.Pattern`` (``re.Pattern`` attributes, typed parameters).

    Once compiled, the pattern's own methods are set on the instance, where they shadow the
    class's forwarding ones: a hot lazy pattern then costs what ``re.compile`` would, with no
    Python call in between (150,000 calls on 300 PolNeAR articles)."""

    __slots__ = ("__dict__", "_compiled", "flags_given", "source")

    def __init__(self, source: str, flags: int | re.RegexFlag = 0) -> None:
        self.source = source
        self.flags_given = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        pattern = self._compiled
        if pattern is None:
            pattern = self._compiled = re.compile(self.source, self.flags_given)
            # (one dict update, whole: a thread reads either the forwarders or the bound methods)
            self.__dict__.update({name: getattr(pattern, name) for name in _FORWARDED})
        return pattern

    @property
    def pattern(self) -> str:
        return self.source

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | None]:
        return self.compiled.split(string, maxsplit)


def trie_alternation(words: Iterable[str]) -> str:
    """A pattern (no groups, no flags) matching any of ``words``, laid out as a trie: one branch
    per next character, in the order the words first reach it. Against one long alternation,
    the engine reads each character once instead of trying every word at every place; deeper
    branches come before a word's end, so the longest word that fits wins."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body

"""Lexicons and gazetteers kept as YAML, and the one loader they share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from attribcmp.data.parsed import find_parsed


@cache
def yaml_loader() -> Any:
    """libyaml's safe loader when PyYAML was built with it (several times faster at
    start-up); both only build plain Python data, never objects.

    PyYAML is imported here, on first use, not with this package: parsed.tsv holds every
    bundled table, so a report reads no YAML, and the import compiles a dozen patterns
    (~15 ms of every start)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def __getattr__(name: str) -> Any:
    # ``YAML_LOADER`` as before (tests, bench/build_parsed_tables.py), resolved on first use
    if name == "YAML_LOADER":
        return yaml_loader()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_yaml(text: str) -> Any:
    """Parse trusted bundled YAML data with a safe loader (a bundled table's JSON form when
    parsed.tsv holds its current text: the same data, a hundred times faster to read)."""
    found, data = find_parsed(text)
    if found:
        return data
    import yaml

    return yaml.load(text, Loader=yaml_loader())  # noqa: S506 - a safe loader, C or pure Python


def word_set(table: str) -> frozenset[str]:
    """A word table written as one white-space separated string, as a frozenset."""
    return frozenset(table.split())


def inflect(lemma: str) -> tuple[str, ...]:
    """(lemma, third person, past, -ing form) by the regular English rules ("deny": "denies",
    "denied", "denying"); irregular verbs need a table of their own (cues.yaml lists them)."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return lemma, third, past, ing


def phrase_alternation(phrases: Iterable[object]) -> str:
    """A regex alternation of a table's phrases, lower case, longest first (so "denied the
    charge" wins over "denied"), any white space between a phrase's words."""
    ordered = sorted((str(p).lower() for p in phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@cache
def load_table(name: str) -> dict[str, Any]:
    """A bundled YAML table of this package by file name ("status.yaml"), read once."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = load_yaml(text)
    return data


@cache
def table_words(name: str, key: str) -> frozenset[str]:
    """One word list of a bundled YAML table, lower case ("counter.yaml", "no_doer")."""
    return frozenset(str(w).lower() for w in load_table(name)[key])

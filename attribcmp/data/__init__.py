"""Lexicons and gazetteers kept as YAML, and the one loader they share."""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it (several times faster at start-up);
# both only build plain Python data, never objects.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse trusted bundled YAML data with a safe loader."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or pure Python


def word_set(table: str) -> frozenset[str]:
    """A word table written as one white-space separated string, as a frozenset."""
    return frozenset(table.split())

"""YAML output: the same data as the JSON report, for people who prefer to read YAML."""

from __future__ import annotations

from typing import Any

import yaml

from attribcmp.model import Report
from attribcmp.render.json import report_to_dict

__all__ = ["render_yaml"]


class _Dumper(yaml.SafeDumper):
    """SafeDumper that writes offset pairs and other number lists inline: ``span: [3, 12]``."""


def _represent_list(dumper: yaml.SafeDumper, data: list[Any]) -> yaml.Node:
    numbers = bool(data) and all(isinstance(x, int) and not isinstance(x, bool) for x in data)
    # A span as [3, 12] reads far better than two lines of "- 3" / "- 12".
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=numbers)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # PyYAML writes NEL and the Unicode line/paragraph separators raw in plain and single-quoted
    # scalars, where a reader folds them; double quotes escape them (\\N, \\L, \\P) instead.
    style = '"' if any(c in _UNICODE_BREAKS for c in data) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_UNICODE_BREAKS = frozenset("\x85\u2028\u2029")

_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(str, _represent_str)


def render_yaml(report: Report) -> str:
    """The report as YAML, keys in the JSON order, UTF-8 characters kept."""
    return yaml.dump(
        report_to_dict(report),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
    )

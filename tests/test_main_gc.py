"""The console entry point owns its process, so it tunes the garbage collector (a one-article
report allocates mostly long-lived objects); the library itself never touches gc."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each case: Python run after the entry point's imports, and what it prints.
_CASES = [
    # the young threshold is raised, the older generations keep Python's defaults
    (
        "import gc, attribcmp.__main__ as m, attribcmp.cli as c\n"
        "c.main = lambda: print(gc.get_threshold())\nm.main()",
        "(10000, 10, 10)",
    ),
    # importing the library (not running the CLI) leaves the collector as Python set it
    ("import gc, attribcmp, attribcmp.pipeline\nprint(gc.get_threshold())", "(700, 10, 10)"),
]


@pytest.mark.parametrize(("code", "expected"), _CASES)
def test_gc_tuned_only_by_the_entry_point(code: str, expected: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == expected

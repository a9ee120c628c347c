"""Attribution stays linear on adversarial text: 4x the input may cost at most ~9x the time.

Growth, not wall time: each shape runs at 1x and 4x size and the CPU-time ratio is compared
with a generous bound (linear is about 4, quadratic 16), so a loaded CI machine does not make
it flaky. bench/bench_adversarial.py prints the absolute figures.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.render.json import render_jsonl_line


def _fit(unit: str, size: int, sep: str = "") -> str:
    return (sep.join([unit] * (size // (len(unit) + len(sep)) + 1)))[:size]


def _names(size: int) -> str:
    firsts, lasts = ("James", "Maria", "Ahmed", "Olga", "Chen"), ("Smith", "Khan", "Novak")
    names = (f"{firsts[k % 5]}{k // 15} {lasts[k % 3]}" for k in range(size // 8))
    return _fit(", ".join(names) + " said it was fine.", size)


# The shapes that were super-linear before (issue 8), and the ones it lists beside them.
SHAPES: dict[str, Callable[[int], str]] = {
    "capital run": lambda n: _fit("The minister said " + "A" * n, n),
    "URL-like token": lambda n: _fit("The minister said " + "AbcDef" * n, n),
    "He said that, repeated": lambda n: _fit("He said that ", n),
    "list of names, then said": _names,
    "quote marks": lambda n: _fit("\u201c\u201d\"'\u2018\u2019", n),
    "no sentence end": lambda n: _fit("the official said that " + "word " * n, n),
    "nested quotes": lambda n: _fit('He said \u201cshe said \u2018they said "', n),
    "one-line paragraphs": lambda n: _fit("He said yes.\nShe said no.", n, "\n"),
    "said said said": lambda n: _fit("said ", n),
}


def _cpu(text: str) -> float:
    best = float("inf")
    for _ in range(2):  # best of two: noise only ever adds time
        start = time.process_time()
        render_jsonl_line(attribute([Document("x", text)]), "x")
        best = min(best, time.process_time() - start)
    return max(best, 1e-3)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_text_costs_about_four_times_the_time(shape: str) -> None:
    make = SHAPES[shape]
    small, large = _cpu(make(15_000)), _cpu(make(60_000))
    assert large / small < 9, f"{shape}: 4x the input took {large / small:.1f}x the time"

"""Quality gate: `pair` accuracy on SICK trial and MRPC dev must not drop below pinned floors.

The floors pin the level reached, 0.01-0.02 below it (SICK trial 0.818 meets the issue's 0.80;
MRPC dev 0.790 on the whole file and 0.780 on its odd lines, held out from the news weights
fitted on the even lines, meet 0.78; the SICK floor stays 0.816, set when trial read 0.826);
lowering one is a reviewed edit. Skipped when
../shared is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from attribcmp.classify import relate_statements

SHARED_PATH = Path(__file__).resolve().parents[1] / "bench" / "shared_path.py"
FLOORS = {"sick_trial": 0.816, "mrpc_dev": 0.78, "mrpc_odd_lines": 0.768}
TO_SICK = {"converge": "ENTAILMENT", "diverge": "CONTRADICTION"}


def _corpora() -> Path:
    """shared/corpora, found as the bench scripts find it (bench/shared_path.py)."""
    spec = importlib.util.spec_from_file_location("shared_path", SHARED_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found: Path = module.find_shared() / "corpora"
    return found


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        pytest.skip(f"{path} is not beside the checkout")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_sick_trial_accuracy_stays_above_floor() -> None:
    rows = _rows(_corpora() / "sick" / "trial.jsonl")
    hits = [
        TO_SICK.get(relate_statements(r["a"], r["b"]).relation.value, "NEUTRAL") == r["label"]
        for r in rows
    ]
    assert sum(hits) / len(hits) >= FLOORS["sick_trial"]


def test_mrpc_dev_accuracy_stays_above_floor() -> None:
    rows = _rows(_corpora() / "mrpc" / "dev.jsonl")
    hits = [
        (relate_statements(r["a"], r["b"]).relation.value == "converge") == (r["label"] == "same")
        for r in rows
    ]
    assert sum(hits) / len(hits) >= FLOORS["mrpc_dev"]
    # The odd lines were held out from fitting (bench/train_pair_model.py fits the even ones).
    assert sum(hits[1::2]) / len(hits[1::2]) >= FLOORS["mrpc_odd_lines"]

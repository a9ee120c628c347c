"""The README's Dask recipe, on a local cluster, gives the records ``claims --jsonl`` prints.

Skipped when ../shared (PolNeAR) is not beside the checkout or dask is not installed.
"""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from attribcmp.cli import cli


def _polnear_train() -> Path | None:
    """PolNeAR train in ../shared beside the checkout, or above it (a git worktree)."""
    env = os.environ.get("ATTRIBCMP_SHARED")
    roots = [Path(env)] if env else []
    roots += [p / "shared" for p in Path(__file__).resolve().parents[1].parents]
    for root in roots:
        path = root / "corpora" / "polnear" / "train.jsonl"
        if path.exists():
            return path
    return None


def test_dask_recipe_equals_the_cli(tmp_path: Path) -> None:
    train = _polnear_train()
    if train is None:
        pytest.skip("../shared/corpora/polnear is not beside the checkout")
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("dask.distributed")
    import dask.bag as db

    from attribcmp.batch import attribute_partition

    corpus = tmp_path / "corpus.jsonl"
    with train.open(encoding="utf-8") as fh:
        corpus.write_text("".join(itertools.islice(fh, 200)), encoding="utf-8")
    printed = CliRunner().invoke(cli, ["claims", "--jsonl", str(corpus)]).stdout
    expected = [json.loads(line) for line in printed.splitlines()]

    # The recipe (README, "Batches and clusters"): a local cluster stands in for a real one.
    with (
        distributed.LocalCluster(
            processes=False, n_workers=1, threads_per_worker=2, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.read_text(str(corpus), blocksize="256kB").map(json.loads)
        records = bag.map_partitions(attribute_partition).compute()

    assert len(expected) == 200
    assert records == expected

"""Global steps as groupings (``Executor.group``): split over worker processes by key, they give
what one process gives. The Ray executor's grouping is tested in test_ray.py."""

from __future__ import annotations

import random

import numpy as np
import pytest

from conftest import ROOT
from diplomap.consolidate import consolidate
from diplomap.execute import LocalExecutor
from diplomap.reuse.detect import ReuseFinder
from test_consolidate import report

REUSE_DOCS = ROOT / "bench" / "data" / "reuse" / "docs"


@pytest.fixture
def pool() -> LocalExecutor:
    """Two worker processes, and every grouping split between them however small."""
    executor = LocalExecutor(workers=2)
    executor.min_group_rows = 0
    return executor


def _sums(table: dict[str, np.ndarray], offset: int) -> dict[str, np.ndarray]:
    keys = np.unique(table["key"])
    return {"key": keys, "sum": np.array([table["value"][table["key"] == k].sum() + offset for k in keys])}


def test_rows_of_a_key_meet_in_one_reduce(pool: LocalExecutor) -> None:
    rng = np.random.default_rng(3)
    table = {"key": rng.integers(0, 40, 2_000).astype(np.uint64), "value": rng.integers(0, 9, 2_000)}
    parts = list(pool.group(table, "key", _sums, 100))
    assert len(parts) == 2, "one reduce per worker's partition"
    keys = np.concatenate([p["key"] for p in parts])
    assert len(keys) == len(set(keys.tolist())) == 40, "no key split between partitions"
    expected = {int(k): int(table["value"][table["key"] == k].sum()) + 100 for k in keys}
    assert {int(k): int(s) for p in parts for k, s in zip(p["key"], p["sum"], strict=True)} == expected
    assert list(pool.group({"key": np.zeros(0, np.uint64), "value": np.zeros(0)}, "key", _sums, 0)) == []


def test_consolidation_split_by_key_is_consolidation_in_one_process(pool: LocalExecutor) -> None:
    rng = random.Random(11)
    pairs = [("USA", "PRK"), ("CHN", "KOR"), ("RUS", "KOR"), ("JPN", "KOR"), ("RUS", "PRK")]
    reports = []
    for i in range(300):
        actor, recipient = rng.choice(pairs)
        cameo = rng.choice(["040", "042", "111", "057", "172"])
        day = f"2018-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
        reports.append(report(f"d{i % 90}", actor, cameo, recipient, day, start=i))
    alone = [e.to_json() for e in consolidate(reports)]
    assert [e.to_json() for e in consolidate(reports, group=pool.group)] == alone
    assert len(alone) < len(reports), "the set has reports to merge"


def test_reuse_indexes_split_by_key_find_the_same_pairs(pool: LocalExecutor) -> None:
    if not REUSE_DOCS.is_dir():
        pytest.skip("bench/data/reuse/docs is not in this checkout")
    texts = sorted(REUSE_DOCS.rglob("*.txt"))[:120]
    assert texts, "bench/data/reuse/docs holds the reuse evaluation texts"
    found = []
    for grouping in (None, pool.group):
        finder = ReuseFinder() if grouping is None else ReuseFinder(group=grouping)
        for path in texts:
            finder.add(path.stem, path.read_text(encoding="utf-8"))
        found.append([p.to_json() for p in finder.find()])
    assert found[0] == found[1]
    assert {p["relation"] for p in found[0]} >= {"near-duplicate", "passage-reuse"}

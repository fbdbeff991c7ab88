"""kill -9 in the middle of a run: the store stays consistent; a re-run completes it with the
same result as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplomap.config import Settings
from diplomap.store import Store
from test_store import _article


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        outlet = f"Outlet {i % 5}"
        (folder / f"{i:05d}.txt").write_text(_article(i, outlet).replace("Ridge Review", outlet))


def _run(folder: Path, store: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, DIPLOMAP_BATCH_SIZE="10", DIPLOMAP_PROGRESS="false")
    return subprocess.Popen(
        [sys.executable, "-m", "diplomap", "run", str(folder), "--store", str(store), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _snapshot(store: Path) -> list[str]:
    with Store(store, read_only=True) as s:
        docs = [d.to_json(with_text=True) for d in s.documents()]
    for d in docs:
        d.pop("origin"), d.pop("origins")
    return sorted(json.dumps(d, sort_keys=True) for d in docs)


@pytest.mark.slow
def test_kill_nine_mid_run_then_rerun_gives_the_same_store(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _corpus(folder, 600)

    start = time.monotonic()
    full = _run(folder, tmp_path / "full.duckdb")
    assert full.wait(timeout=300) == 0, full.stderr.read() if full.stderr else ""
    duration = time.monotonic() - start

    victim = _run(folder, tmp_path / "killed.duckdb")
    time.sleep(max(duration * 0.6, 0.5))
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)

    rerun = _run(folder, tmp_path / "killed.duckdb")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    # every input is one document: stored now, found stored, or skipped as an unchanged input
    assert summary["stored"] + summary["already_known"] + summary["unchanged_inputs"] == 600
    assert _snapshot(tmp_path / "killed.duckdb") == _snapshot(tmp_path / "full.duckdb")
    # Nothing half-written: every document has its origins and line statistics.
    with Store(tmp_path / "killed.duckdb", read_only=True) as s:
        orphans = s.db.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM origins o WHERE o.document_id = d.id)"
        ).fetchone()
        assert orphans == (0,)
    assert Settings().store  # settings importable alongside (no side effects at import)

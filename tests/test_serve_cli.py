"""While `diplomap serve` holds a store, the CLI's commands on it go through the server."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest

from conftest import EXAMPLES
from diplomap import api
from diplomap.config import Settings
from diplomap.serve.client import server_file, server_for
from test_cli import diplomap

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    # Module-scoped: set up before the per-test network guard (conftest), which the health probe
    # below would trip; the commands under test run in subprocesses, on the loopback.
    folder = tmp_path_factory.mktemp("served")
    store = str(folder / "held.duckdb")
    api.run([EXAMPLES / "html"], Settings(store=store, progress=False), extract=True)
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOMAP_")}
    proc = subprocess.Popen([sys.executable, "-m", "diplomap", "serve", "--store", store, "--port", str(port)],
                            env=env, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        for _ in range(200):
            try:
                with urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the server did not start")
        yield store, port
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    assert not server_file(store).exists(), "the server withdraws its announcement when it stops"


def test_reads_go_through_the_server(served: tuple[str, int]) -> None:
    store, port = served
    info = server_for(store)
    assert info is not None and info.url == f"http://127.0.0.1:{port}"
    listed = diplomap("events", "--consolidated", "--store", store)
    assert listed.returncode == 0, listed.stderr
    assert "through its API" in listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and all("event_id" in r and "independent_sources" in r for r in rows)
    rel = diplomap("relations", "--store", store, "--actor", "KOR")
    assert rel.returncode == 0 and all("index" in json.loads(line) for line in rel.stdout.splitlines())
    docs = diplomap("documents", "--store", store)
    assert docs.returncode == 0 and len(docs.stdout.splitlines()) >= 1
    sure = diplomap("events", "--store", store, "--min-confidence", "0.6")
    assert sure.returncode == 0, sure.stderr
    kept = [json.loads(line) for line in sure.stdout.splitlines()]
    assert kept and all(r["confidence"] >= 0.6 for r in kept)


def test_a_run_uploads_to_the_server(served: tuple[str, int], tmp_path: Path) -> None:
    store, _ = served
    before = len(diplomap("documents", "--store", store).stdout.splitlines())
    (tmp_path / "new.txt").write_text(
        "Title: Seoul and Canberra sign a defence pact\nDate: 2021-12-13\n\nSouth Korea and Australia signed a "
        "defence industry agreement in Canberra on 13 December 2021, officials said.\n", encoding="utf-8")  # fmt: skip
    done = diplomap("run", str(tmp_path), "--store", store)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "done"
    after = len(diplomap("documents", "--store", store).stdout.splitlines())
    assert after == before + 1


def test_a_run_with_its_own_files_is_refused_while_a_server_reads_the_inputs(
        served: tuple[str, int], tmp_path: Path) -> None:  # fmt: skip
    # the server reads uploaded inputs with its own settings: files named here would be ignored
    store, _ = served
    before = len(diplomap("documents", "--store", store).stdout.splitlines())
    (tmp_path / "new.txt").write_text("Date: 2021-12-14\n\nJapan and Australia held talks in Tokyo.\n",
                                      encoding="utf-8")  # fmt: skip
    lexicon = tmp_path / "ours.yaml"
    lexicon.write_text("verbs:\n  - {lemma: ram, cameo: '190'}\n", encoding="utf-8")
    refused = diplomap("run", str(tmp_path / "new.txt"), "--store", store, "--event-lexicon", str(lexicon))
    assert refused.returncode == 2 and "event_lexicon_files" in " ".join(refused.stderr.split())
    # named in a config file rather than as an option, the same
    config = tmp_path / "diplomap.toml"
    config.write_text(f'[diplomap]\nevent_lexicon_files = "{lexicon}"\n', encoding="utf-8")
    configured = diplomap("run", str(tmp_path / "new.txt"), "--store", store, "--config", str(config))
    assert configured.returncode == 2 and "event_lexicon_files" in " ".join(configured.stderr.split())
    assert len(diplomap("documents", "--store", store).stdout.splitlines()) == before


def test_a_stale_announcement_is_ignored(tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    server_file(store).write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": 2**22 + 12345}))
    assert server_for(store) is None, "a dead server's file does not reroute commands"

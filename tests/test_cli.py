"""The command line, run as a user runs it (a real subprocess, a real store file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import PAGE_DUMP

CONTRACT_FIELDS = {
    "id",
    "origin",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "date_precision",
    "published_estimate",
    "language",
    "words",
    "text_hash",
    "warnings",
}


def diplomap(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOMAP_")}
    return subprocess.run(
        [sys.executable, "-m", "diplomap", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_cli_run_documents_forget(tmp_path: Path) -> None:
    store = str(tmp_path / "s.duckdb")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(PAGE_DUMP)
    (tmp_path / "in" / "blank.txt").write_text("")
    ran = diplomap("run", str(tmp_path / "in"), "--store", store, "--json")
    assert ran.returncode == 0, ran.stderr
    summary = json.loads(ran.stdout)
    assert summary["stored"] == 1 and summary["rejected_by_reason"] == {"empty": 1}

    listed = diplomap("documents", "--store", store, "--format", "jsonl", "--text")
    [doc] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert CONTRACT_FIELDS | {"text"} <= set(doc)
    assert doc["title"] == "Seoul and Tokyo mend a frayed relationship"
    assert doc["published"] == "2023-03-16" and doc["date_precision"] == "day"

    rejected = diplomap("documents", "--store", store, "--format", "jsonl", "--rejected")
    [rej] = [json.loads(line) for line in rejected.stdout.splitlines()]
    assert set(rej) == {"origin", "reason", "detail"} and rej["reason"] == "empty"

    table = diplomap("documents", "--store", store)
    assert table.returncode == 0 and "Seoul and Tokyo" in table.stdout

    gone = diplomap("forget", doc["id"], "--store", store)
    assert gone.returncode == 0 and doc["id"] in gone.stdout
    again = diplomap("forget", doc["id"], "--store", store)
    assert again.returncode == 1 and "no document" in again.stderr


def test_cli_reads_standard_input(tmp_path: Path) -> None:
    store = str(tmp_path / "s.duckdb")
    ran = diplomap("ingest", "-", "--store", store, "--json", stdin=PAGE_DUMP.encode())
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["stored"] == 1
    [doc] = [json.loads(x) for x in diplomap("documents", "--store", store, "--format", "jsonl").stdout.splitlines()]
    assert doc["origin"].startswith("stdin:")


def test_cli_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    ran = diplomap("run", str(tmp_path / "nowhere"), "--store", str(tmp_path / "s.duckdb"))
    assert ran.returncode == 2 and "no such file or folder" in ran.stderr


def test_cli_documents_on_missing_store(tmp_path: Path) -> None:
    ran = diplomap("documents", "--store", str(tmp_path / "none.duckdb"))
    assert ran.returncode == 2 and "no store at" in ran.stderr


def test_cli_every_command_is_documented_in_readme() -> None:
    from diplomap.cli.main import app

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__  # type: ignore[union-attr]
        assert f"diplomap {name}" in readme, f"`diplomap {name}` is not documented in README.md"


def test_cli_non_english_is_stored_and_its_skip_counted(tmp_path: Path) -> None:
    text = (
        "Le président sud-coréen Moon Jae-in a rencontré Xi Jinping à Pékin le 14 décembre 2017. "
        "Les deux dirigeants ont promis de renforcer la coopération économique entre leurs pays."
    )
    (tmp_path / "fr.txt").write_text(text)
    ran = diplomap("run", str(tmp_path / "fr.txt"), "--store", str(tmp_path / "s.duckdb"), "--json")
    summary = json.loads(ran.stdout)
    assert summary["stored"] == 1
    assert summary["skipped"] == {"non-english (English-only stages skipped)": 1}

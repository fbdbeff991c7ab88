"""Actor extraction inside a run: stored mentions, re-runs, recode, forget, the CLI (real store, real model)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import EXAMPLES
from diplomap import api
from diplomap.config import Settings, load_settings
from diplomap.store import Store
from test_cli import diplomap

ARTICLE = """\
Title: Lavrov and Yoon's envoy discuss Ukraine
Date: 2024-06-12

Russian Foreign Minister Sergei Lavrov met a South Korean delegation in Moscow on Wednesday. Lavrov
said Seoul should not send weapons to Kyiv. The Soviet ambassador was not present.

The two countries agreed to keep talking, the Kremlin said.
"""

MENTION_FIELDS = {"document_id", "start", "end", "text", "code", "sector", "person", "role", "confidence"}


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_run_stores_mentions_with_offsets_into_the_clean_text(tmp_path: Path, settings: Settings) -> None:
    _write(tmp_path / "in", "a.txt", ARTICLE)
    summary = api.run([tmp_path / "in"], settings, extract=True)
    assert summary.extracted == 1 and summary.mentions > 5
    with Store(settings.store, read_only=True) as store:
        [doc] = list(store.documents())
        mentions = list(store.mentions())
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)
    lavrov = next(m for m in mentions if m.text.endswith("Sergei Lavrov"))
    assert (lavrov.code, lavrov.person, lavrov.role, lavrov.date) == ("RUS", "Sergei Lavrov", "foreign minister",
                                                                      "2024-06")  # fmt: skip
    assert "anachronism" in doc.warnings  # the spun-text tell: a Soviet ambassador in 2024


def test_rerun_changes_nothing_and_recode_follows_actor_files(tmp_path: Path, settings: Settings) -> None:
    _write(tmp_path / "in", "a.txt", ARTICLE)
    api.run([tmp_path / "in"], settings, extract=True)
    with Store(settings.store, read_only=True) as store:
        before = list(store.mentions())
    again = api.run([tmp_path / "in"], settings, extract=True)
    assert again.extracted == 0 and again.stored == 0
    assert api.recode(settings).documents == 0, "nothing changed: nothing is read again"

    mine = _write(tmp_path, "mine.yaml", "version: 1\ninstitutions:\n  - {names: [Kyiv], code: XKX, sector: GOV}\n")
    with_file = settings.replace(actor_files=str(mine))
    assert api.recode(with_file).documents == 1
    with Store(settings.store, read_only=True) as store:
        after = {m.text: m for m in store.mentions()}
    assert after["Kyiv"].code == "XKX"
    assert len(after) == len({m.text for m in before})
    assert api.recode(with_file).documents == 0
    # the file's contents are its version, not the path it is named by: moved, or named relatively
    # from a settings file beside it, it recodes nothing; changed, it recodes
    moved = tmp_path / "elsewhere" / "ours.yaml"
    moved.parent.mkdir()
    moved.write_text(mine.read_text(encoding="utf-8"), encoding="utf-8")
    assert api.recode(settings.replace(actor_files=str(moved))).documents == 0
    config = moved.parent / "diplomap.toml"
    config.write_text(f'[diplomap]\nstore = "{settings.store}"\nactor_files = ["ours.yaml"]\n', encoding="utf-8")
    beside = load_settings(config, environ={}, overrides={"progress": False})
    assert beside.actor_files == str(moved) and api.recode(beside).documents == 0
    moved.write_text(mine.read_text(encoding="utf-8").replace("XKX", "XKY"), encoding="utf-8")
    assert api.recode(beside).documents == 1


def test_forget_removes_mentions(tmp_path: Path, settings: Settings) -> None:
    _write(tmp_path / "in", "a.txt", ARTICLE)
    api.run([tmp_path / "in"], settings, extract=True)
    with Store(settings.store) as store:
        [doc] = list(store.documents())
        assert store.count("mentions") > 0
    assert api.forget(doc.id, settings)
    with Store(settings.store, read_only=True) as store:
        assert store.count("mentions") == 0 and store.count("extractions") == 0


def test_cli_actors_lists_contract_fields(tmp_path: Path) -> None:
    store = str(tmp_path / "s.duckdb")
    _write(tmp_path / "in", "a.txt", ARTICLE)
    ran = diplomap("run", str(tmp_path / "in"), "--store", store, "--json")
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["mentions"] > 5
    listed = diplomap("actors", "--store", store, "--format", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and all(set(r) >= MENTION_FIELDS for r in rows)
    kremlin = [r for r in rows if r["text"] == "the Kremlin"]
    assert kremlin and kremlin[0]["code"] == "RUS" and kremlin[0]["sector"] == "GOV"
    only_rus = diplomap("actors", "--store", store, "--format", "jsonl", "--code", "rus")
    assert {json.loads(line)["code"] for line in only_rus.stdout.splitlines()} == {"RUS"}
    table = diplomap("actors", "--store", store)
    assert "Sergei Lavrov" in table.stdout


def test_cli_bad_actor_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.yaml", "persons: [{name: X, roles: [{code: USA, role: president, from: soon}]}]\n")
    _write(tmp_path / "in", "a.txt", ARTICLE)
    ran = diplomap("run", str(tmp_path / "in"), "--store", str(tmp_path / "s.duckdb"), "--actor-file", str(bad))
    assert ran.returncode == 2
    assert "YYYY-MM" in ran.stderr and "bad.yaml" in ran.stderr


def test_examples_corpus_has_actors(tmp_path: Path, settings: Settings) -> None:
    summary = api.run([EXAMPLES], settings, extract=True)
    assert summary.mentions > 100
    with Store(settings.store, read_only=True) as store:
        codes = {m.code for m in store.mentions()}
    assert {"KOR", "PRK", "RUS", "CHN", "USA"} <= codes


def test_descriptions_are_event_parties_not_stored_mentions(tmp_path: Path, settings: Settings) -> None:
    # "the alliance" (resolved to NATO, with ``via``) is a recipient of the event; the store's
    # mentions stay names, as the recogniser's default output and the actor gold are
    text = "Title: Ukraine presses NATO\nDate: 2023-07-11\n\nSweden applied to join NATO in May 2022. " \
        "Ukraine urged the alliance to admit it too.\n"
    _write(tmp_path / "in", "a.txt", text)
    api.run([tmp_path / "in"], settings, extract=True)
    with Store(settings.store, read_only=True) as store:
        mentions = list(store.mentions())
        reports = list(store.event_reports())
    assert "the alliance" not in {m.text for m in mentions}
    assert any(x.code == "NATO" and x.text == "the alliance" for r in reports for x in r.recipients)

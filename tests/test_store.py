"""The DuckDB store: idempotent runs, order-independent cleaning, forget, locks, migrations."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import stored
from diplomap import api
from diplomap.config import Settings
from diplomap.errors import StoreError, StoreLockedError
from diplomap.ingest.sources import iter_paths, read_source
from diplomap.model import Document, InputDone, Rejection
from diplomap.pipeline import RunContext
from diplomap.store import Store
from diplomap.store.shards import Spooled, spool_batch

OUTLET_FOOTER = [
    "Thank you for reading Ridge Review, an independent outlet.",
    "Our partners at the Ridge Foundation keep this site free",
]


PLACES = ["Seoul", "Tokyo", "Busan", "Osaka", "Jeju", "Nagoya", "Incheon"]
TOPICS = ["supply chains", "missile warnings", "fisheries", "student exchanges", "energy", "tourism", "tariffs"]


def _article(i: int, outlet: str = "Ridge Review") -> str:
    place, topic = PLACES[i % 7], TOPICS[i % 7]
    body = [
        f"The foreign ministers of South Korea and Japan met in {place} for talks on {topic}.",
        f"They agreed on steps to improve {topic} and to meet again in {PLACES[(i + 1) % 7]}.",
        f"Officials in {place} said the meeting about {topic} was frank and useful.",
    ]
    return "\n\n".join(
        [
            f"Ministers meet in {place} on {topic}",
            *body,
            *OUTLET_FOOTER,
            f"Copyright © 2023 {outlet}. All rights reserved.",
        ]
    )


def _write_corpus(folder: Path, n: int = 4) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i}.txt"
        p.write_text(_article(i), encoding="utf-8")
        paths.append(p)
    (folder / "empty.txt").write_bytes(b"")
    return paths


def _snapshot(settings: Settings) -> list[dict[str, object]]:
    with Store(settings.store, read_only=True) as store:
        docs = [d.to_json(with_text=True) for d in store.documents()]
        rejected = [(r.origin, r.reason) for r in store.rejections()]
    for d in docs:
        d.pop("origin"), d.pop("origins")
    return [*sorted(docs, key=lambda d: str(d["id"])), {"rejected": sorted(Path(o).name for o, _ in rejected)}]


def test_store_rerun_changes_nothing(tmp_path: Path, settings: Settings) -> None:
    _write_corpus(tmp_path / "in")
    first = api.run([tmp_path / "in"], settings)
    assert (first.stored, first.rejected_total) == (4, 1)
    before = _snapshot(settings)
    second = api.run([tmp_path / "in"], settings)
    assert (second.stored, second.already_known, second.unchanged) == (0, 0, 5)
    assert _snapshot(settings) == before


def test_store_changed_file_is_read_again(tmp_path: Path, settings: Settings) -> None:
    [p, *_] = _write_corpus(tmp_path / "in", n=1)
    api.run([p], settings)
    p.write_text(_article(5))
    again = api.run([p], settings)
    assert (again.unchanged, again.stored) == (0, 1)


def test_store_same_bytes_from_another_path_is_one_document_with_two_origins(
    tmp_path: Path, settings: Settings
) -> None:
    [p, *_] = _write_corpus(tmp_path / "in", n=1)
    copy = tmp_path / "elsewhere" / "renamed.html"
    copy.parent.mkdir()
    copy.write_bytes(p.read_bytes())
    summary = api.run([p, copy], settings)
    assert (summary.stored, summary.already_known) == (1, 1)
    with Store(settings.store, read_only=True) as store:
        [doc] = list(store.documents())
        assert sorted(Path(o).name for o in doc.origins) == ["a0.txt", "renamed.html"]


def test_store_outlet_furniture_found_across_documents(tmp_path: Path, settings: Settings) -> None:
    _write_corpus(tmp_path / "in", n=4)
    summary = api.run([tmp_path / "in"], settings)
    assert summary.recleaned == 4
    with Store(settings.store, read_only=True) as store:
        for doc in store.documents():
            assert doc.outlet == "Ridge Review"
            assert "Thank you for reading" not in doc.text and "Ridge Foundation" not in doc.text
            assert "foreign ministers" in doc.text


def test_store_result_does_not_depend_on_input_order(tmp_path: Path) -> None:
    paths = _write_corpus(tmp_path / "in", n=4)
    one = Settings(store=str(tmp_path / "one.duckdb"), progress=False)
    two = Settings(store=str(tmp_path / "two.duckdb"), progress=False)
    for p in paths:  # one at a time: furniture appears only once the third document arrives
        api.run([p], one)
    api.run(list(reversed(paths)), two)
    assert _snapshot(one)[:-1] == _snapshot(two)[:-1]


def test_store_forget_removes_document_and_recleans_others(tmp_path: Path, settings: Settings) -> None:
    _write_corpus(tmp_path / "in", n=3)
    api.run([tmp_path / "in"], settings)
    with Store(settings.store, read_only=True) as store:
        victim = next(store.documents()).id
    assert api.forget(victim, settings)
    assert not api.forget(victim, settings)
    with Store(settings.store, read_only=True) as store:
        docs = list(store.documents())
        assert len(docs) == 2 and victim not in {d.id for d in docs}
        # with two documents left the footer is no longer the outlet's furniture: texts restored
        assert all("Thank you for reading" in d.text for d in docs)
        lines = store.db.execute("SELECT count(*) FROM document_lines WHERE document_id = ?", [victim]).fetchone()
        assert lines == (0,)


def test_store_workers_give_the_same_store(tmp_path: Path) -> None:
    _write_corpus(tmp_path / "in", n=6)
    one = Settings(store=str(tmp_path / "w1.duckdb"), progress=False, workers=1)
    two = Settings(store=str(tmp_path / "w2.duckdb"), progress=False, workers=2, batch_size=2)
    api.run([tmp_path / "in"], one)
    api.run([tmp_path / "in"], two)
    assert _snapshot(one) == _snapshot(two)


def test_store_locked_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreLockedError, match="another process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait()


def test_store_missing_file_read_only_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_store_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    Store(path).close()
    with Store(path) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM schema_migrations").fetchall()]
    assert names == ["0001_documents", "0002_inputs", "0003_mentions", "0004_events", "0005_reuse",
                     "0006_consolidated", "0007_stances", "0008_event_confidence"]


def test_a_store_from_before_the_confidence_keeps_its_reports(tmp_path: Path, settings: Settings) -> None:
    """A store written by a diplomap without report confidence: read-only, its reports list with no
    confidence and a confidence filter says what to do; opened for writing, it gains the column and
    loses nothing; `recode` gives every report its confidence."""
    stored(tmp_path, settings, {"story.txt": "Title: Talks\nDate: 2023-03-16\n\nJapan imposed sanctions on Russia "
                                            "on Monday.\n"})  # fmt: skip
    with Store(settings.store) as store:  # as the older diplomap left it
        store.db.execute("DROP INDEX event_reports_document")  # (DuckDB alters no table an index depends on)
        store.db.execute("ALTER TABLE event_reports DROP COLUMN confidence")
        store.db.execute("CREATE INDEX event_reports_document ON event_reports (document_id)")
        store.db.execute("DELETE FROM schema_migrations WHERE name = '0008_event_confidence'")
    with Store(settings.store, read_only=True) as store:
        [old] = list(store.event_reports())
        assert old.cameo_root == "16" and old.confidence is None
        with pytest.raises(StoreError, match="recode"):
            list(store.event_reports(min_confidence=0.5))
    with Store(settings.store) as store:  # migrated, not yet recoded: kept, and the filter still says what to do
        [kept] = list(store.event_reports())
        assert kept == old
        with pytest.raises(StoreError, match="recode"):
            list(store.event_reports(min_confidence=0.0))
    api.recode(settings, force=True)  # (an upgrade changes the coder's version, which recodes without force)
    [recoded] = api.event_reports(settings, min_confidence=0.0)
    assert recoded.id == old.id and recoded.confidence is not None


def test_store_rejections_keep_origin_and_reason(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "config.json").write_text(json.dumps({"debug": True, "port": 8080}))
    (folder / "image.jpg").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    summary = api.run([folder], settings)
    assert summary.rejected == {"empty": 1, "not-wordpress": 1, "binary": 1}
    with Store(settings.store, read_only=True) as store:
        found = {Path(r.origin).name: r.reason for r in store.rejections()}
    assert found == {"empty.txt": "empty", "config.json": "not-wordpress", "image.jpg": "binary"}


def test_store_unreadable_input_is_recorded_and_the_run_goes_on(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "in"
    _write_corpus(folder, n=1)
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    summary = api.run([folder], settings)
    assert summary.stored == 1 and summary.rejected["unreadable"] == 1
    with Store(settings.store, read_only=True) as store:
        [why] = [r for r in store.rejections() if r.reason == "unreadable"]
    assert "cannot read" in why.detail


def test_store_fixed_input_is_no_longer_a_rejection(tmp_path: Path, settings: Settings) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"")
    api.run([page], settings)
    page.write_text(_article(1))
    api.run([page], settings)
    with Store(settings.store, read_only=True) as store:
        assert store.count("documents") == 1 and store.rejections() == []


def test_store_rejection_reason_follows_the_file(tmp_path: Path, settings: Settings) -> None:
    f = tmp_path / "f.txt"
    f.write_bytes(b"")
    api.run([f], settings)
    f.write_bytes(b"%PDF-1.7 not an article")
    api.run([f], settings)
    with Store(settings.store, read_only=True) as store:
        assert [(Path(r.origin).name, r.reason) for r in store.rejections()] == [("f.txt", "unsupported-format")]


def test_store_linked_folders_are_followed_once(tmp_path: Path, settings: Settings) -> None:
    _write_corpus(tmp_path / "real", n=2)
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(tmp_path / "real")
    (top / "loop").symlink_to(top)
    summary = api.run([top], settings)
    assert summary.stored == 2


def test_store_standard_input_only_once(tmp_path: Path, settings: Settings) -> None:
    from diplomap.errors import InputError

    with pytest.raises(InputError, match="only once"):
        api.run(["-", "-"], settings)


def test_store_keeps_the_better_copy_of_one_url_in_any_order(tmp_path: Path) -> None:
    post = {"date": "2024-06-19T21:30:00", "link": "https://wire.example/a/", "slug": "a",
            "title": {"rendered": "Putin and Kim sign a treaty"},
            "content": {"rendered": "<p>" + " ".join(f"Sentence {i} of the treaty story is here." for i in range(30))
                        + "</p>"}}  # fmt: skip
    full = tmp_path / "full.json"
    full.write_text(json.dumps(post))
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(post)[:700])
    one = Settings(store=str(tmp_path / "one.duckdb"), progress=False)
    two = Settings(store=str(tmp_path / "two.duckdb"), progress=False)
    api.run([cut], one)
    api.run([full], one)
    api.run([full], two)
    api.run([cut], two)
    assert _snapshot(one) == _snapshot(two)
    with Store(one.store, read_only=True) as store:
        [doc] = list(store.documents())
    assert not doc.warnings & {"truncated", "recovered-json"} and len(doc.origins) == 2


def test_store_headline_is_picked_again_when_a_tagline_turns_out_to_be_furniture(tmp_path: Path) -> None:
    # An outlet whose dumps open with a masthead line that looks like a headline on its own.
    def dump(i: int) -> str:
        place, topic = PLACES[i % 7], TOPICS[i % 7]
        return "\n\n".join([
            "Seoul Tokyo ministers talks review",  # the masthead: it shares words with every article
            f"Talks in {place} on {topic} went well",
            f"The foreign ministers of South Korea and Japan met in {place} for talks on {topic} this week.",
            f"Officials from Seoul and Tokyo said the talks on {topic} in {place} were useful and frank.",
            "Copyright © 2024 Strait Review. All rights reserved.",
        ])  # fmt: skip

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(dump(i))
    from diplomap.clean.stage import clean_draft
    from diplomap.model import Draft, digest

    alone = clean_draft(Draft("x", "text", dump(0), "text", digest(b"x")))
    assert isinstance(alone, Document) and alone.title == "Seoul Tokyo ministers talks review"
    settings = Settings(store=str(tmp_path / "s.duckdb"), progress=False)
    api.run([folder], settings)
    with Store(settings.store, read_only=True) as store:
        titles = sorted(d.title or "" for d in store.documents())
    assert all(t.startswith("Talks in ") for t in titles), titles


def test_store_huge_plain_file_is_rejected_unread_but_a_big_feed_is_read(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "s.duckdb"), progress=False, max_document_bytes=2000)
    big = tmp_path / "big.txt"
    big.write_text(_article(1) * 20)
    items = "".join(f"<item><title>T{i}</title><link>https://f.example/{i}</link><description>"
                    f"{_article(i)[:300]}</description></item>" for i in range(8))  # fmt: skip
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>')
    summary = api.run([big, feed], settings)
    assert summary.rejected == {"too-large": 1} and summary.stored == 8


def test_store_spooled_shards_load_as_add_stores(tmp_path: Path) -> None:
    """Documents the workers wrote to Parquet shards load into the store as ``add`` stores them:
    new ones in bulk; a copy read twice, one already stored, and the rejections on the row path."""
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, n=6)
    (corpus / "copy.txt").write_bytes((corpus / "a2.txt").read_bytes())  # the same text again: one document
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")  # a rejection
    pipeline = api.ingest_pipeline()
    ctx = RunContext(Settings())
    pipeline.setup(ctx)
    per_input = [list(pipeline.run([read_source(p)], ctx)) for p in sorted(iter_paths([corpus]))]
    assert any(isinstance(o, Rejection) for out in per_input for o in out)
    done = [InputDone(f"input-{i}", "digest", len(out), 0) for i, out in enumerate(per_input)]

    by_add, by_shards = tmp_path / "add.duckdb", tmp_path / "shards.duckdb"
    with Store(by_add) as store:
        store.add([per_input[0][0]])  # stored before: the shards bring it again
        added = store.add([o for out in per_input for o in out] + done)
    folder = tmp_path / "spool"
    folder.mkdir()
    markers = spool_batch(str(folder), "shard-000000000000", per_input[:4]) + spool_batch(
        str(folder), "shard-000000000004", per_input[4:])  # fmt: skip
    assert all(isinstance(m[0], Spooled) for m in markers)
    assert [(m[0].documents, m[0].rejections) for m in markers] == [
        (sum(isinstance(o, Document) for o in out), sum(isinstance(o, Rejection) for o in out)) for out in per_input
    ]
    shards = sorted({m[0].shard for m in markers})
    with Store(by_shards) as store:
        store.add([per_input[0][0]])
        loaded = store.load_shards(shards, done)
    assert loaded == added and loaded["stored"] >= 5 and loaded["already-known"] == 2
    assert _tables(by_shards) == _tables(by_add)


def _tables(path: Path) -> dict[str, list[str]]:
    out = {}
    with Store(path, read_only=True) as store:
        for table in ("documents", "origins", "rejections", "document_lines", "inputs"):
            columns = [c for c, kind, *_ in store.db.execute(f"DESCRIBE {table}").fetchall() if "TIMESTAMP" not in kind]
            rows = store.db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(json.dumps(r, default=str) for r in rows)
    return out


def test_store_extraction_warnings_replace_their_own_and_keep_cleanings(tmp_path: Path, settings: Settings) -> None:
    from diplomap.model import DocumentActors

    _write_corpus(tmp_path / "in", n=3)
    api.run([tmp_path / "in"], settings, extract=False)
    with Store(settings.store) as store:
        docs = sorted(store.documents(), key=lambda d: d.id)
        cleaning = {d.id: set(d.warnings) for d in docs}
        marked = {docs[0].id: {"anachronism", "machine-spun-suspected"}, docs[1].id: {"anachronism"}}
        store.save_actors([DocumentActors(d.id, d.text_hash, "v1", (), frozenset(marked.get(d.id, ()))) for d in docs])
        after = {d.id: set(d.warnings) for d in store.documents()}
        assert after == {i: cleaning[i] | marked.get(i, set()) for i in cleaning}
        # A second extraction replaces what the first raised, and cleaning's warnings stay.
        second = [frozenset({"anachronism"} if d is docs[2] else ()) for d in docs]
        store.save_actors([DocumentActors(d.id, d.text_hash, "v2", (), w) for d, w in zip(docs, second, strict=True)])
        again = {d.id: set(d.warnings) for d in store.documents()}
        assert again == {i: cleaning[i] | ({"anachronism"} if i == docs[2].id else set()) for i in cleaning}

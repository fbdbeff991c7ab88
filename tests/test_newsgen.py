"""bench/newsgen.py: the synthetic news generator is deterministic, keeps its mix and its copy
truth, rarely repeats a 12-word run between unrelated documents, and writes what diplomap reads."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import newsgen


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def stream() -> list[dict[str, object]]:
    return list(newsgen.iter_records(1500, seed=11))


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a = newsgen.generate(tmp_path / "a", 120, seed=4)
    b = newsgen.generate(tmp_path / "b", 120, seed=4)
    assert a == b
    assert files(tmp_path / "a") == files(tmp_path / "b")
    newsgen.generate(tmp_path / "c", 120, seed=5)
    assert files(tmp_path / "a") != files(tmp_path / "c")
    # the records in memory are the documents written
    written = [json.loads(line) for line in (tmp_path / "a" / "jsonl" / "shard-00000.jsonl").open(encoding="utf-8")]
    in_memory = {r["url"]: r for r in newsgen.iter_records(120, seed=4)}
    assert written and all(in_memory[w["url"]]["text"] == w["text"] for w in written)


def test_mix_and_lengths(stream: list[dict[str, object]]) -> None:
    kinds = Counter(r["kind"] for r in stream)
    n = len(stream)
    geo = kinds["wire"] + kinds["opinion"]
    assert abs(geo / n - 0.3) < 0.04
    assert abs(kinds["opinion"] / geo - 0.25) < 0.07
    relations = Counter(r["relation"] for r in stream)
    assert abs(relations["syndicated"] / n - 0.05) < 0.02
    assert 0.002 < relations["exact"] / n < 0.02
    assert 0.008 < relations["partial"] / n < 0.035
    assert 0.002 < relations["spun"] / n < 0.02
    words = {k: [len(str(r["text"]).split()) for r in stream if r["kind"] == k and not r["relation"]] for k in kinds}
    mean = {k: sum(v) / len(v) for k, v in words.items()}
    assert 650 < mean["wire"] < 780 and 820 < mean["opinion"] < 1000 and 360 < mean["other"] < 460, mean
    assert {r["section"] for r in stream if r["kind"] == "other"} == set(newsgen.SECTIONS)


def test_copies_are_in_the_truth(tmp_path: Path) -> None:
    manifest = newsgen.generate(tmp_path, 500, seed=2)
    truth = [json.loads(line) for line in (tmp_path / newsgen.META / "truth.jsonl").open(encoding="utf-8")]
    assert len(truth) == manifest["copy_pairs"] == len(manifest["pairs"]) > 20
    assert {t["relation"] for t in truth} == {"syndicated", "spun", "exact", "partial"}
    records = {r["id"]: r for r in newsgen.iter_records(500, seed=2)}
    for t in truth:
        a, b = records[t["a"]], records[t["b"]]
        assert b["copy_of"] == a["id"] and b["relation"] == t["relation"] and a["relation"] is None
        assert t["a_at"] and t["b_at"] and t["b_url"] == b["url"]
        source = set(str(a["text"]).split("\n\n"))
        copy = set(str(b["text"]).split("\n\n"))
        if t["relation"] == "exact":
            assert a["text"] == b["text"] and a["url"] == b["url"]
            if t["a_at"].startswith("dumps/"):  # the same bytes under another name
                assert (tmp_path / t["a_at"]).read_bytes() == (tmp_path / t["b_at"]).read_bytes()
        elif t["relation"] == "syndicated":
            assert a["outlet"] != b["outlet"] and a["title"] != b["title"]
            assert len(source & copy) >= len(source) - 6  # a sentence or two cut, a word edited
        elif t["relation"] == "partial":
            assert 1 <= len(source & copy) <= 4 and len(copy - source) >= 3
        else:  # spun: same paragraphs, other words
            assert str(a["text"]).count("\n\n") == str(b["text"]).count("\n\n") and a["text"] != b["text"]


def test_unrelated_documents_rarely_share_a_12_word_run(stream: list[dict[str, object]]) -> None:
    found = newsgen.shingle_rarity(stream[:500])
    # measured on this sample: pairs 0.00028, documents 0.12 (on 2,000 documents: 0.00028 and 0.33)
    assert found["share_of_unrelated_pairs"] < 0.0006, found
    assert found["share_of_documents"] < 0.2, found


@pytest.mark.slow  # ~10 s, most of it loading the language model
def test_diplomap_reads_and_codes_a_generated_corpus(tmp_path: Path) -> None:
    from diplomap import api
    from diplomap.config import Settings

    # seed 1 puts a ~5,000-byte wire story first: a JSONL file whose first record is longer than
    # the 4,096 bytes format detection starts from
    manifest = newsgen.generate(tmp_path / "corpus", 60, seed=1, geo_share=0.5)
    first = (tmp_path / "corpus" / "jsonl" / "shard-00000.jsonl").open(encoding="utf-8").readline()
    assert len(first.encode("utf-8")) > 4096
    settings = Settings(store=str(tmp_path / "ng.duckdb"), progress=False)
    summary = api.run([tmp_path / "corpus"], settings, extract=True)
    assert summary.read == 60 and summary.rejected_total == 0
    assert summary.stored == manifest["distinct_documents_for_diplomap"]
    assert summary.already_known == manifest["relations"].get("exact", 0)
    kind = {r["url"]: r["kind"] for r in newsgen.iter_records(60, seed=1, geo_share=0.5)}
    import duckdb

    db = duckdb.connect(settings.store, read_only=True)
    try:
        rows = db.execute(
            "SELECT d.url, count(e.id) FROM documents d LEFT JOIN event_reports e ON e.document_id = d.id "
            "WHERE d.url IS NOT NULL GROUP BY d.url"
        ).fetchall()
    finally:
        db.close()
    geo = [n for url, n in rows if kind[url] != "other"]
    other = [n for url, n in rows if kind[url] == "other"]
    assert geo and other
    assert sum(n > 0 for n in geo) >= 0.9 * len(geo)  # every geopolitical story carries events
    assert sum(geo) / len(geo) > 10 * max(1.0, sum(other) / len(other))

"""The bundled examples/ corpus against examples/expected.json (written with the corpus)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from diplomap import api
from diplomap.config import Settings
from diplomap.model import Document, canonical_url
from diplomap.store import Store

EXPECTED: dict[str, Any] = json.loads((EXAMPLES.parent / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[Document]], dict[str, str]]:
    store = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    settings = Settings(store=str(store), progress=False)
    api.run([EXAMPLES], settings)
    by_file: dict[str, list[tuple[int, Document]]] = {}
    rejected: dict[str, str] = {}
    with Store(store, read_only=True) as s:
        for doc in s.documents():
            for origin in doc.origins:
                path, _, member = origin.partition("#")
                rel = Path(path).relative_to(EXAMPLES).as_posix()
                number = int(re.sub(r"\D", "", member) or 0)
                by_file.setdefault(rel, []).append((number, doc))
        for r in s.rejections():
            path, _, member = r.origin.partition("#")
            rejected[Path(path).relative_to(EXAMPLES).as_posix() + (f"#{member}" if member else "")] = r.reason
    return {k: [d for _, d in sorted(v, key=lambda x: x[0])] for k, v in by_file.items()}, rejected


def _norm(value: object) -> object:
    return re.sub(r"\s+", " ", value).strip() if isinstance(value, str) else value


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_examples_file_is_read_as_expected(path: str, stored: tuple[dict[str, list[Document]], dict[str, str]]) -> None:
    docs_by_file, rejected = stored
    expected = EXPECTED[path]
    if isinstance(expected, dict) and "rejected" in expected:
        assert path in rejected, f"{path} should be rejected ({expected['rejected']}) but was not"
        return
    if isinstance(expected, dict):  # a container with rejected lines and documents
        for line in expected.get("rejected_lines", []):
            number = line["line"] if isinstance(line, dict) else line
            assert f"{path}#line-{number}" in rejected, f"{path} line {number} should be rejected"
        expected = expected.get("documents", [])
    docs = docs_by_file.get(path, [])
    assert len(docs) == len(expected), f"{path}: {len(docs)} documents stored, {len(expected)} expected"
    problems = []
    for doc, want in zip(docs, expected, strict=True):
        got = {
            "title": doc.title,
            "published": doc.published.value if doc.published else None,
            "outlet": doc.outlet,
            "url": doc.url,
            "author": doc.author,
            "language": doc.language,
        }
        for field, value in got.items():
            if field not in want:
                continue
            target = want[field]
            if field == "url" and target:
                target = canonical_url(target)
            if _norm(value) != _norm(target):
                problems.append(f"{field}: got {value!r}, expected {target!r}")
        for sentence in want.get("must_keep", []):
            if _norm(sentence) not in _norm(doc.text):
                problems.append(f"lost article sentence: {sentence[:60]!r}")
        for furniture in want.get("must_drop", []):
            if furniture in doc.text:
                problems.append(f"furniture left in text: {furniture[:60]!r}")
    assert not problems, f"{path}:\n  " + "\n  ".join(problems)

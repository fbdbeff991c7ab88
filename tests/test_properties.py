"""Property tests: readers and cleaners never crash; every input gives documents or reasons."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PAGE_DUMP
from diplomap.clean.lines import judge_lines
from diplomap.clean.stage import clean_draft
from diplomap.ingest.stage import read_input
from diplomap.model import REJECTION_REASONS, Document, Draft, RawInput, Rejection

SEEDS = [
    PAGE_DUMP.encode(),
    json.dumps(
        {
            "title": {"rendered": "T"},
            "content": {"rendered": "<p>A sentence that is long enough.</p>"},
            "link": "https://x.example/a",
            "date": "2020-01-02T03:04:05",
        }
    ).encode(),
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>I</title>'
    b"<description>A sentence that is long enough to be one.</description></item></channel></rss>",
    b"<html><head><title>P</title></head><body><p>Some article sentence here, long enough.</p></body></html>",
    b'{"text": "Line one of an article.", "title": "J"}\n{"text": "Another one here."}\n',
]


def _process(data: bytes) -> list[Document | Rejection]:
    out: list[Document | Rejection] = []
    for item in read_input(RawInput("prop", data), 1_000_000):
        out.append(clean_draft(item, timeout_s=5) if isinstance(item, Draft) else item)
    return out


def _check(results: list[Document | Rejection]) -> None:
    assert results, "an input must give at least one document or one reason"
    for r in results:
        if isinstance(r, Rejection):
            assert r.reason in REJECTION_REASONS and r.detail
        else:
            assert isinstance(r, Document) and r.id and isinstance(r.text, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_properties_random_bytes(data: bytes) -> None:
    _check(_process(data))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "cut":
            del data[pos:]
        elif op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=20))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 50))]
    return bytes(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_properties_mutated_real_formats(data: bytes) -> None:
    _check(_process(data))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_properties_line_judgement_is_pure_and_total(text: str) -> None:
    first = judge_lines(text)
    assert len(first.lines) == len(first.kinds) == len(text.split("\n"))
    assert judge_lines(text) == first

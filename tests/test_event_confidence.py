"""The report confidence (`extract.events.confidence`): on every report, stored, filtered by the CLI,
the API and the server, and measured on the gold set's blind half against pinned floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from conftest import stored
from diplomap import api
from diplomap.config import Settings
from diplomap.extract.events import EventCoder
from diplomap.extract.events.confidence import (
    ConfidenceModel,
    context_features,
    features_of,
    load_confidence_model,
    report_features,
)
from diplomap.extract.events.grammar import usable_mentions
from diplomap.extract.recognise import ActorRecogniser
from diplomap.serve import queries
from diplomap.store import Store
from test_cli import diplomap

ROOT = Path(__file__).resolve().parents[1]

# written for this test: a meeting with both parties named, a statement, a warning aimed from context
STORY = (
    "Title: Seoul and Tokyo hold talks\nDate: 2023-03-16\n\n"
    "South Korea's president, Yoon Suk Yeol, met Japan's prime minister, Fumio Kishida, in Tokyo on Thursday.\n\n"
    "China said it was watching the talks closely.\n\n"
    "North Korea fired a ballistic missile into the sea hours before the meeting, and Seoul condemned the launch."
)


def test_every_report_has_a_confidence_from_the_shipped_model() -> None:
    model = load_confidence_model()
    assert len(model.weights) > 100, "the shipped model is fitted, not empty"
    text = STORY.split("\n\n", 1)[1]
    rec, coder = ActorRecogniser(), EventCoder()
    mentions = rec.recognise(text)
    first = coder.code(text, mentions)
    assert first and all(r.confidence is not None and 0.0 < r.confidence < 1.0 for r in first)
    for r, features in zip(first, features_of(first, usable_mentions(mentions)), strict=True):
        in_sentence = sum((o.start, o.end) == (r.start, r.end) for o in first)
        assert features == report_features(r, in_sentence) + context_features(r, usable_mentions(mentions))
        assert r.confidence == round(model.probability(features), 3)
    again = EventCoder().code(text, rec.recognise(text))
    assert [r.confidence for r in again] == [r.confidence for r in first], "the same report, the same confidence"


def test_the_features_say_how_a_report_was_coded() -> None:
    text = "Japan imposed sanctions on Russia on Monday."
    [r] = EventCoder().code(text, ActorRecogniser().recognise(text))
    features = set(report_features(r))
    assert {"root=16", "status=occurred", "recipient-from=sentence", "actors=1", "recipients=1"} <= features
    model = ConfidenceModel({"root=16": 2.0}, 0.0)
    assert model.probability(features) > model.probability(features - {"root=16"}) == 0.5


def test_the_features_say_what_else_the_sentence_names() -> None:
    """A third state named in the sentence but left out of the report is where recipients go wrong."""
    rec, coder = ActorRecogniser(), EventCoder()
    plain = "Japan imposed sanctions on Russia on Monday."
    mentions = rec.recognise(plain)
    [r] = coder.code(plain, mentions)
    assert set(context_features(r, usable_mentions(mentions))) == {
        "sent-codes=2", "other-codes=0", "other-codes=0|recipients=1", "recip-dist=<40"}  # fmt: skip
    crowded = "Japan imposed sanctions on Russia on Monday, a day after France and Germany did the same."
    mentions = rec.recognise(crowded)
    first = next(r for r in coder.code(crowded, mentions) if r.cameo_root == "16")
    assert {"sent-codes=4", "other-codes=2", "other-codes=2|recipients=1"} <= set(
        context_features(first, usable_mentions(mentions)))

def test_reports_are_filtered_by_confidence(tmp_path: Path, settings: Settings) -> None:
    stored(tmp_path, settings, {"story.txt": STORY})
    every = api.event_reports(settings)
    assert len(every) >= 3 and all(r.confidence is not None for r in every)
    threshold = sorted(r.confidence or 0.0 for r in every)[len(every) // 2]
    kept = api.event_reports(settings, min_confidence=threshold)
    assert {r.id for r in kept} == {r.id for r in every if (r.confidence or 0.0) >= threshold}
    assert 0 < len(kept) < len(every)

    listed = diplomap("events", "--store", settings.store, "--format", "jsonl", "--min-confidence", str(threshold))
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {row["id"] for row in rows} == {r.id for r in kept} and all(row["confidence"] >= threshold for row in rows)
    table = diplomap("events", "--store", settings.store)
    assert table.returncode == 0 and "conf." in table.stdout
    refused = diplomap("events", "--store", settings.store, "--min-confidence", "0.5", "--consolidated")
    assert refused.returncode != 0 and "--min-confidence" in refused.stderr
    out_of_range = diplomap("events", "--store", settings.store, "--min-confidence", "1.5")
    assert out_of_range.returncode != 0

    with Store(settings.store, read_only=True) as store:
        page, more = queries.list_events(store, queries.EventFilters(min_confidence=threshold), consolidated=False,
                                         limit=100, offset=0)  # fmt: skip
    assert not more and {e["id"] for e in page} == {r.id for r in kept}


def test_confidence_separates_right_from_wrong_on_the_blind_half() -> None:
    """On the half the model was not fitted on: the reports it trusts are right more often, and its
    confidence is close to how often they are (floors just under the figures in bench/README)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from event_confidence import svg_plot
    from train_event_confidence import collect, scores

    docs = collect("blind")
    s = scores([(r.confidence, r.label) for d in docs for r in d.rows], sum(d.gold_events for d in docs))
    rows = s["by_threshold"]
    assert isinstance(rows, dict)
    everything, trusted, surest = rows["0.0"], rows["0.6"], rows["0.8"]
    assert trusted["precision"] >= everything["precision"] + 0.18, rows
    assert trusted["recall"] >= 0.22, rows
    assert surest["precision"] >= 0.80, rows
    assert float(s["ece"]) <= 0.07, s["ece"]  # type: ignore[arg-type]
    svg = svg_plot(s, "blind")
    assert svg.startswith("<svg") and svg.count("<circle") >= 5

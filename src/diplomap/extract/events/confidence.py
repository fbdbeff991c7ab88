"""How far to trust a report: the estimated chance that its actors, recipients, quad class and status
are all right (the gold set's headline rule).

The coder's rules differ in how often they are right: a meeting coded from "met" with both parties
named around the verb is right far more often than a statement whose recipient was taken from the
sentence before. The estimate is a logistic model over what the report itself says of how it was
coded: its rule trace (the kind of construction and the marks of the passes that shaped it: where
the recipient came from, an announcement, a condition), its CAMEO root and status, how many
parties it names, whether it is attributed. Its weights are data (``data/events/confidence.json``),
fitted on the tune half of the gold set by ``bench/train_event_confidence.py``; nothing is learned
at run time, and the same report always gets the same confidence.

Users filter on it (``diplomap events --min-confidence 0.6``): the figures in bench/README give
the precision and recall of each threshold on text the model was not fitted on."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from ...model import EventReport
from ..event_lexicon import RuleTrace

_MODEL_FILE = "confidence.json"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    weights: Mapping[str, float]
    bias: float

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        return cls(dict(data["weights"]), float(data["bias"]))


@cache
def load_confidence_model() -> ConfidenceModel:
    """The shipped model (``diplomap/data/events/confidence.json``)."""
    text = resources.files("diplomap.data.events").joinpath(_MODEL_FILE).read_text(encoding="utf-8")
    return ConfidenceModel.from_json(json.loads(text))


def _count(n: int) -> str:
    return str(n) if n < 2 else "2+"


def report_features(r: EventReport, reports_in_sentence: int = 1) -> tuple[str, ...]:
    """What a report says of how it was coded, as feature names ("root=04", "mark=fallback-recipient")."""
    trace = RuleTrace.parse(r.rule)
    recipient_source = next((m for m in ("fallback-recipient", "context-recipient") if m in trace.marks),
                            "sentence" if r.recipients else "none")  # fmt: skip
    f = [
        f"root={r.cameo_root}", f"quad={r.quad_class}", f"status={r.status}", f"kind={trace.kind}",
        f"actors={_count(len(r.actors))}", f"recipients={_count(len(r.recipients))}",
        f"recipient-from={recipient_source}", f"root={r.cameo_root}|recipient-from={recipient_source}",
        f"kind={trace.kind}|status={r.status}", f"steps={_count(len(trace.senses) - 1)}",
        f"in-sentence={min(reports_in_sentence, 4)}", f"lemma={trace.lemma}",
    ]
    f += [f"mark={m}" for m in sorted(trace.marks)]

    f += ["joint"] if r.joint else []
    f += ["historical"] if r.historical else []
    f += ["attributed"] if r.attribution else []
    f += ["neutral"] if r.neutral else []
    f += ["by-object"] if trace.selected_by_object else []
    f += ["person-actor"] if any(a.person for a in r.actors) else []
    f += [f"actor-sector={a.sector}" for a in r.actors[:1] if a.sector]
    f += ["same-party"] if {a.code for a in r.actors} & {a.code for a in r.recipients} else []
    return tuple(f)


def with_confidence(reports: list[EventReport], model: ConfidenceModel) -> list[EventReport]:
    """The reports, each with its estimated confidence (rounded to 3 places)."""
    per_sentence: dict[tuple[int, int], int] = {}
    for r in reports:
        per_sentence[(r.start, r.end)] = per_sentence.get((r.start, r.end), 0) + 1
    return [replace(r, confidence=round(model.probability(report_features(r, per_sentence[(r.start, r.end)])), 3))
            for r in reports]  # fmt: skip

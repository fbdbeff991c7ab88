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

import hashlib
import json
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from ...model import EventReport, Mention
from ..event_lexicon import RuleTrace

_MODEL_FILE = "confidence.json"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A logistic model: a weight per feature name (absent names weigh nothing) and a bias."""

    weights: Mapping[str, float]
    bias: float
    #: a short digest of the weights file, part of the coder's version: a refitted model recodes
    digest: str = ""

    def probability(self, features: Iterable[str]) -> float:
        """The chance the model gives a report with these features of being right."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, data: Mapping[str, Any], digest: str = "") -> ConfidenceModel:
        return cls(dict(data["weights"]), float(data["bias"]), digest)


@cache
def load_confidence_model() -> ConfidenceModel:
    """The shipped model (``diplomap/data/events/confidence.json``)."""
    text = resources.files("diplomap.data.events").joinpath(_MODEL_FILE).read_text(encoding="utf-8")
    return ConfidenceModel.from_json(json.loads(text), hashlib.sha256(text.encode()).hexdigest()[:8])


def _count(n: int) -> str:
    return str(n) if n < 2 else "2+"


def report_features(r: EventReport, reports_in_sentence: int = 1) -> tuple[str, ...]:
    """What a report says of how it was coded, as feature names ("root=04", "mark=fallback-recipient")."""
    trace = RuleTrace.parse(r.rule)
    recipient_source = next((m for m in ("fallback-recipient", "context-recipient") if m in trace.marks),
                            "sentence" if r.recipients else "none")  # fmt: skip
    # (some pairs always fire together, "neutral" and "root=01" say; the model was registered and
    # measured with them, so they stay until it is refitted and measured again)
    features = [
        f"root={r.cameo_root}", f"quad={r.quad_class}", f"status={r.status}", f"kind={trace.kind}",
        f"actors={_count(len(r.actors))}", f"recipients={_count(len(r.recipients))}",
        f"recipient-from={recipient_source}", f"root={r.cameo_root}|recipient-from={recipient_source}",
        f"kind={trace.kind}|status={r.status}", f"steps={_count(len(trace.senses) - 1)}",
        f"in-sentence={min(reports_in_sentence, 4)}", f"lemma={trace.lemma}",
    ]
    features += [f"mark={m}" for m in sorted(trace.marks)]
    features += ["joint"] if r.joint else []
    features += ["historical"] if r.historical else []
    features += ["attributed"] if r.attribution else []
    features += ["neutral"] if r.neutral else []
    features += ["by-object"] if trace.selected_by_object else []
    features += ["person-actor"] if any(a.person for a in r.actors) else []
    features += [f"actor-sector={a.sector}" for a in r.actors[:1] if a.sector]
    features += ["same-party"] if {a.code for a in r.actors} & {a.code for a in r.recipients} else []
    return tuple(features)


def _bucket(n: int, edges: Sequence[int]) -> str:
    return next((f"<{e}" for e in edges if n < e), f"{edges[-1]}+")


def _mention_codes(m: Mention) -> tuple[str, ...]:
    return (m.code,) if m.code else m.members


def context_features(r: EventReport, mentions: Sequence[Mention]) -> tuple[str, ...]:
    """What the report's sentence says around it: how many actors it names, how many of them the
    report leaves out, and whether (and how near the trigger) its recipients are named there. A
    sentence naming a third state the report does not use is where recipients go wrong most often.
    ``mentions``: the coded mentions the coder reads (parties and coded places), in text order."""
    first = bisect_left(mentions, r.start, key=lambda m: m.start)
    inside = [m for m in mentions[first:] if m.start < r.end and m.end <= r.end]
    named = {c for m in inside for c in _mention_codes(m)}
    actors, recipients = {a.code for a in r.actors}, {a.code for a in r.recipients}
    others = min(len(named - actors - recipients), 2)
    features = [f"sent-codes={min(len(named), 4)}", f"other-codes={others}",
                f"other-codes={others}|recipients={_count(len(recipients))}"]  # fmt: skip
    if recipients and not recipients & named:
        features.append("recipient-not-in-sentence")
    near = [min(abs(m.start - r.trigger_start), abs(m.end - r.trigger_start))
            for m in inside if recipients.intersection(_mention_codes(m))]  # fmt: skip
    if near:
        features.append(f"recip-dist={_bucket(min(near), (10, 40, 100))}")
    return tuple(features)


def features_of(reports: Sequence[EventReport], mentions: Sequence[Mention]) -> list[tuple[str, ...]]:
    """Each report's features, counting the reports of its sentence among the document's
    (``reports``: one document's, as the coder gives them), with what its sentence names around it
    (``mentions``: the coder's parties and coded places, in text order: ``usable_mentions``). What
    training and coding both read."""
    per_sentence = Counter((r.start, r.end) for r in reports)
    return [report_features(r, per_sentence[(r.start, r.end)]) + context_features(r, mentions) for r in reports]


def with_confidence(reports: list[EventReport], model: ConfidenceModel,
                    mentions: Sequence[Mention]) -> list[EventReport]:  # fmt: skip
    """The reports of one document, each with its estimated confidence (rounded to 3 places)."""
    return [replace(r, confidence=round(model.probability(f), 3))
            for r, f in zip(reports, features_of(reports, mentions), strict=True)]  # fmt: skip

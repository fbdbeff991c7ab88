"""Relations: for each pair of actors and period, how cooperative or conflictual their events were.

Computed from real-world events (``diplomap.consolidate``), never from reports, so a meeting
carried by twelve outlets counts once. The formulas (README "Relations"):

* **which events**: status ``occurred`` by default (``planned``/``hypothetical`` on request,
  ``negated`` never); plain statements (``neutral``) left out unless asked for; an event needs a
  date precise enough for the period (an event known only by its year has no quarter).
* **pairs of an event**: each actor with each recipient; a joint event without recipients
  ("Russia and North Korea signed a treaty") pairs its actors with each other. With n distinct
  parties, each pair gets weight ``w = 1/(n-1)`` (1 for two parties), so a summit of twenty
  states does not swamp the dyads.
* **evidence**: an event whose every document is flagged ``machine-spun-suspected`` counts half.
* ``goldstein_sum = Σ w·g``, ``goldstein_mean = goldstein_sum / Σ w``.
* ``index = (C − K) / (C + K)`` in [-1, 1], with ``C = Σ w·max(g, 0)`` and ``K = Σ w·max(−g, 0)``
  (0 when both are 0): the cooperative share of the weighted Goldstein mass minus the conflictual.
* ``confidence = 1 − exp(−S / 3)`` with ``S = Σ w·independent_sources``: 0.28 for one source,
  0.63 for three, 0.96 for ten.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ..consolidate import ConsolidatedEvent
from .periods import Resolution, period_of, sort_key

DEFAULT_STATUSES: frozenset[str] = frozenset({"occurred"})
#: S at which confidence reaches 1 − 1/e
CONFIDENCE_SCALE = 3.0
#: weight of an event known only from texts flagged as machine-spun
SPUN_WEIGHT = 0.5


@dataclass(slots=True)
class Relation:
    """One row of CONTRACTS.md `relations`."""

    period: str
    actor: str
    recipient: str
    directed: bool
    events: int = 0
    quad_counts: dict[str, int] = field(default_factory=lambda: {"1": 0, "2": 0, "3": 0, "4": 0})
    goldstein_sum: float = 0.0
    weight: float = 0.0
    cooperation: float = 0.0
    conflict: float = 0.0
    independent_sources: int = 0
    evidence: float = 0.0
    event_ids: list[str] = field(default_factory=list)

    @property
    def goldstein_mean(self) -> float:
        return self.goldstein_sum / self.weight if self.weight else 0.0

    @property
    def index(self) -> float:
        mass = self.cooperation + self.conflict
        return (self.cooperation - self.conflict) / mass if mass else 0.0

    @property
    def confidence(self) -> float:
        return 1.0 - math.exp(-self.evidence / CONFIDENCE_SCALE)

    def add(self, event: ConsolidatedEvent, weight: float) -> None:
        self.events += 1
        self.quad_counts[str(event.quad_class)] += 1
        self.goldstein_sum += weight * event.goldstein
        self.weight += weight
        self.cooperation += weight * max(event.goldstein, 0.0)
        self.conflict += weight * max(-event.goldstein, 0.0)
        self.independent_sources += event.independent_sources
        self.evidence += weight * event.independent_sources
        self.event_ids.append(event.event_id)

    def to_json(self, *, with_events: bool = False) -> dict[str, object]:
        row: dict[str, object] = {
            "period": self.period, "actor": self.actor, "recipient": self.recipient, "directed": self.directed,
            "events": self.events, "quad_counts": dict(self.quad_counts),
            "goldstein_sum": round(self.goldstein_sum, 3), "goldstein_mean": round(self.goldstein_mean, 3),
            "index": round(self.index, 4), "confidence": round(self.confidence, 4),
            "independent_sources": self.independent_sources, "weight": round(self.weight, 4),
        }  # fmt: skip
        if with_events:
            row["event_ids"] = list(self.event_ids)
        return row


def event_pairs(event: ConsolidatedEvent) -> list[tuple[str, str, float]]:
    """(actor, recipient, weight) of each directed pair an event speaks of (see module docstring)."""
    actors = sorted(set(event.actor_codes))
    recipients = sorted(set(event.recipient_codes))
    if event.joint and not recipients:
        pairs = [(a, b) for a in actors for b in actors if a != b]
    else:
        pairs = [(a, r) for a in actors for r in recipients if a != r]
    parties = len(set(actors) | set(recipients))
    weight = 1.0 / (parties - 1) if parties > 2 else 1.0
    return [(a, b, weight) for a, b in pairs]


def counts_in_relations(event: ConsolidatedEvent, statuses: Collection[str], neutral: bool) -> bool:
    return event.status in statuses and (neutral or not event.neutral)


def compute_relations(
    events: Iterable[ConsolidatedEvent],
    resolution: Resolution = "year",
    *,
    statuses: Collection[str] = DEFAULT_STATUSES,
    neutral: bool = False,
    actors: Sequence[str] = (),
    spun_documents: Collection[str] = frozenset(),
    directed: bool | None = None,
) -> list[Relation]:
    """Relations per pair and period; ``directed`` None gives both kinds of rows, True only the
    directed ones, False only the undirected ones. ``actors`` keeps pairs with either side in it."""
    rows: dict[tuple[str, str, str, bool], Relation] = {}
    wanted = set(actors)
    for event in events:
        if not counts_in_relations(event, statuses, neutral):
            continue
        period = period_of(event.date, event.date_precision, resolution)
        if period is None:
            continue
        evidence = SPUN_WEIGHT if spun_documents and set(event.document_ids) <= set(spun_documents) else 1.0
        undirected_done: set[tuple[str, str]] = set()
        for a, b, weight in event_pairs(event):
            if wanted and a not in wanted and b not in wanted:
                continue
            if directed is not False:
                _row(rows, period, a, b, True).add(event, weight * evidence)
            pair = (min(a, b), max(a, b))
            if directed is not True and pair not in undirected_done:
                undirected_done.add(pair)  # a joint event pairs A→B and B→A: one undirected event
                _row(rows, period, *pair, False).add(event, weight * evidence)
    return sorted(rows.values(), key=lambda r: (sort_key(r.period), r.actor, r.recipient, r.directed))


def _row(rows: dict[tuple[str, str, str, bool], Relation], period: str, a: str, b: str, directed: bool) -> Relation:
    key = (period, a, b, directed)
    if key not in rows:
        rows[key] = Relation(period, a, b, directed)
    return rows[key]


def series(relations: Iterable[Relation], a: str, b: str) -> Iterator[Relation]:
    """The undirected rows of one pair, in time order."""
    pair = (min(a, b), max(a, b))
    found = [r for r in relations if not r.directed and (r.actor, r.recipient) == pair]
    yield from sorted(found, key=lambda r: sort_key(r.period))

"""Change: when a pair's relation turned (change points) and what moved most between two periods.

* **change points** of a pair: binary segmentation of its period series of ``index`` (each period
  weighted by its confidence): the split that maximises ``|mean_before − mean_after| ·
  sqrt(n_before · n_after / n)`` is kept when the shift is at least ``min_shift`` and each side
  has at least ``min_size`` periods with events; both sides are then searched again.
* **comparison** of two periods (``diplomap changes --from 2021 --to 2024``): for each pair, the
  shift of its network weight (``index × confidence``, 0 where it had no event); the largest
  shifts first, each with the events of the later period that pushed in the shift's direction
  (largest ``|goldstein| × independent_sources`` first).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..consolidate import ConsolidatedEvent
from .relations import Relation


@dataclass(frozen=True, slots=True)
class ChangePoint:
    actor: str
    recipient: str
    period: str  # the first period after the change
    before: float
    after: float

    @property
    def shift(self) -> float:
        return self.after - self.before

    def to_json(self) -> dict[str, object]:
        return {"actor": self.actor, "recipient": self.recipient, "period": self.period,
                "before": round(self.before, 4), "after": round(self.after, 4),
                "shift": round(self.shift, 4)}  # fmt: skip


def _mean(rows: Sequence[Relation]) -> float:
    weight = sum(r.confidence for r in rows)
    return sum(r.index * r.confidence for r in rows) / weight if weight else 0.0


def change_points(series: Sequence[Relation], *, min_size: int = 2, min_shift: float = 0.5) -> list[ChangePoint]:
    """Change points of one pair's undirected series (time-ordered rows of one resolution)."""
    if len(series) < 2 * min_size:
        return []
    best: tuple[float, int] | None = None
    for cut in range(min_size, len(series) - min_size + 1):
        left, right = series[:cut], series[cut:]
        shift = abs(_mean(right) - _mean(left))
        score = shift * math.sqrt(len(left) * len(right) / len(series))
        if shift >= min_shift and (best is None or score > best[0]):
            best = (score, cut)
    if best is None:
        return []
    cut = best[1]
    first = series[0]
    here = ChangePoint(first.actor, first.recipient, series[cut].period, _mean(series[:cut]), _mean(series[cut:]))
    return [*change_points(series[:cut], min_size=min_size, min_shift=min_shift), here,
            *change_points(series[cut:], min_size=min_size, min_shift=min_shift)]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Shift:
    actor: str
    recipient: str
    before: Relation | None
    after: Relation | None
    drivers: tuple[ConsolidatedEvent, ...]

    @property
    def weight_before(self) -> float:
        return self.before.index * self.before.confidence if self.before else 0.0

    @property
    def weight_after(self) -> float:
        return self.after.index * self.after.confidence if self.after else 0.0

    @property
    def shift(self) -> float:
        return self.weight_after - self.weight_before

    def to_json(self) -> dict[str, object]:
        side = lambda r: None if r is None else {"period": r.period, "index": round(r.index, 4),  # noqa: E731
                                                 "confidence": round(r.confidence, 4), "events": r.events}  # fmt: skip
        return {
            "actor": self.actor, "recipient": self.recipient, "before": side(self.before), "after": side(self.after),
            "shift": round(self.shift, 4),
            "drivers": [{"event_id": e.event_id, "date": e.date, "cameo": e.cameo, "goldstein": e.goldstein,
                         "actors": e.actor_codes, "recipients": e.recipient_codes,
                         "independent_sources": e.independent_sources, "sentence": e.sentence} for e in self.drivers],
        }  # fmt: skip


def compare(before: Iterable[Relation], after: Iterable[Relation], events: Mapping[str, ConsolidatedEvent], *,
            top: int = 20, drivers: int = 3) -> list[Shift]:  # fmt: skip
    """The pairs whose network weight moved most between two periods' undirected relations."""
    old = {(r.actor, r.recipient): r for r in before if not r.directed}
    new = {(r.actor, r.recipient): r for r in after if not r.directed}
    shifts = []
    for pair in old.keys() | new.keys():
        shift = Shift(pair[0], pair[1], old.get(pair), new.get(pair), ())
        direction = 1 if shift.shift >= 0 else -1
        pushing = [events[i] for i in (shift.after.event_ids if shift.after else ()) if i in events]
        pushing = [e for e in pushing if e.goldstein * direction > 0]
        pushing.sort(key=lambda e: (-abs(e.goldstein) * e.independent_sources, e.date or "", e.event_id))
        shifts.append(Shift(pair[0], pair[1], shift.before, shift.after, tuple(pushing[:drivers])))
    shifts.sort(key=lambda s: (-abs(s.shift), s.actor, s.recipient))
    return shifts[:top]

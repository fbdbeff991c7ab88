"""Merge the many reports of one real-world event into one event (CONTRACTS.md counting rules).

A report is one sentence's claim; the same meeting reported by twelve outlets, in both
directions, over two days of stories, is one event. Two reports belong to one event when:

* **same status** (an occurred meeting and a planned one are different claims);
* **same participants**: the set of actor codes on both sides. For acts that have no direction
  (consult, meet, visit/host, negotiate, sign an agreement, material cooperation) the sides may be
  swapped ("Pompeo met Kim Yong-chol" = "Kim Yong-chol held talks with Pompeo"); for the others
  the acting side and the receiving side must be the same;
* **compatible types**: the same *family*: CAMEO 040–044 and 046 are one family (a visit is a
  meeting is a consultation; 043 "host a visit" is 042 seen from the host), 057 is one, the 06
  root is one; otherwise the two-digit CAMEO root (criticise and accuse are one statement);
* **close dates**: day dates within ``DAY_WINDOW`` days of the event's first day (stories are
  dated the day after; talks run over two days); a month- or year-precise report joins the
  largest event inside its month or year, else an event of its own at that precision; an undated
  report joins an event its own document reports, else stands alone (one per document).

``independent_sources`` counts the event's documents after collapsing those that copy each other
(exact, near-duplicate and paraphrase relations collapse two documents; passage reuse collapses
them only when one of the two reports' sentences lies inside a copied passage).

The ``event_id`` is derived from the smallest report id in the event: stable when later reports
join, and the same whatever order documents were read in.

Reports of different keys never meet, so consolidation is a grouping by key: given an
executor's ``group`` (a Ray cluster's shuffle, say) each partition of keys is consolidated where
it lands, and the events are the same as in one process.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING, Any

import numpy as np

from .execute.local import object_column
from .model import ActorRef, EventReport

if TYPE_CHECKING:
    from .execute import Grouping, Table

CONSOLIDATE_VERSION = "consolidate-1"
#: days between the first and last day-dated report of one event
DAY_WINDOW = 2
#: reuse relations that make a whole document a copy of another
_WHOLE_COPIES = frozenset({"exact", "near-duplicate", "paraphrase"})


@dataclass(frozen=True, slots=True)
class ConsolidatedEvent:
    """One real-world event and the reports of it (CONTRACTS.md `events --consolidated`)."""

    event_id: str
    date: str | None
    date_precision: str | None
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    joint: bool
    cameo: str
    cameo_root: str
    quad_class: int
    plover: str | None
    goldstein: float
    status: str
    historical: bool
    neutral: bool
    reports: int
    independent_sources: int
    documents: int
    report_ids: tuple[str, ...]
    document_ids: tuple[str, ...]
    #: the sentence of the report that represents the event (the most common reading's first report)
    sentence: str

    @property
    def actor_codes(self) -> list[str]:
        return [a.code for a in self.actors if a.code]

    @property
    def recipient_codes(self) -> list[str]:
        return [r.code for r in self.recipients if r.code]

    def to_json(self) -> dict[str, object]:
        return {
            "event_id": self.event_id, "date": self.date, "date_precision": self.date_precision,
            "actors": [a.to_json() for a in self.actors], "recipients": [r.to_json() for r in self.recipients],
            "joint": self.joint, "cameo": self.cameo, "cameo_root": self.cameo_root, "quad_class": self.quad_class,
            "plover": self.plover, "goldstein": self.goldstein, "status": self.status, "historical": self.historical,
            "neutral": self.neutral, "reports": self.reports, "independent_sources": self.independent_sources,
            "documents": self.documents, "report_ids": list(self.report_ids),
            "document_ids": list(self.document_ids), "sentence": self.sentence,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReuseLink:
    """What consolidation needs of a `reuse` row: two documents, how, and the copied spans."""

    a: str
    b: str
    relation: str
    #: (a_start, a_end, b_start, b_end) of each copied passage
    passages: tuple[tuple[int, int, int, int], ...] = ()

    @classmethod
    def from_json(cls, row: Mapping[str, Any]) -> ReuseLink:
        spans = tuple((p["a_start"], p["a_end"], p["b_start"], p["b_end"]) for p in row.get("passages") or ())
        return cls(row["a"], row["b"], row["relation"], spans)


# --- which reports can be one event ----------------------------------------------------------


def family(cameo: str) -> tuple[str, bool]:
    """(family name, symmetric) of a CAMEO code: reports of one event share the family."""
    if cameo[:2] == "04" and cameo != "045":  # consult, call, visit, host, meet, negotiate; not mediate
        return "meet", True
    if cameo == "057":
        return "sign-agreement", True
    if cameo[:2] == "06":
        return "cooperate", True
    return cameo[:2], False


def _codes(refs: Iterable[ActorRef]) -> tuple[str, ...]:
    # An unresolved party keeps its words so that two unknown groups are not one party.
    return tuple(sorted({r.code or f"?{r.text.lower()}" for r in refs}))


def report_key(report: EventReport) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """(status, family, side 1, side 2): reports that may be one event share it."""
    name, symmetric = family(report.cameo)
    actors, recipients = _codes(report.actors), _codes(report.recipients)
    if symmetric or (report.joint and not recipients):
        return report.status, name, tuple(sorted(set(actors) | set(recipients))), ()
    return report.status, name, actors, recipients


def _day(value: str) -> Date:
    return Date.fromisoformat(value)


# --- clustering ---------------------------------------------------------------------------------


def _cluster_group(reports: Sequence[EventReport]) -> list[list[EventReport]]:
    """Split the reports of one key into events by date (see the module docstring)."""
    by_precision: dict[str | None, list[EventReport]] = defaultdict(list)
    for r in reports:
        by_precision[r.date_precision if r.date else None].append(r)
    clusters: list[list[EventReport]] = []
    for r in sorted(by_precision["day"], key=lambda r: (r.date or "", r.id)):
        if clusters and (_day(r.date or "") - _day(clusters[-1][0].date or "")).days <= DAY_WINDOW:
            clusters[-1].append(r)
        else:
            clusters.append([r])
    for precision in ("month", "year"):
        coarse: dict[str, list[EventReport]] = defaultdict(list)
        for r in sorted(by_precision[precision], key=lambda r: (r.date or "", r.id)):
            inside = [c for c in clusters if (c[0].date or "").startswith(r.date or "")]
            if inside:
                max(inside, key=len).append(r)
            else:
                coarse[r.date or ""].append(r)
        clusters.extend(coarse.values())
    alone: dict[str, list[EventReport]] = {}
    for r in sorted(by_precision[None], key=lambda r: r.id):
        own = [c for c in clusters if any(x.document_id == r.document_id for x in c)]
        if own:
            max(own, key=len).append(r)
        else:
            alone.setdefault(r.document_id, []).append(r)
    clusters.extend(alone.values())
    return [part for c in clusters for part in _split_by_people(c)]


def _people(report: EventReport) -> dict[str, set[str]]:
    """The named persons of each state in the report ({"USA": {"Mike Pompeo"}})."""
    found: dict[str, set[str]] = defaultdict(set)
    for ref in (*report.actors, *report.recipients):
        if ref.person and ref.code:
            found[ref.code].add(ref.person)
    return found


def _compatible(a: Mapping[str, AbstractSet[str]], b: Mapping[str, AbstractSet[str]]) -> bool:
    return all(a[code] & b[code] for code in a.keys() & b.keys())


def _split_by_people(cluster: list[EventReport]) -> list[list[EventReport]]:
    """Two meetings of the same states on the same days are two events when the reports name
    different people for one state (Pompeo's talks with Kim Yong-chol; Trump receiving him the
    next day). Reports that name nobody join the largest part."""
    named = [(r, _people(r)) for r in cluster]
    if sum(1 for _, people in named if people) < 2:
        return [cluster]
    parts: list[tuple[dict[str, set[str]], list[EventReport]]] = []
    anonymous: list[EventReport] = []
    for r, people in sorted(named, key=lambda x: (-sum(len(v) for v in x[1].values()), x[0].id)):
        if not people:
            anonymous.append(r)
            continue
        for seen, members in parts:
            if _compatible(seen, people):
                members.append(r)
                for code, names in people.items():
                    seen.setdefault(code, set()).update(names)
                break
        else:
            parts.append((people, [r]))
    max(parts, key=lambda p: len(p[1]))[1].extend(anonymous)
    return [members for _, members in parts]


class _Sources:
    """Union-find over the documents of one event: copies of each other are one source."""

    def __init__(self, documents: Iterable[str]) -> None:
        self.parent = {d: d for d in documents}

    def find(self, d: str) -> str:
        while self.parent[d] != d:
            self.parent[d] = self.parent[self.parent[d]]
            d = self.parent[d]
        return d

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)

    def count(self) -> int:
        return len({self.find(d) for d in self.parent})


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def independent_sources(reports: Sequence[EventReport], links: Mapping[tuple[str, str], ReuseLink]) -> int:
    """The documents behind these reports, after collapsing copies (CONTRACTS.md)."""
    by_doc: dict[str, list[EventReport]] = defaultdict(list)
    for r in reports:
        by_doc[r.document_id].append(r)
    sources = _Sources(by_doc)
    docs = sorted(by_doc)
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            link = links.get((a, b))
            if link is None:
                continue
            if link.relation in _WHOLE_COPIES:
                sources.union(a, b)
                continue
            flip = link.a != a  # the link's spans are (its a, its b)
            a_spans = [(p[2], p[3]) if flip else (p[0], p[1]) for p in link.passages]
            b_spans = [(p[0], p[1]) if flip else (p[2], p[3]) for p in link.passages]
            if any(_overlaps(r.start, r.end, a_spans) for r in by_doc[a]) or any(
                _overlaps(r.start, r.end, b_spans) for r in by_doc[b]
            ):
                sources.union(a, b)
    return sources.count()


def _event_date(reports: Sequence[EventReport]) -> tuple[str | None, str | None]:
    for precision in ("day", "month", "year"):
        dates = Counter(r.date for r in reports if r.date and r.date_precision == precision)
        if dates:
            best = max(dates.values())
            return min(d for d, n in dates.items() if n == best), precision
    return None, None


def _representative(reports: Sequence[EventReport]) -> EventReport:
    """The most common reading: the most frequent CAMEO code (the more specific on a tie), then
    the most frequent direction, then the earliest report."""
    codes = Counter(r.cameo for r in reports)
    best = max(codes.values())
    cameo = min((c for c, n in codes.items() if n == best), key=lambda c: (c.endswith("0"), c))
    same = [r for r in reports if r.cameo == cameo]
    directions = Counter((_codes(r.actors), _codes(r.recipients)) for r in same)
    direction = max(directions, key=lambda d: (directions[d], d))
    chosen = [r for r in same if (_codes(r.actors), _codes(r.recipients)) == direction]
    return min(chosen, key=lambda r: (r.date or "9999", r.document_id, r.start))


def build_event(reports: Sequence[EventReport], links: Mapping[tuple[str, str], ReuseLink]) -> ConsolidatedEvent:
    ordered = sorted(reports, key=lambda r: (r.date or "9999", r.document_id, r.start, r.id))
    rep = _representative(ordered)
    date, precision = _event_date(ordered)
    documents = sorted({r.document_id for r in ordered})
    event_id = "ev-" + hashlib.sha256(min(r.id for r in ordered).encode()).hexdigest()[:16]
    return ConsolidatedEvent(
        event_id=event_id, date=date, date_precision=precision, actors=rep.actors, recipients=rep.recipients,
        joint=rep.joint, cameo=rep.cameo, cameo_root=rep.cameo_root, quad_class=rep.quad_class, plover=rep.plover,
        goldstein=rep.goldstein, status=rep.status, historical=all(r.historical for r in ordered),
        neutral=all(r.neutral for r in ordered), reports=len(ordered),
        independent_sources=independent_sources(ordered, links), documents=len(documents),
        report_ids=tuple(r.id for r in ordered), document_ids=tuple(documents), sentence=rep.sentence,
    )  # fmt: skip


def consolidate(reports: Iterable[EventReport], reuse: Iterable[ReuseLink] = (),
                group: Grouping | None = None) -> list[ConsolidatedEvent]:  # fmt: skip
    """Every report in exactly one event; events sorted by date, then id. ``group`` (an
    executor's) spreads the keys over its workers; without it, all runs here."""
    links = {(min(x.a, x.b), max(x.a, x.b)): x for x in reuse}
    if group is None:
        events = _consolidate(reports, links)
    else:
        rows = list(reports)
        table = {"key": np.array([key_number(report_key(r)) for r in rows], np.uint64), "report": object_column(rows)}
        events = [e for part in group(table, "key", _consolidate_rows, links) for e in part["event"]]
    return sorted(events, key=lambda e: (e.date or "9999", e.event_id))


def _consolidate(reports: Iterable[EventReport], links: Mapping[tuple[str, str], ReuseLink]) -> list[ConsolidatedEvent]:
    groups: dict[tuple[str, str, tuple[str, ...], tuple[str, ...]], list[EventReport]] = defaultdict(list)
    for r in reports:
        groups[report_key(r)].append(r)
    return [build_event(c, links) for key in sorted(groups) for c in _cluster_group(groups[key])]


def key_number(key: tuple[Any, ...]) -> int:
    """A stable 64-bit number for a report key (the same in every process, unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(repr(key).encode(), digest_size=8).digest(), "little")


def _consolidate_rows(table: Table, links: Mapping[tuple[str, str], ReuseLink]) -> Table:
    """One partition of the keys (``Executor.group``): its reports in, its events out."""
    return {"event": object_column(_consolidate(table["report"], links))}

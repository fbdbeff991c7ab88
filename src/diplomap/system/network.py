"""The signed alignment network of one period: structural balance, blocs, positions, hedging.

Formulas (README "Network"):

* **edge** between two actors = the undirected relation's ``index × confidence``, in [-1, 1]:
  its sign says friend or foe, its size how sure and how one-sided the record is. Pairs with
  |weight| below ``min_weight`` are left out (a single plain meeting is not an alliance).
* **balance**: among triads whose three edges exist, the share that are balanced (the product of
  the signs is positive: "the friend of my friend", "the enemy of my enemy"). The **frustration**
  is the least total |weight| of edges that disagree with some split of the actors into two camps
  (positive edges across, negative edges within); ``frustration_index`` divides it by the total
  |weight| (0 = perfectly balanced). Exact for up to 16 actors, else a local search.
* **blocs**: correlation clustering: the partition that maximises the weight inside blocs
  (positive ties pull together, negative ties push apart), by deterministic local moves from
  singletons. Actors with no tie stay alone.
* **hedging** of a focal actor between poles P and Q in a period: with ``s_P`` and ``s_Q`` the
  undirected relation indexes, ``tilt = (s_P − s_Q) / 2`` in [-1, 1] (positive: leaning to P)
  and ``hedging = 1 − |tilt|`` (1: the same distance from both). Undefined where either relation
  has no event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from .periods import sort_key
from .relations import Relation

#: the exhaustive search for the best two-camp split is used up to this many actors
EXACT_LIMIT = 16


@dataclass(frozen=True, slots=True)
class Edge:
    a: str
    b: str
    weight: float
    index: float
    confidence: float
    events: int

    def to_json(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "weight": round(self.weight, 4), "index": round(self.index, 4),
                "confidence": round(self.confidence, 4), "events": self.events}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Network:
    period: str
    nodes: tuple[str, ...]
    edges: tuple[Edge, ...]

    def weights(self) -> dict[tuple[str, str], float]:
        return {(e.a, e.b): e.weight for e in self.edges}


def build_network(relations: Iterable[Relation], period: str, *, min_weight: float = 0.05) -> Network:
    edges = [
        Edge(r.actor, r.recipient, r.index * r.confidence, r.index, r.confidence, r.events)
        for r in relations
        if not r.directed and r.period == period and abs(r.index * r.confidence) >= min_weight
    ]
    nodes = sorted({e.a for e in edges} | {e.b for e in edges})
    return Network(period, tuple(nodes), tuple(sorted(edges, key=lambda e: (e.a, e.b))))


def _neighbours(net: Network) -> dict[str, dict[str, float]]:
    adjacency: dict[str, dict[str, float]] = defaultdict(dict)
    for e in net.edges:
        adjacency[e.a][e.b] = e.weight
        adjacency[e.b][e.a] = e.weight
    return adjacency


def triads(net: Network) -> tuple[int, int]:
    """(triads with three edges, balanced ones)."""
    adjacency = _neighbours(net)
    total = balanced = 0
    for a, b, c in combinations(net.nodes, 3):
        ab, bc, ac = adjacency[a].get(b), adjacency[b].get(c), adjacency[a].get(c)
        if ab is None or bc is None or ac is None:
            continue
        total += 1
        balanced += ab * bc * ac > 0
    return total, balanced


def _frustration(net: Network, camp: dict[str, int]) -> float:
    return sum(abs(e.weight) for e in net.edges if (e.weight > 0) != (camp[e.a] == camp[e.b]))


def two_camps(net: Network) -> tuple[dict[str, int], float]:
    """The split into two camps with the least frustrated weight, and that weight."""
    nodes = list(net.nodes)
    if not nodes:
        return {}, 0.0
    if len(nodes) <= EXACT_LIMIT:
        best: tuple[float, dict[str, int]] | None = None
        for mask in range(1 << (len(nodes) - 1)):  # the first actor stays in camp 0: halves the search
            camp = {n: (mask >> i) & 1 if i < len(nodes) - 1 else 0 for i, n in enumerate(nodes[1:] + nodes[:1])}
            cost = _frustration(net, camp)
            if best is None or cost < best[0] - 1e-12:
                best = (cost, camp)
        assert best is not None
        return best[1], best[0]
    camp = dict.fromkeys(nodes, 0)
    adjacency = _neighbours(net)
    improved = True
    while improved:  # move one actor at a time while that lowers the frustration
        improved = False
        for n in nodes:
            gain = sum(w if camp[m] == camp[n] else -w for m, w in adjacency[n].items())
            if gain < -1e-12:  # n's ties disagree with its camp more than they agree
                camp[n] ^= 1
                improved = True
    return camp, _frustration(net, camp)


def blocs(net: Network) -> list[list[str]]:
    """Correlation clustering by local moves (see module docstring); largest bloc first."""
    adjacency = _neighbours(net)
    label = {n: i for i, n in enumerate(net.nodes)}
    for _ in range(50):
        moved = False
        for n in net.nodes:
            pull: dict[int, float] = defaultdict(float)
            for m, w in adjacency[n].items():
                pull[label[m]] += w
            here = pull.get(label[n], 0.0)
            target, strength = max(pull.items(), key=lambda kv: (kv[1], -kv[0]), default=(label[n], 0.0))
            if strength > here + 1e-12 and strength > 0:
                label[n] = target
                moved = True
            elif here < 0:  # better alone than among foes
                label[n] = max(label.values()) + 1
                moved = True
        if not moved:
            break
    groups: dict[int, list[str]] = defaultdict(list)
    for n in net.nodes:
        groups[label[n]].append(n)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))


def describe(net: Network) -> dict[str, object]:
    """The network JSON of `diplomap network` (README "Network")."""
    total, balanced = triads(net)
    camp, frustrated = two_camps(net)
    mass = sum(abs(e.weight) for e in net.edges)
    found = blocs(net)
    bloc_of = {n: i for i, group in enumerate(found) for n in group}
    adjacency = _neighbours(net)
    nodes = [
        {"id": n, "bloc": bloc_of[n], "camp": camp.get(n), "degree": len(adjacency[n]),
         "positive": round(sum(w for w in adjacency[n].values() if w > 0), 4),
         "negative": round(sum(-w for w in adjacency[n].values() if w < 0), 4)}
        for n in net.nodes
    ]  # fmt: skip
    balance = {
        "triads": total, "balanced": balanced, "balanced_share": round(balanced / total, 4) if total else None,
        "frustration": round(frustrated, 4), "frustration_index": round(frustrated / mass, 4) if mass else None,
        "camps": [sorted(n for n, c in camp.items() if c == side) for side in (0, 1)],
    }  # fmt: skip
    return {"period": net.period, "nodes": nodes, "edges": [e.to_json() for e in net.edges], "blocs": found,
            "balance": balance}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Hedging:
    period: str
    focal: str
    poles: tuple[str, str]
    index_a: float | None
    index_b: float | None
    tilt: float | None
    hedging: float | None
    confidence: float

    def to_json(self) -> dict[str, object]:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"period": self.period, "focal": self.focal, "poles": list(self.poles), "index_a": r(self.index_a),
                "index_b": r(self.index_b), "tilt": r(self.tilt), "hedging": r(self.hedging),
                "confidence": round(self.confidence, 4)}  # fmt: skip


def hedging(relations: Sequence[Relation], focal: str, pole_a: str, pole_b: str) -> list[Hedging]:
    """The focal actor's tilt and hedging between two poles in each period (see module docstring)."""
    rows: dict[str, dict[str, Relation]] = defaultdict(dict)
    for r in relations:
        if r.directed or focal not in (r.actor, r.recipient):
            continue
        other = r.recipient if r.actor == focal else r.actor
        if other in (pole_a, pole_b):
            rows[r.period][other] = r
    found = []
    for period in sorted(rows, key=sort_key):
        a, b = rows[period].get(pole_a), rows[period].get(pole_b)
        if a is not None and b is not None:
            tilt: float | None = (a.index - b.index) / 2
            value = 1 - abs(tilt) if tilt is not None else None
            confidence = min(a.confidence, b.confidence)
        else:
            tilt = value = None
            confidence = 0.0
        found.append(Hedging(period, focal, (pole_a, pole_b), a.index if a else None, b.index if b else None, tilt,
                             value, confidence))  # fmt: skip
    return found

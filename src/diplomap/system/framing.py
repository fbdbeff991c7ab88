"""Framing: each outlet's stance toward each actor, from its authors' own sentences.

Sentence stances come from ``diplomap.extract.stance`` (evaluative words attached to the actor
in the parse; quotations and reported speech left out). Here they are summed up (README
"Framing"):

* **document** stance toward an actor: ``tanh(Σ sentence scores / 2)`` in [-1, 1]; its
  ``sign`` is +1 or −1 when |stance| ≥ ``SIGN_THRESHOLD``, else 0. A document that names the actor
  without judging it has stance 0.
* **outlet** stance toward an actor: the mean document stance over the outlet's documents that
  name the actor; ``confidence = 1 − exp(−n/2)`` with n the documents that judge it.
* **one event** side by side: for each report of the event, the outlet, the words it used (the
  report's sentence and code) and its document's stance toward each party.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Stance

SIGN_THRESHOLD = 0.3
CONFIDENCE_SCALE = 2.0


@dataclass(slots=True)
class DocumentStance:
    document_id: str
    code: str
    total: float = 0.0
    sentences: list[Stance] = field(default_factory=list)

    @property
    def stance(self) -> float:
        return math.tanh(self.total / 2)

    @property
    def sign(self) -> int:
        return 0 if abs(self.stance) < SIGN_THRESHOLD else (1 if self.stance > 0 else -1)


def document_stances(stances: Iterable[Stance]) -> dict[tuple[str, str], DocumentStance]:
    found: dict[tuple[str, str], DocumentStance] = {}
    for s in stances:
        row = found.setdefault((s.document_id, s.code), DocumentStance(s.document_id, s.code))
        row.total += s.score
        row.sentences.append(s)
    return found


@dataclass(slots=True)
class OutletStance:
    """One cell of the framing matrix (`diplomap framing`)."""

    outlet: str
    actor: str
    documents: int = 0
    judged: int = 0
    stance_sum: float = 0.0
    sentences: int = 0
    positive: int = 0
    negative: int = 0
    country: str | None = None
    state_media: bool | None = None
    evidence: list[Stance] = field(default_factory=list)

    @property
    def stance(self) -> float:
        return self.stance_sum / self.documents if self.documents else 0.0

    @property
    def confidence(self) -> float:
        return 1.0 - math.exp(-self.judged / CONFIDENCE_SCALE)

    def to_json(self, *, evidence: int = 0, texts: Mapping[str, str] | None = None) -> dict[str, Any]:
        row: dict[str, Any] = {
            "outlet": self.outlet, "actor": self.actor, "stance": round(self.stance, 4),
            "confidence": round(self.confidence, 4), "documents": self.documents, "judged": self.judged,
            "sentences": self.sentences, "positive_documents": self.positive, "negative_documents": self.negative,
            "country": self.country, "state_media": self.state_media,
        }  # fmt: skip
        if evidence:
            strongest = sorted(self.evidence, key=lambda s: (-abs(s.score), s.document_id, s.start))[:evidence]
            row["evidence"] = []
            for s in strongest:
                item = s.to_json()
                if texts and s.document_id in texts:
                    item["sentence"] = texts[s.document_id][s.start : s.end]
                row["evidence"].append(item)
        return row


def outlet_matrix(stances: Iterable[Stance], mentioned: Iterable[tuple[str, str]],
                  outlets: Mapping[str, str | None], *, registry: Mapping[str, tuple[str | None, bool]] | None = None,
                  actors: Sequence[str] = ()) -> list[OutletStance]:  # fmt: skip
    """The outlet × actor matrix. ``mentioned``: (document, actor) pairs where the author names the
    actor at all (judged or not); ``outlets``: document → outlet name (documents without one are
    left out); ``registry``: outlet → (country, state media)."""
    per_doc = document_stances(stances)
    cells: dict[tuple[str, str], OutletStance] = {}
    pairs = set(mentioned) | set(per_doc)
    for doc, code in sorted(pairs):
        outlet = outlets.get(doc)
        if not outlet or (actors and code not in actors):
            continue
        cell = cells.get((outlet, code))
        if cell is None:
            country, state = (registry or {}).get(outlet, (None, None))
            cell = cells[(outlet, code)] = OutletStance(outlet, code, country=country, state_media=state)
        cell.documents += 1
        judged = per_doc.get((doc, code))
        if judged is None:
            continue
        cell.judged += 1
        cell.stance_sum += judged.stance
        cell.sentences += len(judged.sentences)
        cell.positive += judged.sign > 0
        cell.negative += judged.sign < 0
        cell.evidence.extend(judged.sentences)
    return sorted(cells.values(), key=lambda c: (c.outlet, c.actor))


def as_matrix(cells: Iterable[OutletStance], min_documents: int = 1) -> dict[str, dict[str, float]]:
    """outlet → actor → stance, for cells with at least ``min_documents`` judging documents."""
    matrix: dict[str, dict[str, float]] = defaultdict(dict)
    for c in cells:
        if c.judged >= min_documents:
            matrix[c.outlet][c.actor] = round(c.stance, 3)
    return dict(matrix)

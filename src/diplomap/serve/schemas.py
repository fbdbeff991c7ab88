"""The shapes of the API's answers, for the OpenAPI document (``/openapi.json``, ``/docs``).

Answers are serialised directly (no validation pass on the way out: a relations table can have
tens of thousands of rows); these models describe them. Every object may gain fields.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Health(Open):
    status: str = Field(description="ok")
    version: str
    store: str
    counts: dict[str, int] = Field(description="documents, rejected, mentions, event_reports, events, reuse_pairs, "
                                               "outlets")  # fmt: skip
    generation: int = Field(description="bumped each time an ingest finishes and the model is rebuilt")
    model_ready: bool
    jobs_running: int
    watches: int


class DocumentsPage(Open):
    documents: list[dict[str, Any]] = Field(description="CONTRACTS.md `documents` objects, without text")
    total: int
    limit: int
    offset: int


class DocumentDetail(Open):
    document: dict[str, Any] = Field(description="the `documents` object with `text`")
    mentions: list[dict[str, Any]] = Field(description="CONTRACTS.md `actors` objects (code-point offsets)")
    events: list[dict[str, Any]] = Field(description="CONTRACTS.md `events` objects (one per report)")
    reuse: list[dict[str, Any]] = Field(
        description="related documents seen from this one: {other, other_title, relation, role "
        "(source|copy|shared), share_here, share_other, passages: [{start, end, other_start, other_end}]}"
    )
    warnings: list[str]


class MentionsPage(Open):
    mentions: list[dict[str, Any]]
    limit: int
    offset: int
    more: bool


class EventsPage(Open):
    events: list[dict[str, Any]] = Field(
        description="CONTRACTS.md `events` objects (reports), or `events --consolidated` objects with consolidated=true"
    )
    consolidated: bool
    limit: int
    offset: int
    more: bool = Field(description="whether another page follows")


class Relation(Open):
    period: str
    actor: str
    recipient: str
    directed: bool
    events: int
    quad_counts: dict[str, int]
    goldstein_sum: float
    goldstein_mean: float
    index: float
    confidence: float
    independent_sources: int
    weight: float


class Relations(Open):
    period: str = Field(description="the resolution: year, quarter or month")
    relations: list[Relation]


class NetworkNode(Open):
    id: str
    bloc: int
    camp: int | None
    degree: int
    positive: float
    negative: float


class NetworkEdge(Open):
    a: str
    b: str
    weight: float
    index: float
    confidence: float
    events: int


class Network(Open):
    period: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    blocs: list[list[str]]
    balance: dict[str, Any] = Field(description="triads, balanced, balanced_share, frustration, frustration_index, "
                                                "camps")  # fmt: skip


class Job(Open):
    id: str
    kind: str = Field(description="upload or watch")
    status: str = Field(description="queued, running, done or failed")
    files: list[str] = Field(description="the uploaded files' names as sent (for display only), or the watched folder")
    created: float
    started: float | None
    finished: float | None
    summary: dict[str, Any] | None = Field(description="the run summary (`diplomap run --json`) when done")
    error: str | None
    watch: str | None


class Watch(Open):
    id: str
    path: str
    interval_s: float
    created: float
    last_checked: float | None
    last_job: str | None
    error: str | None
    files: int | None


class WatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str = Field(description="an absolute path to a folder the server can read")
    interval_s: float = Field(10.0, description="seconds between checks (at least 2)")


class Error(BaseModel):
    detail: str


class CodeRequest(BaseModel):
    """``POST /api/code``: a text to code now (the same as ``GET /api/code``'s query, for long texts)."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The text to code (at most 20,000 characters).")
    published: str | None = Field(None, description="2024, 2024-06 or 2024-06-19: what relative dates are read from.")
    parse: bool = Field(False, description="Add each parsed clause's words (`tokens`).")

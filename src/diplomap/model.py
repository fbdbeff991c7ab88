"""The vocabulary every stage speaks: typed records and their JSON form.

This is the only module that lists the fields of the public contract
(../shared/design/CONTRACTS.md). Fields may be added; existing names keep their meaning.

Flow of records through the first stages::

    RawInput --read--> Draft --clean--> Document
        \\                 \\
         `--------------------`--> Rejection (origin + reason code + detail)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DatePrecision: TypeAlias = Literal["year", "month", "day"]
RawFormat: TypeAlias = Literal[
    "text", "html", "html-fragment", "wordpress-json", "json", "rss", "atom", "jsonl", "warc"
]
BodyKind: TypeAlias = Literal["text", "html", "fragment"]

#: The closed list of document warnings (CONTRACTS.md). Extend deliberately.
WARNINGS: frozenset[str] = frozenset(
    {
        "recovered-json",
        "truncated",
        "encoding-repaired",
        "no-title",
        "no-date",
        "non-english",
        "machine-spun-suspected",
        "anachronism",
        "boilerplate-heavy",
    }
)

#: Reason codes for inputs that are not stored. Each rejection also carries a readable detail.
REJECTION_REASONS: frozenset[str] = frozenset(
    {
        "empty",  # no bytes, or nothing but whitespace
        "binary",  # not text in any encoding we read (images, archives, executables…)
        "unsupported-format",  # recognised, but not a format diplomap reads (PDF, DOCX…)
        "too-large",  # over settings.max_document_bytes
        "unreadable",  # the file could not be opened or read
        "decode-error",  # bytes that no encoding turns into plausible text
        "invalid-json",  # JSON / JSONL that is broken beyond recovery
        "not-wordpress",  # valid JSON, but neither a WordPress post nor an article object
        "no-text",  # a structured record without any article text field
        "no-article",  # the page or text holds nothing that reads as an article
        "invalid-feed",  # XML that feedparser cannot read as RSS/Atom
        "invalid-warc",  # a WARC file whose records cannot be read
        "extraction-timeout",  # main-text extraction ran past settings.extract_timeout_s
    }
)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date at its precision: ``2021``, ``2021-03`` or ``2021-03-25``."""

    value: str
    precision: DatePrecision
    qualifier: Literal["early", "mid", "late"] | None = None

    def __post_init__(self) -> None:
        expected = {"year": 4, "month": 7, "day": 10}[self.precision]
        if len(self.value) != expected:
            raise ValueError(f"date {self.value!r} does not have {self.precision} precision")


@dataclass(frozen=True, slots=True)
class Sourced:
    """A metadata value with where it came from (e.g. ``json:title.rendered``, ``text:printed-from``)."""

    value: str
    source: str


@dataclass(slots=True)
class RawInput:
    """Bytes of one input item, as found. ``origin`` says where: a path, ``path#member``, ``stdin``."""

    origin: str
    data: bytes
    #: Metadata a container already knows about this item (a WARC record's target URI and date).
    known: dict[str, Sourced] = field(default_factory=dict)


@dataclass(slots=True)
class Draft:
    """One document as read, before cleaning: a body to clean plus metadata the format stated."""

    origin: str
    raw_format: RawFormat
    body: str
    body_kind: BodyKind
    #: sha256 of the bytes that make this item (the file, the JSONL line, the feed entry…).
    content_digest: str
    metadata: dict[str, Sourced] = field(default_factory=dict)
    warnings: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Rejection:
    """An input (or one item of it) that is not stored, and why."""

    origin: str
    reason: str
    detail: str = ""

    def __post_init__(self) -> None:
        if self.reason not in REJECTION_REASONS:
            raise ValueError(f"unknown rejection reason {self.reason!r}")


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention (CONTRACTS.md `actors`): a span of a document's `text` and what it names.
    ``code`` is None for a named entity that resolves to nothing (or is still ambiguous)."""

    document_id: str
    start: int
    end: int
    text: str
    code: str | None
    sector: str | None = None
    person: str | None = None
    role: str | None = None
    confidence: float = 1.0
    #: what the mention is: state, capital-metonym, demonym, institution, media, igo, person, title,
    #: group, ambiguous (the gold set's kinds, bench/data/actors/README.md)
    kind: str = "name"
    #: the month (YYYY-MM) the mention speaks of, at which its roles were resolved; None if unknown
    date: str | None = None
    #: for groups ("the two leaders"): the codes of the members, when the context says who they are
    members: tuple[str, ...] = ()
    #: for a description resolved to an actor named before it ("the alliance" → NATO): that
    #: mention's text and offset ("NATO@57"); None for a name
    via: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "document_id": self.document_id, "start": self.start, "end": self.end, "text": self.text,
            "code": self.code, "sector": self.sector, "person": self.person, "role": self.role,
            "confidence": self.confidence, "kind": self.kind, "date": self.date, "members": list(self.members),
            "via": self.via,
        }  # fmt: skip


#: Document warnings the extraction stages raise; re-extraction replaces them, cleaning's stay.
EXTRACTION_WARNINGS: frozenset[str] = frozenset({"anachronism", "machine-spun-suspected"})


@dataclass(frozen=True, slots=True)
class Stance:
    """The author's stance toward one actor in one sentence (framing): the sum of the weights of
    the evaluative words attached to the actor, negative for blame, and the words themselves."""

    document_id: str
    code: str
    start: int
    end: int
    score: float
    words: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"document_id": self.document_id, "code": self.code, "start": self.start, "end": self.end,
                "score": self.score, "words": list(self.words)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DocumentActors:
    """The actor mentions of one document, with what they were computed from."""

    document_id: str
    text_hash: str
    version: str
    mentions: tuple[Mention, ...]
    #: warnings the recogniser raises for the document (``anachronism``)
    warnings: frozenset[str] = frozenset()
    #: the events coded from the document's sentences (with the actors above)
    events: tuple[EventReport, ...] = ()
    #: the author's stance toward actors, sentence by sentence (framing)
    stances: tuple[Stance, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An event's party: the actor code with what the text said (CONTRACTS.md `events`)."""

    code: str
    sector: str | None = None
    person: str | None = None
    text: str = ""

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "sector": self.sector, "person": self.person, "text": self.text}


EVENT_STATUSES = ("occurred", "planned", "hypothetical", "negated")


@dataclass(frozen=True, slots=True)
class EventReport:
    """One sentence's claim that something happened (or is planned, hypothetical, denied).

    ``start``/``end`` are the sentence's code-point offsets in the document's text; the trigger
    (the verb or noun that says what happened) is ``trigger_start``/``trigger_end``."""

    id: str
    document_id: str
    date: str | None
    date_precision: str | None
    actors: tuple[ActorRef, ...]
    recipients: tuple[ActorRef, ...]
    joint: bool
    cameo: str
    cameo_root: str
    quad_class: int
    plover: str | None
    plover_mode: str | None
    goldstein: float
    status: str
    historical: bool
    attribution: str | None
    sentence: str
    start: int
    end: int
    rule: str
    coder_version: str
    trigger_start: int = 0
    trigger_end: int = 0
    #: a plain public statement (CAMEO 01x): coded, and left out of relations by default
    neutral: bool = False
    #: where the date came from: "text" (stated in the sentence), "relative" ("on Tuesday"),
    #: "published", "estimate" (the document's estimated date), or None
    date_source: str | None = None
    #: set by consolidation (issue 5): the real-world event this report belongs to
    event_id: str | None = None
    #: the estimated chance that actors, recipients, quad class and status are all right
    #: (``extract.events.confidence``); None for a report coded before it existed
    confidence: float | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id, "event_id": self.event_id, "document_id": self.document_id, "date": self.date,
            "date_precision": self.date_precision, "actors": [a.to_json() for a in self.actors],
            "recipients": [r.to_json() for r in self.recipients], "joint": self.joint, "cameo": self.cameo,
            "cameo_root": self.cameo_root, "quad_class": self.quad_class, "plover": self.plover,
            "plover_mode": self.plover_mode, "goldstein": self.goldstein, "status": self.status,
            "historical": self.historical, "attribution": self.attribution, "sentence": self.sentence,
            "start": self.start, "end": self.end, "rule": self.rule, "coder_version": self.coder_version,
            "trigger_start": self.trigger_start, "trigger_end": self.trigger_end, "neutral": self.neutral,
            "date_source": self.date_source, "confidence": self.confidence,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class InputDone:
    """Marks that every record an input produced has been handed to the store."""

    origin: str
    digest: str
    documents: int
    rejections: int


@dataclass(slots=True)
class Document:
    """A cleaned document (CONTRACTS.md `documents`)."""

    id: str
    origins: list[str]
    raw_format: RawFormat
    text: str
    #: the text as salvaged from the input before any line was judged furniture: re-cleaning
    #: (when corpus statistics change) starts again from here.
    salvaged: str
    body_kind: BodyKind = "text"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    published_time: str | None = None
    published_estimate: PartialDate | None = None
    estimate_reason: str | None = None
    language: str | None = None
    warnings: set[str] = field(default_factory=set)
    #: where each metadata field came from, e.g. {"title": "text:first-title-line"}
    provenance: dict[str, str] = field(default_factory=dict)
    #: (line hash, words, ends a sentence) of each distinct non-blank salvaged line:
    #: what the corpus-wide furniture statistics count
    line_stats: list[tuple[str, int, bool]] = field(default_factory=list)
    #: furniture lines removed by cleaning: (kind, line hash); counted, not stored as text
    dropped: list[tuple[str, str]] = field(default_factory=list)
    #: the corpus furniture hashes this text was last cleaned with (see clean.furniture)
    furniture_applied: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p]

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @property
    def origin(self) -> str:
        return self.origins[0]

    def to_json(self, *, with_text: bool = False) -> dict[str, Any]:
        """The `documents` object of CONTRACTS.md (plus documented extra fields)."""
        obj: dict[str, Any] = {
            "id": self.id,
            "origin": self.origin,
            "origins": list(self.origins),
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "author": self.author,
            "published": self.published.value if self.published else None,
            "date_precision": self.published.precision if self.published else None,
            "published_time": self.published_time,
            "published_estimate": self.published_estimate.value if self.published_estimate else None,
            "estimate_precision": self.published_estimate.precision if self.published_estimate else None,
            "estimate_reason": self.estimate_reason,
            "language": self.language,
            "words": self.words,
            "text_hash": self.text_hash,
            "raw_format": self.raw_format,
            "warnings": sorted(self.warnings),
            "provenance": dict(sorted(self.provenance.items())),
        }
        if with_text:
            obj["text"] = self.text
        return obj


# --- identity -------------------------------------------------------------------------------

_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|ocid$|cmpid$)")


def canonical_url(url: str) -> str | None:
    """The URL that names a published item: scheme and host lower-cased, default port, fragment
    and tracking parameters removed, remaining query parameters sorted. ``None`` if not http(s)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises on a malformed port ("https://2020-01-02T03:04:05")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)))
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def document_id(*, url: str | None, content_digest: str) -> str:
    """CONTRACTS.md identity: from the canonical URL when one is known, else from the raw bytes.
    Never from cleaned text, so a better cleaner never renames a document."""
    canonical = canonical_url(url) if url else None
    basis = f"url:{canonical}" if canonical else f"bytes:{content_digest}"
    return hashlib.sha256(basis.encode()).hexdigest()[:20]


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_WS = re.compile(r"\s+")


def normalise_for_hash(text: str) -> str:
    """NFC, whitespace folded, lower case (the `text_hash` normalisation)."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode()).hexdigest()[:32]


# --- conversion -----------------------------------------------------------------------------


def partial_date_from_json(value: str | None, precision: str | None) -> PartialDate | None:
    if not value or not precision:
        return None
    return PartialDate(value, precision)  # type: ignore[arg-type]

"""The clean stage: Draft → Document (main text, furniture gone, metadata with provenance)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import ClassVar

from ..errors import ExtractionTimeout
from ..ingest.stated import stated_date
from ..model import Document, Draft, Rejection, Sourced, canonical_url, document_id
from ..pipeline import BaseStage, RunContext
from .estimate import estimate_date
from .html import extract_page, fragment_to_text
from .language import identify_language, load_language_model
from .lines import (
    METADATA_KINDS,
    LineJudgement,
    article_paragraphs,
    ends_sentence,
    is_body_like,
    judge_lines,
    words,
)
from .metadata import author_from_lines, outlet_from_lines, published_from_lines
from .outlets import OutletRegistry, default_registry, host_of

#: Above this share of furniture (in characters) a document gets the `boilerplate-heavy` warning.
BOILERPLATE_HEAVY = 0.6


class CleanStage(BaseStage):
    name: ClassVar[str] = "clean"
    requires: ClassVar[frozenset[str]] = frozenset({"draft"})
    provides: ClassVar[frozenset[str]] = frozenset({"document"})

    def setup(self, ctx: RunContext) -> None:
        # The language model, loaded here rather than at the first document: an executor that
        # forks its workers after set-up then loads it once for all its workers.
        load_language_model()

    def process(self, record: Draft, ctx: RunContext) -> Iterable[Document | Rejection]:
        s = ctx.settings
        result = clean_draft(record, timeout_s=s.extract_timeout_s, mode=s.extraction_mode)
        if isinstance(result, Document) and "non-english" in result.warnings:
            # Stored with its language; the English-only stages (actors, events) will pass it by.
            ctx.stats.add("non-english (English-only stages skipped)")
        yield result


class RecleanStage(BaseStage):
    """Document → the same document cleaned again with the corpus furniture set."""

    name: ClassVar[str] = "reclean"
    requires: ClassVar[frozenset[str]] = frozenset({"document"})
    provides: ClassVar[frozenset[str]] = frozenset({"document"})

    def __init__(self, furniture: frozenset[str]) -> None:
        self.furniture = furniture

    def process(self, record: Document, ctx: RunContext) -> Iterable[Document]:
        yield reclean(record, self.furniture)


def _page_zones(body_kind: str) -> bool:
    # Trafilatura has already cut the page's header and footer; a short first paragraph of its
    # output must not be mistaken for a page header.
    return body_kind != "html"


def clean_draft(draft: Draft, *, timeout_s: float = 10.0, mode: str = "default") -> Document | Rejection:
    meta: dict[str, Sourced] = dict(draft.metadata)
    if draft.body_kind == "html":
        try:
            page = extract_page(draft.body, timeout_s=timeout_s, mode=mode)
        except ExtractionTimeout as exc:
            return Rejection(draft.origin, "extraction-timeout", str(exc))
        if page is None or not page.text.strip():
            return Rejection(draft.origin, "no-article", "an HTML page in which no article text was found")
        salvaged = page.text
        for name, value, source in (
            ("title", page.title, "html:title"),
            ("author", page.author, "html:author"),
            ("published", page.date, "html:date-metadata"),
            ("outlet", page.sitename, "html:site-name"),
            ("url", page.url, "html:canonical-url"),
            ("language", page.language, "html:lang"),
        ):
            if value and name not in meta:
                meta[name] = Sourced(str(value), source)
    elif draft.body_kind == "fragment":
        salvaged = fragment_to_text(draft.body)
    else:
        salvaged = draft.body.replace("\r\n", "\n").replace("\r", "\n")

    title = meta["title"].value if "title" in meta else None
    judgement = judge_lines(salvaged, known_title=title, page_zones=_page_zones(draft.body_kind))
    paragraphs = article_paragraphs(judgement)
    if not any(is_body_like(p) for p in paragraphs):
        return Rejection(
            draft.origin, "no-article", "nothing in it reads as article text: no sentence outside the site furniture"
        )
    if title is None and judgement.title_index is not None:
        meta["title"] = Sourced(judgement.lines[judgement.title_index], "text:headline-line")

    registry = default_registry()
    if "author" not in meta and (found := author_from_lines(judgement)):
        meta["author"] = Sourced(*found)
    if (outlet := _outlet(meta, judgement, registry)) is not None:
        meta["outlet"] = outlet

    text = "\n\n".join(paragraphs)
    doc = Document(
        id="",
        origins=[draft.origin],
        raw_format=draft.raw_format,
        text=text,
        salvaged=salvaged,
        body_kind=draft.body_kind,
        warnings=set(draft.warnings),
    )
    _apply_metadata(doc, meta, judgement)
    doc.id = document_id(url=doc.url, content_digest=draft.content_digest)
    stats = {
        h: (words(line), ends_sentence(line))
        for line, h in zip(judgement.lines, judgement.hashes, strict=True)
        if line  # the headline too: a line picked as headline may be a site's recurring tagline
    }
    doc.line_stats = sorted((h, n, end) for h, (n, end) in stats.items())
    _bookkeeping(doc, judgement)
    return doc


def _outlet(meta: dict[str, Sourced], judgement: LineJudgement, registry: OutletRegistry) -> Sourced | None:
    """The outlet: stated metadata (canonical name from the registry where it knows it), else the
    URL's domain in the registry, else the site naming itself in its own lines, else the domain."""
    if "outlet" in meta:
        stated = meta["outlet"]
        registered = registry.for_url(stated.value)
        return Sourced(registered.name, stated.source + "+registry") if registered else stated
    url = meta["url"].value if "url" in meta else None
    if (registered := registry.for_url(url)) is not None:
        return Sourced(registered.name, "registry:url-domain")
    if (named := outlet_from_lines(judgement, registry)) is not None:
        name, source, site_url = named
        if source == "text:printed-from" and (registered := registry.for_url(site_url)) is not None:
            return Sourced(registered.name, "text:printed-from+registry")
        return Sourced(name, source)
    host = host_of(url)
    return Sourced(host, "url:domain") if host else None


def _apply_metadata(doc: Document, meta: dict[str, Sourced], judgement: LineJudgement) -> None:
    for name in ("title", "author", "outlet"):
        if name in meta:
            setattr(doc, name, meta[name].value)
            doc.provenance[name] = meta[name].source
    if "url" in meta and (url := canonical_url(meta["url"].value)):
        doc.url = url
        doc.provenance["url"] = meta["url"].source
    if "published" in meta and (parsed := stated_date(meta["published"].value)):
        doc.published, doc.published_time = parsed
        doc.provenance["published"] = meta["published"].source
    elif (dateline := published_from_lines(judgement)) is not None:
        doc.published, doc.published_time, doc.provenance["published"] = dateline
    if doc.published is None:
        doc.warnings.add("no-date")
        if (estimate := estimate_date(doc.text)) is not None:
            doc.published_estimate, doc.estimate_reason = estimate
            doc.provenance["published_estimate"] = "content"
    if doc.title is None:
        doc.warnings.add("no-title")
    if "language" in meta:
        doc.language = meta["language"].value.lower()[:2]
        doc.provenance["language"] = meta["language"].source
    elif (identified := identify_language(doc.text)) is not None:
        doc.language = identified[0]
        doc.provenance["language"] = "py3langid"
    if doc.language and doc.language != "en":
        doc.warnings.add("non-english")


def _bookkeeping(doc: Document, judgement: LineJudgement) -> None:
    dropped = [
        (kind, h)
        for line, kind, h in zip(judgement.lines, judgement.kinds, judgement.hashes, strict=True)
        if line and kind is not None and kind != "title"
    ]
    doc.dropped = dropped
    doc.warnings.discard("boilerplate-heavy")
    kept_chars = len(doc.text)
    furniture_chars = sum(
        len(line)
        for line, kind in zip(judgement.lines, judgement.kinds, strict=True)
        if line and kind is not None and kind not in METADATA_KINDS and kind != "title"
    )
    if furniture_chars > BOILERPLATE_HEAVY * (furniture_chars + kept_chars):
        doc.warnings.add("boilerplate-heavy")


def reclean(doc: Document, furniture: Collection[str]) -> Document:
    """Clean a stored document's salvaged text again with the corpus furniture set (CONTRACTS.md:
    same set of inputs → same text, whatever the order they arrived in). A headline that was
    picked from the text is picked again (the line chosen first may turn out to be a site's
    recurring tagline); stated metadata is kept."""
    title_from_text = doc.provenance.get("title") == "text:headline-line"
    judgement = judge_lines(
        doc.salvaged,
        furniture_hashes=furniture,
        known_title=None if title_from_text else doc.title,
        find_headline=title_from_text,
        page_zones=_page_zones(doc.body_kind),
    )
    if title_from_text:
        index = judgement.title_index
        doc.title = judgement.lines[index] if index is not None else None
        if doc.title is None:
            doc.provenance.pop("title", None)
            doc.warnings.add("no-title")
    paragraphs = article_paragraphs(judgement)
    doc.text = "\n\n".join(paragraphs)
    doc.furniture_applied = sorted({h for h, _, _ in doc.line_stats} & set(furniture))
    _bookkeeping(doc, judgement)
    return doc

"""EventCoder: the per-document entry point (gate, parse, per-sentence coding, document passes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...model import EventReport, Mention, PartialDate
from ..event_lexicon import EventLexicon, load_lexicon
from ..nlp import MODEL_BATCH, RecentDocs
from ..recognise import split_sentences
from .confidence import ConfidenceModel, load_confidence_model, with_confidence
from .context import _aid_refused, _context_recipients, _fallback_recipients, _fighting_parties
from .grammar import _asking_words, _group_placed, _quote_spans, _usable, clauses, usable_mentions
from .sentence import _Sentence
from .vocabulary import _CONTINUING_START, _ELLIPSIS, _STRAIGHT_QUOTES, _WORD

CODER_VERSION = "events-25"  # bump with every change of what the coder outputs
#: why the gate passes a sentence by (``EventCoder.gate_decisions``)
GATE_NO_ACTOR = "no recognised actor in it, and it does not go on about one named before"
GATE_NO_EVENT_WORD = "no word of the event lexicon in it"


def coder_version(lexicon: EventLexicon, confidence_model: ConfidenceModel) -> str:
    """What the coder's output depends on: its code, its lexicon and its confidence weights (a
    store whose extractions carry another version is recoded)."""
    return f"{CODER_VERSION}+{lexicon.version}+c{confidence_model.digest}"


class EventCoder:
    """Code events in documents. Build once per worker (the parser loads here)."""

    def __init__(self, nlp: Any = None, lexicon_files: Sequence[str | Path] = (),
                 lexicon_texts: Sequence[tuple[str, str]] | None = None) -> None:  # fmt: skip
        #: the packaged lexicon with the user's lexicon files, or their texts as a run read them
        #: (README "Your own event lexicon")
        self.lex: EventLexicon = load_lexicon(lexicon_files, texts=lexicon_texts)
        #: how far each report can be trusted (data: ``data/events/confidence.json``)
        self.confidence_model = load_confidence_model()
        self.asking = _asking_words(self.lex)
        self._nlp = nlp
        self._attributes: Any = None
        self.version = coder_version(self.lex, self.confidence_model)
        #: the last document's parses by clause span, for the stance reader (one parse per clause)
        self.parsed: dict[tuple[int, int], Any] = {}
        #: the current document's invitations by report id → the visit each offers, planned once accepted
        self.offered: dict[str, EventReport] = {}
        #: clauses parsed ahead (``parse_ahead``) by their text as parsed, each taken once
        self._ahead: dict[str, list[Any]] = {}
        #: the parses of the clauses read last, by their text as parsed
        self._recent = RecentDocs()

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from ..nlp import FastAttributes, load_nlp

            # The actors are already known: no entity model. The attribute ruler's Matcher and the
            # lemmatizer are replaced by FastAttributes (the same POS, morphology and lemmas,
            # worked out once per distinct token), which runs after the parse, in _finish.
            self._nlp = load_nlp(("ner", "attribute_ruler", "lemmatizer"))
            self._attributes = FastAttributes(self._nlp.get_pipe("attribute_ruler"), self._nlp.get_pipe("lemmatizer"))
        return self._nlp

    def load_model(self) -> None:
        """Load the parser now (a worker's set-up) rather than at the first document that needs it."""
        _ = self.nlp

    def parse(self, texts: Sequence[str]) -> list[Any]:
        """Parse clause texts with the coder's pipeline (curly quotes read as straight ones)."""
        # Curly quotes to straight ones (same length, so offsets hold): the small parser reads
        # "Jae-in’s visit" as a verb; "Jae-in's visit" it gets right.
        wanted = [t.translate(_STRAIGHT_QUOTES) for t in texts]
        ready = [self._ahead[t].pop() if self._ahead.get(t) else None for t in wanted]
        fresh = iter(self._recent.read([t for t, doc in zip(wanted, ready, strict=True) if doc is None],
                                       self._parse_new))  # fmt: skip
        return [doc if doc is not None else next(fresh) for doc in ready]

    def _parse_new(self, texts: list[str]) -> list[Any]:
        return [self._finish(doc) for doc in self.nlp.pipe(texts, batch_size=MODEL_BATCH)]

    def parse_ahead(self, texts: Sequence[str]) -> None:
        """Parse clause texts now, in one batch, for the next ``code`` and ``parse`` calls that ask
        for them (a worker's batch of documents: a batch per document spends a tenth of the
        parser's time on its own overhead). The parse of a text does not depend on its batch, so
        the results are the same; what the calls do not take is dropped at the next call."""
        self._ahead = {}
        ahead: dict[str, list[Any]] = {}
        for text, doc in zip(texts, self.parse(texts), strict=True):
            ahead.setdefault(text.translate(_STRAIGHT_QUOTES), []).append(doc)
        self._ahead = ahead

    def finish(self, doc: Any) -> Any:
        """Complete a doc from ``self.nlp`` (attributes and lemmas run after the parse)."""
        return self._finish(doc)

    def _finish(self, doc: Any) -> Any:
        if self._attributes is None:
            return doc  # a caller's own pipeline: used as it is
        return self._attributes(doc)

    # -- public -----------------------------------------------------------------------------------

    def gate(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[
            tuple[int, int]]:  # fmt: skip
        """The sentences worth parsing: an actor and a word that can express an event."""
        return [span for span, passed_by in self.gate_decisions(text, sentences, mentions) if passed_by is None]

    def gate_decisions(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[
            tuple[tuple[int, int], str | None]]:  # fmt: skip
        """Each sentence with the reason the gate passes it by, or None where it is parsed
        (``GATE_NO_ACTOR``, ``GATE_NO_EVENT_WORD``): what ``diplomap code --why`` shows."""
        spans = sorted((m.start, m.end) for m in mentions if _usable(m))
        # a place counts where a group noun may be placed in it ("workers in Brazil went on strike")
        places = sorted((m.start, m.end) for m in mentions if m.kind == "place" and m.code)
        decisions: list[tuple[tuple[int, int], str | None]] = []
        k = 0
        for s, e in sentences:
            while k < len(spans) and spans[k][1] <= s:
                k += 1
            placed = bool(places) and _group_placed(text, s, e, places)
            if (k >= len(spans) or spans[k][0] >= e) and not (k > 0 and _CONTINUING_START.match(text, s)) and \
                    not placed:  # fmt: skip
                # (a sentence that opens with "He" or "They" speaks of an actor named before)
                decisions.append(((s, e), GATE_NO_ACTOR))
            elif self.trigger_words(text[s:e]) or _ELLIPSIS.search(text, s, e):
                decisions.append(((s, e), None))  # (an elliptical "followed suit" stands for an event too)
            else:
                decisions.append(((s, e), GATE_NO_EVENT_WORD))
        return decisions

    def trigger_words(self, text: str) -> set[str]:
        """The words of ``text`` (lower-cased) that are a form of a lexicon verb or noun: what the
        gate looks for, and what an evaluation asks of a missed event's trigger."""
        return {w.lower() for w in _WORD.findall(text)} & self.lex.trigger_forms

    def to_parse(self, text: str, mentions: Sequence[Mention], *, gate: bool = True) -> list[tuple[int, int]]:
        """The clauses ``code`` parses: those the gate lets through (all with ``gate=False``)."""
        sentences = self.clauses(text)
        return self.gate(text, sentences, mentions) if gate else sentences

    @staticmethod
    def clauses(text: str) -> list[tuple[int, int]]:
        """The spans ``code`` reads one at a time: sentences, a long one cut at its clause breaks."""
        return clauses(text, split_sentences(text))

    def code(self, text: str, mentions: Sequence[Mention], document_id: str = "",
             published: PartialDate | None = None, estimate: PartialDate | None = None, *,
             gate: bool = True) -> list[EventReport]:  # fmt: skip
        """The event reports of one document. ``mentions`` are its actor mentions."""
        chosen = self.to_parse(text, mentions, gate=gate)
        usable = usable_mentions(mentions)
        reports: list[EventReport] = []
        quotes = _quote_spans(text)
        docs = self.parse([text[s:e] for s, e in chosen])
        self.parsed = {}
        self.offered = {}
        for (s, e), doc in zip(chosen, docs, strict=True):
            self.parsed[(s, e)] = doc
            inside = [m for m in usable if s <= m.start and m.end <= e]
            if not inside and not _CONTINUING_START.match(text, s):
                continue
            earlier = [m for m in usable if m.end <= s]
            reports.extend(_Sentence(self, text, s, e, doc, inside, earlier, document_id, published, estimate,
                                     reports).code())  # fmt: skip
        reports = _fighting_parties(reports)
        reports = _aid_refused(_context_recipients(reports, text, usable, self.parsed))
        reports = _fallback_recipients(reports, usable, self.parsed)
        return with_confidence([self._quoted_voice(r, text, quotes, usable) for r in reports], self.confidence_model,
                               usable)  # fmt: skip

    @staticmethod
    def _quoted_voice(r: EventReport, text: str, quotes: list[tuple[int, int]],
                      mentions: list[Mention]) -> EventReport:  # fmt: skip
        """An event inside a long quotation ("… Xinhua reported: “Xi welcomed Moon …”") is the quoted
        voice's, not the author's: the speaker is named just before the quotation opens."""
        if r.attribution not in (None, "(quoted)"):
            return r
        span = next(((a, b) for a, b in quotes if a <= r.trigger_start < b), None)
        if span is None:
            return r
        before = [m for m in mentions if span[0] - 300 <= m.start < span[0] and m.kind in (
            "media", "person", "institution", "title", "igo", "state", "capital-metonym")]  # fmt: skip
        if not before:
            return r
        speaker = before[-1]
        return replace(r, attribution=text[speaker.start : speaker.end])

"""Scoring coded events against a gold file (`diplomap eval events`, and bench/events_eval.py).

The gold format (one JSON object per line, per event; documented in the README, "Evaluating
events"): ``doc`` (a text file, relative to the gold file's folder unless ``--texts`` says
otherwise), ``sentence`` and ``trigger`` ([start, end] code points), ``actors`` and
``recipients`` (lists of codes), ``joint``, ``cameo``, ``quad_class``, ``status``, and optionally
``alt_actors``, ``alt_cameo``, ``reciprocal``, ``repeat`` (an optional row: a noun re-mentioning
an event), ``split``, ``plover``, ``historical``, ``neutral_statement``, ``date``, ``attribution``.

A report and a gold event are candidates when their sentences overlap; they are paired greedily,
one to one, by (triggers overlap, same CAMEO root, shared parties, distance). A report is
**correct** when it is paired and its actor set, recipient set, quad class and status equal the
gold's; when either side is joint (or the gold row reciprocal), all parties are compared as one
set. Precision = correct / reports, recall = correct / gold events (repeat rows optional: in
neither denominator unless matched by nothing else).

Each document is read as ``diplomap run`` reads it (``read_as_run``): the run's reader and
cleaner give its text, title and published date, and only the text is coded, as in a run. The
title is metadata, not coded (the README's "Events" says why), so gold rows on the title line
are left out and counted. Where the cleaned text is not a verbatim part of the file, the file
is coded whole (its first line ``Published: YYYY-MM-DD`` giving the date), and counted too.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from .errors import DiplomapError
from .model import EventReport, PartialDate
from .suggestions import SenseSuggestions

Span = tuple[int, int]


class EvalError(DiplomapError):
    """A gold file that cannot be read or does not follow the documented format."""


def quad_of(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


class _Claim(Protocol):
    """What matching needs of a gold row or a coded report (read-only: frozen dataclasses qualify)."""

    @property
    def sentence(self) -> Span: ...
    @property
    def trigger(self) -> Span: ...
    @property
    def actors(self) -> frozenset[str]: ...
    @property
    def recipients(self) -> frozenset[str]: ...
    @property
    def joint(self) -> bool: ...
    @property
    def status(self) -> str: ...


class GoldLike(_Claim, Protocol):
    def actor_sets(self) -> list[frozenset[str]]: ...
    def roots(self) -> set[str]: ...
    def quads(self) -> set[int]: ...


class PredLike(_Claim, Protocol):
    @property
    def cameo(self) -> str: ...
    @property
    def quad(self) -> int: ...


class GoldCodes:
    """The accepted alternatives of a gold row (its actor sets, codes, roots and quad classes);
    shared by every gold row type that has ``actors``, ``alt_actors``, ``cameo``, ``alt_cameo``."""

    __slots__ = ()
    actors: frozenset[str]
    alt_actors: frozenset[str] | None
    cameo: str
    alt_cameo: str | None

    def actor_sets(self) -> list[frozenset[str]]:
        return [self.actors] + ([self.alt_actors] if self.alt_actors is not None else [])

    def codes(self) -> set[str]:
        return {self.cameo} | ({self.alt_cameo} if self.alt_cameo else set())

    def roots(self) -> set[str]:
        return {c[:2] for c in self.codes()}

    def quads(self) -> set[int]:
        return {quad_of(c) for c in self.codes()}


@dataclass(frozen=True, slots=True)
class GoldEvent(GoldCodes):
    doc: str
    sentence: Span
    trigger: Span
    actors: frozenset[str]
    recipients: frozenset[str]
    joint: bool
    cameo: str
    status: str
    alt_actors: frozenset[str] | None = None
    alt_cameo: str | None = None
    repeat: bool = False
    split: str | None = None


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    sentence: Span
    trigger: Span
    actors: frozenset[str]
    recipients: frozenset[str]
    joint: bool
    cameo: str
    quad: int
    status: str
    text: str = ""

    @classmethod
    def of(cls, r: EventReport, shift: int = 0) -> PredictedEvent:
        """``shift`` moves the offsets from the coded text into the file."""
        return cls((r.start + shift, r.end + shift), (r.trigger_start + shift, r.trigger_end + shift),
                   frozenset(a.code for a in r.actors),
                   frozenset(a.code for a in r.recipients), r.joint, r.cameo, r.quad_class, r.status,
                   r.sentence)  # fmt: skip


def read_gold(path: Path, split: str | None = None) -> dict[str, list[GoldEvent]]:
    """Gold events by document; ``split`` keeps one split's rows."""
    by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            alt = r.get("alt_actors")
            g = GoldEvent(
                str(r["doc"]), (int(r["sentence"][0]), int(r["sentence"][1])),
                (int(r["trigger"][0]), int(r["trigger"][1])), frozenset(r["actors"]), frozenset(r["recipients"]),
                bool(r.get("joint") or r.get("reciprocal")), str(r["cameo"]), str(r["status"]),
                frozenset(alt) if alt else None, r.get("alt_cameo"), bool(r.get("repeat")), r.get("split"),
            )  # fmt: skip
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise EvalError(f"{path}:{n}: not a gold event row ({type(exc).__name__}: {exc})") from None
        if split is None or g.split == split:
            by_doc[g.doc].append(g)
    return dict(by_doc)


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(preds: Sequence[PredLike], golds: Sequence[GoldLike]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of sentence-overlapping (report, gold) candidates."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if not overlap(p.sentence, g.sentence):
                continue
            trig = overlap(p.trigger, g.trigger) > 0
            root = p.cameo[:2] in g.roots()
            shared = len((p.actors | p.recipients) & (g.actors | g.recipients))
            candidates.append((not trig, not root, -shared, abs(p.trigger[0] - g.trigger[0]), i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


#: why a gold event found no report, tested in this order: the recogniser did not find its actor in
#: the sentence (nor, for an event without an actor, its recipient); its trigger is no form of any
#: lexicon verb or noun (the gate and the lexicon cannot see it); or both were there and the coder's
#: grammar, senses or pairing still missed it. A diagnosis of where the work lies, not a score.
MISS_CAUSES = ("actor not recognised in the sentence", "trigger word not in the lexicon", "coder missed it")


def miss_cause(g: _Claim, text: str, codes: Iterable[tuple[int, int, str]],
               trigger_words: Callable[[str], set[str]]) -> str:  # fmt: skip
    """Why ``g`` (spans into ``text``) has no report: one of MISS_CAUSES. ``codes`` are the coded
    mentions (start, end, code) in the same offsets; ``trigger_words`` the coder's
    (``EventCoder.trigger_words``)."""
    found = {c for s, e, c in codes if s >= g.sentence[0] and e <= g.sentence[1]}
    parties = g.actors or g.recipients  # (an attack by no one named is judged by its target)
    if parties and not parties & found:
        return MISS_CAUSES[0]
    return MISS_CAUSES[1] if not trigger_words(text[g.trigger[0] : g.trigger[1]]) else MISS_CAUSES[2]


def parties_ok(p: PredLike, g: GoldLike) -> tuple[bool, bool]:
    """(actors right, recipients right); one set actors ∪ recipients when either side is joint."""
    if p.joint or g.joint:
        ok = any((p.actors | p.recipients) == (a | g.recipients) for a in g.actor_sets())
        return ok, ok
    return p.actors in g.actor_sets(), p.recipients == g.recipients


def correct(p: PredLike, g: GoldLike) -> bool:
    a_ok, r_ok = parties_ok(p, g)
    return a_ok and r_ok and p.quad in g.quads() and p.status == g.status


@dataclass(slots=True)
class Scores:
    """Counts per slice ("all", "root 04", "quad 1", "status planned"): reports, gold, correct."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    #: gold events without a report, by cause (MISS_CAUSES)
    missed: Counter[str] = field(default_factory=Counter)
    #: of those the coder missed (MISS_CAUSES[2]), the step that stopped a lexicon verb at their
    #: trigger (``extract.events.diagnose``: no-sense, no-actor, left-out), or "other" (a noun, a
    #: clause the gate passed by)
    missed_steps: Counter[str] = field(default_factory=Counter)

    def add(self, doc: str, preds: Sequence[PredictedEvent], golds: Sequence[GoldEvent],
            causes: Callable[[GoldEvent], str] | None = None) -> list[tuple[int, int]]:  # fmt: skip
        """Score one document; ``causes`` says why a gold event found no report. Returns the pairs
        (report index, gold index) it scored."""
        pairs = match(preds, golds)
        paired_p = {i: j for i, j in pairs}
        paired_g = {j for _, j in pairs}
        for i, p in enumerate(preds):
            j = paired_p.get(i)
            g = golds[j] if j is not None else None
            if g is not None and g.repeat:
                continue  # a report of an optional row is neither a hit nor a false positive
            ok = g is not None and correct(p, g)
            for key in ("all", f"root {p.cameo[:2]}", f"quad {p.quad}", f"status {p.status}"):
                self.counts[key]["reports"] += 1
                self.counts[key]["correct"] += ok
            if not ok:
                self.mismatches.append({"doc": doc, "sentence": p.text.strip()[:160], "report": _describe(p),
                                        "gold": _describe(g) if g is not None else None})  # fmt: skip
        for j, g in enumerate(golds):
            if g.repeat:
                continue
            for key in ("all", f"root {g.cameo[:2]}", f"quad {quad_of(g.cameo)}", f"status {g.status}"):
                self.counts[key]["gold"] += 1
                self.counts[key]["gold_correct"] += any(
                    jj == j and correct(preds[i], g) for i, jj in pairs)  # fmt: skip
            if j not in paired_g:
                cause = causes(g) if causes is not None else None
                self.missed[cause or "unknown"] += 1
                self.mismatches.append({"doc": doc, "sentence": "", "report": None, "gold": _describe(g),
                                        "cause": cause})  # fmt: skip
        return pairs

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for key in sorted(self.counts, key=lambda k: (k != "all", k)):
            c = self.counts[key]
            p = c["correct"] / c["reports"] if c["reports"] else None
            r = c["gold_correct"] / c["gold"] if c["gold"] else None
            f1 = 2 * p * r / (p + r) if p and r else None
            out.append({"slice": key, "reports": c["reports"], "gold": c["gold"], "precision": p, "recall": r,
                        "f1": f1})  # fmt: skip
        return out


def _describe(e: PredictedEvent | GoldEvent) -> str:
    parties = "+".join(sorted(e.actors)) + (" (joint)" if e.joint else "") + " → " + "+".join(sorted(e.recipients))
    return f"{e.cameo} {e.status} {parties} @{e.trigger[0]}"


@dataclass(frozen=True, slots=True)
class AsRun:
    """A gold file as a run reads it: the ``text`` that is coded, where it starts in the file
    (reports' offsets plus ``offset`` are the file's), the title line's span in the file (None
    when there is none) and the published date. ``whole`` when the file is coded whole;
    ``file_text`` is the whole file, decoded once (the gold offsets point into it)."""

    text: str
    offset: int
    title: Span | None
    published: PartialDate | None
    file_text: str
    whole: bool = False

    def on_title(self, span: Span) -> bool:
        return self.title is not None and self.title[0] <= span[0] and span[1] <= self.title[1]


def read_as_run(name: str, raw: bytes) -> AsRun:
    """What ``diplomap run`` makes of a text file (its reader and cleaner, no store): the cleaned
    text, located verbatim in the file, and the title's span. A file whose cleaned text is not a
    verbatim part of it (a cleaner that joined or dropped lines) is coded whole, with the date of
    a first line ``Published: YYYY-MM-DD``, so that the gold offsets stay comparable."""
    from .clean.stage import clean_draft
    from .ingest.stage import read_input
    from .model import Document, Draft, RawInput

    file_text = raw.decode("utf-8")
    items = list(read_input(RawInput(name, raw), limit=len(raw) + 1))
    cleaned = clean_draft(items[0]) if len(items) == 1 and isinstance(items[0], Draft) else None
    offset = file_text.find(cleaned.text) if isinstance(cleaned, Document) and cleaned.text else -1
    if not isinstance(cleaned, Document) or offset < 0:
        day = file_text[len("Published: "):].split("\n", 1)[0].strip() if file_text.startswith("Published: ") else ""
        return AsRun(file_text, 0, None, PartialDate(day, "day") if len(day) == 10 else None, whole=True,
                     file_text=file_text)
    title = None
    if cleaned.title and (at := file_text.find(cleaned.title, 0, offset)) >= 0:
        title = (at, at + len(cleaned.title))
    return AsRun(cleaned.text, offset, title, cleaned.published, file_text=file_text)


@dataclass(slots=True)
class Reading:
    """How the documents of an evaluation were read: not at all, whole, and the gold rows left out
    because they are on a title line (a run does not code titles)."""

    missing: list[str] = field(default_factory=list)
    coded_whole: list[str] = field(default_factory=list)
    title_rows: int = 0


def evaluate_events(gold: Path, texts: Path | None = None, *, split: str | None = None,
                    actor_files: Iterable[Path] = (), event_lexicon_files: Iterable[Path] = (),
                    suggestions: SenseSuggestions | None = None) -> tuple[Scores, Reading]:  # fmt: skip
    """Run the recogniser and coder (with the user's actor and event lexicon files) on each gold
    document, read as a run reads it (``read_as_run``), and score them. Documents are read from
    ``texts`` (default: the gold file's folder). Returns the scores and how the documents were read;
    ``suggestions``, when given, collects lexicon senses that would have let the coder read the gold
    events it missed (``diplomap.suggestions``)."""
    from .extract.events import EventCoder
    from .extract.recognise import ActorRecogniser

    rows = read_gold(gold, split)
    root = texts or gold.parent
    rec = ActorRecogniser(list(actor_files))
    coder = EventCoder(lexicon_files=list(event_lexicon_files))
    scores = Scores()
    reading = Reading()
    for doc in sorted(rows):
        try:
            view = read_as_run(doc, (root / doc).read_bytes())
        except (OSError, UnicodeDecodeError):
            reading.missing.append(doc)
            continue
        if view.whole:
            reading.coded_whole.append(doc)
        golds = [g for g in rows[doc] if not view.on_title(g.sentence)]
        reading.title_rows += len(rows[doc]) - len(golds)
        day = view.published.value if view.published else None
        mentions = rec.recognise(view.text, doc, day, places=True)
        reports = coder.code(view.text, mentions, doc, view.published, None)
        codes = [(m.start + view.offset, m.end + view.offset, m.code) for m in mentions if m.code]
        preds = [PredictedEvent.of(r, view.offset) for r in reports]
        causes = partial(miss_cause, text=view.file_text, codes=codes, trigger_words=coder.trigger_words)
        paired = {j for _, j in scores.add(doc, preds, golds, causes)}
        scores.missed_steps.update(_miss_steps(coder, view, mentions, reports, golds, paired, causes))
        if suggestions is not None:
            _suggest(suggestions, coder, doc, view, mentions, golds, paired, causes)
    return scores, reading


def _miss_steps(coder: Any, view: AsRun, mentions: Sequence[Any], reports: Sequence[Any], golds: Sequence[GoldEvent],
                paired: set[int], causes: Callable[[GoldEvent], str]) -> Counter[str]:  # fmt: skip
    """For each gold event the coder missed (not in ``paired``) although its actor was recognised and
    its trigger is a lexicon word: the step that stopped the lexicon verb at its trigger (what ``diplomap code
    --why`` says of it), or "other"."""
    from .extract.events.diagnose import unread_words

    unread: dict[tuple[int, int], list[Any]] = {}
    steps: Counter[str] = Counter()
    for j, g in enumerate(golds):
        if j in paired or g.repeat or causes(g) != MISS_CAUSES[2]:
            continue
        start, end = g.trigger[0] - view.offset, g.trigger[1] - view.offset  # (offsets into the coded text)
        span = next((sp for sp in coder.parsed if sp[0] <= start < sp[1]), None)
        if span is not None and span not in unread:
            unread[span] = unread_words(coder, view.text, span, mentions, reports)
        word = next((w for w in unread.get(span, ()) if w.start < end and start < w.end), None) if span else None
        steps[word.step if word is not None else "other"] += 1
    return steps


def _suggest(suggestions: SenseSuggestions, coder: Any, doc: str, view: AsRun, mentions: Sequence[Any],
             golds: Sequence[GoldEvent], paired: set[int], causes: Callable[[GoldEvent], str]) -> None:
    """Hand each missed gold event (not in ``paired``) whose actor was recognised to ``suggestions``,
    with its parsed clause."""
    clauses: list[tuple[int, int]] | None = None
    for j, g in enumerate(golds):
        if j in paired or g.repeat or causes(g) == MISS_CAUSES[0]:
            continue
        at = g.trigger[0] - view.offset  # (offsets into the coded text)
        span = next((sp for sp in coder.parsed if sp[0] <= at < sp[1]), None)
        if span is None:  # a clause the gate did not let through: parse it now
            clauses = clauses if clauses is not None else coder.to_parse(view.text, mentions, gate=False)
            span = next((sp for sp in clauses if sp[0] <= at < sp[1]), None)
            if span is None:
                continue
            clause = coder.parse([view.text[span[0] : span[1]]])[0]
        else:
            clause = coder.parsed[span]
        party_at = {t.i: m.code for m in mentions if m.code and span[0] <= m.start < span[1]
                    for t in clause if m.start <= span[0] + t.idx < m.end}  # fmt: skip
        suggestions.add(coder.lex, clause, at - span[0], g.cameo, g.recipients, party_at, f"{doc}@{g.trigger[0]}")

"""The event coder (``diplomap.extract.events.EventCoder``) on the gold set in ``bench/data/events``.

Documents are read as ``diplomap run`` reads them, and a run codes a document's ``text``, never
its title (README, "Events": the title is kept as metadata, outside the text the spans point
into). The own texts in ``bench/data/events/texts`` (``Published: YYYY-MM-DD``, a blank line,
the headline, then the body) go through the run's own reader and cleaner
(``diplomap.ingest.stage.read_input``, ``diplomap.clean.stage.clean_draft``): the body they
give (checked to be a verbatim part of the file) is coded with the document's ``published``
date, for the recogniser and the coder, and the reports' offsets are moved back into the file.
The seeds 000/001/003/004, read from ``../shared/corpus/seeds`` (skipped with a message where
absent), are coded whole, with their estimated time of writing as ``estimate`` (000, 001:
2021-05; 003: 2017-12; 004: 2024-06) and no published date; only predictions whose trigger lies
inside the article's body lines count (the ``keep`` lines of ``bench/data/seed_lines.json`` for
000/001/003, everything before the last line for 004). Actors come from ``ActorRecogniser``
(default configuration) on the same text and date.

Gold rows on a title line (the headline of a text, a seed's ``title`` line) are labelled like
any sentence (the gold README) but are left out of every figure, since a run does not code
titles; each split reports how many were left out (``title_rows_left_out``).

Matching, per document: a prediction and a gold event are candidates when their sentences
overlap. Candidates are paired greedily, one-to-one, by (triggers overlap, same CAMEO root
(``alt_cameo`` accepted), number of shared actor codes, distance between the triggers).

Repeat rows (``repeat: true``, a nominal mention of an event asserted elsewhere) are optional,
as the gold README advises: they are matched like any row, but a prediction paired with one is
neither a hit nor a false positive (it leaves the precision denominator) and they are not in
the recall denominator. The variant "all rows" counts them as ordinary rows.

A gold row's actors are compared as sets of codes. ``alt_actors``, where given, is an accepted
alternative actor set; ``alt_cameo`` an accepted alternative code (for root, code and quad
class). When either side is joint (gold ``joint`` or ``reciprocal``, or the report's ``joint``),
actors and recipients are compared as one set, actors ∪ recipients, on both sides (so a joint
row is matched by a directed pair of the same parties, and a reciprocal row by a directed
prediction in either direction).

Metrics (micro-averaged over the documents of a split):

* detection: P = paired predictions / predictions, R = paired gold events / gold events;
* the headline: a prediction is CORRECT when it is paired AND its actor set equals the gold's
  AND its recipient set equals the gold's (the union rule above for joint events) AND the quad
  class is equal AND the status is equal; P = correct / predictions, R = correct / gold events;
* on the paired (every pair, repeat rows included): status, quad class, CAMEO root, exact
  code, PLOVER type, actor set, recipient set, historical flag, date (compared at the gold
  date's precision, at most the month: a gold ``2021-03-26`` wants ``2021-03``, a gold ``2021``
  wants ``2021``; gold rows without a date are left out), attribution agreement (both null or
  both non-null), and the share given a date;
* per status and per quad class: predictions, gold events, correct, P and R (the headline rule);
* a confusion of status on the paired;
* off-topic texts (``offtopic/*.txt``, gold: no events): reports predicted, per text, and
  non-neutral reports (a plain statement, CAMEO 010, is coded but left out of relations by
  default).

The split's first tables are also given for the non-neutral events only ("nn"): predictions
marked ``neutral`` and gold rows with ``neutral_statement`` removed before matching. A second
report of one act (042 and 043 for one visit) pairs with one gold row; the other is a false
positive.

The blind split is reported in aggregate only: ``--show-errors`` (every missed gold event,
false positive and wrong attribute, with its sentence, and a count of error classes) works with
``--split tune`` only. ``--show-offtopic`` lists the reports on the off-topic texts (not part of
any split). ``--no-gate`` codes every sentence (``gate=False``). Run:

    .venv/bin/python bench/events_eval.py [--split tune|blind|all] [--show-errors] [--show-offtopic] [--no-gate]

The result is always written to ``bench/results/events_eval_<split>[_no-gate].json`` (errors
included for the tune split only), with a fingerprint of the coder's code, its data and the gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actors_eval import SEED_DATES, SEEDS_DIR, f1, ratio, seed_windows
from benchlib import BENCH, ROOT, table, write_result
from diplomap.evaluate import MISS_CAUSES, GoldCodes, correct, match, miss_cause, overlap, parties_ok

NAME = "events_eval"
GOLD_DIR = BENCH / "data" / "events"
STATUSES = ("occurred", "planned", "hypothetical", "negated")
QUADS = (1, 2, 3, 4)
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Gold(GoldCodes):
    doc: str
    split: str
    sentence: Span
    trigger: Span
    actors: frozenset[str]
    recipients: frozenset[str]
    alt_actors: frozenset[str] | None
    joint: bool  # joint or reciprocal: compared as one set
    cameo: str
    alt_cameo: str | None
    quad: int
    plover: str | None
    status: str
    historical: bool
    neutral: bool
    date: str | None
    attribution: str | None
    repeat: bool



@dataclass(frozen=True, slots=True)
class Pred:
    sentence: Span
    trigger: Span
    actors: frozenset[str]
    recipients: frozenset[str]
    joint: bool
    cameo: str
    quad: int
    plover: str | None
    status: str
    historical: bool
    neutral: bool
    date: str | None
    attribution: str | None
    rule: str


@dataclass(slots=True)
class DocResult:
    doc: str
    split: str
    source: str  # "texts" or "seeds"
    golds: list[Gold]
    preds: list[Pred]
    pairs: list[tuple[int, int]]  # (pred index, gold index)
    text: str
    title_rows: int = 0  # gold rows on the title line, left out (a run does not code titles)
    #: why each unpaired gold row was missed (gold index → one of MISS_CAUSES)
    miss_causes: dict[int, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------- data




def to_gold(r: dict[str, Any]) -> Gold:
    alt = r.get("alt_actors")
    return Gold(r["doc"], r["split"], (r["sentence"][0], r["sentence"][1]), (r["trigger"][0], r["trigger"][1]),
                frozenset(r["actors"]), frozenset(r["recipients"]), frozenset(alt) if alt else None,
                bool(r["joint"] or r.get("reciprocal")), r["cameo"], r.get("alt_cameo"), r["quad_class"],
                r["plover"], r["status"], r["historical"], r["neutral_statement"], r["date"], r["attribution"],
                bool(r.get("repeat")))  # fmt: skip


def load_gold() -> dict[str, list[Gold]]:
    by_doc: dict[str, list[Gold]] = defaultdict(list)
    for line in (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = to_gold(json.loads(line))
            by_doc[g.doc].append(g)
    return dict(by_doc)


def load_text(doc: str) -> str | None:
    if doc.startswith("seeds/"):
        path = SEEDS_DIR / doc.split("/", 1)[1]
        return path.read_bytes().decode("utf-8") if path.exists() else None
    return (GOLD_DIR / doc).read_bytes().decode("utf-8")


@dataclass(frozen=True, slots=True)
class View:
    """A gold document as it is coded: the run's reading of it (``read_as_run``) or, for a seed,
    the whole file; and the dates the recogniser and the coder are given."""

    text: str
    offset: int
    title: Span | None
    published: Any
    estimate: Any

    @property
    def date(self) -> str | None:
        """The date the recogniser reads roles at: the published date, else the estimate."""
        known = self.published or self.estimate
        return known.value if known is not None else None


def as_run(doc: str, raw: str) -> View:
    """A gold text read as ``diplomap run`` reads it (``diplomap.evaluate.read_as_run``); a seed
    whole, with its estimated time of writing. Raises ValueError where a gold text could not be
    read as a run reads it (its offsets would not be comparable)."""
    from diplomap.evaluate import read_as_run
    from diplomap.model import PartialDate

    if doc.startswith("seeds/"):
        month = SEED_DATES[doc.split("/", 1)[1][:3]]
        return View(raw, 0, None, None, PartialDate(month, "month"))
    run = read_as_run(doc, raw.encode("utf-8"))
    if run.whole:
        raise ValueError(f"{doc}: the run's cleaned text is not a verbatim part of the file")
    return View(run.text, run.offset, run.title, run.published, None)


def title_rows(doc: str, raw: str, view: View) -> list[Span]:
    """The title line(s) of a document, as spans of the file."""
    if doc.startswith("seeds/"):
        return seed_windows(doc, raw, labels=("title",)) if not doc.startswith("seeds/004") else []
    return [view.title] if view.title else []


# ----------------------------------------------------------------------------- predicting and matching


def to_pred(r: Any, shift: int = 0) -> Pred:
    """A report as a prediction; ``shift`` moves its offsets from the coded text into the file."""
    return Pred((r.start + shift, r.end + shift), (r.trigger_start + shift, r.trigger_end + shift),
                frozenset(a.code for a in r.actors), frozenset(a.code for a in r.recipients), bool(r.joint),
                r.cameo, int(r.quad_class), r.plover, r.status, bool(r.historical), bool(r.neutral), r.date,
                r.attribution, r.rule)  # fmt: skip








def date_ok(pred: str | None, gold: str) -> bool:
    key = gold[:7]
    return pred is not None and pred[:len(key)] == key




def in_windows(p: Pred, windows: list[Span] | None) -> bool:
    return windows is None or in_windows_span(p.trigger, windows)


def in_windows_span(span: Span, windows: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in windows)


# ----------------------------------------------------------------------------- tallies


@dataclass(slots=True)
class Tally:
    n: Counter[str] = field(default_factory=Counter)
    status: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    quad: dict[int, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: unpaired gold rows by (cause, whether the coder reported another event in that sentence)
    missed: Counter[tuple[str, bool]] = field(default_factory=Counter)
    docs: int = 0
    #: repeat rows optional: not in recall; a prediction paired with one is not counted at all
    optional_repeats: bool = True

    def add(self, r: DocResult) -> None:
        self.docs += 1
        n = self.n
        n["title_rows_left_out"] += r.title_rows
        optional = {j for j, g in enumerate(r.golds) if g.repeat} if self.optional_repeats else set()
        ignored = {i for i, j in r.pairs if j in optional}
        n["gold"] += len(r.golds) - len(optional)
        n["pred"] += len(r.preds) - len(ignored)
        n["paired"] += len(r.pairs) - len(ignored)
        n["ignored_predictions_on_repeat_rows"] += len(ignored)
        for i, p in enumerate(r.preds):
            if i not in ignored:
                self.status[p.status]["pred"] += 1
                self.quad[p.quad]["pred"] += 1
        for j, g in enumerate(r.golds):
            if j not in optional:
                self.status[g.status]["gold"] += 1
                self.quad[g.quad]["gold"] += 1
        for i, j in r.pairs:
            self.add_pair(r.preds[i], r.golds[j], j not in optional)
        for j, cause in r.miss_causes.items():
            if j not in optional:
                # (with another report in its sentence, the coder saw the sentence and told one event of several)
                shared = any(overlap(p.sentence, r.golds[j].sentence) for p in r.preds)
                self.missed[(cause, shared)] += 1

    def add_pair(self, p: Pred, g: Gold, counted: bool) -> None:
        """Attributes are tallied on every pair; the headline only on counted ones."""
        n = self.n
        a_ok, r_ok = parties_ok(p, g)
        ok = correct(p, g) and counted
        n["correct"] += ok
        n["pairs_all"] += 1
        if ok:
            self.status[p.status]["correct"] += 1
            self.quad[p.quad]["correct"] += 1
        self.confusion[(g.status, p.status)] += 1
        n["status_ok"] += p.status == g.status
        n["quad_ok"] += p.quad in g.quads()
        n["root_ok"] += p.cameo[:2] in g.roots()
        n["code_ok"] += p.cameo in g.codes()
        n["plover_ok"] += p.plover == g.plover
        n["actors_ok"] += a_ok
        n["recipients_ok"] += r_ok
        n["historical_ok"] += p.historical == g.historical
        n["attribution_ok"] += (p.attribution is None) == (g.attribution is None)
        n["date_given"] += p.date is not None
        if g.date is not None:
            n["date_n"] += 1
            n["date_ok"] += date_ok(p.date, g.date)

    def summary(self) -> dict[str, Any]:
        n = self.n
        dp, dr = ratio(n["paired"], n["pred"]), ratio(n["paired"], n["gold"])
        cp, cr = ratio(n["correct"], n["pred"]), ratio(n["correct"], n["gold"])
        paired = n["pairs_all"]
        return {
            "documents": self.docs, "repeats_optional": self.optional_repeats, "gold_events": n["gold"],
            "predictions": n["pred"], "paired": n["paired"],
            "detection_precision": dp, "detection_recall": dr, "detection_f1": f1(dp, dr),
            "correct": n["correct"], "precision": cp, "recall": cr, "f1": f1(cp, cr),
            "title_rows_left_out": n["title_rows_left_out"],
            "on_paired": {
                key: ratio(n[f"{key}_ok"], paired)
                for key in ("status", "quad", "root", "code", "plover", "actors", "recipients", "historical",
                            "attribution")
            } | {"date": ratio(n["date_ok"], n["date_n"]), "date_n": n["date_n"],
                 "date_given": ratio(n["date_given"], paired)},
            "by_status": {s: _class_row(self.status.get(s, Counter())) for s in STATUSES},
            "by_quad_class": {str(q): _class_row(self.quad.get(q, Counter())) for q in QUADS},
            "status_confusion": {g: {p: self.confusion[(g, p)] for p in STATUSES} for g in STATUSES},
            "missed_by_cause": {c: {"other reports in the sentence": self.missed[(c, True)],
                                    "none in the sentence": self.missed[(c, False)]} for c in MISS_CAUSES},
            "counts": dict(sorted(n.items())),
        }  # fmt: skip


def _class_row(c: Counter[str]) -> dict[str, Any]:
    return {"pred": c["pred"], "gold": c["gold"], "correct": c["correct"], "precision": ratio(c["correct"], c["pred"]),
            "recall": ratio(c["correct"], c["gold"])}


# ----------------------------------------------------------------------------- errors (tune split only)


def set_class(name: str, pred: frozenset[str], gold: frozenset[str]) -> str:
    if not pred:
        return f"{name}: none predicted"
    if not gold:
        return f"{name}: predicted where gold has none"
    if pred < gold:
        return f"{name}: some missing"
    if pred > gold:
        return f"{name}: extra code(s)"
    return f"{name}: wrong code(s)"


def describe(p: Pred | Gold) -> str:
    joint = "+" if p.joint else "→"
    who = f"{','.join(sorted(p.actors)) or '-'} {joint} {','.join(sorted(p.recipients)) or '-'}"
    flags = "".join(f" {f}" for f, on in (("hist", p.historical), ("neutral", p.neutral)) if on)
    attr = f" attr={p.attribution}" if p.attribution else ""
    return f"{p.cameo} q{p.quad} {p.plover} {p.status}{flags} {who} date={p.date}{attr}"


def pair_classes(p: Pred, g: Gold) -> list[str]:
    out = []
    a_ok, r_ok = parties_ok(p, g)
    if p.joint or g.joint:
        if not a_ok:
            if p.joint != g.joint:
                out.append(f"joint: gold {'joint' if g.joint else 'directed'}, coded "
                           f"{'joint' if p.joint else 'directed'}")
            out.append(set_class("parties of a joint event (actors ∪ recipients)", p.actors | p.recipients,
                                 g.actors | g.recipients))
    else:
        if not a_ok:
            out.append(set_class("actors", p.actors, g.actors))
        if not r_ok:
            out.append(set_class("recipients", p.recipients, g.recipients))
    if p.status != g.status:
        out.append(f"status: {g.status} coded {p.status}")
    if p.cameo[:2] not in g.roots():
        out.append(f"root: {g.cameo[:2]} coded {p.cameo[:2]}" + ("" if p.quad in g.quads() else " (other quad)"))
    elif p.cameo not in g.codes():
        out.append("code: right root, other code")
    if p.plover != g.plover and p.cameo[:2] in g.roots():  # across roots the root error says it
        out.append(f"plover: {g.plover} coded {p.plover} (same root)")
    if p.historical != g.historical:
        out.append(f"historical: gold {g.historical}")
    if g.date is not None and not date_ok(p.date, g.date):
        out.append("date: none" if p.date is None else "date: wrong")
    if (p.attribution is None) != (g.attribution is None):
        out.append("attribution: missed" if p.attribution is None else "attribution: spurious")
    return out


def doc_errors(r: DocResult) -> list[dict[str, Any]]:
    errs: list[dict[str, Any]] = []
    paired_p = {i for i, _ in r.pairs}
    paired_g = {j for _, j in r.pairs}

    def sent(span: Span) -> str:
        return r.text[span[0]:span[1]].replace("\n", " ")

    for j, g in enumerate(r.golds):
        if j in paired_g:
            continue
        coded = any(overlap(p.sentence, g.sentence) for p in r.preds)
        cls = "missed: other reports in the sentence" if coded else "missed: sentence without reports"
        if g.repeat:
            cls = cls.replace("missed:", "missed repeat (optional):")
        errs.append({"doc": r.doc, "at": g.trigger[0], "class": cls, "trigger": sent(g.trigger), "gold": describe(g),
                     "sentence": sent(g.sentence)})
    for i, p in enumerate(r.preds):
        if i in paired_p:
            continue
        where = "gold sentence" if any(overlap(p.sentence, g.sentence) for g in r.golds) else "no gold event there"
        kind = "neutral statement" if p.neutral else p.rule.split("/", 1)[0]
        errs.append({"doc": r.doc, "at": p.trigger[0], "class": f"FP: {kind} ({where})", "trigger": sent(p.trigger),
                     "pred": describe(p), "rule": p.rule, "sentence": sent(p.sentence)})
    for i, j in r.pairs:
        p, g = r.preds[i], r.golds[j]
        for cls in pair_classes(p, g):
            errs.append({"doc": r.doc, "at": g.trigger[0], "class": cls, "trigger": sent(g.trigger),
                         "pred_trigger": sent(p.trigger), "gold": describe(g), "pred": describe(p), "rule": p.rule,
                         "sentence": sent(g.sentence)})
    return sorted(errs, key=lambda e: (e["doc"], e["at"], e["class"]))


def show_errors(errors: list[dict[str, Any]]) -> None:
    print("\nErrors (tune split):")
    doc = None
    for e in errors:
        if e["doc"] != doc:
            doc = e["doc"]
            print(f"\n  {doc}")
        trig = e["trigger"] + (f" / pred {e['pred_trigger']!r}" if e.get("pred_trigger", e["trigger"]) != e["trigger"]
                               else "")
        print(f"    {e['at']:5d} {e['class']}  [{trig}]")
        for key in ("gold", "pred", "rule"):
            if e.get(key):
                print(f"          {key}: {e[key]}")
        print(f"          | {e['sentence']}")
    print()
    print(table(["error class", "count"], Counter(e["class"] for e in errors).most_common(),
                title="Error classes (tune split)"))


# ----------------------------------------------------------------------------- running


def fingerprint() -> str:
    """sha256 (first 12 hex digits) of the coder's and recogniser's code and data, and the gold."""
    src = ROOT / "src" / "diplomap"
    files = sorted([*(src / "extract").rglob("*.py"), *(src / "data" / "actors").glob("*.yaml"),
                    *(src / "data" / "events").glob("*.yaml"), GOLD_DIR / "gold.jsonl",
                    *(GOLD_DIR / "texts").glob("*.txt"), *(GOLD_DIR / "offtopic").glob("*.txt")])
    h = hashlib.sha256()
    for f in files:
        h.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


@dataclass(slots=True)
class Runner:
    rec: Any
    coder: Any
    gate: bool
    t_rec: float = 0.0
    t_code: float = 0.0
    #: the mentions of the last document coded, as the recogniser gave them (offsets into its view)
    last_mentions: list[Any] = field(default_factory=list)

    @property
    def last_codes(self) -> list[tuple[int, int, str]]:
        """The coded mentions of the last document coded: (start, end, code)."""
        return [(m.start, m.end, m.code) for m in self.last_mentions if m.code]

    def reports(self, doc: str, view: View) -> list[Any]:
        """The reports on the text a run codes (offsets into ``view.text``)."""
        t0 = time.perf_counter()
        self.last_mentions = []  # (a document the recogniser fails on has none, not the one before's)
        mentions = self.rec.recognise(view.text, document_id=doc, date=view.date, places=True)
        self.last_mentions = list(mentions)
        t1 = time.perf_counter()
        out = self.coder.code(view.text, mentions, doc, view.published, view.estimate, gate=self.gate)
        self.t_rec += t1 - t0
        self.t_code += time.perf_counter() - t1
        return list(out)

    def preds(self, doc: str, raw: str, view: View) -> list[Pred]:
        """Predictions with offsets into the file; in a seed, only those in its body lines."""
        windows = seed_windows(doc, raw, labels=("keep",)) if doc.startswith("seeds/") else None
        preds = (to_pred(r, view.offset) for r in self.reports(doc, view))
        return [p for p in preds if in_windows(p, windows)]


def selected_docs(gold: dict[str, list[Gold]], split: str) -> tuple[list[tuple[str, str]], list[str]]:
    docs, missing = [], []
    for doc in sorted(gold):
        if split != "all" and gold[doc][0].split != split:
            continue
        text = load_text(doc)
        if text is None:
            missing.append(doc)
            continue
        if max(g.sentence[1] for g in gold[doc]) > len(text):
            raise SystemExit(f"{doc}: gold offsets run past the text (has the seed changed?)")
        docs.append((doc, text))
    return docs, missing


def non_neutral(r: DocResult) -> DocResult:
    preds = [p for p in r.preds if not p.neutral]
    golds = [g for g in r.golds if not g.neutral]
    return DocResult(r.doc, r.split, r.source, golds, preds, match(preds, golds), r.text, r.title_rows)


def summaries(results: list[DocResult], split: str) -> dict[str, dict[str, Any]]:
    out = {}
    for sp in (["tune", "blind", "all"] if split == "all" else [split]):
        for source in (None, "texts", "seeds"):
            rows = [r for r in results if (sp == "all" or r.split == sp) and source in (None, r.source)]
            if not rows:
                continue
            key = sp if source is None else f"{sp}/{source}"
            variants = [("", rows, True)]
            if source is None:
                variants += [(" all rows", rows, False), (" nn", [non_neutral(r) for r in rows], True)]
            for suffix, view, optional in variants:
                t = Tally(optional_repeats=optional)
                for r in view:
                    t.add(r)
                out[key + suffix] = t.summary()
    return out


def offtopic(runner: Runner) -> dict[str, Any]:
    files = sorted((GOLD_DIR / "offtopic").glob("*.txt"))
    per: dict[str, list[dict[str, Any]]] = {}
    for path in files:
        doc = f"offtopic/{path.name}"
        view = as_run(doc, path.read_bytes().decode("utf-8"))
        text = view.text
        per[doc] = [{"trigger": text[r.trigger_start:r.trigger_end], "report": describe(to_pred(r)), "rule": r.rule,
                     "neutral": bool(r.neutral), "sentence": r.sentence.replace("\n", " ")}
                    for r in runner.reports(doc, view)]  # fmt: skip
    neutral = sum(1 for reps in per.values() for x in reps if x["neutral"])
    total = sum(len(v) for v in per.values())
    return {"texts": len(files), "reports": total, "non_neutral_reports": total - neutral,
            "reports_per_text": total / len(files) if files else None,
            "texts_with_reports": sum(1 for v in per.values() if v), "by_text": per}


# ----------------------------------------------------------------------------- printing


def print_tables(sums: dict[str, dict[str, Any]]) -> None:
    print(table(
        ["split", "docs", "gold", "pred", "paired", "det P", "det R", "det F1", "correct", "P", "R", "F1"],
        [[k, s["documents"], s["gold_events"], s["predictions"], s["paired"], s["detection_precision"],
          s["detection_recall"], s["detection_f1"], s["correct"], s["precision"], s["recall"], s["f1"]]
         for k, s in sums.items()],
        title="Detection (sentence overlap, one-to-one) and the headline (paired + actors + recipients + quad + "
              "status); repeat rows optional except in 'all rows'; nn = non-neutral only"))
    keys = ["status", "quad", "root", "code", "plover", "actors", "recipients", "historical", "date",
            "attribution", "date_given"]
    print()
    print(table(["split", *keys, "date n"],
                [[k, *[s["on_paired"][x] for x in keys], s["on_paired"]["date_n"]] for k, s in sums.items()],
                title="Accuracy on the paired"))
    mains = {k: s for k, s in sums.items() if "/" not in k and " " not in k}
    for label, key, classes in (("status", "by_status", STATUSES), ("quad class", "by_quad_class", QUADS)):
        print()
        print(table(
            [label, *[f"{k} {m}" for k in mains for m in ("pred", "gold", "P", "R")]],
            [[str(c), *[v for s in mains.values() for v in _cls_cells(s[key][str(c)])]] for c in classes],
            title=f"Per {label} (headline rule)"))
    print()
    cells = ("n", "share", "in shared sentence")
    print(table(["missed gold events: cause", *[f"{k} {m}" for k in mains for m in cells]],
                [[c, *[v for s in mains.values() for v in _miss_cells(s, c)]] for c in MISS_CAUSES],
                title="Why gold events were missed (repeat rows left out)"))
    for k, s in mains.items():
        print()
        conf = s["status_confusion"]
        print(table(["gold \\ coded", *STATUSES], [[g, *[conf[g][p] for p in STATUSES]] for g in STATUSES],
                    title=f"Status confusion on the paired ({k})"))


def _miss_cells(s: dict[str, Any], cause: str) -> list[Any]:
    by = s["missed_by_cause"]
    total = sum(sum(v.values()) for v in by.values())
    n = sum(by[cause].values())
    return [n, ratio(n, total), by[cause]["other reports in the sentence"]]


def _cls_cells(c: dict[str, Any]) -> list[Any]:
    return [c["pred"], c["gold"], c["precision"], c["recall"]]


def print_offtopic(off: dict[str, Any], show: bool) -> None:
    print(f"\nOff-topic texts: {off['texts']}; reports {off['reports']} (non-neutral {off['non_neutral_reports']}) "
          f"in {off['texts_with_reports']} text(s); goal 0")
    rows = [[doc, len(reps)] for doc, reps in off["by_text"].items() if reps]
    if rows:
        print(table(["text", "reports"], rows))
    if show:
        for doc, reps in off["by_text"].items():
            for x in reps:
                print(f"  {doc}: [{x['trigger']}] {x['report']} ({x['rule']})\n      | {x['sentence']}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "blind", "all"], default="tune")
    ap.add_argument("--show-errors", action="store_true", help="list every error (tune split only)")
    ap.add_argument("--show-offtopic", action="store_true", help="list the reports on the off-topic texts")
    ap.add_argument("--no-gate", action="store_true", help="code(..., gate=False): parse every sentence")
    ap.add_argument("--json", action="store_true", help="also print the result JSON (always written)")
    return ap.parse_args(argv)


def evaluate(runner: Runner, gold: dict[str, list[Gold]], docs: Iterable[tuple[str, str]]) -> tuple[
        list[DocResult], list[dict[str, str]]]:  # fmt: skip
    results, problems = [], []
    for doc, text in docs:
        view = as_run(doc, text)
        titles = title_rows(doc, text, view)
        golds = [g for g in gold[doc] if not in_windows_span(g.sentence, titles)]
        try:
            preds = runner.preds(doc, text, view)
        except Exception as exc:  # a crash on one document is a finding, not the end of the run
            blind = golds[0].split == "blind"
            problems.append({"doc": doc, "error": type(exc).__name__ if blind else traceback.format_exc()})
            preds = []
        source = "seeds" if doc.startswith("seeds/") else "texts"
        pairs = match(preds, golds)
        codes = [(s + view.offset, e + view.offset, c) for s, e, c in runner.last_codes]
        paired = {j for _, j in pairs}
        causes = {j: miss_cause(g, text, codes, runner.coder.trigger_words)
                  for j, g in enumerate(golds) if j not in paired}  # fmt: skip
        results.append(DocResult(doc, gold[doc][0].split, source, golds, preds, pairs, text,
                                 len(gold[doc]) - len(golds), causes))
    return results, problems


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.show_errors and args.split != "tune":
        print("--show-errors works with --split tune only: the blind split is reported in aggregate only")
        return 2
    t_start = time.perf_counter()
    fp = fingerprint()  # before the run: the code may change while it runs
    gold = load_gold()
    docs, missing = selected_docs(gold, args.split)
    if missing:
        print(f"note: ../shared/corpus/seeds absent or incomplete: {len(missing)} seed(s) skipped, own texts only")
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    t0 = time.perf_counter()
    runner = Runner(ActorRecogniser(), EventCoder(), not args.no_gate)
    t_init = time.perf_counter() - t0
    results, problems = evaluate(runner, gold, docs)
    sums = summaries(results, args.split)
    print_tables(sums)
    t_rec, t_code = runner.t_rec, runner.t_code
    off = offtopic(runner)
    print_offtopic(off, args.show_offtopic)
    timing = {"init_s": t_init, "recognise_s": t_rec, "code_s": t_code, "documents": len(docs),
              "chars": sum(len(t) for _, t in docs), "wall_s": time.perf_counter() - t_start}
    print(f"\ninit {t_init:.2f} s; recognise {t_rec:.2f} s, code {t_code:.2f} s for {len(docs)} documents; "
          f"wall {timing['wall_s']:.1f} s; code+data {fp}; coder {runner.coder.version}")
    for p in problems:
        print(f"\nproblem on {p['doc']}: {p['error']}")
    data: dict[str, Any] = {"script": "bench/events_eval.py",
                            "split": args.split, "gate": not args.no_gate, "fingerprint": fp,
                            "coder_version": runner.coder.version, "results": sums, "offtopic": off,
                            "seeds_skipped": missing, "timing": timing, "problems": problems}
    if args.split == "tune":
        errors = [e for r in results for e in doc_errors(r)]
        data["error_classes"] = dict(Counter(e["class"] for e in errors).most_common())
        data["errors"] = errors
        if args.show_errors:
            show_errors(errors)
    path = write_result(f"{NAME}_{args.split}{'_no-gate' if args.no_gate else ''}", data)
    if args.json:
        print(Path(path).read_text(encoding="utf-8"))
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

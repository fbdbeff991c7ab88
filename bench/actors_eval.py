"""The actor recogniser (``diplomap.extract.recognise.ActorRecogniser``) on the gold set in ``bench/data/actors``.

Documents: the 24 own texts in ``bench/data/actors/texts`` (run with ``date=None``: the text's own
dates decide) and four seeds read from ``../shared/corpus/seeds`` (skipped with a message where
absent), run with their estimated time of writing (000, 001: 2021-05; 003: 2017-12; 004: 2024-06).
In a seed only predictions lying inside its article lines count: for 000, 001 and 003 the lines
labelled ``title``/``keep`` in ``bench/data/seed_lines.json``, for 004 everything before its last
non-blank line (a publisher disclosure, not labelled). Predictions of kind ``place`` are not
predictions.

Matching, per document: every (prediction, gold actor row) pair whose spans share at least one
character is a candidate; pairs are taken greedily by overlap size (ties: exact spans first,
then position), each prediction and each gold row at most once. ``place`` rows are not actors:
they are never matched and do not count in recall; a prediction matched to no actor row is a
false positive, reported apart when it overlaps a place row ("FP on place").

Metrics (micro-averaged over the documents of a split):

* detection: P = matched predictions / predictions, R = matched gold actor rows / gold actor
  rows, F1 from P and R;
* exact span: P = predictions whose (start, end) equals a gold actor row's / predictions,
  R = the same count / gold actor rows;
* code: a matched pair has the right code when the prediction's code is the gold ``code`` or
  ``alt_code``, or, for a gold row whose code is null (groups, some ambiguous words), when the
  prediction's code is null too. Code P = matched pairs with a non-null predicted code that is
  right / all predictions with a non-null code (false positives included); code R = the same
  count / gold actor rows with a non-null code. "code acc" = right codes (null = null included)
  / matched pairs; "null agree" = matched gold rows with a null code that got a null code;
* on matched pairs: sector accuracy where gold has a sector; person accuracy where gold has a
  person (names compared without case, accents, spaces, hyphens and dots); date accuracy
  (month) where both sides have one, and the share of matched pairs that have a predicted date;
  group members (as a set) where gold lists members;
* per gold kind: recall by overlap and exact, and code accuracy on the matched rows; per
  predicted kind (the recogniser's own ``kind`` values): predictions and detection precision.

The blind split is reported in aggregate only: ``--show-errors`` (every missed gold row, false
positive and wrong attribute, with its text, plus a count of error classes) works with
``--split tune`` only. Run:

    .venv/bin/python bench/actors_eval.py [--split tune|blind|all] [--show-errors] [--json] [--no-ner] [--no-gate]

The result is always written to ``bench/results/actors_eval_<split>.json`` (errors included for
the tune split only); ``--json`` also prints it. ``--no-ner`` (dictionary only) and ``--no-gate``
(NER on every sentence) evaluate the other configurations; their results get the suffix
``_no-ner`` / ``_no-gate``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlib import BENCH, ROOT, shared_data, table, write_result

NAME = "actors_eval"
GOLD_DIR = BENCH / "data" / "actors"
#: the second blind set (labelled after the recogniser was tuned, never looked at row by row)
BLIND2_DIR = BENCH / "data" / "actors_blind2"
SEEDS_DIR = shared_data("x").parent.parent / "corpus" / "seeds"
SEED_LINES = BENCH / "data" / "seed_lines.json"
#: estimated time of writing of each seed (the gold README)
SEED_DATES = {"000": "2021-05", "001": "2021-05", "003": "2017-12", "004": "2024-06"}
SPLITS = ("tune", "blind", "blind2")
#: words before a place row that make a false positive there a "located in" metonym error
LOCATIVE = {"in", "at", "near", "from", "to", "outside", "inside", "into", "across", "around", "on", "of"}


@dataclass(frozen=True, slots=True)
class Gold:
    doc: str
    start: int
    end: int
    kind: str
    code: str | None
    alt_code: str | None
    sector: str | None
    person: str | None
    date: str | None
    members: tuple[str, ...] | None
    split: str

    @property
    def is_actor(self) -> bool:
        return self.kind != "place"

    def code_ok(self, code: str | None) -> bool:
        if self.code is None or code is None:
            return self.code is code
        return code in (self.code, self.alt_code)


@dataclass(frozen=True, slots=True)
class Pred:
    start: int
    end: int
    text: str
    code: str | None
    sector: str | None
    person: str | None
    kind: str
    date: str | None
    members: tuple[str, ...] | None


@dataclass(slots=True)
class DocResult:
    """One document scored: the pairs, and what stayed unmatched."""

    doc: str
    split: str
    source: str  # "texts" or "seeds"
    golds: list[Gold]  # actor rows only
    preds: list[Pred]
    pairs: list[tuple[int, int]]  # (pred index, gold index)
    places: dict[int, Gold]  # unmatched pred index -> a place row it overlaps
    text: str


# ----------------------------------------------------------------------------- data


def load_gold() -> dict[str, list[Gold]]:
    by_doc: dict[str, list[Gold]] = defaultdict(list)
    lines = (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    if (BLIND2_DIR / "gold.jsonl").exists():
        for line in (BLIND2_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            r["doc"] = "blind2/" + r["doc"]
            lines.append(json.dumps(r))
    for line in lines:
        r = json.loads(line)
        members = tuple(r["members"]) if r.get("members") else None
        by_doc[r["doc"]].append(Gold(r["doc"], r["start"], r["end"], r["kind"], r["code"], r.get("alt_code"),
                                     r["sector"], r["person"], r["date"], members, r["split"]))
    return dict(by_doc)


def load_text(doc: str) -> str | None:
    if doc.startswith("blind2/"):
        return (BLIND2_DIR / doc.split("/", 1)[1]).read_bytes().decode("utf-8")
    if doc.startswith("texts/"):
        return (GOLD_DIR / doc).read_bytes().decode("utf-8")
    path = SEEDS_DIR / doc.split("/", 1)[1]
    return path.read_bytes().decode("utf-8") if path.exists() else None


def seed_windows(doc: str, text: str, labels: tuple[str, ...] = ("title", "keep")) -> list[tuple[int, int]]:
    """The article lines of a seed (those with one of ``labels``), as (start, end) offsets; raises
    ValueError if the seed changed."""
    fname = doc.split("/", 1)[1]
    if fname.startswith("004"):
        last = text.rstrip().rfind("\n")
        return [(0, max(last, 0))]
    lines_of = json.loads(SEED_LINES.read_text(encoding="utf-8"))
    if fname not in lines_of:
        raise ValueError(f"{fname}: not in seed_lines.json")
    lines = text.split("\n")
    windows = []
    for row in lines_of[fname]:
        if row["line"] >= len(lines) or text[row["start"]:row["end"]] != lines[row["line"]]:
            raise ValueError(f"{fname}: seed_lines.json offsets do not match the seed (seed changed?)")
        if row["label"] in labels:
            windows.append((row["start"], row["end"]))
    return windows


def inside(p: Pred, windows: list[tuple[int, int]] | None) -> bool:
    return windows is None or any(s <= p.start and p.end <= e for s, e in windows)


def doc_date(doc: str, text: str = "") -> str | None:
    """The document's date as the pipeline would know it: the seeds' estimates; the stated
    ``Published:`` line of the second blind set; none for the first set's texts (their own
    dates decide)."""
    if doc.startswith("seeds/"):
        return SEED_DATES[doc.split("/", 1)[1][:3]]
    if doc.startswith("blind2/") and text.startswith("Published: "):
        return text[len("Published: "):].split("\n", 1)[0].strip()
    return None


# ----------------------------------------------------------------------------- predicting and matching


def to_pred(m: Any) -> Pred:
    members = getattr(m, "members", None)
    return Pred(m.start, m.end, m.text, m.code, getattr(m, "sector", None), getattr(m, "person", None),
                str(getattr(m, "kind", "")), getattr(m, "date", None), tuple(members) if members else None)


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match(preds: list[Pred], golds: list[Gold]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap size (ties: exact span first, then position)."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            n = overlap(p.start, p.end, g.start, g.end)
            if n:
                exact = (p.start, p.end) == (g.start, g.end)
                candidates.append((-n, not exact, p.start, g.start, i, j))
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


def place_hits(preds: list[Pred], places: list[Gold], matched: set[int]) -> dict[int, Gold]:
    hits = {}
    for i, p in enumerate(preds):
        if i in matched:
            continue
        for g in places:
            if overlap(p.start, p.end, g.start, g.end):
                hits[i] = g
                break
    return hits


def score_doc(doc: str, golds: list[Gold], preds: list[Pred], text: str) -> DocResult:
    actors = [g for g in golds if g.is_actor]
    places = [g for g in golds if not g.is_actor]
    pairs = match(preds, actors)
    hits = place_hits(preds, places, {i for i, _ in pairs})
    source = "seeds" if doc.startswith("seeds/") else "texts"
    return DocResult(doc, golds[0].split, source, actors, preds, pairs, hits, text)


# ----------------------------------------------------------------------------- tallies


def same_person(a: str | None, b: str | None) -> bool:
    def norm(s: str) -> str:
        s = unicodedata.normalize("NFKD", s)
        return "".join(c for c in s.casefold() if c.isalnum())

    return a is not None and b is not None and norm(a) == norm(b)


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Tally:
    n: Counter[str] = field(default_factory=Counter)
    gold_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    pred_kind: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    docs: int = 0

    def add(self, r: DocResult) -> None:
        self.docs += 1
        n = self.n
        n["pred"] += len(r.preds)
        n["gold"] += len(r.golds)
        n["pred_coded"] += sum(p.code is not None for p in r.preds)
        n["gold_coded"] += sum(g.code is not None for g in r.golds)
        n["fp_on_place"] += len(r.places)
        gold_spans = {(g.start, g.end) for g in r.golds}
        exact_preds = {(p.start, p.end) for p in r.preds} & gold_spans
        n["exact"] += len(exact_preds)
        for g in r.golds:
            self.gold_kind[g.kind]["gold"] += 1
            self.gold_kind[g.kind]["exact"] += (g.start, g.end) in exact_preds
        matched = set()
        for i, j in r.pairs:
            matched.add(i)
            self._pair(r.preds[i], r.golds[j])
        for i, p in enumerate(r.preds):
            self.pred_kind[p.kind]["pred"] += 1
            self.pred_kind[p.kind]["matched"] += i in matched
            self.pred_kind[p.kind]["exact"] += (p.start, p.end) in gold_spans

    def _pair(self, p: Pred, g: Gold) -> None:
        n = self.n
        n["tp"] += 1
        ok = g.code_ok(p.code)
        n["code_ok"] += ok
        n["code_ok_coded"] += ok and p.code is not None
        if g.code is None:
            n["gold_null"] += 1
            n["null_agree"] += p.code is None
        if g.sector is not None:
            n["sector_n"] += 1
            n["sector_ok"] += p.sector == g.sector
        n["sector_exact"] += p.sector == g.sector
        if g.person is not None:
            n["person_n"] += 1
            n["person_ok"] += same_person(p.person, g.person)
        elif p.person is not None:
            n["person_spurious"] += 1
        n["date_given"] += p.date is not None
        if p.date is not None and g.date is not None:
            n["date_n"] += 1
            n["date_ok"] += p.date[:7] == g.date[:7]
        if g.members:
            n["members_n"] += 1
            n["members_ok"] += set(p.members or ()) == set(g.members)
        k = self.gold_kind[g.kind]
        k["detected"] += 1
        k["code_ok"] += ok

    def summary(self) -> dict[str, Any]:
        n = self.n
        p, r = ratio(n["tp"], n["pred"]), ratio(n["tp"], n["gold"])
        out: dict[str, Any] = {
            "documents": self.docs, "gold_actors": n["gold"], "predictions": n["pred"], "matched": n["tp"],
            "precision": p, "recall": r, "f1": f1(p, r),
            "exact_precision": ratio(n["exact"], n["pred"]), "exact_recall": ratio(n["exact"], n["gold"]),
            "code_precision": ratio(n["code_ok_coded"], n["pred_coded"]),
            "code_recall": ratio(n["code_ok_coded"], n["gold_coded"]),
            "code_accuracy_matched": ratio(n["code_ok"], n["tp"]),
            "null_code_agreement": ratio(n["null_agree"], n["gold_null"]),
            "sector_accuracy": ratio(n["sector_ok"], n["sector_n"]),
            "sector_exact_matched": ratio(n["sector_exact"], n["tp"]),
            "person_accuracy": ratio(n["person_ok"], n["person_n"]),
            "date_accuracy": ratio(n["date_ok"], n["date_n"]),
            "date_given_share": ratio(n["date_given"], n["tp"]),
            "members_accuracy": ratio(n["members_ok"], n["members_n"]),
            "false_positives": n["pred"] - n["tp"], "fp_on_place": n["fp_on_place"],
            "counts": dict(sorted(n.items())),
        }  # fmt: skip
        out["by_gold_kind"] = {
            kind: {"gold": c["gold"], "recall": ratio(c["detected"], c["gold"]),
                   "exact_recall": ratio(c["exact"], c["gold"]), "code_accuracy_matched": ratio(c["code_ok"],
                                                                                              c["detected"])}
            for kind, c in sorted(self.gold_kind.items())
        }  # fmt: skip
        out["by_predicted_kind"] = {
            kind: {"predictions": c["pred"], "precision": ratio(c["matched"], c["pred"]),
                   "exact_precision": ratio(c["exact"], c["pred"])}
            for kind, c in sorted(self.pred_kind.items())
        }  # fmt: skip
        return out


# ----------------------------------------------------------------------------- errors (tune split only)


def context(text: str, start: int, end: int, width: int = 30) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def word_before(text: str, start: int) -> str:
    words = text[max(0, start - 25):start].split()
    return words[-1].casefold().strip("\"'“‘(") if words else ""


def span_class(p: Pred, g: Gold) -> str:
    if (p.start, p.end) == (g.start, g.end):
        return ""
    if g.start <= p.start and p.end <= g.end:
        return "span: prediction inside gold (shorter)"
    if p.start <= g.start and g.end <= p.end:
        return "span: prediction covers gold (longer)"
    return "span: partial overlap"


def pair_errors(r: DocResult, p: Pred, g: Gold) -> list[dict[str, Any]]:
    errs = []
    base = {"doc": r.doc, "start": g.start, "end": g.end, "gold_text": r.text[g.start:g.end], "pred_text": p.text,
            "gold_kind": g.kind, "pred_kind": p.kind}
    cls = span_class(p, g)
    if cls:
        errs.append({**base, "class": cls, "pred_span": [p.start, p.end]})
    if not g.code_ok(p.code):
        if p.code is None:
            cls = f"code: none predicted (gold {g.kind})"
        elif g.code is None:
            cls = f"code: predicted for a null-code gold row ({g.kind})"
        else:
            cls = f"code: wrong ({g.kind})"
        errs.append({**base, "class": cls, "gold": g.code, "alt": g.alt_code, "pred": p.code})
    if g.sector is not None and p.sector != g.sector:
        cls = "sector: none predicted" if p.sector is None else f"sector: {g.sector} predicted as {p.sector}"
        errs.append({**base, "class": cls, "gold": g.sector, "pred": p.sector})
    if g.person is not None and not same_person(p.person, g.person):
        cls = f"person: not resolved ({g.kind})" if p.person is None else f"person: wrong ({g.kind})"
        errs.append({**base, "class": cls, "gold": g.person, "pred": p.person})
    if p.date is not None and g.date is not None and p.date[:7] != g.date[:7]:
        errs.append({**base, "class": "date: wrong month", "gold": g.date, "pred": p.date})
    if g.members and set(p.members or ()) != set(g.members):
        errs.append({**base, "class": "group members: differ", "gold": list(g.members), "pred": list(p.members or ())})
    return errs


def doc_errors(r: DocResult) -> list[dict[str, Any]]:
    errs: list[dict[str, Any]] = []
    matched_p = {i for i, _ in r.pairs}
    matched_g = {j for _, j in r.pairs}
    for j, g in enumerate(r.golds):
        if j not in matched_g:
            errs.append({"doc": r.doc, "start": g.start, "end": g.end, "class": f"missed: {g.kind}",
                         "gold_text": r.text[g.start:g.end], "gold": g.code,
                         "context": context(r.text, g.start, g.end)})
    for i, p in enumerate(r.preds):
        if i in matched_p:
            continue
        if i in r.places:
            w = word_before(r.text, p.start)
            where = f"after '{w}'" if w in LOCATIVE else "other"
            cls = f"FP on place row ({where})"
        else:
            cls = f"FP, no gold row (predicted kind {p.kind})"
        errs.append({"doc": r.doc, "start": p.start, "end": p.end, "class": cls, "pred_text": p.text,
                     "pred": p.code, "pred_kind": p.kind, "context": context(r.text, p.start, p.end)})
    for i, j in r.pairs:
        for e in pair_errors(r, r.preds[i], r.golds[j]):
            e["context"] = context(r.text, r.golds[j].start, r.golds[j].end)
            errs.append(e)
    return sorted(errs, key=lambda e: (e["doc"], e["start"], e["class"]))


def show_errors(errors: list[dict[str, Any]]) -> None:
    print("\nErrors (tune split):")
    doc = None
    for e in errors:
        if e["doc"] != doc:
            doc = e["doc"]
            print(f"\n  {doc}")
        extra = " ".join(f"{k}={e[k]}" for k in ("gold", "alt", "pred", "gold_kind", "pred_kind") if e.get(k))
        print(f"    {e['start']:5d} {e['class']:45s} {extra}\n          {e['context']}")
    print()
    print(table(["error class", "count"], Counter(e["class"] for e in errors).most_common(),
                title="Error classes (tune split)"))


# ----------------------------------------------------------------------------- running


def recogniser_fingerprint() -> str:
    """sha256 (first 12 hex digits) of the recogniser's code and data, which may be uncommitted."""
    src = ROOT / "src" / "diplomap"
    files = sorted([*(src / "extract").rglob("*.py"), *(src / "data" / "actors").glob("*.yaml")])
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def make_recogniser(use_ner: bool) -> Any:
    from diplomap.extract.recognise import ActorRecogniser

    return ActorRecogniser() if use_ner else ActorRecogniser(use_ner=False)


def run_doc(rec: Any, doc: str, text: str, call: dict[str, Any]) -> list[Pred]:
    windows = None if doc.startswith(("texts/", "blind2/")) else seed_windows(doc, text)
    mentions = rec.recognise(text, document_id=doc, date=doc_date(doc, text), **call)
    preds = [to_pred(m) for m in mentions if getattr(m, "kind", None) != "place"]
    return [p for p in preds if inside(p, windows)]


def selected_docs(gold: dict[str, list[Gold]], split: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(doc, text) for the split's documents, and the notes on what was skipped."""
    docs, notes = [], []
    for doc in sorted(gold):
        if split != "all" and gold[doc][0].split != split:
            continue
        text = load_text(doc)
        if text is None:
            notes.append(doc)
            continue
        if max(g.end for g in gold[doc]) > len(text):
            raise SystemExit(f"{doc}: gold offsets run past the text (has the seed changed?)")
        docs.append((doc, text))
    return docs, notes


def summaries(results: list[DocResult], split: str) -> dict[str, dict[str, Any]]:
    out = {}
    for sp in ([*SPLITS, "all"] if split == "all" else [split]):
        for source in ("texts", "seeds", None):
            rows = [r for r in results if (sp == "all" or r.split == sp) and source in (None, r.source)]
            if not rows:
                continue
            t = Tally()
            for r in rows:
                t.add(r)
            out[sp if source is None else f"{sp}/{source}"] = t.summary()
    return out


def print_tables(sums: dict[str, dict[str, Any]]) -> None:
    print(table(
        ["split", "docs", "gold", "pred", "P", "R", "F1", "exact P", "exact R", "code P", "code R", "FP",
         "FP place"],
        [[k, s["documents"], s["gold_actors"], s["predictions"], s["precision"], s["recall"], s["f1"],
          s["exact_precision"], s["exact_recall"], s["code_precision"], s["code_recall"], s["false_positives"],
          s["fp_on_place"]] for k, s in sums.items()],
        title="Detection (overlap, one-to-one), exact spans, codes"))
    print()
    print(table(
        ["split", "code acc", "null agree", "sector acc", "n", "person acc", "n", "date acc", "n", "date given",
         "members", "n"],
        [[k, s["code_accuracy_matched"], s["null_code_agreement"], s["sector_accuracy"], s["counts"].get("sector_n", 0),
          s["person_accuracy"], s["counts"].get("person_n", 0), s["date_accuracy"], s["counts"].get("date_n", 0),
          s["date_given_share"], s["members_accuracy"], s["counts"].get("members_n", 0)] for k, s in sums.items()],
        title="Attributes on matched pairs"))
    mains = {k: s for k, s in sums.items() if "/" not in k}
    kinds = sorted({kind for s in mains.values() for kind in s["by_gold_kind"]})
    print()
    print(table(
        ["gold kind", *[f"{k} {m}" for k in mains for m in ("n", "R", "exact R", "code acc")]],
        [[kind, *[v for s in mains.values() for v in _kind_cells(s["by_gold_kind"].get(kind))]] for kind in kinds],
        title="Recall by gold kind (code acc: on the matched rows)"))
    pkinds = sorted({kind for s in mains.values() for kind in s["by_predicted_kind"]})
    print()
    print(table(
        ["predicted kind", *[f"{k} {m}" for k in mains for m in ("n", "P", "exact P")]],
        [[kind, *[v for s in mains.values() for v in _pkind_cells(s["by_predicted_kind"].get(kind))]]
         for kind in pkinds],
        title="Precision by the recogniser's kind"))


def _kind_cells(c: dict[str, Any] | None) -> list[Any]:
    return [None] * 4 if c is None else [c["gold"], c["recall"], c["exact_recall"], c["code_accuracy_matched"]]


def _pkind_cells(c: dict[str, Any] | None) -> list[Any]:
    return [None] * 3 if c is None else [c["predictions"], c["precision"], c["exact_precision"]]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["tune", "blind", "blind2", "all"], default="tune")
    ap.add_argument("--show-errors", action="store_true", help="list every error (tune split only)")
    ap.add_argument("--json", action="store_true", help="also print the result JSON (always written)")
    ap.add_argument("--no-ner", action="store_true", help="ActorRecogniser(use_ner=False): dictionary only")
    ap.add_argument("--no-gate", action="store_true", help="recognise(..., gate=False): NER on every sentence")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.show_errors and args.split != "tune":
        print("--show-errors works with --split tune only: the blind split is reported in aggregate only")
        return 2
    t_start = time.perf_counter()
    fingerprint = recogniser_fingerprint()  # before the run: the code may change while it runs
    gold = load_gold()
    docs, missing = selected_docs(gold, args.split)
    if missing:
        print(f"note: ../shared/corpus/seeds absent or incomplete: {len(missing)} seed(s) skipped, own texts only")
    t0 = time.perf_counter()
    rec = make_recogniser(not args.no_ner)
    call = {"gate": False} if args.no_gate else {}
    t_init = time.perf_counter() - t0
    results: list[DocResult] = []
    problems: list[dict[str, str]] = []
    t_rec = 0.0
    for doc, text in docs:
        t0 = time.perf_counter()
        try:
            preds = run_doc(rec, doc, text, call)
        except Exception as exc:  # a crash on one document is a finding, not the end of the run
            blind = gold[doc][0].split == "blind"
            problems.append({"doc": doc, "error": type(exc).__name__ if blind else traceback.format_exc()})
            preds = []
        t_rec += time.perf_counter() - t0
        results.append(score_doc(doc, gold[doc], preds, text))
    sums = summaries(results, args.split)
    print_tables(sums)
    chars = sum(len(t) for _, t in docs)
    timing = {"init_s": t_init, "recognise_s": t_rec, "documents": len(docs), "chars": chars,
              "chars_per_s": chars / t_rec if t_rec else None, "wall_s": time.perf_counter() - t_start}
    print(f"\nrecogniser init {t_init:.2f} s; recognise {t_rec:.2f} s for {len(docs)} documents "
          f"({timing['chars_per_s'] or 0:,.0f} chars/s); wall {timing['wall_s']:.1f} s; code+data {fingerprint}")
    for p in problems:
        print(f"\nproblem on {p['doc']}: {p['error']}")
    variant = "".join(s for s, on in (("_no-ner", args.no_ner), ("_no-gate", args.no_gate)) if on)
    data: dict[str, Any] = {"script": "bench/actors_eval.py", "split": args.split, "results": sums,
                            "use_ner": not args.no_ner, "gate": not args.no_gate,
                            "recogniser_fingerprint": fingerprint,
                            "seeds_skipped": missing, "timing": timing, "problems": problems}
    if args.split == "tune":
        errors = [e for r in results for e in doc_errors(r)]
        data["error_classes"] = dict(Counter(e["class"] for e in errors).most_common())
        data["errors"] = errors
        if args.show_errors:
            show_errors(errors)
    path = write_result(f"{NAME}_{args.split}{variant}", data)
    if args.json:
        print(Path(path).read_text(encoding="utf-8"))
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train the learned recipient chooser (``diplomap.extract.events.recipient_model``) on the tune half.

For every document of the gold set's tune half, the coder runs as ``diplomap run`` runs it, with the
model pass off (the rule passes and the nearest-party fallback only). Each report paired with a gold
event (the matching of ``bench/events_eval.py``), neither of them joint, gives one training row per
party code its sentence names: the candidate's features, and whether the gold event's recipients
hold that code. A logistic model with an L2 penalty is fitted by Newton's method (numpy only, so
the result is the same on every machine) and written to
``src/diplomap/data/events/recipient_model.json`` with what it was trained on.

``--cv K`` first scores the design by K document folds of the tune half: for the reports of each
held-out fold, the events that come out correct (the gold set's headline rule) with the rules'
recipients, with the model's for every report ("all") and with the model's only where no rule
gave one ("empty"). The blind half is never read. Run:

    .venv/bin/python bench/train_recipient_model.py [--cv 5] [--l2 1.0] [--min-count 2] [--no-write]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_eval as ev  # noqa: E402

from diplomap.evaluate import correct, match  # noqa: E402
from diplomap.extract.events.grammar import _usable  # noqa: E402
from diplomap.extract.events.recipient_model import Candidate, RecipientModel, candidates  # noqa: E402

MODEL_PATH = Path(__file__).resolve().parents[1] / "src/diplomap/data/events/recipient_model.json"


@dataclass(slots=True)
class Example:
    doc: str
    pred: ev.Pred
    gold: ev.Gold
    ruled: bool  # a rule pass (not the fallback) gave the report its recipients
    cands: list[Candidate]


class CandidateRunner(ev.Runner):
    """A runner that keeps, for each prediction, the candidates of the report it came from."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.last_cands: list[tuple[list[Candidate], bool]] = []

    def preds(self, doc: str, raw: str, view: ev.View) -> list[ev.Pred]:
        windows = ev.seed_windows(doc, raw, labels=("keep",)) if doc.startswith("seeds/") else None
        self.last_codes = []
        mentions = self.rec.recognise(view.text, document_id=doc, date=view.date, places=True)
        self.last_codes = [(m.start, m.end, m.code) for m in mentions if m.code]
        reports = self.coder.code(view.text, mentions, doc, view.published, view.estimate, gate=self.gate)
        usable = sorted((m for m in mentions if _usable(m) or (m.kind == "place" and m.code)), key=lambda m: m.start)
        out, self.last_cands = [], []
        for r in reports:
            p = ev.to_pred(r, view.offset)
            if not ev.in_windows(p, windows):
                continue
            out.append(p)
            ruled = bool(r.recipients) and "+fallback-recipient" not in r.rule
            self.last_cands.append((candidates(r, usable, self.coder.parsed), ruled))
        return out


def collect(split: str = "tune") -> list[Example]:
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    gold = ev.load_gold()
    docs, _ = ev.selected_docs(gold, split)
    runner = CandidateRunner(ActorRecogniser(), EventCoder(recipient_mode=None), True)
    out = []
    for doc, text in docs:
        view = ev.as_run(doc, text)
        titles = ev.title_rows(doc, text, view)
        golds = [g for g in gold[doc] if not ev.in_windows_span(g.sentence, titles)]
        preds = runner.preds(doc, text, view)
        for i, j in match(preds, golds):
            cands, ruled = runner.last_cands[i]
            out.append(Example(doc, preds[i], golds[j], ruled, cands))
    return out


def rows(examples: list[Example]) -> tuple[list[tuple[str, ...]], list[int]]:
    feats, labels = [], []
    for x in examples:
        if x.pred.joint or x.gold.joint:
            continue
        for c in x.cands:
            feats.append(c.features)
            labels.append(int(c.code in x.gold.recipients))
    return feats, labels


def fit(feats: list[tuple[str, ...]], labels: list[int], l2: float, min_count: int) -> RecipientModel:
    counts = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: k for k, f in enumerate(vocab)}
    x = np.zeros((len(feats), len(vocab) + 1))
    x[:, -1] = 1.0  # the bias, not penalised
    for i, fs in enumerate(feats):
        for f in fs:
            if f in index:
                x[i, index[f]] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):  # Newton's method on the penalised log-likelihood
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    weights = {f: round(float(w[k]), 6) for f, k in index.items() if abs(w[k]) >= 1e-6}
    return RecipientModel(weights, round(float(w[-1]), 6))


def apply(model: RecipientModel, x: Example, mode: str) -> frozenset[str]:
    if x.pred.joint or (mode in ("empty", "empty-top") and x.ruled):
        return x.pred.recipients
    scored = sorted(((model.probability(c.features), c.code) for c in x.cands), reverse=True)
    if mode.endswith("top"):
        return frozenset(c for p, c in scored[:1] if p >= model.threshold)
    return frozenset(c for p, c in scored if p >= model.threshold)


MODES = ("all", "empty", "top", "empty-top")


def newer(doc: str) -> bool:
    import re

    m = re.match(r"texts/(\d+)_", doc)
    return bool(m) and int(m.group(1)) >= 137


def fold_of(doc: str, k: int) -> int:
    return hashlib.sha256(doc.encode()).digest()[2] % k


def cross_validate(examples: list[Example], k: int, l2: float, min_count: int) -> dict[str, int]:
    score: Counter[str] = Counter()
    for f in range(k):
        train = [x for x in examples if fold_of(x.doc, k) != f]
        test = [x for x in examples if fold_of(x.doc, k) == f]
        model = fit(*rows(train), l2, min_count)
        for x in test:
            tag = "new:" if newer(x.doc) else "old:"
            for t in ("", tag):
                score[t + "paired"] += 1
                score[t + "rules"] += correct(x.pred, x.gold)
            for mode in MODES:
                p = replace(x.pred, recipients=apply(model, x, mode))
                for t in ("", tag):
                    score[t + mode] += correct(p, x.gold)
    return dict(score)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", type=int, default=0, help="score the design by K document folds first")
    ap.add_argument("--l2", type=float, nargs="+", default=[1.0], help="L2 penalties (the first is written)")
    ap.add_argument("--min-count", type=int, default=2, help="features seen in fewer rows are dropped")
    ap.add_argument("--no-write", action="store_true", help="do not write the model file")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    examples = collect("tune")
    feats, labels = rows(examples)
    print(f"tune half: {len(examples)} paired reports, {len(feats)} candidate rows "
          f"({sum(labels)} recipients), {time.perf_counter() - t0:.1f} s")
    if args.cv:
        for l2 in args.l2:
            s = cross_validate(examples, args.cv, l2, args.min_count)
            for t in ("", "old:", "new:"):
                print(f"cv {args.cv} folds, l2 {l2} {t or 'all:'} paired {s[t + 'paired']}, correct with rules "
                      f"{s[t + 'rules']}, " + ", ".join(f"{m} {s[t + m]}" for m in MODES))
    model = fit(feats, labels, args.l2[0], args.min_count)
    if not args.no_write:
        MODEL_PATH.write_text(json.dumps({
            "version": 1, "trained_on": "bench/data/events gold.jsonl, tune half",
            "paired_reports": len(examples), "rows": len(feats), "l2": args.l2[0], "min_count": args.min_count,
            "threshold": model.threshold, "bias": model.bias, "weights": dict(sorted(model.weights.items())),
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

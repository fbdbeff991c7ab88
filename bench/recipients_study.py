"""A study (not part of the coder): would a learned recipient chooser beat the coder's hand rules?

Gold TUNE half only (``bench/data/events``, rows with ``"split": "tune"``); the blind half is never
read. The documents are coded as ``bench/events_eval.py`` codes them (its ``Runner``, ``as_run``,
``load_gold``, ``selected_docs``, title rows left out, ``diplomap.evaluate.match``). For every
prediction paired with a non-repeat gold row, where neither side is joint/reciprocal (those are
compared as one party set by the eval and are left out here), the CANDIDATE recipients are every
coded actor mention (a code or group members; places included) in the event's clause (the coder's
sentence unit) and in the two clauses before it. Each candidate mention gets a feature vector of
general features: the dependency path from its head (climbed through compound/amod/poss/appos
modifiers to the nominal it belongs to) up to the lowest common ancestor with the trigger and down
to the trigger (capped at 3 labels a side), the nominal's dependency relation and the preposition
or agent it hangs on, subject / object / possessor flags, same clause or 1-2 clauses before (with
its relation in its own clause), token distance and side, the report's CAMEO root (alone and
crossed with the relation and preposition), the mention kind, whether its code is one of the
report's actors, how many mentions share its code, and (optionally) whether the coder chose it.
Label: the candidate's code is in the gold recipient set. A code's probability is the highest of
its mentions'.

Evaluation: grouped cross-validation by DOCUMENT (5 folds, documents dealt round-robin in sorted
order, so the split is deterministic). A logistic regression (scikit-learn, liblinear, L2) is
trained on 4 folds and applied to the 5th. Every decision parameter is chosen inside the training
folds only, on out-of-fold probabilities from an inner 4-fold grouped CV:

* (a) coder: the coder's own recipient set;
* (b) learned: recipients = codes with probability >= t; where none passes and the root is
  "directed" (in the training folds >= 85 % of its events have a gold recipient), the top code;
* (c) override: the coder's set, with a code added where p >= hi and a coder code dropped where
  it is a candidate with p <= lo (a candidate-less coder code, e.g. a context recipient, stays);
* (d) fill: the coder's set, but where it is empty the top code when its p >= tf (a fallback);
* (e) swap: where the coder chose exactly one recipient, the model's top code replaces it when
  its p exceeds the coder's code's by a margin sm (the coder decides how many, the model which).

(b) and (c) are run with and without the "coder chose it" feature: with it, (b) is partly a copy
of (a). The score is exact recipient-set accuracy on the held-out events, per fold and pooled;
also how many events each variant changes relative to the coder (and how many of those changes
fix / break the event), and the oracle ceiling (share of events whose gold recipients are all
among the candidates' codes). The top-weighted features of a model trained on all tune events are
printed. Run (about 15 s; one process, CPU only; ``--model hgb``, a non-linear check, takes minutes:
set OMP_NUM_THREADS=1 on a shared machine):

    PYTHONPATH=src:bench nice .venv/bin/python bench/recipients_study.py [--json out.json] [--model lr|hgb] [--C 1.0]

It needs scikit-learn, which the optional ``embed`` extra brings (it says so and stops without it).
Result (2026-11-26, coder ``events-14``, 399 tune events): the rules 0.712; learned (b) 0.576
without the coder's choice, 0.662 with it; (c) 0.702 / 0.707; (d) 0.692; (e) 0.724 (7 fixed, 2
broken: within noise). The model picks *which* code well but not *how many*; the rules stay.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from actors_eval import seed_windows
from diplomap.evaluate import match
from events_eval import Gold, Runner, View, as_run, in_windows, load_gold, selected_docs, set_class, title_rows, to_pred
from events_eval import in_windows_span as in_span

FOLDS = 5
INNER_FOLDS = 4
CAP = 3  # path labels per side
C_REG = 1.0
MODEL = "lr"
DIRECTED_SHARE = 0.85
CLIMB = {"compound", "amod", "poss", "appos", "nmod", "det", "nummod", "case"}  # a name inside a nominal


@dataclass(slots=True)
class Candidate:
    code: str
    feats: dict[str, float]
    label: bool


@dataclass(slots=True)
class Event:
    doc: str
    root: str
    coder: frozenset[str]
    gold: frozenset[str]
    cands: list[Candidate] = field(default_factory=list)

    def oracle(self) -> bool:
        return self.gold <= {c.code for c in self.cands}


@dataclass(slots=True)
class RecordingRunner(Runner):
    """``Runner`` that keeps the last document's mentions (the study needs them)."""

    mentions: list[Any] = field(default_factory=list)

    def reports(self, doc: str, view: View) -> list[Any]:
        self.mentions = list(self.rec.recognise(view.text, document_id=doc, date=view.date, places=True))
        return list(self.coder.code(view.text, self.mentions, doc, view.published, view.estimate, gate=self.gate))


# ----------------------------------------------------------------------------- features


def codes_of(m: Any) -> list[str]:
    if m.kind == "group" and m.members:
        return list(m.members)
    return [m.code] if m.code else []


def head_token(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def attached(tok: Any) -> Any:
    """The nominal a name belongs to ("Chinese" → "President Xi" → ...): climb modifier arcs."""
    for _ in range(4):
        if tok.dep_ in CLIMB and tok.head is not tok:
            tok = tok.head
        else:
            break
    return tok


def preposition(nom: Any) -> str:
    if nom.dep_ == "pobj" and nom.head.dep_ in ("prep", "agent", "dative"):
        return nom.head.lower_
    if nom.dep_ == "dative":
        return "dative"
    return "-"


def path(a: Any, b: Any) -> tuple[list[str], list[str]]:
    """Dependency labels from a up to the lowest common ancestor with b, and from b up to it."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i for t in up_b}
    lca = next((t for t in up_a if t.i in ids_b), None)
    if lca is None:
        return ["?"], ["?"]
    la = [t.dep_ for t in up_a[: [t.i for t in up_a].index(lca.i)]]
    lb = [t.dep_ for t in up_b[: [t.i for t in up_b].index(lca.i)]]
    return la[:CAP], lb[:CAP]


def role_feats(prefix: str, nom: Any) -> dict[str, float]:
    dep = nom.dep_
    prep = preposition(nom)
    return {f"{prefix}dep={dep}": 1.0, f"{prefix}prep={prep}": 1.0,
            f"{prefix}subj": float(dep in ("nsubj", "nsubjpass")),
            f"{prefix}obj": float(dep in ("dobj", "dative") or prep == "dative"),
            f"{prefix}poss": float(nom is not None and dep == "poss")}  # fmt: skip


def candidate_feats(m: Any, back: int, doc: Any, base: int, trig: Any, root: str, actors: frozenset[str],
                    coder: frozenset[str], code: str, same_code: int, use_coder: bool) -> dict[str, float]:  # fmt: skip
    f: dict[str, float] = {"bias": 1.0, f"kind={m.kind}": 1.0, f"back={back}": 1.0, f"root={root}": 1.0,
                           "is_actor": float(code in actors), "same_code_mentions": float(np.log1p(same_code)),
                           "group": float(m.kind == "group")}  # fmt: skip
    if use_coder:
        f["coder_chose"] = float(code in coder)
    tok = head_token(doc, m.start - base, m.end - base) if doc is not None else None
    if tok is None:
        f["no_token"] = 1.0
        return f
    nom = attached(tok)
    if back:
        f.update(role_feats("prev_", nom))
        f["prev_main"] = float(nom.head is nom or nom.head.dep_ == "ROOT")
        return f
    f.update(role_feats("", nom))
    prep = preposition(nom)
    f[f"root={root}|dep={nom.dep_}"] = 1.0
    f[f"root={root}|prep={prep}"] = 1.0
    f[f"own_dep={tok.dep_}"] = 1.0
    if trig is None:
        f["no_trigger"] = 1.0
        return f
    la, lb = path(tok, trig)
    f["up=" + ">".join(la)] = 1.0
    f["down=" + ">".join(lb)] = 1.0
    f["path=" + ">".join(la) + "|" + ">".join(lb)] = 1.0
    f["lca_is_trigger"] = float(not lb)
    f["in_trigger_subtree"] = float(trig.left_edge.i <= tok.i <= trig.right_edge.i and not lb)
    dist = tok.i - trig.i
    f["after_trigger"] = float(dist > 0)
    f["log_dist"] = float(np.log1p(abs(dist)))
    f[f"root={root}|after={dist > 0}"] = 1.0
    return f


# ----------------------------------------------------------------------------- collecting


@dataclass(slots=True)
class Paired:
    """A report of the coder paired with a non-repeat gold row, neither joint, with its document's
    text, clauses (the coder's sentence units), coded mentions and the index of the trigger's clause."""

    doc: str
    report: Any
    pred: Any
    gold: Gold
    text: str
    units: list[tuple[int, int]]
    clause: int
    coded: list[Any]


def paired_directed(split: str, runner: RecordingRunner, skipped: Counter[str]) -> Any:
    """The ``Paired`` reports of the documents of ``split``, coded as ``events_eval`` codes them
    (title rows left out; in a seed, its body lines only); ``skipped`` counts those left out and why."""
    from diplomap.extract.events.grammar import clauses
    from diplomap.extract.recognise import split_sentences

    gold = load_gold()
    docs, missing = selected_docs(gold, split)
    if missing:
        print(f"note: {len(missing)} seed(s) absent, skipped", file=sys.stderr)
    for doc, raw in docs:
        view = as_run(doc, raw)
        titles = title_rows(doc, raw, view)
        golds: list[Gold] = [g for g in gold[doc] if not in_span(g.sentence, titles)]
        reports = runner.reports(doc, view)
        windows = seed_windows(doc, raw, labels=("keep",)) if doc.startswith("seeds/") else None
        kept = [(r, to_pred(r, view.offset)) for r in reports]
        kept = [(r, p) for r, p in kept if in_windows(p, windows)]
        text = view.text
        units = clauses(text, split_sentences(text))
        coded = [m for m in runner.mentions if codes_of(m)]
        for i, j in match([p for _, p in kept], golds):
            r, p = kept[i]
            g = golds[j]
            if g.repeat:
                skipped["repeat"] += 1
                continue
            if p.joint or g.joint:
                skipped["joint"] += 1
                continue
            k = next((n for n, (s, e) in enumerate(units) if s <= r.trigger_start < e), None)
            if k is None:
                skipped["no clause"] += 1
                continue
            yield Paired(doc, r, p, g, text, units, k, coded)


def collect(use_coder: bool) -> tuple[list[Event], Counter[str]]:
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    runner = RecordingRunner(ActorRecogniser(), EventCoder(), True)
    events: list[Event] = []
    skipped: Counter[str] = Counter()
    parsed: dict[tuple[int, int], Any] = {}
    doc = ""
    for x in paired_directed("tune", runner, skipped):
        assert x.gold.split == "tune"  # the blind rule: tune documents only
        if x.doc != doc:  # the document's parses, and the clauses before a trigger parsed here
            doc, parsed = x.doc, dict(runner.coder.parsed)
        r, p, g, text, coded = x.report, x.pred, x.gold, x.text, x.coded
        ev = Event(x.doc, p.cameo[:2], p.recipients, g.recipients)
        window = x.units[max(0, x.clause - 2) : x.clause + 1]
        need = [u for u in window if u not in parsed]
        for u, d in zip(need, runner.coder.parse([text[s:e] for s, e in need]), strict=True):
            parsed[u] = d
        per_code = Counter(c for m in coded for c in codes_of(m) if window[0][0] <= m.start < window[-1][1])
        for back, (s, e) in enumerate(reversed(window)):
            d = parsed[(s, e)]
            trig = head_token(d, r.trigger_start - s, r.trigger_end - s) if back == 0 else None
            for m in coded:
                if not (s <= m.start and m.end <= e):
                    continue
                for code in codes_of(m):
                    f = candidate_feats(m, back, d, s, trig, ev.root, p.actors, p.recipients, code, per_code[code],
                                        use_coder)  # fmt: skip
                    ev.cands.append(Candidate(code, f, code in g.recipients))
        relative_feats(ev)
        events.append(ev)
    return events, skipped


def relative_feats(ev: Event) -> None:
    """Features that compare a candidate with the event's other candidates: whether it is the only
    non-actor code of the clause, its rank by distance among them, and how many there are."""
    here = [c for c in ev.cands if c.feats.get("back=0") and not c.feats["is_actor"]]
    codes = {c.code for c in here}
    order = sorted(here, key=lambda c: c.feats.get("log_dist", 9.0))
    rank: dict[str, int] = {}
    for n, c in enumerate(order):
        rank.setdefault(c.code, n)
    for c in ev.cands:
        c.feats[f"clause_nonactor_codes={min(len(codes), 3)}"] = 1.0
        if c.code in rank:
            c.feats[f"rank={min(rank[c.code], 2)}"] = 1.0
            c.feats["only_nonactor"] = float(len(codes) == 1)
        elif not c.feats["is_actor"]:
            c.feats["earlier_only"] = 1.0


# ----------------------------------------------------------------------------- learning and choosing


def fit(events: list[Event]) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [c.feats for ev in events for c in ev.cands]
    y = [c.label for ev in events for c in ev.cands]
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(rows)
    if len(set(y)) < 2:
        raise SystemExit("a training fold with one class only")
    model: Any = LogisticRegression(C=C_REG, solver="liblinear", max_iter=1000, random_state=0)
    if MODEL == "hgb":  # a non-linear check: is it the model or the features?
        from sklearn.ensemble import HistGradientBoostingClassifier

        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
    model.fit(x, y)
    return vec, model


def code_probs(vec: Any, model: Any, events: list[Event]) -> list[dict[str, float]]:
    """Per event: each candidate code's probability (the highest of its mentions')."""
    rows = [c.feats for ev in events for c in ev.cands]
    probs = model.predict_proba(vec.transform(rows))[:, 1] if rows else np.zeros(0)
    out, k = [], 0
    for ev in events:
        d: dict[str, float] = {}
        for c in ev.cands:
            d[c.code] = max(d.get(c.code, 0.0), float(probs[k]))
            k += 1
        out.append(d)
    return out


def directed_roots(events: list[Event]) -> set[str]:
    n: Counter[str] = Counter(ev.root for ev in events)
    has = Counter(ev.root for ev in events if ev.gold)
    return {root for root in n if n[root] >= 3 and has[root] / n[root] >= DIRECTED_SHARE}


def learned(p: dict[str, float], t: float, directed: bool) -> frozenset[str]:
    chosen = frozenset(c for c, v in p.items() if v >= t)
    if not chosen and directed and p:
        chosen = frozenset([max(p, key=lambda c: (p[c], c))])
    return chosen


def fill(coder: frozenset[str], p: dict[str, float], t: float) -> frozenset[str]:
    """The coder's set, or where it is empty, the top code when its probability is >= t."""
    if coder or not p:
        return coder
    top = max(p, key=lambda c: (p[c], c))
    return frozenset([top]) if p[top] >= t else coder


def swap(coder: frozenset[str], p: dict[str, float], margin: float) -> frozenset[str]:
    """The coder decides how many (it chose one), the model which one: its top code replaces the
    coder's where it beats the coder's probability by ``margin``."""
    if len(coder) != 1 or not p:
        return coder
    top = max(p, key=lambda c: (p[c], c))
    (mine,) = coder
    return frozenset([top]) if p[top] - p.get(mine, 0.0) >= margin else coder


def override(coder: frozenset[str], p: dict[str, float], hi: float, lo: float) -> frozenset[str]:
    add = {c for c, v in p.items() if v >= hi}
    drop = {c for c in coder if c in p and p[c] <= lo}
    return frozenset((coder - drop) | add)


VARIANTS = ("coder", "learned", "override", "fill", "swap")
M_GRID = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 2.0]
T_GRID = [x / 20 for x in range(2, 19)]
HI_GRID = [0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 2.0]
LO_GRID = [-1.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]


def folds_of(events: list[Event], k: int) -> list[list[int]]:
    docs = sorted({ev.doc for ev in events})
    fold = {d: n % k for n, d in enumerate(docs)}
    return [[i for i, ev in enumerate(events) if fold[ev.doc] == f] for f in range(k)]


def tune_params(train: list[Event]) -> dict[str, Any]:
    """Threshold and override margins from out-of-fold probabilities inside the training folds."""
    oof: list[dict[str, float]] = [{} for _ in train]
    for idx in folds_of(train, INNER_FOLDS):
        rest = [ev for i, ev in enumerate(train) if i not in set(idx)]
        vec, model = fit(rest)
        for i, p in zip(idx, code_probs(vec, model, [train[i] for i in idx]), strict=True):
            oof[i] = p
    directed = directed_roots(train)

    def acc_t(t: float) -> float:
        return sum(learned(p, t, ev.root in directed) == ev.gold for p, ev in zip(oof, train, strict=True))

    def acc_o(hl: tuple[float, float]) -> float:
        return sum(override(ev.coder, p, *hl) == ev.gold for p, ev in zip(oof, train, strict=True))

    def acc_f(t: float) -> float:
        return sum(fill(ev.coder, p, t) == ev.gold for p, ev in zip(oof, train, strict=True))

    def acc_s(m: float) -> float:
        return sum(swap(ev.coder, p, m) == ev.gold for p, ev in zip(oof, train, strict=True))

    t = max(T_GRID, key=lambda x: (acc_t(x), -abs(x - 0.5)))
    sm = max(M_GRID, key=lambda x: (acc_s(x), x))
    hl = max(((h, lo) for h in HI_GRID for lo in LO_GRID), key=lambda x: (acc_o(x), x[0], -x[1]))
    tf = max([*T_GRID, 2.0], key=lambda x: (acc_f(x), x))
    return {"t": t, "hi": hl[0], "lo": hl[1], "tf": tf, "sm": sm, "directed": directed}


def cross_validate(events: list[Event]) -> dict[str, Any]:
    per_fold = []
    for f, idx in enumerate(folds_of(events, FOLDS)):
        held = set(idx)
        train = [ev for i, ev in enumerate(events) if i not in held]
        test = [events[i] for i in idx]
        params = tune_params(train)
        vec, model = fit(train)
        probs = code_probs(vec, model, test)
        row: dict[str, Any] = {"fold": f, "docs": len({ev.doc for ev in test}), "events": len(test),
                               "t": params["t"], "hi": params["hi"], "lo": params["lo"],
                               "tf": params["tf"], "sm": params["sm"]}  # fmt: skip
        variants = {
            "coder": [ev.coder for ev in test],
            "learned": [learned(p, params["t"], ev.root in params["directed"])
                        for p, ev in zip(probs, test, strict=True)],
            "override": [override(ev.coder, p, params["hi"], params["lo"]) for p, ev in zip(probs, test, strict=True)],
            "fill": [fill(ev.coder, p, params["tf"]) for p, ev in zip(probs, test, strict=True)],
            "swap": [swap(ev.coder, p, params["sm"]) for p, ev in zip(probs, test, strict=True)],
        }  # fmt: skip
        coder_ok = [ev.coder == ev.gold for ev in test]
        for name, sets in variants.items():
            ok = [s == ev.gold for s, ev in zip(sets, test, strict=True)]
            changed = [s != ev.coder for s, ev in zip(sets, test, strict=True)]
            both = list(zip(changed, ok, coder_ok, strict=True))
            row[name] = {"correct": sum(ok), "changed": sum(changed),
                         "fixed": sum(c and o and not k for c, o, k in both),
                         "broke": sum(c and k and not o for c, o, k in both)}  # fmt: skip
        row["oracle"] = sum(ev.oracle() for ev in test)
        per_fold.append(row)
    total = sum(r["events"] for r in per_fold)
    pooled = {name: {k: sum(r[name][k] for r in per_fold) for k in ("correct", "changed", "fixed", "broke")}
              for name in VARIANTS}  # fmt: skip
    for v in pooled.values():
        v["accuracy"] = v["correct"] / total
    means = {name: float(np.mean([r[name]["correct"] / r["events"] for r in per_fold])) for name in pooled}
    return {"events": total, "per_fold": per_fold, "pooled": pooled, "fold_mean_accuracy": means,
            "oracle": sum(r["oracle"] for r in per_fold) / total}  # fmt: skip


def top_features(events: list[Event], n: int = 20) -> list[tuple[str, float]]:
    if MODEL != "lr":
        return []
    vec, model = fit(events)
    w = model.coef_[0]
    names = vec.get_feature_names_out()
    order = np.argsort(-np.abs(w))[:n]
    return [(str(names[i]), round(float(w[i]), 3)) for i in order]


def nearest(ev: Event) -> frozenset[str]:
    """A one-line baseline: the nearest non-actor code of the clause, else nothing."""
    here = [c for c in ev.cands if c.feats.get("back=0") and not c.feats["is_actor"]]
    if not here:
        return frozenset()
    return frozenset([min(here, key=lambda c: c.feats.get("log_dist", 9.0)).code])


def describe(events: list[Event], skipped: Counter[str]) -> dict[str, Any]:
    n = len(events)
    return {"events": n, "documents": len({ev.doc for ev in events}), "skipped_pairs": dict(skipped),
            "candidates": sum(len(ev.cands) for ev in events),
            "positive_candidates": sum(c.label for ev in events for c in ev.cands),
            "gold_empty": sum(not ev.gold for ev in events), "coder_empty": sum(not ev.coder for ev in events),
            "coder_accuracy": sum(ev.coder == ev.gold for ev in events) / n,
            "oracle": sum(ev.oracle() for ev in events) / n,
            "oracle_nonempty_gold": sum(ev.oracle() for ev in events if ev.gold)
            / max(1, sum(bool(ev.gold) for ev in events)),
            "gold_sizes": dict(sorted(Counter(len(ev.gold) for ev in events).items())),
            "coder_sizes": dict(sorted(Counter(len(ev.coder) for ev in events).items())),
            "coder_errors": dict(Counter(set_class("recipients", ev.coder, ev.gold) for ev in events
                                         if ev.coder != ev.gold).most_common()),
            "nearest_nonactor_baseline": sum(nearest(ev) == ev.gold for ev in events) / n,
            "coder_codes_outside_candidates": sum(bool(ev.coder - {c.code for c in ev.cands})
                                                  for ev in events)}  # fmt: skip


def print_report(name: str, cv: dict[str, Any]) -> None:
    print(f"\n== {name}: {cv['events']} events, oracle ceiling {cv['oracle']:.3f}")
    print(
        "fold docs events   t   hi    lo    tf    sm    coder  "
        "learned(chg/fix/brk)  override(chg/fix/brk)  fill(chg/fix/brk)  swap(chg/fix/brk)"
    )
    for r in cv["per_fold"]:
        cells = [f"{r[v]['correct'] / r['events']:.3f}" + ("" if v == "coder" else
                 f" ({r[v]['changed']}/{r[v]['fixed']}/{r[v]['broke']})") for v in VARIANTS]  # fmt: skip
        print(
            f"{r['fold']:4d} {r['docs']:4d} {r['events']:6d} {r['t']:.2f} {r['hi']:.2f} {r['lo']:5.2f} "
            f"{r['tf']:.2f} {r['sm']:.2f}  "
            + "  ".join(cells)
        )
    p = cv["pooled"]
    print("pooled                         " + "  ".join(f"{p[v]['accuracy']:.3f}" + ("" if v == "coder" else
          f" ({p[v]['changed']}/{p[v]['fixed']}/{p[v]['broke']})") for v in VARIANTS))  # fmt: skip
    print("fold mean                      " + "  ".join(f"{cv['fold_mean_accuracy'][v]:.3f}" for v in VARIANTS))


def without_coder(ev: Event) -> Event:
    """The event with the 'coder chose it' feature removed from its candidates."""
    cands = [Candidate(c.code, {k: v for k, v in c.feats.items() if k != "coder_chose"}, c.label) for c in ev.cands]
    return Event(ev.doc, ev.root, ev.coder, ev.gold, cands)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", help="also write the numbers to this file")
    ap.add_argument("--model", choices=["lr", "hgb"], default="lr", help="hgb: gradient boosting, a check")
    ap.add_argument(
        "--variant",
        choices=["both", "with", "without"],
        default="both",
        help="with / without the 'coder chose it' feature",
    )
    ap.add_argument("--C", type=float, default=1.0, help="the logistic regression's inverse L2 strength")
    args = ap.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("this study needs scikit-learn, which the optional `embed` extra brings: pip install -e '.[embed]'")
        return 2
    global MODEL, C_REG
    MODEL, C_REG = args.model, args.C
    out: dict[str, Any] = {}
    events, skipped = collect(use_coder=True)
    out["data"] = describe(events, skipped)
    print(json.dumps(out["data"], indent=1))
    for use_coder in [v == "with" for v in (("with", "without") if args.variant == "both" else (args.variant,))]:
        name = "with coder feature" if use_coder else "without coder feature"
        evs = events if use_coder else [without_coder(ev) for ev in events]
        cv = cross_validate(evs)
        print_report(name, cv)
        feats = top_features(evs)
        print("top features (|weight|, model on all tune events):")
        for fname, w in feats:
            print(f"  {w:+.3f} {fname}")
        out[name] = cv | {"top_features": feats}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=lambda o: sorted(o) if isinstance(o, set) else str(o))
    return 0


if __name__ == "__main__":
    sys.exit(main())

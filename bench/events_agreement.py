"""How far two labellers of the gold event set agree, and the coder beside them: a human ceiling.

Each file in ``bench/data/events/agreement/`` (``*.jsonl``, the gold format) is a second labelling
of some gold documents, made by a labeller who never saw the first labelling's rows for them,
from the texts and the gold README's conventions alone (provenance in ``agreement/README.md``):

* ``ten_tune_texts.jsonl``: ten tune texts of the first five batches, whose README judgement calls
  the second labeller read (an upper bound);
* ``batch6.jsonl``, ``batch7.jsonl``: the eight texts of the sixth and of the seventh batch, labelled
  by two labellers before the README said anything about them (the cleaner estimate; five tune
  texts and three blind, four and four).

For each study the script scores each labelling against the other with the rules of
``events_eval.py`` (the documents read as a run reads them, title rows left out, the same pairing,
the same headline: actors, recipients, quad class and status all equal) and scores the coder
against both labellings on the same documents, so that its figures can be read against what two
labellers reach.

Both labellings mark nominal repeats; a row either labeller marks ``repeat`` is optional: a pair
holding one is left out of the headline (attributes are still compared), and an unpaired repeat
row on either side counts nowhere. The gold side's ``alt_cameo`` and ``alt_actors`` are accepted
(so "second vs first" accepts the first labeller's alternatives, and the reverse the second's).

Blind documents are reported in aggregate only. ``--show`` lists the disagreements between the
two labellings on the tune documents, classed as in ``events_eval``'s error list. Run:

    .venv/bin/python bench/events_agreement.py [--second FILE ...] [--show]

The result is written to ``bench/results/events_agreement.json`` (one entry per study).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchlib import table, write_result
from diplomap.evaluate import match, overlap
from events_eval import (
    GOLD_DIR,
    DocResult,
    Gold,
    Pred,
    Runner,
    Tally,
    as_run,
    describe,
    fingerprint,
    in_windows_span,
    load_gold,
    load_text,
    pair_classes,
    to_gold,
)

NAME = "events_agreement"
STUDIES = GOLD_DIR / "agreement"


def load_rows(path: Path) -> dict[str, list[Gold]]:
    by_doc: dict[str, list[Gold]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = to_gold(json.loads(line))
            by_doc.setdefault(g.doc, []).append(g)
    return by_doc


def as_pred(g: Gold, rule: str) -> Pred:
    """A labeller's row read as a coder's report (its main code and actor set; no alternatives)."""
    return Pred(g.sentence, g.trigger, g.actors, g.recipients, g.joint, g.cameo, g.quad, g.plover, g.status,
                g.historical, g.neutral, g.date, g.attribution, rule)  # fmt: skip


def scored(doc: str, text: str, preds: list[Pred], golds: list[Gold], pred_repeats: set[int]) -> DocResult:
    """One document's result, with repeats optional on both sides: a gold row paired with a
    prediction its labeller marked ``repeat`` becomes optional, and an unpaired repeat
    prediction is dropped."""
    pairs = match(preds, golds)
    paired_p = {i: j for i, j in pairs}
    golds = [replace(g, repeat=True) if any(paired_p.get(i) == j for i in pred_repeats) else g
             for j, g in enumerate(golds)]  # fmt: skip
    keep = [i for i in range(len(preds)) if i in paired_p or i not in pred_repeats]
    new_index = {old: new for new, old in enumerate(keep)}
    kept = [preds[i] for i in keep]
    split = golds[0].split if golds else "tune"  # (the split is the document's, whichever labelling)
    return DocResult(doc, split, "texts", golds, kept, sorted((new_index[i], j) for i, j in pairs), text)


def without_titles(doc: str, text: str, rows: list[Gold]) -> list[Gold]:
    """A run codes no titles; the eval leaves title rows out, and so does this study."""
    view = as_run(doc, text)
    titles = [view.title] if view.title else []
    return [g for g in rows if not in_windows_span(g.sentence, titles)]


def summarise(results: list[DocResult]) -> dict[str, Any]:
    t = Tally()
    for r in results:
        t.add(r)
    return t.summary()


def disagreements(r: DocResult) -> list[tuple[str, str]]:
    """(class, detail) for each disagreement of one document, the first labelling as gold."""
    out = []
    paired_p = {i for i, _ in r.pairs}
    paired_g = {j for _, j in r.pairs}

    def sent(span: tuple[int, int]) -> str:
        return r.text[span[0]:span[1]].replace("\n", " ")

    for j, g in enumerate(r.golds):
        if j not in paired_g and not g.repeat:
            out.append(("only the first labeller", f"[{sent(g.trigger)}] {describe(g)}\n      | {sent(g.sentence)}"))
    for i, p in enumerate(r.preds):
        if i not in paired_p:
            where = "a sentence the first labelled" if any(overlap(p.sentence, g.sentence) for g in r.golds) else (
                "a sentence the first left empty")
            out.append((f"only the second labeller ({where})",
                        f"[{sent(p.trigger)}] {describe(p)}\n      | {sent(p.sentence)}"))
    for i, j in r.pairs:
        p, g = r.preds[i], r.golds[j]
        for cls in pair_classes(p, g):
            out.append((cls, f"[{sent(g.trigger)}] first: {describe(g)}\n      second: {describe(p)}\n"
                             f"      | {sent(g.sentence)}"))
    return out


def _counts(splits: Counter[str]) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(splits.items()))


def study(path: Path, first: dict[str, list[Gold]], runner: Runner) -> tuple[dict[str, Any], list[str]]:
    """One second labelling against the first and the coder against both; the printed lines of
    its disagreements on tune documents (for ``--show``)."""
    second = load_rows(path)
    unknown = sorted(set(second) - set(first))
    if unknown:
        raise SystemExit(f"{path.name}: documents without first-labeller rows: {unknown}")
    results: dict[str, list[DocResult]] = {k: [] for k in (
        "second vs first", "first vs second", "coder vs first", "coder vs second")}
    per_doc = []
    for doc in sorted(second):
        text = load_text(doc)
        assert text is not None
        a = without_titles(doc, text, first[doc])
        b = without_titles(doc, text, second[doc])
        coder = runner.preds(doc, text, as_run(doc, text))
        ba = scored(doc, text, [as_pred(g, "second") for g in b], a, {i for i, g in enumerate(b) if g.repeat})
        results["second vs first"].append(ba)
        results["first vs second"].append(scored(doc, text, [as_pred(g, "first") for g in a], b,
                                                 {i for i, g in enumerate(a) if g.repeat}))  # fmt: skip
        results["coder vs first"].append(scored(doc, text, coder, a, set()))
        results["coder vs second"].append(scored(doc, text, coder, b, set()))
        one = summarise([ba])
        per_doc.append([doc.split("/", 1)[1][:40], first[doc][0].split, len(a), len(b), one["paired"],
                        one["correct"], one["f1"]])  # fmt: skip
    sums = {k: summarise(v) for k, v in results.items()}
    splits = Counter(first[d][0].split for d in second)
    print(table(["comparison (pred vs gold)", "gold", "pred", "paired", "det P", "det R", "correct", "P", "R", "F1"],
                [[k, s["gold_events"], s["predictions"], s["paired"], s["detection_precision"],
                  s["detection_recall"], s["correct"], s["precision"], s["recall"], s["f1"]]
                 for k, s in sums.items()],
                title=f"{path.name}: agreement on {len(second)} texts ({_counts(splits)}; repeat rows optional, title "
                      "rows left out)"))  # fmt: skip
    keys = ["status", "quad", "root", "code", "actors", "recipients", "historical", "date", "attribution"]
    print()
    print(table(["comparison", *keys], [[k, *[s["on_paired"][x] for x in keys]] for k, s in sums.items()],
                title="Accuracy on the paired"))
    print()
    print(table(["text", "split", "first rows", "second rows", "paired", "both agree", "F1"], per_doc,
                title="Second vs first, per text"))
    classes: Counter[str] = Counter()
    listing: list[str] = []
    for r in results["second vs first"]:
        shown = first[r.doc][0].split == "tune"
        for cls, detail in disagreements(r):
            classes[cls.split(" (")[0] if cls.startswith("only") else cls] += 1
            if shown:
                listing.append(f"  {r.doc}\n    {cls}: {detail}")
    print()
    print(table(["disagreement (first as gold)", "count"], classes.most_common(),
                title="Where the labellers differ (all documents)"))
    data = {"documents": sorted(second), "splits": dict(splits), "results": sums, "per_text": per_doc,
            "disagreement_classes": dict(classes.most_common())}
    return data, listing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--second", type=Path, nargs="+", help="second labellings (gold format); default: every "
                    "file in bench/data/events/agreement")  # fmt: skip
    ap.add_argument("--show", action="store_true", help="list the disagreements on tune documents")
    args = ap.parse_args(argv)
    paths = args.second or sorted(STUDIES.glob("*.jsonl"))
    missing = [p for p in paths if not p.exists()]
    if missing or not paths:
        print(f"not found: {missing or STUDIES}")
        return 2
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    first = load_gold()
    runner = Runner(ActorRecogniser(), EventCoder(), True)
    studies = {}
    for path in paths:
        studies[path.stem], listing = study(path, first, runner)
        if args.show:
            print("\n".join(listing))
        print()
    data = {"script": "bench/events_agreement.py", "fingerprint": fingerprint(), "coder_version": runner.coder.version,
            "studies": studies}  # fmt: skip
    path = write_result(NAME, data)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

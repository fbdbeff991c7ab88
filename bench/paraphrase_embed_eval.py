"""Paraphrase by sentence embeddings (``diplomap.reuse.embed``, optional extra ``embed``).

Three measurements, each skipped with a message when its data (or the extra) is absent:

* **reuse**: ``bench/data/reuse`` (205 documents compared as one corpus). The core detector
  (``find_reuse``) alone, then core + the embedding pass (pairs the core relates are skipped;
  the embedding pass adds ``paraphrase`` pairs). Pair-level precision / recall of
  ``paraphrase`` and ``none`` as in ``reuse_eval.py``. The thresholds of ``embed`` were chosen on
  the tune half; the blind half is reported in aggregate only (``--show-errors``: tune only).
* **pan10**: ``../shared/data/pan10-sentence-paraphrase``, the train split (10,000 sentence
  pairs whose labels were assigned by people; the test split's labels come from a heuristic and
  are not used). A pair is called a paraphrase when the cosine of its two sentence vectors is at
  least ``embed.SENTENCE_MIN``: precision, recall, F1. For reference: the threshold that would
  have been best on this set itself (not used anywhere), and a bag-of-words baseline (content
  word Jaccard >= 0.35, the core's sentence test).
* **clough**: ``../shared/data/clough-stevenson-plagiarism`` (95 short answers against their 5
  Wikipedia sources, graded cut & paste / light revision / heavy revision / not plagiarised).
  Per grade: the mean share of the answer's sentences aligned (in order, cosine >= SENTENCE_MIN)
  with the source's, and the core's measure (share of the answer's words in copied passages).
  Detection (reuse = cut, light or heavy; not plagiarised answers to the same question are the
  negatives): core alone (any relation to the source), the embedding paraphrase rule, both, and
  a one-sided reading (the answer's aligned share >= SHARE_MIN, as when a known source is
  checked).
* **speed**: sentences embedded per second (wall and CPU), torch threads = 2.

Nothing from ``../shared`` is copied into the repository. Run:
``.venv/bin/python bench/paraphrase_embed_eval.py [--part reuse,pan10,clough] [--cleaned] [--show-errors]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from benchlib import BENCH, shared_data, table, write_result
from diplomap.reuse import embed, find_reuse
from diplomap.reuse.detect import STOP_WORDS

DATA = BENCH / "data" / "reuse"
PARTS = ("reuse", "pan10", "clough")
_WORD = re.compile(r"[a-z]+")


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


# -- bench/data/reuse -----------------------------------------------------------------------------


def score(gold: list[dict[str, Any]], predicted: dict[tuple[str, str], str], split: str) -> dict[str, Any]:
    """Per relation P/R on the labelled pairs of ``split``, and paraphrase recall / none errors by kind."""
    tally: dict[str, Counter[str]] = {}
    by_kind: Counter[tuple[str, str]] = Counter()
    errors = []
    for g in gold:
        if g.get("raw_seed") or (split != "all" and g["split"] != split):
            continue
        a, b = sorted((g["a"], g["b"]))
        got = predicted.get((a, b), "none")
        for rel, key in ((g["relation"], "gold"), (got, "predicted")):
            tally.setdefault(rel, Counter())[key] += 1
        if got == g["relation"]:
            tally[got]["right"] += 1
        elif "paraphrase" in (got, g["relation"]):
            errors.append((g["kind"], a, b, g["relation"], got))
        by_kind[(g["kind"], "n")] += 1
        by_kind[(g["kind"], "paraphrase")] += got == "paraphrase"
    out: dict[str, Any] = {}
    for rel, c in tally.items():
        out[rel] = {"gold": c["gold"], "predicted": c["predicted"], "right": c["right"],
                    "precision": c["right"] / c["predicted"] if c["predicted"] else None,
                    "recall": c["right"] / c["gold"] if c["gold"] else None}  # fmt: skip
    kinds = sorted({k for k, _ in by_kind})
    return {"relations": out, "found_as_paraphrase_by_kind": {k: [by_kind[(k, "paraphrase")], by_kind[(k, "n")]]
                                                              for k in kinds}, "errors": errors}  # fmt: skip


def reuse_part(args: argparse.Namespace) -> dict[str, Any]:
    pairs_file = DATA / "pairs.jsonl"
    if not pairs_file.exists():
        print(f"skipped (reuse): {pairs_file} absent")
        return {"skipped": f"{pairs_file} absent"}
    gold = [json.loads(line) for line in pairs_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.cleaned:
        from reuse_eval import cleaned_texts

        texts = cleaned_texts()
    else:
        texts = {f"docs/{p.name}": p.read_text(encoding="utf-8") for p in sorted((DATA / "docs").glob("*.txt"))}
    t0 = time.perf_counter()
    core = {(p.a, p.b): p.relation for p in find_reuse((d, t, None) for d, t in texts.items())}
    core_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    found = embed.embedding_paraphrases(list(texts.items()), set(core))
    embed_s, embed_cpu = time.perf_counter() - t0, time.process_time() - c0
    both = dict(core)
    both.update({(p.a, p.b): "paraphrase" for p in found})
    labelled = {tuple(sorted((g["a"], g["b"]))) for g in gold if not g.get("raw_seed")}
    result: dict[str, Any] = {"documents": len(texts), "cleaned": args.cleaned, "core_seconds": core_s,
                              "embed_seconds": embed_s, "embed_cpu_seconds": embed_cpu,
                              "embed_pairs": len(found),
                              "embed_pairs_unlabelled": sum((p.a, p.b) not in labelled for p in found)}  # fmt: skip
    for split in ("tune", "blind"):
        rows = []
        result[split] = {}
        for name, predicted in (("core", core), ("core + embed", both)):
            s = score(gold, predicted, split)
            result[split][name] = {"relations": s["relations"]}
            para, none = s["relations"].get("paraphrase", {}), s["relations"].get("none", {})
            rows.append([name, para.get("gold"), para.get("predicted"), para.get("precision"), para.get("recall"),
                         none.get("precision"), none.get("recall")])  # fmt: skip
            if split == "tune":  # per kind: tune only (the blind half is reported in aggregate)
                result[split][name]["found_as_paraphrase_by_kind"] = s["found_as_paraphrase_by_kind"]
                if args.show_errors and name == "core + embed":
                    for e in s["errors"]:
                        print("   ", *e)
        print(table(["detector", "paraphrase gold", "predicted", "P", "R", "none P", "none R"], rows,
                    title=f"\nparaphrase on bench/data/reuse ({split}{', cleaned' if args.cleaned else ''})"))
        if split == "tune":
            kinds = result["tune"]["core + embed"]["found_as_paraphrase_by_kind"]
            core_kinds = result["tune"]["core"]["found_as_paraphrase_by_kind"]
            print(table(["kind", "pairs", "called paraphrase: core", "core + embed"],
                        [[k, n, core_kinds[k][0], kinds[k][0]] for k, (_, n) in kinds.items()]))
    print(f"\n{len(texts)} documents: core {core_s:.1f} s; embedding pass {embed_s:.1f} s wall, {embed_cpu:.1f} s CPU "
          f"(model load included); {len(found)} pairs added, {result['embed_pairs_unlabelled']} of them unlabelled")
    result["texts"] = texts  # for the speed measurement; dropped before writing
    return result


# -- pan10 ----------------------------------------------------------------------------------------


def content_jaccard(x: str, y: str) -> float:
    a = {w for w in _WORD.findall(x.lower()) if w not in STOP_WORDS}
    b = {w for w in _WORD.findall(y.lower()) if w not in STOP_WORDS}
    return len(a & b) / len(a | b) if a | b else 0.0


def pan10_part(args: argparse.Namespace) -> dict[str, Any]:
    folder = shared_data("pan10-sentence-paraphrase")
    if not folder.exists():
        print(f"skipped (pan10): {folder} absent")
        return {"skipped": "../shared/data/pan10-sentence-paraphrase absent"}

    def lines(name: str) -> list[str]:
        return (folder / name).read_text(encoding="utf-8").splitlines()

    s1, s2, labels = lines("pan-train_s1.txt"), lines("pan-train_s2.txt"), lines("pan-train.labels")
    n = min(len(s1), len(s2), len(labels), args.pan_limit or len(labels))
    gold = np.array([int(x) for x in labels[:n]], bool)
    unique = sorted(set(s1[:n]) | set(s2[:n]))
    t0, c0 = time.perf_counter(), time.process_time()
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(unique), 2048):  # chunks: memory stays bounded
        chunk = unique[start:start + 2048]
        vectors.update(zip(chunk, embed.sentence_vectors(chunk), strict=True))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    cos = np.array([float(vectors[a] @ vectors[b]) for a, b in zip(s1[:n], s2[:n], strict=True)])
    jac = np.array([content_jaccard(a, b) for a, b in zip(s1[:n], s2[:n], strict=True)])

    def at(values: np.ndarray, threshold: float) -> dict[str, Any]:
        pred = values >= threshold
        out = prf(int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum()))
        out["accuracy"] = float((pred == gold).mean())
        out["threshold"] = threshold
        return out

    best = max((at(cos, t) for t in np.arange(0.30, 0.951, 0.01)), key=lambda r: r["f1"] or 0)
    rows = {"embedding, cosine >= SENTENCE_MIN": at(cos, embed.SENTENCE_MIN),
            "embedding, best threshold on this set (reference only)": best,
            "bag of words, content-word Jaccard >= 0.35": at(jac, 0.35)}  # fmt: skip
    print(table(["rule", "threshold", "P", "R", "F1", "accuracy"],
                [[k, round(v["threshold"], 2), v["precision"], v["recall"], v["f1"], v["accuracy"]]
                 for k, v in rows.items()],
                title=f"\npan10 train split, {n:,} human-labelled sentence pairs ({int(gold.sum()):,} paraphrases)"))
    print(f"mean cosine: paraphrase {cos[gold].mean():.3f}, not {cos[~gold].mean():.3f}; "
          f"{len(unique):,} sentences embedded in {seconds:.0f} s ({len(unique) / seconds:.0f}/s wall)")
    return {"pairs": n, "paraphrases": int(gold.sum()), "rules": rows, "sentences": len(unique),
            "seconds": seconds, "cpu_seconds": cpu,
            "mean_cosine": {"paraphrase": float(cos[gold].mean()), "not": float(cos[~gold].mean())}}  # fmt: skip


# -- Clough & Stevenson ---------------------------------------------------------------------------

GRADES = {"3": "cut & paste", "2": "light revision", "1": "heavy revision", "0": "not plagiarised"}


def clough_part(args: argparse.Namespace) -> dict[str, Any]:
    path = shared_data("clough-stevenson-plagiarism") / "plagiarism-clough-stevenson.csv"
    if not path.exists():
        print(f"skipped (clough): {path.parent} absent")
        return {"skipped": "../shared/data/clough-stevenson-plagiarism absent"}
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.reader(f) if len(r) == 3]
    sources = sorted({r[1] for r in rows})
    docs = [(f"src{i}", s) for i, s in enumerate(sources)] + [(f"ans{i:02d}", r[0]) for i, r in enumerate(rows)]
    source_of = {f"ans{i:02d}": f"src{sources.index(r[1])}" for i, r in enumerate(rows)}
    grade = {f"ans{i:02d}": r[2] for i, r in enumerate(rows)}
    core = {(p.a, p.b): p for p in find_reuse((d, t, None) for d, t in docs)}
    known = set(core)
    found = {(p.a, p.b) for p in embed.embedding_paraphrases(docs, known)}
    # The graded share: the answer's sentences with a counterpart in its source (no candidate
    # search, no decision): how far the similarity ranks the grades.
    vectors = {d: embed.sentence_vectors([t[s:e] for s, e in embed.sentence_spans(t)]) for d, t in docs}
    shares: dict[str, tuple[float, float]] = {}
    for ans, src in source_of.items():
        va, vs = vectors[ans], vectors[src]
        aligned = embed.monotone_alignment(va @ vs.T >= embed.SENTENCE_MIN) if len(va) and len(vs) else []
        p = core.get((src, ans) if src < ans else (ans, src))
        core_share = 0.0 if p is None else (p.share_b if p.b == ans else p.share_a)
        shares[ans] = (len(aligned) / len(va) if len(va) else 0.0, core_share)
    per_grade = []
    for g in ("3", "2", "1", "0"):
        ids = [a for a in shares if grade[a] == g]
        per_grade.append([GRADES[g], len(ids), float(np.mean([shares[a][0] for a in ids])),
                          float(np.mean([shares[a][1] for a in ids])),
                          Counter(core[k].relation if (k := tuple(sorted((a, source_of[a])))) in core else "none"
                                  for a in ids).most_common()])  # fmt: skip
    print(table(["grade", "answers", "embedding: answer sentences aligned in order", "core: words in passages",
                 "core relation"], [[*r[:4], ", ".join(f"{k} {v}" for k, v in r[4])] for r in per_grade],
                title="\nClough & Stevenson (answer vs its source), mean per grade"))
    detection = {}
    # One-sided: the answer's share alone, as a test of an answer against a known source would be
    # (an answer rewrites part of its source, so the whole-document rule's longer side fails).
    one_sided = {tuple(sorted((a, source_of[a]))) for a, (share, _) in shares.items() if share >= embed.SHARE_MIN}
    for name, test in (("core (any relation)", lambda k: k in core),
                       ("embedding paraphrase (embedding_paraphrases)", lambda k: k in found),
                       ("core + embedding paraphrase", lambda k: k in core or k in found),
                       ("embedding, answer side only: aligned share >= SHARE_MIN", lambda k: k in one_sided),
                       ("core + embedding, answer side only", lambda k: k in core or k in one_sided)):  # fmt: skip
        tp = fp = fn = 0
        for ans, src in source_of.items():
            hit, reuse = test(tuple(sorted((ans, src)))), grade[ans] != "0"
            tp, fp, fn = tp + (hit and reuse), fp + (hit and not reuse), fn + (reuse and not hit)
        detection[name] = prf(tp, fp, fn)
    print(table(["detector", "P", "R", "F1"], [[k, v["precision"], v["recall"], v["f1"]] for k, v in detection.items()],
                title="detection: cut, light and heavy revision are reuse (57), not plagiarised is not (38)"))
    tests = (("core", lambda k: k in core), ("embedding", lambda k: k in found))
    recall_by_grade = {GRADES[g]: {name: sum(test(tuple(sorted((a, source_of[a])))) for a in shares if grade[a] == g)
                                   for name, test in tests} for g in GRADES}  # fmt: skip
    print("found per grade:", json.dumps(recall_by_grade))
    return {"per_grade": [{"grade": r[0], "answers": r[1], "embedding_sentence_share": r[2], "core_word_share": r[3],
                           "core_relations": dict(r[4])} for r in per_grade],
            "detection": detection, "found_per_grade": recall_by_grade}  # fmt: skip


# -- speed ----------------------------------------------------------------------------------------


def speed(sentences: Sequence[str], repeat: int = 3) -> dict[str, Any]:
    """Sentences per second of ``embed.sentence_vectors`` with 2 torch threads (model loaded):
    best and median of ``repeat`` passes, since other work on the machine slows single passes."""
    import torch

    torch.set_num_threads(2)
    embed.sentence_vectors(list(sentences[:64]))  # warm up
    load = os.getloadavg()[0]
    passes = []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        embed.sentence_vectors(list(sentences))
        passes.append((time.perf_counter() - t0, time.process_time() - c0))
    wall = sorted(w for w, _ in passes)
    words = sum(len(s.split()) for s in sentences)
    out = {"sentences": len(sentences), "mean_words": words / max(1, len(sentences)), "passes_seconds": passes,
           "sentences_per_s_best": len(sentences) / wall[0],
           "sentences_per_s_median": len(sentences) / wall[len(wall) // 2],
           "torch_threads": torch.get_num_threads(), "loadavg_before": load,
           "loadavg_after": os.getloadavg()[0]}  # fmt: skip
    print(f"\nspeed: {len(sentences):,} sentences ({out['mean_words']:.0f} words on average), 2 torch threads, "
          f"{repeat} passes: best {out['sentences_per_s_best']:.0f} sentences/s, median "
          f"{out['sentences_per_s_median']:.0f} (load average before: {load:.2f})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", default=",".join(PARTS), help="comma-separated subset of " + ",".join(PARTS))
    ap.add_argument("--cleaned", action="store_true",
                    help="the reuse set only, its documents cleaned as a run stores them")
    ap.add_argument("--show-errors", action="store_true", help="reuse set, tune half: paraphrase errors")
    ap.add_argument("--pan-limit", type=int, default=0, help="first N pan10 pairs only (0: all)")
    args = ap.parse_args(argv)
    if not embed.available():
        msg = "the optional extra `embed` is not installed (pip install -e '.[embed]')"
        print(f"skipped: {msg}")
        write_result("paraphrase_embed_eval", {"skipped": msg})
        return 0
    import torch

    torch.set_num_threads(2)  # the machines this project runs on have 2 cores
    out: dict[str, Any] = {"model": embed.MODEL, "torch": torch.__version__,
                           "thresholds": {"sentence_min": embed.SENTENCE_MIN, "share_min": embed.SHARE_MIN,
                                          "longer_min": embed.LONGER_MIN, "doc_min": embed.DOC_MIN,
                                          "top_k": embed.TOP_K}}  # fmt: skip
    parts = ["reuse"] if args.cleaned else args.part.split(",")
    if "reuse" in parts:
        out["reuse"] = reuse_part(args)
        texts = out["reuse"].pop("texts", None)
        if texts:
            sentences = sorted({text[s:e] for text in texts.values() for s, e in embed.sentence_spans(text)})
            out["speed"] = speed(sentences)
    if "pan10" in parts:
        out["pan10"] = pan10_part(args)
    if "clough" in parts:
        out["clough"] = clough_part(args)
    name = "paraphrase_embed_eval"
    if args.cleaned:
        name += "_cleaned"
    elif args.part != ",".join(PARTS) or args.pan_limit:
        name += "_partial"
    path = write_result(name, out)
    print(f"\nwritten: {path.relative_to(BENCH.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

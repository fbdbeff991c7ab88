"""The line-level boilerplate filter (``diplomap.clean.lines.judge_lines``) on plain-text dumps.

Data, read at run time and never copied:

* the 181 pages of ``../shared/data/article-extraction-benchmark``, turned into select-all /
  paste plain-text dumps and labelled line by line from the gold article body by
  ``bench/textdump.py`` (labels keep / drop / title; split tune / blind fixed by page id);
* three seed dumps in ``../shared/corpus/seeds`` (000, 001, 003) with hand labels in
  ``bench/data/seed_lines.json`` (by line index; offsets checked).

For each dump, ``judge_lines(text)`` gives ``.kinds`` per line of ``text.split("\\n")``:
None = article text, "title" = the headline, any other string = a furniture kind. A line is
predicted *drop* when its kind is not None and not "title". Gold "title" lines and blank lines
are left out of the metric. ``judge_lines`` joins hard-wrapped lines into the *next* line and
leaves "" where a line was absorbed: such a line is judged by the verdict of the line it ended
up in (the next non-empty judged line).

Reported per split (tune, blind, seeds), micro-averaged over lines, and weighted by characters
(each line weighs its length): precision and recall of DROPPED lines (positive class = drop) and
of KEPT lines. For the seeds the disagreeing line indices are listed (indices and kinds only, no
text); for the benchmark, the tune pages with most errors are listed by id (blind pages are not
itemised, so that nobody tunes on them). Goal: drop precision and recall >= 0.95 on blind.

Run: .venv/bin/python bench/boilerplate_eval.py
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections import defaultdict
from typing import Any

from benchlib import BENCH, shared_data, table, write_result

NAME = "boilerplate_eval"
BENCH_DATA = shared_data("article-extraction-benchmark")
SEEDS_DIR = shared_data("x").parent.parent / "corpus" / "seeds"
SEED_LABELS = BENCH / "data" / "seed_lines.json"


WORD_BUCKETS = (("1 word", 1), ("2-4 words", 4), ("5-11 words", 11), ("12+ words", 10**9))


class Counts:
    """Confusion counts, by lines and by characters."""

    def __init__(self) -> None:
        self.lines = defaultdict(int)  # keys: (gold, pred) with values "keep"/"drop"
        self.chars = defaultdict(int)
        #: gold-drop lines by length in words: bucket -> [gold drop lines, of which kept]
        self.drop_by_words: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, gold: str, pred: str, chars: int, n_words: int = 0) -> None:
        self.lines[(gold, pred)] += 1
        self.chars[(gold, pred)] += chars
        if gold == "drop":
            bucket = next(name for name, top in WORD_BUCKETS if n_words <= top)
            self.drop_by_words[bucket][0] += 1
            self.drop_by_words[bucket][1] += pred == "keep"

    def merge(self, other: Counts) -> None:
        for k, v in other.lines.items():
            self.lines[k] += v
        for k, v in other.chars.items():
            self.chars[k] += v
        for k, (n, kept) in other.drop_by_words.items():
            self.drop_by_words[k][0] += n
            self.drop_by_words[k][1] += kept

    @staticmethod
    def _pr(c: dict, positive: str) -> tuple[float, float]:
        tp = c[(positive, positive)]
        pred = sum(v for (g, p), v in c.items() if p == positive)
        gold = sum(v for (g, p), v in c.items() if g == positive)
        return (tp / pred if pred else 0.0, tp / gold if gold else 0.0)

    def errors(self) -> int:
        return self.lines[("keep", "drop")] + self.lines[("drop", "keep")]

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "lines": sum(self.lines.values()),
            "gold_drop": self.lines[("drop", "drop")] + self.lines[("drop", "keep")],
            "gold_keep": self.lines[("keep", "keep")] + self.lines[("keep", "drop")],
            "keep_predicted_drop": self.lines[("keep", "drop")],
            "drop_predicted_keep": self.lines[("drop", "keep")],
        }
        for unit, c in (("lines", self.lines), ("chars", self.chars)):
            for cls in ("drop", "keep"):
                p, r = self._pr(c, cls)
                out[f"{cls}_precision_{unit}"] = p
                out[f"{cls}_recall_{unit}"] = r
        out["drop_recall_by_words"] = {b: {"gold_drop": n, "kept": kept, "recall": 1 - kept / n if n else None}
                                       for b, (n, kept) in sorted(self.drop_by_words.items())}
        return out


def judge(text: str) -> tuple[list[str | None], str | None]:
    """Per line of text.split("\\n"): "keep", "drop", or None for a blank line; plus an error."""
    from diplomap.clean.lines import judge_lines

    raw_lines = text.split("\n")
    j = judge_lines(text)
    if len(j.kinds) != len(raw_lines) or len(j.lines) != len(raw_lines):
        return [], f"judge_lines returned {len(j.kinds)} kinds / {len(j.lines)} lines for {len(raw_lines)} lines"
    verdicts: list[str | None] = []
    for i, original in enumerate(raw_lines):
        if not original.strip():
            verdicts.append(None)
            continue
        k = i
        while k < len(raw_lines) and not j.lines[k]:  # absorbed into the next line
            k += 1
        kind = j.kinds[k] if k < len(raw_lines) else j.kinds[i]
        verdicts.append("keep" if kind in (None, "title") else "drop")
    return verdicts, None


def score_page(text: str, gold: list[str | None]) -> tuple[Counts, list[tuple[int, str, str]], str | None]:
    verdicts, err = judge(text)
    counts = Counts()
    disagree: list[tuple[int, str, str]] = []
    if err:
        return counts, disagree, err
    for i, (line, g) in enumerate(zip(text.split("\n"), gold, strict=False)):
        if g not in ("keep", "drop") or verdicts[i] is None:
            continue
        counts.add(g, verdicts[i], len(line.strip()), len(line.split()))
        if g != verdicts[i]:
            disagree.append((i, g, verdicts[i]))
    return counts, disagree, None


def seed_gold() -> dict[str, tuple[str, list[str | None]]]:
    """seed file name -> (text, gold label per line)."""
    labels = json.loads(SEED_LABELS.read_text(encoding="utf-8"))
    out = {}
    for fname, rows in labels.items():
        text = (SEEDS_DIR / fname).read_bytes().decode("utf-8")
        lines = text.split("\n")
        gold: list[str | None] = [None] * len(lines)
        for r in rows:
            if text[r["start"]:r["end"]] != lines[r["line"]]:
                raise SystemExit(f"{fname}: row for line {r['line']} does not match the seed's text "
                                 "(seed changed since labelling?)")
            gold[r["line"]] = r["label"]
        out[fname] = (text, gold)
    return out


def main(argv: list[str] | None = None) -> int:
    have_bench = BENCH_DATA.exists()
    have_seeds = SEEDS_DIR.exists() and SEED_LABELS.exists()
    if not have_bench and not have_seeds:
        print("skipped: ../shared/data/article-extraction-benchmark and ../shared/corpus/seeds absent")
        write_result(NAME, {"skipped": "../shared/data/article-extraction-benchmark and ../shared/corpus/seeds absent"})
        return 0
    splits: dict[str, Counts] = {}
    problems: list[dict[str, str]] = []
    per_page_errors: dict[str, list[tuple[int, str]]] = {"tune": [], "blind": []}
    pages_per_split: dict[str, int] = defaultdict(int)
    t_judge = 0.0
    n_lines = 0

    if have_bench:
        sys.path.insert(0, str(BENCH))
        from textdump import build_labelled

        for page in build_labelled(BENCH_DATA):
            split = page["split"]
            pages_per_split[split] += 1
            t0 = time.perf_counter()
            try:
                counts, _, err = score_page(page["dump"], page["labels"])
            except Exception:
                problems.append({"page": page["id"], "error": traceback.format_exc()})
                continue
            t_judge += time.perf_counter() - t0
            n_lines += len(page["labels"])
            if err:
                problems.append({"page": page["id"], "error": err})
                continue
            splits.setdefault(split, Counts()).merge(counts)
            splits.setdefault("all benchmark", Counts()).merge(counts)
            per_page_errors[split].append((counts.errors(), page["id"]))
    else:
        print("note: ../shared/data/article-extraction-benchmark absent; seeds only")

    seed_disagreements: dict[str, list[dict[str, Any]]] = {}
    if have_seeds:
        for fname, (text, gold) in seed_gold().items():
            counts, disagree, err = score_page(text, gold)
            pages_per_split["seeds"] += 1
            if err:
                problems.append({"page": fname, "error": err})
                continue
            splits.setdefault("seeds", Counts()).merge(counts)
            from diplomap.clean.lines import judge_lines

            kinds = judge_lines(text).kinds
            seed_disagreements[fname] = [{"line": i, "gold": g, "predicted": p, "kind": kinds[i]}
                                         for i, g, p in disagree]
    else:
        print("note: ../shared/corpus/seeds absent; benchmark pages only")

    order = [s for s in ("tune", "blind", "all benchmark", "seeds") if s in splits]
    summaries = {s: splits[s].summary() for s in order}
    print(table(
        ["split", "pages", "lines", "gold drop", "drop P", "drop R", "keep P", "keep R", "keep->drop", "drop->keep"],
        [[s, pages_per_split.get(s, sum(pages_per_split[x] for x in ("tune", "blind"))), r["lines"], r["gold_drop"],
          r["drop_precision_lines"], r["drop_recall_lines"], r["keep_precision_lines"], r["keep_recall_lines"],
          r["keep_predicted_drop"], r["drop_predicted_keep"]] for s, r in summaries.items()],
        title="Line filter on plain-text dumps, by lines (positive class: drop)"))
    print()
    print(table(
        ["split", "drop P", "drop R", "keep P", "keep R"],
        [[s, r["drop_precision_chars"], r["drop_recall_chars"], r["keep_precision_chars"], r["keep_recall_chars"]]
         for s, r in summaries.items()],
        title="The same, weighted by characters"))
    print()
    print(table(
        ["split"] + [f"drop R {b}" for b, _ in WORD_BUCKETS],
        [[s] + [f"{1 - splits[s].drop_by_words[b][1] / splits[s].drop_by_words[b][0]:.3f} "
                f"(of {splits[s].drop_by_words[b][0]:,})" if splits[s].drop_by_words[b][0] else "-"
                for b, _ in WORD_BUCKETS] for s in order],
        title="Recall of dropped lines by line length"))
    goal = None
    if "blind" in summaries:
        b = summaries["blind"]
        met = b["drop_precision_lines"] >= 0.95 and b["drop_recall_lines"] >= 0.95
        goal = {"goal": "blind drop precision and recall >= 0.95 (lines)",
                "measured": f"P {b['drop_precision_lines']:.3f}, R {b['drop_recall_lines']:.3f}", "met": met}
        print(f"\nGoal: {goal['goal']}: {goal['measured']} -> {'met' if met else 'NOT met'}")
    if seed_disagreements:
        print("\nSeed lines where the filter and the hand labels disagree (line index: gold -> kind):")
        for fname, rows in seed_disagreements.items():
            shown = ", ".join(f"{r['line']}: {r['gold']}->{r['kind'] or 'kept'}" for r in rows) or "none"
            print(f"  {fname}: {shown}")
    worst_tune = sorted(per_page_errors["tune"], reverse=True)[:10]
    if worst_tune:
        print("\nTune pages with the most line errors (errors, id):")
        for n, pid in worst_tune:
            print(f"  {n:4d}  {pid}")
    if n_lines:
        print(f"\njudge_lines speed: {n_lines / t_judge:,.0f} dump lines/s ({t_judge:.2f} s for {n_lines:,} lines)")
    for p in problems:
        print(f"\nproblem on {p['page']}:\n{p['error']}")
    path = write_result(NAME, {
        "pages": dict(pages_per_split),
        "results": summaries,
        "goal": goal,
        "seed_disagreements": seed_disagreements,
        "worst_tune_pages": [{"errors": n, "page": pid} for n, pid in worst_tune],
        "judge_lines_lines_per_s": n_lines / t_judge if t_judge else None,
        "problems": problems,
    })
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

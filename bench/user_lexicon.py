"""What a user's event lexicon (``--event-lexicon``, README "Your own event lexicon") costs.

Two measures, on this machine:

* loading: ``load_lexicon()`` against ``load_lexicon([file])`` for the README's example file and
  for a generated file of ``--entries`` senses (lemmas of the packaged lexicon with made-up
  objects), each the median of five cold loads (the loader's cache cleared);
* coding: ``EventCoder.code`` over the gold set's tune texts (recognition done once, outside the
  timing), with and without the README's example file, in passes whose order alternates (``--passes``); the
  reports must be the packaged ones plus those the file's senses add, which are counted.

Run: .venv/bin/python bench/user_lexicon.py [--entries 200] [--passes 4]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchlib import ROOT, table, write_result
from diplomap.extract import event_lexicon
from diplomap.extract.events import EventCoder
from diplomap.extract.recognise import ActorRecogniser
from events_eval import as_run, load_gold, selected_docs

NAME = "user_lexicon"
#: the README's example file
EXAMPLE = ROOT / "examples" / "event_lexicon.yaml"


def _generated(n: int) -> str:
    lemmas = sorted(event_lexicon.load_lexicon().verbs)
    rows = [f'  - {{lemma: {lemmas[i % len(lemmas)]}, objects: [thing{i}, item{i}], cameo: "010"}}' for i in range(n)]
    return "verbs:\n" + "\n".join(rows) + "\n"


def _load_ms(files: list[Path]) -> float:
    times = []
    for _ in range(5):
        event_lexicon._load_lexicon.cache_clear()
        t0 = time.perf_counter()
        event_lexicon.load_lexicon(files)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=200)
    ap.add_argument("--passes", type=int, default=4)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        example, big = EXAMPLE, Path(tmp) / "generated.yaml"
        big.write_text(_generated(args.entries), encoding="utf-8")
        loading = {"packaged": _load_ms([]), "example": _load_ms([example]), f"{args.entries} senses": _load_ms([big])}
        gold = load_gold()
        docs, _ = selected_docs(gold, "tune")
        rec = ActorRecogniser()
        views = [as_run(doc, text) for doc, text in docs]
        mentions = [rec.recognise(v.text, document_id=d, date=v.date, places=True)
                    for (d, _), v in zip(docs, views, strict=True)]
        coders = {"packaged": EventCoder(), "example": EventCoder(lexicon_files=[example])}
        seconds: dict[str, list[float]] = {k: [] for k in coders}
        reports: dict[str, set[tuple[str, int, str]]] = {}
        for c in coders.values():  # a warm-up pass each (model load, caches)
            c.code(views[0].text, mentions[0], docs[0][0], views[0].published, views[0].estimate)
        for n in range(args.passes):
            # (the order alternates between passes: the second coder of a pass runs on warmer caches)
            for k, c in (list(coders.items()) if n % 2 == 0 else list(coders.items())[::-1]):
                t0 = time.perf_counter()
                found = set()
                for (doc, _), view, ms in zip(docs, views, mentions, strict=True):
                    for r in c.code(view.text, ms, doc, view.published, view.estimate):
                        found.add((doc, r.trigger_start, r.cameo))
                seconds[k].append(time.perf_counter() - t0)
                reports[k] = found
    added = reports["example"] - reports["packaged"]
    changed = reports["packaged"] - reports["example"]
    print(table(["lexicon", "load ms (median of 5)"], [[k, round(v, 1)] for k, v in loading.items()]))
    print(table(["coder", "seconds per pass", "reports"],
                [[k, " / ".join(f"{s:.2f}" for s in seconds[k]), len(reports[k])] for k in coders]))  # fmt: skip
    print(f"tune texts: {len(docs)}; reports the example file adds {len(added)}, packaged reports it replaces "
          f"{len(changed)}")
    write_result(NAME, {"entries": args.entries, "load_ms": loading, "tune_documents": len(docs),
                        "code_seconds": seconds, "reports": {k: len(v) for k, v in reports.items()},
                        "added_by_example": len(added), "replaced_by_example": len(changed)})  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Run every bench script in sequence (extraction, metadata, boilerplate, throughput, huge inputs).

Each writes its table to stdout and its JSON to bench/results/<name>.json; scripts whose data
under ../shared is absent print "skipped: ..." and exit 0. Extra arguments after ``--`` go to
throughput.py (e.g. ``python bench/run_all.py -- --docs 2000``).

Run: .venv/bin/python bench/run_all.py [--only extraction,throughput] [-- THROUGHPUT ARGS]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SCRIPTS = ("extraction", "metadata_eval", "boilerplate_eval", "boilerplate_snippets_eval", "throughput", "huge_inputs",
           "actors_eval", "conflibert_actors", "actors_speed", "actors_crosscheck", "events_lexicon_check",
           "learned_baseline",
           "events_eval", "event_confidence", "user_lexicon", "code_latency", "events_agreement", "plover_eval",
           "conflibert_events",
           "petrarch_validation", "events_speed",
           "reuse_eval",
           "icews_consolidation", "spun_eval", "relations_eval", "framing_eval",
           "icews14_relations", "reuse_scale", "api_latency", "ray_speed",
           "paraphrase_embed_eval", "pipeline_profile")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", default=",".join(SCRIPTS), help="comma-separated subset")
    args = ap.parse_args(argv)
    failed = []
    for name in args.only.split(","):
        cmd = [sys.executable, str(BENCH / f"{name}.py")] + (extra if name == "throughput" else [])
        print(f"\n{'=' * 100}\n$ {' '.join(cmd)}\n{'=' * 100}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call(cmd, cwd=BENCH.parent)
        print(f"[{name}: exit {rc}, {time.perf_counter() - t0:.0f} s]", flush=True)
        if rc != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

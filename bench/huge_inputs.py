"""Huge and hostile inputs, kept out of the test suite: each is stored or rejected with a reason,
the run goes on, and the store keeps what it had.

Cases: a 50 MB plain-text file (over the 10 MB default: rejected as too-large), the same file
with --max-document-bytes raised (stored), an RSS feed with 10,000 items (10,000 documents), a
gzip bomb guard check (1 GB of zeros, gzipped: refused), and a folder mixing all of them.
Reports wall time and peak memory of each `diplomap run` (from /usr/bin/time -v).

Run: .venv/bin/python bench/huge_inputs.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import ROOT, table, write_result

DIPLOMAP = ROOT / ".venv" / "bin" / "diplomap"
TIME = Path("/usr/bin/time")
STATES = ["South Korea", "North Korea", "Japan", "China", "Russia", "the United States", "Ukraine"]
VERBS = ["met officials from", "criticised", "signed a trade accord with", "held talks with", "warned"]


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(STATES, 2)
    return f"{a} {rng.choice(VERBS)} {b} on day {rng.randint(1, 365)} of talks about issue {rng.randint(1, 10**6)}."


def big_text(path: Path, megabytes: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("A very long report on regional diplomacy\n\n")
        while f.tell() < megabytes * 1_000_000:
            f.write(" ".join(sentence(rng) for _ in range(6)) + "\n\n")


def big_feed(path: Path, items: int, rng: random.Random) -> None:
    parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Feed</title>']
    for i in range(items):
        body = "".join(f"<p>{sentence(rng)} {sentence(rng)}</p>" for _ in range(4))
        parts.append(f"<item><title>Item {i}</title><link>https://feed.example/{i}</link>"
                     f"<pubDate>Mon, 03 Jun 2024 10:00:00 +0900</pubDate><description><![CDATA[{body}]]>"
                     "</description></item>")
    parts.append("</channel></rss>")
    path.write_text("".join(parts), encoding="utf-8")


def gzip_bomb(path: Path) -> None:
    with gzip.open(path, "wb", compresslevel=9) as f:
        chunk = bytes(1 << 20)
        for _ in range(1100):  # 1.1 GB of zeros inflates past the 1 GB guard
            f.write(chunk)


def run(paths: list[Path], store: Path, *extra: str) -> dict[str, object]:
    cmd = [str(DIPLOMAP), "run", *map(str, paths), "--store", str(store), "--json", *extra]
    timed = [str(TIME), "-v", *cmd] if TIME.exists() else cmd
    proc = subprocess.run(timed, capture_output=True, text=True)
    out: dict[str, object] = {"rc": proc.returncode}
    if proc.returncode == 0:
        out.update(json.loads(proc.stdout[proc.stdout.index("{"):]))
    else:
        out["stderr"] = proc.stderr[-300:]
    if m := re.search(r"Elapsed \(wall clock\) time.*?: (\S+)", proc.stderr):
        out["wall"] = m.group(1)
    if m := re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr):
        out["peak_rss_mb"] = round(int(m.group(1)) / 1024)
    return out


def main() -> int:
    if not DIPLOMAP.exists():
        print("skipped: .venv/bin/diplomap absent (run `make demo` first)")
        return 0
    rng = random.Random(7)
    tmp = Path(tempfile.mkdtemp(prefix="diplomap-huge-"))
    try:
        big = tmp / "big.txt"
        big_text(big, 50, rng)
        feed = tmp / "feed.xml"
        big_feed(feed, 10_000, rng)
        bomb = tmp / "zeros.gz"
        gzip_bomb(bomb)
        results = {
            "50 MB text (default limit)": run([big], tmp / "a.duckdb"),
            "50 MB text (--max-document-bytes 60000000)": run([big], tmp / "b.duckdb",
                                                               "--max-document-bytes", "60000000"),
            "RSS feed, 10,000 items": run([feed], tmp / "c.duckdb"),
            "gzip of 1.1 GB zeros": run([bomb], tmp / "d.duckdb"),
            "all together": run([big, feed, bomb], tmp / "e.duckdb"),
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = [[name, r.get("rc"), r.get("stored"), r.get("rejected_by_reason"), r.get("wall"), r.get("peak_rss_mb")]
            for name, r in results.items()]
    print(table(["input", "rc", "stored", "rejected", "wall", "peak RSS MB"], rows))
    write_result("huge_inputs", {"results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Second blind set for the line-level boilerplate filter, from Trafilatura's evaluation snippets.

Data, read at run time and never copied: ``../shared/data/trafilatura-evalset`` (Trafilatura's
own extraction test set, Apache-2.0). ``evaldata.json`` maps page URL -> {"file", "with",
"without", ...}: "with" snippets must survive as article text, "without" snippets are
boilerplate that must be removed. Only the pages whose HTML is present (``html/<file>.gz``) are
used. Each page is turned into a select-all / paste plain-text dump by ``html_to_page_dump``
from ``bench/textdump.py``, exactly as for ``bench/boilerplate_eval.py``.

Labelling rule, per line of ``dump.split("\\n")``. Lines and snippets are normalised the same
way (NFKC, lower case, whitespace collapsed, punctuation stripped at both ends). A non-blank line

* is ``keep`` when it contains a "with" snippet of >= 3 words,
* is ``drop`` when it contains a "without" snippet of >= 2 words,
* also counts as containing a snippet when the line itself (>= 4 words) lies wholly inside
  that snippet (a short line inside a long snippet),
* is left unlabelled when both apply, or when neither does.

Unlabelled lines are not scored. The filter's verdict per line is taken with ``judge()`` from
``bench/boilerplate_eval.py`` (kinds None / "title" = kept, any other kind = dropped; a line
absorbed into the next one by hard-wrap joining gets the verdict of that next line).
Reported: precision and recall of dropped lines and of kept lines, micro over lines.

This set was built on 2026-11-25 as a SECOND BLIND SET, after the blind half of the
article-extraction benchmark had already been looked at. It must NOT be used for tuning:
the script prints and records only aggregate numbers, never per-page results or page names.

Run: .venv/bin/python bench/boilerplate_snippets_eval.py
"""

from __future__ import annotations

import ast
import codecs
import contextlib
import gzip
import json
import re
import sys
import time
import unicodedata

from benchlib import BENCH, shared_data, skip_if_absent, table, write_result

NAME = "boilerplate_snippets_eval"
DATA = shared_data("trafilatura-evalset")
KEEP_MIN_WORDS, DROP_MIN_WORDS, LINE_IN_SNIPPET_MIN_WORDS = 3, 2, 4


def norm(text: str) -> str:
    """NFKC, lower case, whitespace collapsed, punctuation stripped at both ends."""
    s = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    a, b = 0, len(s)
    while a < b and (unicodedata.category(s[a]).startswith("P") or s[a].isspace()):
        a += 1
    while b > a and (unicodedata.category(s[b - 1]).startswith("P") or s[b - 1].isspace()):
        b -= 1
    return s[a:b]


def snippets(value: object, min_words: int) -> list[str]:
    """Normalised snippets of >= min_words words; value is a list or a string holding a list repr."""
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value) if value.strip().startswith("[") else [value]
        except (ValueError, SyntaxError):
            value = [value]
    out = [norm(str(s)) for s in value or []]
    return [s for s in out if len(s.split()) >= min_words]


def matches(line: str, snips: list[str]) -> bool:
    """line (normalised) contains a snippet, or (>= 4 words) lies wholly inside one."""
    long_line = len(line.split()) >= LINE_IN_SNIPPET_MIN_WORDS
    return any(s in line or (long_line and line in s) for s in snips)


def label_lines(dump: str, keep_snips: list[str], drop_snips: list[str]) -> list[str | None]:
    labels: list[str | None] = []
    for raw in dump.split("\n"):
        line = norm(raw)
        k = bool(line) and matches(line, keep_snips)
        d = bool(line) and matches(line, drop_snips)
        labels.append("keep" if k and not d else "drop" if d and not k else None)
    return labels


def read_html(path) -> str:
    raw = gzip.decompress(path.read_bytes())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        m = re.search(rb"charset=[\"']?([\w-]+)", raw[:5000], re.I)
        enc = "cp1252"
        if m:
            with contextlib.suppress(LookupError):
                enc = codecs.lookup(m.group(1).decode("ascii")).name
        if enc == "utf-8":
            enc = "cp1252"
        return raw.decode(enc, "replace")


def main() -> int:
    skip_if_absent(DATA / "evaldata.json", NAME)
    sys.path.insert(0, str(BENCH))
    from boilerplate_eval import Counts, judge
    from textdump import html_to_page_dump

    t_start = time.perf_counter()
    evaldata = json.loads((DATA / "evaldata.json").read_text(encoding="utf-8"))
    total = Counts()
    pages = pages_labelled = problems = 0
    for entry in evaldata.values():
        path = DATA / "html" / f"{entry['file']}.gz"
        if not path.exists():
            continue
        pages += 1
        try:
            dump = html_to_page_dump(read_html(path))
            labels = label_lines(dump, snippets(entry.get("with"), KEEP_MIN_WORDS),
                                 snippets(entry.get("without"), DROP_MIN_WORDS))
            if not any(labels):
                continue
            pages_labelled += 1
            verdicts, err = judge(dump)
        except Exception:  # counted only: no page names for a blind set
            problems += 1
            continue
        if err:
            problems += 1
            continue
        for line, gold, pred in zip(dump.split("\n"), labels, verdicts, strict=True):
            if gold and pred:
                total.add(gold, pred, len(line.strip()), len(line.split()))
    elapsed = time.perf_counter() - t_start

    s = total.summary()
    print(table(
        ["pages", "with labels", "keep lines", "drop lines", "drop P", "drop R", "keep P", "keep R",
         "keep->drop", "drop->keep"],
        [[pages, pages_labelled, s["gold_keep"], s["gold_drop"], s["drop_precision_lines"],
          s["drop_recall_lines"], s["keep_precision_lines"], s["keep_recall_lines"],
          s["keep_predicted_drop"], s["drop_predicted_keep"]]],
        title="Line filter on Trafilatura-evalset dumps (second blind set; aggregate only, micro over lines)"))
    if problems:
        print(f"\n{problems} page(s) could not be scored (not itemised: blind set)")
    print(f"\nrun time: {elapsed:.1f} s")
    path = write_result(NAME, {
        "blind_set": "do not tune on this set; aggregate numbers only",
        "labelling": {"keep_snippet_min_words": KEEP_MIN_WORDS, "drop_snippet_min_words": DROP_MIN_WORDS,
                      "line_in_snippet_min_words": LINE_IN_SNIPPET_MIN_WORDS},
        "pages_used": pages,
        "pages_with_labelled_lines": pages_labelled,
        "pages_not_scored": problems,
        "results": {k: s[k] for k in ("lines", "gold_keep", "gold_drop", "keep_predicted_drop",
                                      "drop_predicted_keep", "drop_precision_lines", "drop_recall_lines",
                                      "keep_precision_lines", "keep_recall_lines")},
        "run_time_s": round(elapsed, 2),
    })
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

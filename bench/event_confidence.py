"""How well the report confidence (``diplomap.extract.events.confidence``) predicts which reports are right.

The coder runs on the chosen gold documents as ``diplomap run`` runs it; each report's confidence
(what the shipped model gives, fitted on the tune half by ``bench/train_event_confidence.py``) is
set against whether the report is correct by the gold set's headline rule. Reported, in aggregate:
the expected calibration error (ECE, 10 bins), the share of reports right in each bin of
confidence, and the precision and recall of the reports kept at each threshold
(``diplomap events --min-confidence T``), against all reports. The confidence scored is each
report's own, as the coder gives and the store keeps it. The tune half's seeds and texts below
329 are what the model was fitted on (in-sample); its texts from 329 on, the blind half and the
texts numbered from ``--from`` on (fresh texts) are not. A plot (SVG, no script) goes beside the JSON result. Run:

    .venv/bin/python bench/event_confidence.py [--split blind|tune|all] [--from N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import RESULTS, write_result
from train_event_confidence import collect, print_scores, scores


def svg_plot(s: dict[str, object], title: str) -> str:
    """Two panels: share right per bin of confidence against the diagonal; precision and recall
    of the reports kept at each threshold."""
    w, h, pad = 300, 220, 40

    def xy(x: float, y: float, left: int) -> str:
        return f"{left + pad + x * (w - 2 * pad):.1f},{h - pad - y * (h - 2 * pad):.1f}"

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * w}" height="{h + 20}" font-family="sans-serif" '
             f'font-size="11"><text x="10" y="14" font-size="12">{title}</text>']
    for left, label in ((0, "confidence bin → share right"), (w, "threshold → precision (blue), recall (red)")):
        parts.append(f'<rect x="{left + pad}" y="{pad}" width="{w - 2 * pad}" height="{h - 2 * pad}" fill="none" '
                     f'stroke="#999"/><text x="{left + pad}" y="{h + 12}">{label}</text>')
        for v in (0.0, 0.5, 1.0):
            x0, y0 = xy(0, v, left).split(",")
            parts.append(f'<text x="{float(x0) - 24}" y="{float(y0) + 4}">{v:.1f}</text>')
            x1, y1 = xy(v, 0, left).split(",")
            parts.append(f'<text x="{float(x1) - 8}" y="{float(y1) + 14}">{v:.1f}</text>')
    parts.append(f'<polyline fill="none" stroke="#bbb" stroke-dasharray="4" points="{xy(0, 0, 0)} {xy(1, 1, 0)}"/>')
    reliability = s["reliability"]
    assert isinstance(reliability, dict)
    points = [(float(k.split("-")[0]) + 0.05, v[1], v[0]) for k, v in reliability.items()]
    for x, y, n in points:
        parts.append(f'<circle cx="{xy(x, y, 0).split(",")[0]}" cy="{xy(x, y, 0).split(",")[1]}" '
                     f'r="{2 + min(n, 400) ** 0.5 / 3:.1f}" fill="#1f77b4" opacity="0.7"/>')
    rows = s["by_threshold"]
    assert isinstance(rows, dict)
    for key, colour in (("precision", "#1f77b4"), ("recall", "#d62728")):
        line = " ".join(xy(float(t), row[key], w) for t, row in rows.items())
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{line}"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("tune", "blind", "all"), default="blind")
    ap.add_argument("--from", dest="first", type=int, default=None,
                    help="only the own texts numbered from N on (fresh texts), whatever their split")
    args = ap.parse_args(argv)
    docs = collect(args.split, args.first)
    scored = [(r.confidence, r.label) for d in docs for r in d.rows]  # (each report's own, as stored)
    s = scores(scored, sum(d.gold_events for d in docs))
    name = f"{args.split}" + (f"_from{args.first}" if args.first is not None else "")
    title = f"report confidence on {name}: {len(docs)} documents, {s['reports']} reports, ECE {s['ece']}"
    print_scores(title, s)
    print("share right per bin of confidence:", s["reliability"])
    path = write_result(f"event_confidence_{name}", {"split": args.split, "from_text": args.first,
                                                      "documents": len(docs), **s})
    plot = RESULTS / f"event_confidence_{name}.svg"
    plot.write_text(svg_plot(s, title), encoding="utf-8")
    print(f"wrote {path} and {plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

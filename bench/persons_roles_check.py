"""Every role of a persons file is recognised: for each person and role, "<name> said on Monday that
talks would continue." dated inside the role must give a first mention at offset 0 with the role's code;
the aliases are tried with the first role, the short form (after a full mention) with the last. Prints
failures and a count; exits 1 when any fails. Without arguments it checks the two world files and the history file. Run:

    PYTHONPATH=src .venv/bin/python bench/persons_roles_check.py [src/diplomap/data/actors/persons_world_north.yaml ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from diplomap.extract.recognise import ActorRecogniser


def _month(s: str) -> int:
    y, m = map(int, s.split("-"))
    return y * 12 + m - 1


def _fmt(n: int) -> str:
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def main(path: str) -> int:
    rec = ActorRecogniser()
    with open(path, encoding="utf-8") as f:
        persons = yaml.safe_load(f)["persons"]
    fails = n = 0
    for p in persons:
        for r in p["roles"]:
            a, b = _month(r["from"]), _month(r.get("until", "2026-11"))
            lo = max(a, _month("2000-01")) if b >= _month("2000-01") else a
            date = _fmt((lo + b) // 2) + "-15"
            forms = [p["name"]] + (list(p.get("aliases") or []) if r is p["roles"][0] else [])
            for form in forms:
                n += 1
                ms = rec.recognise(f"{form} said on Monday that talks would continue.", "", date)
                m = ms[0] if ms else None
                if not m or m.start != 0 or m.code != r["code"]:
                    fails += 1
                    got = m and (m.start, m.text, m.code, m.person)
                    print("FAIL", repr(form), date, r["code"], r["role"], "->", got)
            if p.get("short") and r is p["roles"][-1]:
                n += 1
                text = f"{p['name']} arrived in Geneva. {p['short']} said on Monday that talks would continue."
                ms = [m for m in rec.recognise(text, "", date) if m.start >= text.index(". ") + 2]
                m = ms[0] if ms else None
                if not m or m.code != r["code"] or m.text != p["short"]:
                    fails += 1
                    print("FAIL short", repr(p["short"]), date, r["code"], "->", m and (m.text, m.code, m.person))
    print(f"{n} checks, {fails} failures")
    return 1 if fails else 0


WORLD_FILES = [str(Path(__file__).resolve().parents[1] / "src/diplomap/data/actors" / name)
               for name in ("persons_world_south.yaml", "persons_world_north.yaml", "persons_history.yaml")]

if __name__ == "__main__":
    sys.exit(max(main(path) for path in sys.argv[1:] or WORLD_FILES))

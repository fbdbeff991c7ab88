"""Every person and role of a persons file is recognised with the role's code at a month inside it.

For each role, "<name> said on Monday that talks would continue." is recognised at the middle
month of the role (the 15th); the first mention must start at 0 and carry the role's code. Prints
the failures and a count; exits 1 when any fails. Run:

    PYTHONPATH=src .venv/bin/python bench/persons_roles_check.py [src/diplomap/data/actors/persons_world_south.yaml]
"""

from __future__ import annotations

import sys

import yaml

from diplomap.extract.recognise import ActorRecogniser


def middle_month(start: str, until: str) -> str:
    a = int(start[:4]) * 12 + int(start[5:7]) - 1
    b = int(until[:4]) * 12 + int(until[5:7]) - 1
    mid = (a + b) // 2
    return f"{mid // 12:04d}-{mid % 12 + 1:02d}"


def main(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    rec = ActorRecogniser()
    fails = roles = 0
    for person in data["persons"]:
        for role in person["roles"]:
            roles += 1
            start, until = str(role["from"]), str(role.get("until") or "2026-11")
            if until < start:
                print("BAD RANGE", person["name"], role)
            month = middle_month(start, until)
            mentions = rec.recognise(f"{person['name']} said on Monday that talks would continue.", "", f"{month}-15")
            first = mentions[0] if mentions else None
            if first is None or first.start != 0 or first.code != role["code"]:
                fails += 1
                print("FAIL", person["name"], role["code"], role["role"], month, "->",
                      first and (first.start, first.end, first.code, first.sector, first.kind))  # fmt: skip
    print(f"{len(data['persons'])} persons, {roles} roles, {fails} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "src/diplomap/data/actors/persons_world_south.yaml"))

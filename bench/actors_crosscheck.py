"""Cross-check the dated roles of ``persons_focus.yaml`` against the Phoenix country actors dictionary.

The Phoenix/PETRARCH ``Phoenix.Countries.actors.txt`` (TABARI actor format, built from
CountryInfo in 2014-01) lists persons with dated country-sector codes::

    JOHN_DOE_  # comment
    +J._DOE
        [ABCGOV 19940922-20040712]   # YYYYMMDD or YYMMDD; "a-b" a range
        [ABCGOV >20040309]           # ">d": from d on;  "<d": until d

For every person of ours whose name or alias (upper-cased, spaces to underscores) is an actor
name or synonym there, each of our roles that started before 2014 is checked: some Phoenix range
of the same country (first three letters of the code) must cover the role's first month, give or
take three months. Roles that fail are printed as disagreements with both ranges; roles that are
covered but where no Phoenix range of that country *starts* within three months of ours are listed
separately (Phoenix ranges are often coarse, so these are only hints). CountryInfo's coverage starts
in 2003-01 (thousands of its ranges begin on 20030101): a role that began earlier and either ended
before 2003 or is covered by a range starting 2003-01 is listed apart as not checkable at its start,
not as a disagreement. Nothing is copied from the dictionary; it is read at run time from
``../shared`` and the script exits 0 with a message when that is absent. Writes no files.

Run from the project root: ``.venv/bin/python bench/actors_crosscheck.py [-v]``
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PERSONS = ROOT / "src" / "diplomap" / "data" / "actors" / "persons_focus.yaml"
SHARED = Path(os.environ.get("DIPLOMAP_SHARED", ROOT.parent / "shared"))
PHOENIX = SHARED / "data" / "phoenix-cameo-dictionaries" / "Phoenix.Countries.actors.txt"
CUTOFF = 2014 * 12  # roles starting before 2014-01 are checked (the dictionary dates from 2014-01)
SLACK = 3  # months
#: CountryInfo's coverage begins in 2003-01: thousands of its ranges start on 20030101, so a role of
#: ours that began earlier shows there as starting 2003-01 (reported apart, not as a disagreement)
COVERAGE_START = 2003 * 12
NEG, POS = -10**9, 10**9

BRACKET = re.compile(r"\[([A-Z0-9]+)(?:\s+([^\]]*))?\]")


def key(text: str) -> str:
    """Normalised name key: accents stripped, upper case, runs of non-alphanumerics -> '_'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")


def phoenix_month(token: str) -> int | None:
    """YYYYMMDD or YYMMDD -> months since year 0 (year*12 + month-1); None when unreadable."""
    token = token.strip()
    if re.fullmatch(r"\d{9}", token):  # a stray extra digit ("201005011"): read the first eight
        token = token[:8]
    if re.fullmatch(r"\d{8}", token):
        year, month = int(token[:4]), int(token[4:6])
    elif re.fullmatch(r"\d{6}", token):
        yy, month = int(token[:2]), int(token[2:4])
        year = 1900 + yy if yy >= 30 else 2000 + yy
    else:
        return None
    if not 1 <= month <= 12:
        return None
    return year * 12 + month - 1


def parse_span(spec: str | None) -> tuple[int, int] | None:
    """The date part of a bracket -> (first, last) month, open ends as +-infinity."""
    spec = (spec or "").strip()
    if not spec:
        return (NEG, POS)
    if spec.startswith(">"):
        m = phoenix_month(spec[1:])
        return None if m is None else (m, POS)
    if spec.startswith("<"):
        m = phoenix_month(spec[1:])
        return None if m is None else (NEG, m)
    if "-" in spec:
        a, b = spec.split("-", 1)
        ma, mb = phoenix_month(a), phoenix_month(b)
        return None if ma is None or mb is None else (ma, mb)
    m = phoenix_month(spec)
    return None if m is None else (m, m)


def parse_phoenix(path: Path) -> tuple[dict[str, list[int]], list[dict]]:
    """Actors with their name keys and dated codes; index from name key to actor numbers."""
    actors: list[dict] = []
    index: dict[str, list[int]] = {}
    cur: dict | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            if cur is None:
                continue
            for code, spec in BRACKET.findall(stripped):
                span = parse_span(spec)
                if span is not None and len(code) >= 3:
                    cur["ranges"].append((code, code[:3], span))
            continue
        if stripped.startswith("+"):
            if cur is not None:
                name = stripped[1:].split("[", 1)[0].strip()
                cur["keys"].add(key(name))
            continue
        if raw[:1].isspace():
            continue
        # a new actor line: NAME_ possibly followed by [CODE ...] on the same line
        name = stripped.split("[", 1)[0].strip()
        cur = {"name": name.rstrip("_"), "keys": {key(name)}, "ranges": []}
        actors.append(cur)
        for code, spec in BRACKET.findall(stripped):
            span = parse_span(spec)
            if span is not None and len(code) >= 3:
                cur["ranges"].append((code, code[:3], span))
    for i, actor in enumerate(actors):
        actor["keys"].discard("")
        for k in actor["keys"]:
            index.setdefault(k, []).append(i)
    return index, actors


def month(text: str) -> int:
    year, mon = str(text).split("-")
    return int(year) * 12 + int(mon) - 1


def show_month(m: int) -> str:
    if m <= NEG:
        return "…"
    if m >= POS:
        return "…"
    return f"{m // 12:04d}-{m % 12 + 1:02d}"


def show_span(span: tuple[int, int]) -> str:
    return f"{show_month(span[0])}..{show_month(span[1])}"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    if not PHOENIX.exists():
        try:
            shown = "../" + str(PHOENIX.relative_to(ROOT.parent))
        except ValueError:
            shown = str(PHOENIX)
        print(f"skipped: {shown} absent")
        return 0
    data = yaml.safe_load(PERSONS.read_text(encoding="utf-8"))
    index, actors = parse_phoenix(PHOENIX)

    matched, missing, disagreements, hints, before = [], [], [], [], []
    checked_roles = agreeing_roles = 0
    for person in data["persons"]:
        early = [r for r in person["roles"] if month(r["from"]) < CUTOFF]
        if not early:
            continue
        names = [person["name"], *(person.get("aliases") or [])]
        found: list[int] = []
        for n in names:
            for i in index.get(key(n), []):
                if i not in found:
                    found.append(i)
        if not found:
            missing.append(person["name"])
            continue
        ranges = [rng for i in found for rng in actors[i]["ranges"]]
        matched.append((person["name"], [actors[i]["name"] for i in found]))
        for role in early:
            checked_roles += 1
            start = month(role["from"])
            end = month(role["until"]) if role.get("until") else POS
            same = [(code, span) for code, country, span in ranges if country == role["code"]]
            ours = f"{role['code']} {role['sector']} {role['role']} {show_span((start, end))}"
            covered = [s for _, s in same if s[0] <= start + SLACK and s[1] >= start - SLACK]
            if not covered and start < COVERAGE_START and (end < COVERAGE_START or any(
                    s[0] == COVERAGE_START and s[0] <= end for _, s in same)):
                before.append((person["name"], ours))
                continue
            if not covered:
                theirs = "; ".join(f"{c} {show_span(s)}" for c, s in same) or "(no range for this country)"
                disagreements.append((person["name"], ours, theirs))
                continue
            agreeing_roles += 1
            starts = [s[0] for _, s in same if s[0] > NEG]
            if starts and not any(abs(s - start) <= SLACK for s in starts):
                nearest = min(starts, key=lambda s: abs(s - start))
                hints.append((person["name"], ours, show_month(nearest)))

    print(f"persons file: {PERSONS.relative_to(ROOT)}  ({len(data['persons'])} persons)")
    print(f"phoenix: {len(actors)} actors read")
    print(f"persons with roles before 2014: {len(matched) + len(missing)}; "
          f"matched in Phoenix: {len(matched)}; not found: {len(missing)}")
    print(f"pre-2014 roles checked: {checked_roles}; covered at their start (±{SLACK} months): {agreeing_roles}; "
          f"begun before Phoenix's 2003-01 coverage (not checkable at the start): {len(before)}; "
          f"disagreements: {len(disagreements)}")
    print()
    if verbose:
        print("## matched persons")
        for name, theirs in matched:
            print(f"  {name:32s} -> {', '.join(theirs)}")
        print()
    print("## disagreements (our role's first month is outside every Phoenix range of that country)")
    if disagreements:
        w = max(len(d[0]) for d in disagreements)
        for name, ours, theirs in disagreements:
            print(f"  {name:{w}s}  ours: {ours}\n  {'':{w}s}  theirs: {theirs}")
    else:
        print("  none")
    print()
    print("## begun before 2003-01: ended before Phoenix's coverage, or covered by a range from its start 2003-01")
    if before:
        w = max(len(b[0]) for b in before)
        for name, ours in before:
            print(f"  {name:{w}s}  ours: {ours}")
    else:
        print("  none")
    print()
    print(f"## start hints (covered, but no Phoenix range of that country starts within ±{SLACK} months)")
    if hints:
        w = max(len(h[0]) for h in hints)
        for name, ours, nearest in hints:
            print(f"  {name:{w}s}  ours: {ours}  nearest Phoenix start: {nearest}")
    else:
        print("  none")
    print()
    print("## not found in Phoenix")
    for i in range(0, len(missing), 4):
        print("  " + " | ".join(missing[i:i + 4]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

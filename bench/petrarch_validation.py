"""The event coder on PETRARCH2's unit-test records, with PETRARCH's fictional validation actors.

Data: ``../shared/data/petrarch2-validation/`` (skipped with a message, exit 0, when absent):

* ``PETR.UnitTest.records.xml``: 284 ``<Sentence date= id= category= sentence=>`` records, each
  with its ``<Text>`` and the expected codings: ``<EventCoding sourcecode= targetcode=
  eventcode=>`` (359), ``<EventCoding noevents="True">`` (19 records that must code nothing) or
  ``<EventCoding error=...>`` (7 records testing PETRARCH's input checks: left out here).
  ``sentence="false"`` marks 5 records PETRARCH itself does not implement; they are scored and
  also reported apart;
* ``PETR.Validate.actors.txt`` / ``PETR.Validate.agents.txt``: the Tolkien-world actors (ARN =
  Arnor, GON = Gondor…) and agents the records need. They are converted with
  ``diplomap.extract.tabari`` (``convert_file`` each, ``merge``, ``dump_yaml``) into a temporary
  actor file and loaded with ``ActorRecogniser(actor_files=[that])`` on top of the packaged
  actors. The converter's problems (compound codes such as ``[ELR/GAL]``, ``[---]``) are counted.

Codes. The converter turns a PETRARCH code into diplomap's ``code`` + ``sector`` with
``tabari.split_code``: the first three letters are the actor (``USAGOV`` → USA, sector GOV;
``ORCHOB`` → ORC), an ``IGO`` code names the organisation, a leading sector (``ELI``) has no
actor. The expected codings are mapped by the same function, so both sides speak the same
codes; ``---``/``###`` (PETRARCH's unknown or discarded actor) maps to no actor. Sectors are
not compared.

Each record's text (line breaks folded) is one document, dated by the record's ``date``
(recogniser ``date``, coder ``published``). An expected coding (source, target, code) is
reproduced when some report of the record has the source among its actors and the target among
its recipients (an expected target of no actor wants a report with no recipients; for a joint
report both must be among actors ∪ recipients, and differ), and:

* exact: the same CAMEO code; root: the same two-digit root; dyad: any code (the parties alone).

The expected codes follow PETRARCH's validation verb dictionary (``PETR.Validate.verbs.txt``),
which is built to test the program, not to be CAMEO-faithful: "signed a trade protocol" is 085,
"will meet" 031. Low exact and root figures say as much about that dictionary as about the
coder; the dyad figure is the fairer test of who-did-it-to-whom.

Reported: the share of expected codings reproduced (exact, root), also for the codings whose code
is in the CAMEO codebook (the validation verbs use some non-CAMEO codes, e.g. 903, 345, which the
coder cannot produce); the share of ``noevents`` records given no report at all and given no
non-neutral report; per category. ``--show-errors`` lists every record not fully reproduced (the
records are unit tests in a fictional world, not a held-out sample: no blind split). Run:

    .venv/bin/python bench/petrarch_validation.py [--show-errors]

The result is always written to ``bench/results/petrarch_validation.json``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchlib import shared_data, skip_if_absent, table, write_result
from events_eval import fingerprint

NAME = "petrarch_validation"
DATA = shared_data("petrarch2-validation")
RECORDS = DATA / "PETR.UnitTest.records.xml"
DICTIONARIES = ("PETR.Validate.actors.txt", "PETR.Validate.agents.txt")


@dataclass(frozen=True, slots=True)
class Expected:
    source: str | None
    target: str | None
    code: str
    raw: str  # "SOURCE TARGET CODE" as written


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    category: str
    implemented: bool  # sentence="true": PETRARCH implements what the record tests
    date: str  # YYYY-MM-DD
    text: str
    expected: tuple[Expected, ...]
    noevents: bool
    error: bool


@dataclass(frozen=True, slots=True)
class Coded:
    actors: frozenset[str]
    recipients: frozenset[str]
    joint: bool
    cameo: str
    neutral: bool
    desc: str


def diplomap_code(petrarch: str) -> str | None:
    from diplomap.extract.tabari import split_code

    if not petrarch or petrarch.startswith(("---", "###")):
        return None
    return split_code(petrarch)[0]


def load_records() -> list[Record]:
    root = ET.parse(RECORDS).getroot()
    out = []
    for s in root.iter("Sentence"):
        codings = s.findall("EventCoding")
        expected = tuple(Expected(diplomap_code(e.get("sourcecode", "")), diplomap_code(e.get("targetcode", "")),
                                  e.get("eventcode", ""),
                                  f"{e.get('sourcecode')} {e.get('targetcode')} {e.get('eventcode')}")
                         for e in codings if e.get("eventcode"))  # fmt: skip
        d = s.get("date", "").strip()
        out.append(Record(s.get("id", "").strip(), s.get("category", "").strip(),
                          s.get("sentence", "true").strip() == "true", f"{d[:4]}-{d[4:6]}-{d[6:8]}",
                          " ".join((s.findtext("Text") or "").split()), expected,
                          any(e.get("noevents") for e in codings), any(e.get("error") for e in codings)))
    return out


def build_actor_file(folder: Path) -> tuple[Path, list[str]]:
    from diplomap.extract.tabari import convert_file, dump_yaml, merge

    results, problems = [], []
    for name in DICTIONARIES:
        data, probs = convert_file(DATA / name)
        results.append(data)
        problems += [f"{name}:{p.line}: {p.reason}" for p in probs]
    path = folder / "petrarch-validation-actors.yaml"
    path.write_text(dump_yaml(merge(results)), encoding="utf-8")
    return path, problems


def code_record(rec: Any, coder: Any, r: Record) -> list[Coded]:
    from diplomap.model import PartialDate

    mentions = rec.recognise(r.text, document_id=r.id, date=r.date, places=True)
    out = []
    for x in coder.code(r.text, mentions, r.id, PartialDate(r.date, "day"), None):
        actors, recipients = frozenset(a.code for a in x.actors), frozenset(a.code for a in x.recipients)
        desc = (f"{'+'.join(sorted(actors))} {'+' if x.joint else '→'} {'+'.join(sorted(recipients)) or '-'} "
                f"{x.cameo} [{r.text[x.trigger_start:x.trigger_end]}] {x.status}{' neutral' if x.neutral else ''}"
                f" ({x.rule})")
        out.append(Coded(actors, recipients, bool(x.joint), x.cameo, bool(x.neutral), desc))
    return out


def parties_match(c: Coded, e: Expected) -> bool:
    if c.joint:
        both = c.actors | c.recipients
        return e.source in both and e.target in both and e.source != e.target
    if e.source not in c.actors:
        return False
    return not c.recipients if e.target is None else e.target in c.recipients


def reproduced(coded: list[Coded], e: Expected) -> tuple[bool, bool, bool]:
    """(exact code, root, any code) reproduced by some report with the expected parties."""
    hits = [c for c in coded if parties_match(c, e)]
    return any(c.cameo == e.code for c in hits), any(c.cameo[:2] == e.code[:2] for c in hits), bool(hits)


@dataclass(slots=True)
class Tally:
    n: Counter[str]

    def add(self, r: Record, coded: list[Coded], cameo_codes: set[str]) -> None:
        n = self.n
        n["records"] += 1
        if r.noevents:
            n["noevents"] += 1
            n["noevents_empty"] += not coded
            n["noevents_no_nonneutral"] += all(c.neutral for c in coded)
        for e in r.expected:
            exact, root, dyad = reproduced(coded, e)
            n["expected"] += 1
            n["exact"] += exact
            n["root"] += root
            n["dyad"] += dyad
            if e.code in cameo_codes:
                n["expected_cameo"] += 1
                n["exact_cameo"] += exact
                n["root_cameo"] += root
        n["records_with_expected"] += bool(r.expected)
        n["records_all_exact"] += bool(r.expected) and all(reproduced(coded, e)[0] for e in r.expected)

    def summary(self) -> dict[str, Any]:
        n = self.n

        def share(a: str, b: str) -> float | None:
            return n[a] / n[b] if n[b] else None

        return {"records": n["records"], "expected": n["expected"], "exact": share("exact", "expected"),
                "root": share("root", "expected"), "dyad": share("dyad", "expected"),
                "expected_cameo_codes": n["expected_cameo"],
                "exact_cameo": share("exact_cameo", "expected_cameo"),
                "root_cameo": share("root_cameo", "expected_cameo"),
                "records_all_exact": share("records_all_exact", "records_with_expected"),
                "noevents": n["noevents"], "noevents_empty": share("noevents_empty", "noevents"),
                "noevents_no_nonneutral": share("noevents_no_nonneutral", "noevents"), "counts": dict(n)}


def record_errors(r: Record, coded: list[Coded]) -> dict[str, Any] | None:
    missing = [e.raw for e in r.expected if not reproduced(coded, e)[0]]
    spurious = r.noevents and any(not c.neutral for c in coded)
    if not missing and not spurious:
        return None
    cls = "noevents record coded" if spurious else ("nothing coded" if not coded else
                                                      "coded, expected coding not reproduced")
    return {"id": r.id, "category": r.category, "class": cls, "text": r.text, "missing": missing,
            "reports": [c.desc for c in coded]}


def print_tables(sums: dict[str, dict[str, Any]]) -> None:
    keys = ["records", "expected", "exact", "root", "dyad", "expected_cameo_codes", "exact_cameo", "root_cameo",
            "records_all_exact", "noevents", "noevents_empty", "noevents_no_nonneutral"]
    heads = ["n", "expected", "exact", "root", "dyad", "CAMEO-coded exp.", "exact", "root", "all exact", "noevents",
             "empty", "no non-neutral"]
    print(table(["records", *heads], [[k, *[s[x] for x in keys]] for k, s in sums.items()],
                title="Expected (source, target, code) codings reproduced (dyad: the parties, any code); "
                      "noevents records left empty"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show-errors", action="store_true", help="list every record not fully reproduced")
    args = ap.parse_args(argv)
    for path in (RECORDS, *(DATA / d for d in DICTIONARIES)):
        skip_if_absent(path, NAME)
    fp = fingerprint()
    records = load_records()
    errors_skipped = [r.id for r in records if r.error]
    records = [r for r in records if not r.error]
    from diplomap.extract.events import EventCoder
    from diplomap.extract.recognise import ActorRecogniser

    with tempfile.TemporaryDirectory(prefix="diplomap-petr-") as tmp:
        actor_file, problems = build_actor_file(Path(tmp))
        rec = ActorRecogniser(actor_files=[actor_file])
        coder = EventCoder()
        cameo_codes = set(coder.lex.codes)
        t0 = time.perf_counter()
        coded = {r.id: code_record(rec, coder, r) for r in records}
        elapsed = time.perf_counter() - t0
    groups: dict[str, Tally] = defaultdict(lambda: Tally(Counter()))
    for r in records:
        for key in ("all", "implemented (sentence=true)" if r.implemented else "not implemented (sentence=false)",
                    f"category {r.category}"):
            groups[key].add(r, coded[r.id], cameo_codes)
    order = sorted(groups, key=lambda k: (k != "all", k.startswith("category"), k))
    sums = {k: groups[k].summary() for k in order}
    print(f"records: {len(records)} scored, {len(errors_skipped)} input-error records left out; converter problems: "
          f"{len(problems)}\n")
    print_tables(sums)
    non_cameo = Counter(e.code for r in records for e in r.expected if e.code not in cameo_codes)
    print(f"\nnon-CAMEO expected codes: {dict(non_cameo.most_common())}")
    print(f"{len(records)} records in {elapsed:.1f} s; code+data {fp}")
    errs = [e for r in records if (e := record_errors(r, coded[r.id]))]
    if args.show_errors:
        for e in errs:
            print(f"\n  {e['id']} ({e['category']}) {e['class']}; missing: {', '.join(e['missing']) or '-'}\n"
                  f"  | {e['text']}")
            for line in e["reports"]:
                print(f"      {line}")
        print()
        print(table(["error class", "records"], Counter(e["class"] for e in errs).most_common()))
    data = {"script": "bench/petrarch_validation.py",
            "fingerprint": fp, "coder_version": coder.version, "results": sums, "converter_problems": problems,
            "error_records_left_out": errors_skipped, "non_cameo_expected_codes": dict(non_cameo),
            "code_mapping": "tabari.split_code(code)[0]; ---/### -> no actor; sectors not compared",
            "timing": {"records": len(records), "seconds": elapsed},
            "error_classes": dict(Counter(e["class"] for e in errs).most_common()), "errors": errs}
    path = write_result(NAME, data)
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Actor dictionary and its fast pass: the states an article names, and how (issue 3, first part).

The table is built from the curated entries in ``data/actors/states.yaml`` (names,
abbreviations, demonyms, capitals and dated metonyms with their CAMEO sectors) and, for every
other state, pycountry's exact names (never its fuzzy search: it maps "Republic of Korea" to
PRK). The dictionary pass finds the longest entry at each position, on word boundaries,
case-sensitively (proper nouns and acronyms: "US" is not "us"). Persons, roles by date,
organisations and context resolution of the ambiguous entries come next.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
import yaml

from ..model import Mention


@dataclass(frozen=True, slots=True)
class Entry:
    text: str
    code: str | None
    sector: str | None
    kind: str
    valid_from: str | None = None  # YYYY-MM
    valid_until: str | None = None


def _uninvert(name: str) -> str:
    # pycountry writes "Korea, Republic of"; articles write "Republic of Korea".
    if ", " in name:
        head, _, tail = name.partition(", ")
        return f"{tail} {head}".strip()
    return name


@lru_cache(maxsize=1)
def state_entries() -> tuple[Entry, ...]:
    data = yaml.safe_load(resources.files("diplomap.data.actors").joinpath("states.yaml").read_text("utf-8"))
    entries: list[Entry] = []
    curated = set()
    for state in data["states"]:
        code = state["code"]
        curated.add(code)
        until = str(state["until"]) if state.get("until") else None
        for kind, key in (("state", "names"), ("abbreviation", "abbreviations"), ("demonym", "demonyms")):
            entries += [Entry(t, code, None, kind, None, until) for t in state.get(key) or ()]
        entries += [Entry(t, code, "GOV", "capital", None, until) for t in state.get("capitals") or ()]
        for m in state.get("metonyms") or ():
            entries.append(
                Entry(
                    m["text"],
                    code,
                    m.get("sector"),
                    "metonym",
                    str(m["from"]) if m.get("from") else None,
                    str(m["until"]) if m.get("until") else until,
                )
            )
    for country in pycountry.countries:
        if country.alpha_3 in curated:
            continue
        names = {_uninvert(country.name)}
        for attr in ("official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(_uninvert(value.removeprefix("the ")))
        entries += [Entry(n, country.alpha_3, None, "state") for n in sorted(names)]
    entries += [Entry(t, None, None, "ambiguous") for t in data.get("ambiguous") or ()]
    return tuple(entries)


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, Entry]]:
    by_text: dict[str, Entry] = {}
    for entry in state_entries():
        by_text.setdefault(entry.text, entry)  # curated entries come first and win
    alternatives = sorted(by_text, key=len, reverse=True)  # longest first: "North Korea" before "Korea"
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in alternatives) + r")(?![\w])")
    return pattern, by_text


def is_current(entry: Entry, date: str) -> bool:
    """Whether an entry named its actor at ``date`` (YYYY or YYYY-MM)."""
    month = date[:7]
    return not ((entry.valid_until and month > entry.valid_until) or (entry.valid_from and month < entry.valid_from))


def entry_for(text: str) -> Entry | None:
    return _matcher()[1].get(text)


def find_state_mentions(text: str, document_id: str = "", date: str | None = None) -> Iterator[Mention]:
    """Dictionary pass over a text. ``date`` (YYYY or YYYY-MM) drops metonyms outside their time
    ("the Blue House" in 2024 is a museum, not the government)."""
    pattern, by_text = _matcher()
    for m in pattern.finditer(text):
        entry = by_text[m.group(0)]
        # A metonym outside its time names no government; a historic state named after its end
        # is still a mention (an anachronism the document should be warned about, not dropped).
        if entry.kind == "metonym" and date and not is_current(entry, date):
            continue
        yield Mention(
            document_id,
            m.start(),
            m.end(),
            m.group(0),
            entry.code,
            entry.sector,
            kind=entry.kind,
            confidence=0.5 if entry.code is None else 1.0,
        )

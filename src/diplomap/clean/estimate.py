"""``published_estimate``: placing an undated document in time from its own content.

The estimate is a lower bound at year precision: the text was written no earlier than the
latest past date it mentions and the first year in office of the office-holders it names with
their title. Dates in sentences about the future or the hypothetical ("could be finalised in
2018", "next year") are not evidence. Always marked as an estimate, with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..model import PartialDate
from ..yamldata import load_yaml

_YEAR = re.compile(r"(?<![\w/.-])(19[5-9]\d|20[0-4]\d)(?![\w/-])")
_FUTURE = re.compile(
    r"\b(will|would|could|may|might|shall|should|plans? to|planned|expected to|aims? to|"
    r"by|until|before|next|upcoming|scheduled|due to|gears? up|ahead of|prepar\w+ for|forthcoming)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Office:
    pattern: re.Pattern[str]
    holder: str
    office: str
    start: str


@lru_cache(maxsize=1)
def _offices() -> tuple[Office, ...]:
    data = load_yaml(resources.files("diplomap.data").joinpath("offices.yaml").read_text("utf-8"))
    return tuple(
        Office(re.compile(rf"\b(?:{o['pattern']})\b"), o["holder"], o["office"], str(o["start"]))
        for o in data["offices"]
    )


def estimate_date(text: str) -> tuple[PartialDate, str] | None:
    latest_year: int | None = None
    for sentence in _SENTENCE.split(text):
        years = [int(y) for y in _YEAR.findall(sentence)]
        if not years:
            continue
        if _FUTURE.search(sentence):
            # keep only years that come before the future marker ("in 2017 … will …" is still past)
            marker = _FUTURE.search(sentence)
            assert marker is not None
            years = [int(y) for y in _YEAR.findall(sentence[: marker.start()])]
        if years:
            latest_year = max(latest_year or 0, *years)
    evidence: list[tuple[int, str]] = []
    if latest_year:
        evidence.append((latest_year, f"latest past year mentioned: {latest_year}"))
    for office in _offices():
        if office.pattern.search(text):
            year = int(office.start[:4])
            evidence.append((year, f"names {office.holder} ({office.office} from {office.start})"))
    if not evidence:
        return None
    year = max(y for y, _ in evidence)
    reasons = [why for y, why in evidence if y == year]
    return PartialDate(str(year), "year"), "no earlier than " + "; ".join(reasons)

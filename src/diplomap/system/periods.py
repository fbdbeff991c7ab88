"""Period strings (CONTRACTS.md): year ``2024``, quarter ``2024-Q2``, month ``2024-06``."""

from __future__ import annotations

import re
from typing import Literal

Resolution = Literal["year", "quarter", "month"]
RESOLUTIONS: tuple[Resolution, ...] = ("year", "quarter", "month")
_PERIOD = re.compile(r"^(\d{4})(?:-Q([1-4])|-(\d{2}))?$")


def period_of(date: str | None, precision: str | None, resolution: Resolution) -> str | None:
    """The period holding a date, or None when the date is too coarse to say (an event known
    only by its year has no quarter)."""
    if not date:
        return None
    year = date[:4]
    if resolution == "year":
        return year
    if precision not in ("month", "day") or len(date) < 7:
        return None
    month = int(date[5:7])
    if resolution == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    return date[:7]


def resolution_of(period: str) -> Resolution:
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(f"not a period: {period!r} (use 2024, 2024-Q2 or 2024-06)")
    return "quarter" if match.group(2) else "month" if match.group(3) else "year"


def sort_key(period: str) -> tuple[int, int]:
    """Chronological order within one resolution (and years before their quarters)."""
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(f"not a period: {period!r}")
    year, quarter, month = match.groups()
    sub = int(quarter) * 3 - 2 if quarter else int(month) if month else 0
    return int(year), sub


def contains(period: str, date: str | None) -> bool:
    """Whether a date (any precision) lies inside a period."""
    if not date:
        return False
    resolution = resolution_of(period)
    if resolution == "quarter":
        precision = "day" if len(date) >= 10 else "month" if len(date) >= 7 else "year"
        return period_of(date, precision, "quarter") == period
    return date.startswith(period)

"""The outlet registry (``data/outlets.yaml``) and naming an outlet from a URL or from text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from ..yamldata import load_yaml


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domains: tuple[str, ...]
    country: str | None
    state_media: bool
    republishes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutletRegistry:
    outlets: tuple[Outlet, ...]
    #: domain → outlet, built once (for_url runs for every document)
    by_domain: dict[str, Outlet] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_domain", {d: o for o in self.outlets for d in o.domains})

    def facts_by_name(self) -> dict[str, tuple[str | None, bool]]:
        """Outlet name → (country, state media): what framing shows beside each outlet."""
        return {o.name: (o.country, o.state_media) for o in self.outlets}

    def for_url(self, url: str | None) -> Outlet | None:
        host = host_of(url)
        if not host:
            return None
        table = self.by_domain
        parts = host.split(".")
        for i in range(len(parts) - 1):  # news.example.com → example.com
            found = table.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def named_in(self, line: str) -> Outlet | None:
        """An outlet whose name or domain appears in a line (word-bounded)."""
        for outlet in self.outlets:
            for token in (outlet.name, *outlet.domains):
                if re.search(rf"(?<![\w.]){re.escape(token)}(?![\w])", line, re.I):
                    return outlet
        return None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return re.sub(r"^(www\d?|m|amp|mobile)\.", "", host.lower())


@lru_cache(maxsize=1)
def default_registry() -> OutletRegistry:
    data = load_yaml(resources.files("diplomap.data").joinpath("outlets.yaml").read_text("utf-8"))
    return OutletRegistry(
        tuple(
            Outlet(
                o["name"],
                tuple(o.get("domains", ())),
                o.get("country"),
                bool(o.get("state_media")),
                tuple(o.get("republishes", ())),
            )
            for o in data["outlets"]
        )
    )

"""diplomap: read news and analysis about international affairs; keep an evidence-linked model
of the system of states they describe."""

from ._version import __version__
from .api import RunSummary, actor_mentions, event_reports, forget, real_world_events, recode, reuse_pairs, run
from .config import Settings, load_settings
from .errors import DiplomapError
from .model import Document, Draft, PartialDate, RawInput, Rejection
from .store import Store

__all__ = [
    "DiplomapError",
    "Document",
    "Draft",
    "PartialDate",
    "RawInput",
    "Rejection",
    "RunSummary",
    "Settings",
    "Store",
    "__version__",
    "actor_mentions",
    "event_reports",
    "forget",
    "load_settings",
    "real_world_events",
    "recode",
    "reuse_pairs",
    "run",
]

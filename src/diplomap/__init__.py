"""diplomap: read news and analysis about international affairs; keep an evidence-linked model
of the system of states they describe."""

from ._version import __version__
from .analysis import (
    changes,
    explain,
    framing,
    framing_of_event,
    hedging_of,
    network,
    networks,
    relations,
    turning_points,
)
from .api import (
    RunSummary,
    actor_mentions,
    code_text,
    event_reports,
    forget,
    real_world_events,
    recode,
    reuse_pairs,
    run,
    text_coder,
)
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
    "changes",
    "code_text",
    "event_reports",
    "explain",
    "forget",
    "framing",
    "framing_of_event",
    "hedging_of",
    "load_settings",
    "network",
    "networks",
    "real_world_events",
    "recode",
    "relations",
    "reuse_pairs",
    "run",
    "text_coder",
    "turning_points",
]

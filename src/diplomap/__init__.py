"""diplomap: read news and analysis about international affairs; keep an evidence-linked model
of the system of states they describe."""

from ._version import __version__
from .api import RunSummary, forget, run
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
    "forget",
    "load_settings",
    "run",
]

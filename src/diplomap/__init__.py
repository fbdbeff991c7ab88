"""diplomap: read news and analysis about international affairs; keep an evidence-linked model
of the system of states they describe."""

from .api import RunSummary, forget, run
from .config import Settings, load_settings
from .errors import DiplomapError
from .model import Document, Draft, PartialDate, RawInput, Rejection
from .store import Store

__version__ = "0.1.0"

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

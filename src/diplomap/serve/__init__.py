"""`diplomap serve`: a local dashboard and HTTP API over a store (README "Dashboard and API")."""

from .app import create_app
from .hub import ServeOptions
from .security import check_bind

__all__ = ["ServeOptions", "check_bind", "create_app"]

"""`diplomap serve`: a local dashboard and HTTP API over a store (README "Dashboard and API")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .hub import ServeOptions
    from .security import check_bind

__all__ = ["ServeOptions", "check_bind", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use: every CLI command imports ``serve.client`` (to ask whether a server
    # holds the store), and the app's web framework costs a few tenths of a second to import.
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "ServeOptions":
        from .hub import ServeOptions

        return ServeOptions
    if name == "check_bind":
        from .security import check_bind

        return check_bind
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

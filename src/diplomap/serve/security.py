"""Who may talk to the server, and the headers every answer carries.

* **Token.** When the server has a token, every request needs it: ``Authorization: Bearer
  TOKEN``, ``?token=TOKEN``, or the cookie the server sets on a page opened with ``?token=`` (so
  the dashboard's own links and requests work without repeating it). A non-local bind requires
  a token (``check_bind``).
* **Host.** Without a token, only requests addressed to a loopback name are served: a web page
  elsewhere cannot reach the API by pointing its own domain name at 127.0.0.1 (DNS rebinding).
* **Cross-site writes.** A POST or DELETE that a browser says comes from another origin is
  refused (another site's form cannot upload into the store or add a watch).
* **Headers.** A strict Content-Security-Policy (scripts only from the server's own files, no
  inline script; data reach pages as JSON), no sniffing, no framing, no referrer.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..errors import DiplomapError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "diplomap_token"
# Plotly sets inline styles on the elements it draws (and adds a <style> element): styles may be
# inline; scripts may not.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_local(host: str) -> bool:
    name = host.strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """A server reachable from other machines must have a token."""
    if not is_local(host) and not token:
        raise DiplomapError(f"--host {host} makes the server reachable from other machines: give it a --token")
    if token is not None and len(token) < 16:
        raise DiplomapError("the token must be at least 16 characters")


def _host_name(value: str) -> str:
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """Pure ASGI middleware (no per-request task switch: it is in every request's path)."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        set_cookie = False
        if self.token is None:
            if not is_local(_host_name(headers.get("host", ""))):
                await _deny(send, 421, "requests must be addressed to localhost or 127.0.0.1")
                return
        else:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            given = _bearer(headers.get("authorization", ""))
            from_query = (query.get("token") or [None])[0]
            from_cookie = _cookie(headers.get("cookie", ""))
            expected = self.token.encode()
            if not any(t and hmac.compare_digest(t.encode(), expected) for t in (given, from_query, from_cookie)):
                await _deny(send, 401, "a token is required: Authorization: Bearer TOKEN, or ?token=TOKEN",
                            [(b"www-authenticate", b'Bearer realm="diplomap"')])  # fmt: skip
                return
            set_cookie = bool(from_query) and from_cookie != self.token
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if origin is not None and urlsplit(origin).netloc.lower() != headers.get("host", "").lower():
                await _deny(send, 403, "cross-origin writes are refused")
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = list(HEADERS)
                if set_cookie and self.token:
                    extra.append((b"set-cookie", f"{COOKIE}={self.token}; Path=/; HttpOnly; SameSite=Strict".encode()))
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _bearer(value: str) -> str | None:
    scheme, _, rest = value.partition(" ")
    return rest.strip() if scheme.lower() == "bearer" and rest.strip() else None


def _cookie(value: str) -> str | None:
    if not value:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(value)
    except Exception:  # a malformed cookie header is no token
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel else None


async def _deny(send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    body = ('{"detail": "' + detail.replace('"', "'") + '"}').encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *HEADERS, *(extra or [])]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})

"""Cross-origin access for browser code under development on this machine.

A page served from ``localhost``, a ``*.localhost`` name, ``127.0.0.1`` or ``[::1]``
(any port, http or https), such as a frontend dev server, may call the sandbox
from the browser: its preflight is answered and every response names its origin
in ``Access-Control-Allow-Origin``. Any other origin gets no CORS header at all, so
the browser keeps the response from it; its preflight is refused with 403.

The grant covers bearer tokens sent in ``Authorization`` (listed in the preflight
answer), not cookies: the sandbox sets none, so it never allows credentials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final
from urllib.parse import urlsplit

from werkzeug.datastructures import Headers

REFUSAL: Final = (
    "Cross-origin requests are allowed only from pages served by localhost, "
    "127.0.0.1 or [::1] (any port)."
)
PREFLIGHT_MAX_AGE: Final = 600
EXPOSED_HEADERS: Final = ("X-Request-ID", "Retry-After", "WWW-Authenticate", "Location")
_LOOPBACK: Final = frozenset({"localhost", "127.0.0.1", "::1"})
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def allowed_origin(origin: str | None) -> str | None:
    """``origin`` if it is a page on this machine, else None."""
    if not origin or len(origin) > 255:
        return None
    try:
        parts = urlsplit(origin)
        host, _ = parts.hostname, parts.port  # .port raises on a bad port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or host is None:
        return None
    if parts.username is not None or parts.password is not None:
        return None
    if parts.path or parts.query or parts.fragment:  # an origin is scheme, host and port only
        return None
    if host in _LOOPBACK or host.endswith(".localhost"):
        return origin
    return None


def grant(headers: Headers, origin: str) -> None:
    """Let the page at ``origin`` read this response and the headers a client needs."""
    headers["Access-Control-Allow-Origin"] = origin
    headers["Access-Control-Expose-Headers"] = ", ".join(EXPOSED_HEADERS)
    vary(headers, "Origin")


def preflight(headers: Headers, request: Headers, methods: Iterable[str]) -> None:
    """Answer a preflight from an allowed origin: the path's methods, the headers asked for."""
    headers["Access-Control-Allow-Methods"] = ", ".join(sorted({*methods, "OPTIONS"}))
    asked = [
        name.strip()
        for name in request.get("Access-Control-Request-Headers", "").split(",")
        if _HEADER_NAME.fullmatch(name.strip())
    ]
    if asked:
        headers["Access-Control-Allow-Headers"] = ", ".join(asked)
    headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    # Chrome asks before a page reaches a more private address space; loopback to loopback
    # needs no such grant, but a page on a *.localhost name may still ask.
    if request.get("Access-Control-Request-Private-Network", "").lower() == "true":
        headers["Access-Control-Allow-Private-Network"] = "true"
    vary(headers, "Access-Control-Request-Method", "Access-Control-Request-Headers")


def vary(headers: Headers, *names: str) -> None:
    """Add ``names`` to the ``Vary`` header, once each."""
    present = [v.strip() for v in headers.get("Vary", "").split(",") if v.strip()]
    merged = list(dict.fromkeys([*present, *names]))
    headers["Vary"] = ", ".join(merged)

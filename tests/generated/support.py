"""Expectation helpers for talking to the generated client through pytest-httpserver."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pytest_httpserver import HTTPServer, RequestHandler
from pytest_httpserver.httpserver import UNDEFINED

# A made-up bearer token: the generated client must send exactly this, nothing else.
TOKEN = "test-token-6f1d2c"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "/api/v1/external"


def expect(
    server: HTTPServer,
    method: str,
    path: str,
    *,
    query: str | Mapping[str, str] = "",
    json: Any = UNDEFINED,
    ordered: bool = False,
) -> RequestHandler:
    """Expect one request, matched on every part the client controls.

    `query` is compared exactly: a string byte for byte, a mapping key for key, so a
    filter the caller omitted must be absent. A request without `json` must have an
    empty body. Anything else falls through to the server's no-handler status, which
    the client turns into an error and the server records as a failed assertion.
    """
    kwargs: dict[str, Any] = {
        "method": method,
        "query_string": query,
        "headers": AUTH,
    }
    if json is UNDEFINED:
        kwargs["data"] = b""
    else:
        kwargs["json"] = json
        kwargs["headers"] = {**AUTH, "Content-Type": "application/json"}
    if ordered:
        return server.expect_ordered_request(path, **kwargs)
    return server.expect_oneshot_request(path, **kwargs)

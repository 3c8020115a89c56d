"""A local Meemo stand-in and generated clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from meemo_api_client import AuthenticatedClient
from pytest_httpserver import HTTPServer

from tests.generated.support import TOKEN

# No operation documents 418, so a request that matches no expectation becomes an
# `UnexpectedStatus` in the client instead of an error body it might parse.
UNMATCHED_STATUS = 418


@pytest.fixture
def server(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """The shared pytest-httpserver; the test fails if a request went unmatched or never came."""
    httpserver.no_handler_status_code = UNMATCHED_STATUS
    try:
        yield httpserver
        httpserver.check_assertions()
        httpserver.check_handler_errors()
        pending = [h.matcher for h in (*httpserver.oneshot_handlers, *httpserver.ordered_handlers)]
        assert not pending, f"expected requests never arrived: {pending}"
    finally:
        httpserver.clear()  # also restores the no-handler status for other suites


def _make_client(server: HTTPServer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.url_for("/"),
        token=TOKEN,
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(5.0),
    )


@pytest.fixture
def client(server: HTTPServer) -> Iterator[AuthenticatedClient]:
    with _make_client(server) as api:
        yield api


@pytest.fixture
async def async_client(server: HTTPServer) -> AsyncIterator[AuthenticatedClient]:
    async with _make_client(server) as api:
        yield api

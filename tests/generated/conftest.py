"""A local Meemo stand-in and generated clients pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from meemo_api_client import AuthenticatedClient
from pytest_httpserver import HTTPServer

from tests.generated.support import TOKEN
from tests.harness.fixtures import UNMATCHED_STATUS, server

__all__ = [
    "UNMATCHED_STATUS",
    "server",
]  # the shared fixture: unmatched requests get 418, which no operation
# documents, so the generated client raises `UnexpectedStatus` instead of parsing an error body


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

"""Fixtures for the overlay's tests: the stand-in server, its token endpoint, both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from meemo_sdk import _auth, _retry
from pytest_httpserver import HTTPServer

from tests.overlay.support import ENV_VARS, FakeClock, Sdk, TokenEndpoint


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials in the developer's environment must not change what a test sends."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def retry_delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries wait for nothing; the delays they asked for are recorded here."""
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_retry, "sleep", sleep)
    monkeypatch.setattr(_retry, "async_sleep", async_sleep)
    return delays


@pytest.fixture
def server(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """The stand-in; the test fails if a request matched no handler or a handler raised.

    Unmatched requests get 404, which the SDK never retries, so a wrong path fails
    fast with a clear assertion instead of a round of 5xx retries.
    """
    httpserver.no_handler_status_code = 404
    yield httpserver
    httpserver.check_assertions()
    httpserver.check_handler_errors()


@pytest.fixture
def token_endpoint(server: HTTPServer) -> TokenEndpoint:
    return TokenEndpoint(server)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Token expiry is measured on this clock; move it with `advance`, no sleeping."""
    fake = FakeClock()
    monkeypatch.setattr(_auth, "clock", fake)
    return fake


@pytest.fixture(params=["sync", "async"])
async def sdk(request: pytest.FixtureRequest, server: HTTPServer) -> AsyncIterator[Sdk]:
    """The test runs once with `MeemoClient` and once with `AsyncMeemoClient`."""
    flavour: str = request.param
    driver = Sdk(flavour, server)
    try:
        yield driver
    finally:
        await driver.close()

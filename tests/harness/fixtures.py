"""Fixtures shared by the suites that drive the SDK against local servers.

Import them into a suite's conftest.py. Every server listens on 127.0.0.1 and an
ephemeral port; nothing waits on real time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest
from meemo_sdk import _auth, _retry
from pytest_httpserver import HTTPServer

from tests.harness.raw_server import RawRequest, RawServer, Reply

ENV_VARS = ("MEEMO_CLIENT_ID", "MEEMO_CLIENT_SECRET", "MEEMO_BASE_URL", "MEEMO_ACCESS_TOKEN")
# No operation documents 418: an unscripted request fails the call instead of being retried.
UNMATCHED_STATUS = 418


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials in the developer's environment must not change what a test sends."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def delays(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every delay the SDK asked to sleep, in order; nothing actually waits."""
    recorded: list[float] = []

    def record(seconds: float) -> None:
        recorded.append(seconds)

    async def record_async(seconds: float) -> None:
        recorded.append(seconds)
        await asyncio.sleep(0)

    monkeypatch.setattr(_retry, "sleep", record)
    monkeypatch.setattr(_retry, "async_sleep", record_async)
    return recorded


@pytest.fixture
def server(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    """pytest-httpserver; the test fails if a request went unmatched, a handler raised,
    or an expected request never came. Exchanges are checked against openapi.yaml
    (tests/spec_contract.py)."""
    httpserver.no_handler_status_code = UNMATCHED_STATUS
    try:
        yield httpserver
        httpserver.check_assertions()
        httpserver.check_handler_errors()
        pending = [h.matcher for h in (*httpserver.oneshot_handlers, *httpserver.ordered_handlers)]
        assert not pending, f"expected requests never arrived: {pending}"
    finally:
        httpserver.clear()


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[RawRequest], Reply]], RawServer]]:
    """Start `RawServer`s; each is stopped at teardown and must not have failed."""
    servers: list[RawServer] = []

    def start(responder: Callable[[RawRequest], Reply]) -> RawServer:
        servers.append(RawServer(responder))
        return servers[-1]

    yield start
    for raw in servers:
        raw.stop()
    for raw in servers:
        assert not raw.errors, f"server-side failures: {raw.errors}"


class FakeClock:
    """Stands in for `meemo_sdk._auth.clock`: time moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Token expiry is measured on this clock; move it with `advance`, no sleeping."""
    fake = FakeClock()
    monkeypatch.setattr(_auth, "clock", fake)
    return fake

"""Fixtures for the overlay's tests: the shared harness, a token endpoint, both clients."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pytest_httpserver import HTTPServer

from tests.harness.fixtures import _isolated_env, clock, delays, raw_server, server
from tests.overlay.support import Sdk, TokenEndpoint

__all__ = ["_isolated_env", "clock", "delays", "raw_server", "server"]  # shared fixtures


@pytest.fixture
def token_endpoint(server: HTTPServer) -> TokenEndpoint:
    return TokenEndpoint(server)


@pytest.fixture(params=["sync", "async"])
async def sdk(request: pytest.FixtureRequest, server: HTTPServer) -> AsyncIterator[Sdk]:
    """The test runs once with `MeemoClient` and once with `AsyncMeemoClient`."""
    flavour: str = request.param
    driver = Sdk(flavour, server)
    try:
        yield driver
    finally:
        await driver.close()

"""Fixtures for the sandbox tests: a sandbox on a manual clock, and an httpx client that
checks every response (and its X-Request-ID) against openapi.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, Sandbox, SandboxServer
from openapi_core import OpenAPI

from tests.sandbox.support import bearer, token, validate_response

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.fixture(scope="session")
def spec() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(DEFAULT_NOW)


@pytest.fixture
def sandbox(clock: ManualClock) -> Sandbox:
    return Sandbox(clock=clock)


@pytest.fixture
def server(sandbox: Sandbox) -> Iterator[SandboxServer]:
    with SandboxServer(sandbox) as running:
        yield running


@pytest.fixture
def http(server: SandboxServer, spec: OpenAPI) -> Iterator[httpx.Client]:
    """A client whose every response must match openapi.yaml and carry an X-Request-ID."""

    def check(response: httpx.Response) -> None:
        response.read()
        assert response.headers.get("X-Request-ID", "").startswith("req_")
        validate_response(spec, response)

    with httpx.Client(base_url=server.base_url, event_hooks={"response": [check]}) as client:
        yield client


@pytest.fixture
def raw_http(server: SandboxServer) -> Iterator[httpx.Client]:
    """A client for requests outside openapi.yaml (unknown paths, wrong methods)."""
    with httpx.Client(base_url=server.base_url) as client:
        yield client


@pytest.fixture
def auth(http: httpx.Client, server: SandboxServer) -> dict[str, str]:
    return bearer(token(http, server.credentials))


@pytest.fixture
def limited_auth(http: httpx.Client, server: SandboxServer) -> dict[str, str]:
    return bearer(token(http, server.limited_credentials))

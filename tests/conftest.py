"""Fixtures every test suite shares."""

from __future__ import annotations

import pytest

# Every exchange with the `httpserver` fixture is checked against openapi.yaml.
pytest_plugins = ["tests.spec_contract"]


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """Bind pytest-httpserver to loopback on an ephemeral port, never to a public interface."""
    return ("127.0.0.1", 0)

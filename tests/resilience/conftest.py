"""Fault-injection scenarios: one test for both clients, on the shared harness.

The servers (`server`, pytest-httpserver; `raw_server`, `RawServer` for what a
well-behaved server cannot do) and the `delays` recorder come from tests/harness.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterable, Callable, Iterable
from typing import Any

import pytest
from meemo_sdk import AsyncMeemoClient, MeemoClient
from pytest_httpserver import HTTPServer

from tests.harness.fixtures import UNMATCHED_STATUS, _isolated_env, delays, raw_server, server
from tests.harness.raw_server import (
    RawRequest,
    RawServer,
    Reply,
    cut_short,
    hang,
    reset,
    respond,
    script,
)

__all__ = [  # the fixtures, and the harness's servers for this suite's tests
    "UNMATCHED_STATUS",
    "RawRequest",
    "RawServer",
    "Reply",
    "_isolated_env",
    "cut_short",
    "delays",
    "hang",
    "raw_server",
    "reset",
    "respond",
    "script",
    "server",
]

API = "/api/v1/external"
MEETINGS = f"{API}/meeting/"
TOKEN_PATH = "/api/auth/token/"
STATIC_TOKEN = "static-Token-0c4f7e"
CLIENT_ID = "client-id-5b1e"
CLIENT_SECRET = "client-Secret-2d9a6c"


def meeting_path(meeting_id: int) -> str:
    return f"{MEETINGS}{meeting_id}/"


def token_body(token: str) -> dict[str, Any]:
    return {"access_token": token, "token_type": "Bearer", "expires_in": 10800, "scope": "read"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def seen(server: HTTPServer, method: str, path: str) -> int:
    """How many `method path` requests the server received."""
    return sum(1 for request, _ in server.log if (request.method, request.path) == (method, path))


# --- one scenario, both clients ------------------------------------------------------------

# A step takes the client and calls it; on the async client it returns an awaitable.
Step = Callable[[Any], Any]


def drain(items: Iterable[Any] | AsyncIterable[Any]) -> Any:
    """All items of `iter_meetings`: a list, or on the async client an awaitable of one."""
    if isinstance(items, AsyncIterable):

        async def collect() -> list[Any]:
            return [item async for item in items]

        return collect()
    return list(items)


class Api:
    """Runs a scenario on `MeemoClient` or `AsyncMeemoClient`, one client per scenario.

    Client arguments default to a static token and production-like retries; pass
    `client_id=`/`client_secret=` (and `access_token=None`) for the OAuth2 flow.
    """

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async

    def run(self, base_url: str, *steps: Step, **client_kwargs: Any) -> list[Any]:
        """Each step's result, or the exception it raised, in order, on one client."""
        kwargs: dict[str, Any] = {"access_token": STATIC_TOKEN, **client_kwargs}
        if kwargs["access_token"] is None:
            del kwargs["access_token"]
        if self.is_async:
            return asyncio.run(self._run_async(base_url, steps, kwargs))
        outcomes: list[Any] = []
        with MeemoClient(base_url=base_url, **kwargs) as client:
            for step in steps:
                try:
                    outcomes.append(step(client))
                except Exception as exc:
                    outcomes.append(exc)
        return outcomes

    @staticmethod
    async def _run_async(
        base_url: str, steps: tuple[Step, ...], kwargs: dict[str, Any]
    ) -> list[Any]:
        outcomes: list[Any] = []
        async with AsyncMeemoClient(base_url=base_url, **kwargs) as client:
            for step in steps:
                try:
                    result = step(client)
                    outcomes.append(await result if inspect.isawaitable(result) else result)
                except Exception as exc:
                    outcomes.append(exc)
        return outcomes

    def call(self, base_url: str, step: Step, **client_kwargs: Any) -> Any:
        """The step's result on a fresh client; its exception propagates."""
        (outcome,) = self.run(base_url, step, **client_kwargs)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Api:
    return Api(is_async=request.param == "async")

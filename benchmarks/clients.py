"""The three clients under test, behind one small interface.

- `raw`: one pooled `httpx.Client` / `httpx.AsyncClient` plus `json.loads`: the floor,
  doing the least any client must (OAuth token once, bearer header, decode).
- `sdk`: `meemo_sdk.MeemoClient` / `AsyncMeemoClient`, used as the README shows.
- `official`: `meemo.MeemoClient` / `AsyncMeemoClient` 0.0.10 from PyPI, used as its README
  shows. It is imported lazily because only the benchmark venv has it.

Each client gets its OAuth token and opens a connection in `open()` (a warm-up
call), so the timed loops measure steady-state calls only.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import httpx

from . import payloads

CLIENT_NAMES = ("raw", "sdk", "official")
_TOKEN_FORM = {
    "grant_type": "client_credentials",
    "client_id": payloads.CLIENT_ID,
    "client_secret": payloads.CLIENT_SECRET,
}


class SyncDriver(Protocol):
    def get_meeting(self, meeting_id: int) -> object: ...
    def list_meetings(self, page: int) -> object: ...
    def list_calendar_meetings(self, page: int) -> object: ...
    def get_transcript(self, meeting_id: int) -> object: ...
    def close(self) -> None: ...


class AsyncDriver(Protocol):
    async def get_meeting(self, meeting_id: int) -> object: ...
    async def aclose(self) -> None: ...


def _checked(response: httpx.Response) -> Any:
    if response.status_code != 200:
        raise RuntimeError(f"benchmark server answered {response.status_code}")
    return json.loads(response.content)


class RawSync:
    def __init__(self, base_url: str, http: httpx.Client | None = None) -> None:
        self._base = base_url
        self._http = http or httpx.Client()
        token = _checked(self._http.post(f"{base_url}/api/auth/token/", data=_TOKEN_FORM))
        self._headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {token['access_token']}",
        }

    def get_meeting(self, meeting_id: int) -> object:
        return _checked(
            self._http.get(
                f"{self._base}/api/v1/external/meeting/{meeting_id}/", headers=self._headers
            )
        )

    def list_meetings(self, page: int) -> object:
        return _checked(
            self._http.get(
                f"{self._base}/api/v1/external/meeting/",
                params={"page": page, "size": payloads.PAGE_SIZE},
                headers=self._headers,
            )
        )

    def list_calendar_meetings(self, page: int) -> object:
        return _checked(
            self._http.get(
                f"{self._base}/api/v1/external/meeting/",
                params={"from_calendar": "true", "page": page, "size": payloads.PAGE_SIZE},
                headers=self._headers,
            )
        )

    def get_transcript(self, meeting_id: int) -> object:
        return _checked(
            self._http.get(
                f"{self._base}/api/v1/external/meeting/{meeting_id}/transcript/",
                headers=self._headers,
            )
        )

    def close(self) -> None:
        self._http.close()


class RawAsync:
    def __init__(self, base_url: str) -> None:
        self._base = base_url
        self._http = httpx.AsyncClient()
        self._headers: dict[str, str] = {}

    async def open(self) -> None:
        response = await self._http.post(f"{self._base}/api/auth/token/", data=_TOKEN_FORM)
        token = _checked(response)
        self._headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {token['access_token']}",
        }

    async def get_meeting(self, meeting_id: int) -> object:
        response = await self._http.get(
            f"{self._base}/api/v1/external/meeting/{meeting_id}/", headers=self._headers
        )
        return _checked(response)

    async def aclose(self) -> None:
        await self._http.aclose()


class SdkSync:
    def __init__(self, base_url: str, http: httpx.Client | None = None) -> None:
        from meemo_sdk import MeemoClient  # keeps `raw` runs free of the SDK

        if http is None:
            self._client = MeemoClient(payloads.CLIENT_ID, payloads.CLIENT_SECRET, base_url)
        else:
            self._client = MeemoClient(
                payloads.CLIENT_ID, payloads.CLIENT_SECRET, base_url, http_client=http
            )
        self._meetings = self._client.meetings

    def get_meeting(self, meeting_id: int) -> object:
        return self._meetings.get_meeting(meeting_id)

    def list_meetings(self, page: int) -> object:
        return self._meetings.list_meetings(page=page, size=payloads.PAGE_SIZE)

    def list_calendar_meetings(self, page: int) -> object:
        return self._meetings.list_meetings(from_calendar=True, page=page, size=payloads.PAGE_SIZE)

    def get_transcript(self, meeting_id: int) -> object:
        return self._meetings.get_transcript(meeting_id)

    def close(self) -> None:
        self._client.close()


class SdkAsync:
    def __init__(self, base_url: str) -> None:
        from meemo_sdk import AsyncMeemoClient

        self._client = AsyncMeemoClient(payloads.CLIENT_ID, payloads.CLIENT_SECRET, base_url)

    async def open(self) -> None:
        await self._client.meetings.get_meeting(payloads.MEETING_ID)

    async def get_meeting(self, meeting_id: int) -> object:
        return await self._client.meetings.get_meeting(meeting_id)

    async def aclose(self) -> None:
        await self._client.aclose()


def official_module() -> Any:
    """The official `meemo` package, or ImportError outside the benchmark venv."""
    return importlib.import_module("meemo")


class OfficialSync:
    def __init__(self, base_url: str) -> None:
        meemo = official_module()
        self._client = meemo.MeemoClient(
            client_id=payloads.CLIENT_ID, client_secret=payloads.CLIENT_SECRET, base_url=base_url
        )
        self._meetings = self._client.meetings

    def get_meeting(self, meeting_id: int) -> object:
        return self._meetings.get_meeting(meeting_id)

    def list_meetings(self, page: int) -> object:
        return self._meetings.list_meetings(page=page, size=payloads.PAGE_SIZE)

    def list_calendar_meetings(self, page: int) -> object:
        return self._meetings.list_meetings(from_calendar=True, page=page, size=payloads.PAGE_SIZE)

    def get_transcript(self, meeting_id: int) -> object:
        return self._meetings.get_transcript(meeting_id)

    def close(self) -> None:
        """Nothing to release: the official client opens and closes an httpx client per call."""


class OfficialAsync:
    def __init__(self, base_url: str) -> None:
        meemo = official_module()
        self._client = meemo.AsyncMeemoClient(
            client_id=payloads.CLIENT_ID, client_secret=payloads.CLIENT_SECRET, base_url=base_url
        )

    async def open(self) -> None:
        await self._client.meetings.get_meeting(payloads.MEETING_ID)

    async def get_meeting(self, meeting_id: int) -> object:
        return await self._client.meetings.get_meeting(meeting_id)

    async def aclose(self) -> None:
        """Nothing to release: the official client opens and closes an httpx client per call."""


def open_sync(name: str, base_url: str) -> SyncDriver:
    """A connected client that already holds its token."""
    driver: SyncDriver
    if name == "raw":
        driver = RawSync(base_url)
    elif name == "sdk":
        driver = SdkSync(base_url)
    elif name == "official":
        driver = OfficialSync(base_url)
    else:
        raise ValueError(f"unknown client {name!r}")
    driver.get_meeting(payloads.MEETING_ID)  # token + connection, outside any timing
    return driver


def open_async(name: str, base_url: str) -> Callable[[], Awaitable[AsyncDriver]]:
    async def opened() -> AsyncDriver:
        driver: RawAsync | SdkAsync | OfficialAsync
        if name == "raw":
            driver = RawAsync(base_url)
        elif name == "sdk":
            driver = SdkAsync(base_url)
        elif name == "official":
            driver = OfficialAsync(base_url)
        else:
            raise ValueError(f"unknown client {name!r}")
        await driver.open()
        await driver.get_meeting(payloads.MEETING_ID)
        return driver

    return opened


async def concurrent_burst(name: str, base_url: str, calls: int) -> dict[str, float]:
    """Wall and CPU seconds for `calls` concurrent get_meeting calls on one warmed-up client."""
    driver = await open_async(name, base_url)()
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(driver.get_meeting(n) for n in range(1, calls + 1)))
        return {
            "wall_s": time.perf_counter() - wall,
            "cpu_s": time.process_time() - cpu,
            "calls": calls,
        }
    finally:
        await driver.aclose()

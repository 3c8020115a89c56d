"""One client, many callers: every answer reaches the caller that asked, through a bounded pool."""

from __future__ import annotations

import asyncio
import re
import threading
from typing import Any

import httpx
import meemo_sdk

from tests import payloads
from tests.resilience.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    TOKEN_PATH,
    RawRequest,
    RawServer,
    Reply,
    respond,
    token_body,
)

_MEETING_PATH = re.compile(r"/api/v1/external/meeting/(\d+)/")
TOKEN = "tok-concurrent-7e21"


class MeetingEcho:
    """Answers a token request, and each get_meeting with that very meeting id.

    With `hold_until` set, no meeting is answered before that many connections are
    open at once: proof that the client really used that many in parallel.
    """

    def __init__(self, hold_until: int | None = None) -> None:
        self.hold_until = hold_until
        self.pool_filled = threading.Event()
        self.server: RawServer | None = None

    def __call__(self, request: RawRequest) -> Reply:
        if request.path == TOKEN_PATH:
            return respond(200, token_body(TOKEN))
        match = _MEETING_PATH.fullmatch(request.path)
        assert match, request.target
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        meeting_id = int(match.group(1))
        if self.hold_until is not None:
            assert self.server is not None
            if self.server.open_connections >= self.hold_until:
                self.pool_filled.set()
            self.pool_filled.wait(timeout=10)
        body = payloads.meeting_detail() | {"id": meeting_id, "title": f"Meeting {meeting_id}"}
        return respond(200, body, headers={"X-Request-ID": f"req-{meeting_id}"})


async def test_async_client_serves_500_concurrent_calls_through_a_bounded_pool(
    raw_server: Any,
) -> None:
    max_connections = 8
    echo = MeetingEcho(hold_until=max_connections)
    echo.server = server = raw_server(echo)
    ids = range(1, 501)

    async with meemo_sdk.AsyncMeemoClient(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url=server.url,
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=8),
    ) as client:
        meetings = await asyncio.gather(*(client.meetings.get_meeting(i) for i in ids))

    assert [m.id for m in meetings] == list(ids)
    assert [m.title for m in meetings] == [f"Meeting {i}" for i in ids]
    assert echo.pool_filled.is_set()  # all eight connections were in use together...
    assert server.max_open_connections == max_connections  # ...and never more
    assert server.connections_accepted == max_connections  # kept alive, not reopened
    assert server.seen("POST", TOKEN_PATH) == 1  # one token for 500 callers
    assert len(server.requests) == 501


def test_sync_client_is_safe_to_share_across_threads(raw_server: Any) -> None:
    server: RawServer = raw_server(MeetingEcho())
    threads, calls = 16, 20
    start = threading.Barrier(threads)
    results: dict[int, list[tuple[int, int]]] = {}
    failures: list[BaseException] = []

    def work(worker: int, client: meemo_sdk.MeemoClient) -> None:
        try:
            start.wait(timeout=10)  # all threads ask for the first token together
            wanted = [worker * 1000 + n for n in range(1, calls + 1)]
            results[worker] = [(i, client.meetings.get_meeting(i).id) for i in wanted]
        except BaseException as exc:
            failures.append(exc)

    with meemo_sdk.MeemoClient(CLIENT_ID, CLIENT_SECRET, base_url=server.url) as client:
        pool = [threading.Thread(target=work, args=(w, client)) for w in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join(timeout=30)

    assert failures == []
    assert sorted(results) == list(range(threads))
    for pairs in results.values():
        assert len(pairs) == calls
        assert all(asked == got for asked, got in pairs)
    assert server.seen("POST", TOKEN_PATH) == 1
    assert len(server.requests) == threads * calls + 1

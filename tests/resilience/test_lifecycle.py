"""A client's life: closed (before or during a call), moved to another event loop, forked.

Each ends in a typed error or simply works; never in a raw `RuntimeError`, a call hung on
a socket nobody will answer, or a response read by the wrong process.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import threading
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.harness.raw_server import RawRequest, RawServer, Reply, respond
from tests.resilience.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    STATIC_TOKEN,
    TOKEN_PATH,
    meeting_path,
    seen,
    token_body,
)

MEETING = meeting_path(payloads.MEETING_ID)
# Long enough for a loaded machine; a broken guarantee fails the test instead of hanging it.
WAIT = 10.0


def get_meeting(client: Any, meeting_id: int = payloads.MEETING_ID) -> Any:
    return client.meetings.get_meeting(meeting_id)


def serve_meeting(server: HTTPServer) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(payloads.meeting_detail())


# --- closed -------------------------------------------------------------------------------


def test_a_closed_client_raises_a_typed_error_and_sends_nothing(server: HTTPServer) -> None:
    client = meemo_sdk.MeemoClient(base_url=server.url_for(""), access_token=STATIC_TOKEN)
    copy = client.with_options(max_retries=0)
    client.close()

    for closed in (client, copy):
        with pytest.raises(meemo_sdk.APIConnectionError, match="client is closed"):
            get_meeting(closed)
    assert server.log == []


async def test_a_closed_async_client_raises_a_typed_error_and_sends_nothing(
    server: HTTPServer,
) -> None:
    client = meemo_sdk.AsyncMeemoClient(base_url=server.url_for(""), access_token=STATIC_TOKEN)
    copy = client.with_options(max_retries=0)
    await client.aclose()

    for closed in (client, copy):
        with pytest.raises(meemo_sdk.APIConnectionError, match="client is closed"):
            await get_meeting(closed)
    assert server.log == []


def test_closing_a_client_with_an_own_http_client_closes_the_client_only(
    server: HTTPServer,
) -> None:
    http = httpx.Client()
    client = meemo_sdk.MeemoClient(
        base_url=server.url_for(""), access_token=STATIC_TOKEN, http_client=http
    )
    client.close()

    with pytest.raises(meemo_sdk.APIConnectionError, match="client is closed"):
        get_meeting(client)
    assert not http.is_closed  # the caller's to close
    http.close()


def test_a_call_after_the_callers_http_client_was_closed_is_typed(server: HTTPServer) -> None:
    http = httpx.Client()
    client = meemo_sdk.MeemoClient(
        base_url=server.url_for(""), access_token=STATIC_TOKEN, http_client=http
    )
    http.close()

    with pytest.raises(meemo_sdk.APIConnectionError, match="client is closed"):
        get_meeting(client)


@pytest.fixture
def held_request(
    raw_server: Callable[..., RawServer],
) -> tuple[RawServer, threading.Event]:
    """A server that takes the request, then answers nothing until it stops."""
    arrived = threading.Event()

    def hold(conn: socket.socket, stopping: threading.Event) -> bool:
        arrived.set()
        stopping.wait(30)
        return False

    return raw_server(lambda request: hold), arrived


def test_closing_the_client_ends_a_call_in_flight(
    held_request: tuple[RawServer, threading.Event],
) -> None:
    raw, arrived = held_request
    client = meemo_sdk.MeemoClient(base_url=raw.url, access_token=STATIC_TOKEN, timeout=60)
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            get_meeting(client)
        except BaseException as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    assert arrived.wait(WAIT)
    client.close()
    caller.join(WAIT)

    assert not caller.is_alive(), "close() left the call blocked on its socket"
    (error,) = outcome
    assert isinstance(error, meemo_sdk.APIConnectionError), repr(error)


async def test_closing_the_async_client_ends_a_call_in_flight(
    held_request: tuple[RawServer, threading.Event],
) -> None:
    raw, arrived = held_request
    client = meemo_sdk.AsyncMeemoClient(base_url=raw.url, access_token=STATIC_TOKEN, timeout=60)

    call = asyncio.create_task(get_meeting(client))
    assert await asyncio.to_thread(arrived.wait, WAIT)
    await client.aclose()

    with pytest.raises(meemo_sdk.APIConnectionError):
        await asyncio.wait_for(call, WAIT)


# --- event loops --------------------------------------------------------------------------


def test_an_async_client_works_in_one_asyncio_run_after_another(
    raw_server: Callable[..., RawServer],
) -> None:
    # A keep-alive server: the first loop leaves a pooled connection bound to itself.
    raw = raw_server(lambda request: respond(200, payloads.meeting_detail()))
    client = meemo_sdk.AsyncMeemoClient(base_url=raw.url, access_token=STATIC_TOKEN)

    first = asyncio.run(get_meeting(client))
    second = asyncio.run(get_meeting(client))  # the first loop and its connections are gone

    assert first.id == second.id == payloads.MEETING_ID
    assert raw.connections_accepted == 2
    asyncio.run(client.aclose())
    with pytest.raises(meemo_sdk.APIConnectionError, match="client is closed"):
        asyncio.run(get_meeting(client))
    assert raw.seen("GET", MEETING) == 2


def test_a_token_fetch_works_again_on_a_new_event_loop(server: HTTPServer) -> None:
    serve_meeting(server)
    server.expect_request(TOKEN_PATH, method="POST").respond_with_json(token_body("tok-1"))
    client = meemo_sdk.AsyncMeemoClient(
        CLIENT_ID, CLIENT_SECRET, base_url=server.url_for(""), max_retries=0
    )

    async def concurrently() -> list[Any]:
        return await asyncio.gather(*(get_meeting(client) for _ in range(5)))

    for _ in range(2):
        assert len(asyncio.run(concurrently())) == 5
        client._tokens.forget()  # the next loop must fetch (and so lock) again

    assert seen(server, "POST", TOKEN_PATH) == 2  # one per loop: single flight on each
    asyncio.run(client.aclose())


def test_an_own_async_http_client_on_a_second_event_loop_is_refused(
    raw_server: Callable[..., RawServer],
) -> None:
    raw = raw_server(lambda request: respond(200, payloads.meeting_detail()))
    http = httpx.AsyncClient()
    client = meemo_sdk.AsyncMeemoClient(
        base_url=raw.url, access_token=STATIC_TOKEN, http_client=http
    )
    asyncio.run(get_meeting(client))

    with pytest.raises(meemo_sdk.ConfigurationError, match="another event loop"):
        asyncio.run(get_meeting(client))
    assert raw.seen("GET", MEETING) == 1


# --- fork ---------------------------------------------------------------------------------

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


class Connections:
    """Answers get_meeting(n) with meeting n, and records which connection each came on."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, int]] = []  # (path, the client's port)
        self.token_gate: threading.Event | None = None
        self.token_requested = threading.Event()

    def __call__(self, request: RawRequest) -> Reply:
        if request.path == TOKEN_PATH:
            return self._token()
        meeting_id = int(request.path.rstrip("/").rsplit("/", 1)[1])
        body = {**payloads.meeting_detail(), "id": meeting_id}
        answer = respond(200, body)

        def reply(conn: socket.socket, stopping: threading.Event) -> bool:
            self.seen.append((request.path, conn.getpeername()[1]))
            return answer(conn, stopping)

        return reply

    def _token(self) -> Reply:
        gate, self.token_gate = self.token_gate, None  # holds the first token request only
        answer = respond(200, token_body("tok-forked"))

        def reply(conn: socket.socket, stopping: threading.Event) -> bool:
            self.token_requested.set()
            if gate is not None:
                gate.wait(WAIT)
            return answer(conn, stopping)

        return reply

    def port_of(self, meeting_id: int) -> int:
        (port,) = {port for path, port in self.seen if path == meeting_path(meeting_id)}
        return port


def in_child(work: Callable[[], Any]) -> Any:
    """Run `work` in a forked child; its JSON result (or error) comes back through a pipe."""
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # forking a threaded process
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        signal.alarm(int(WAIT))  # a deadlocked child is killed, and the test fails
        code = 0
        try:
            try:
                outcome: Any = {"result": work()}
            except BaseException as exc:
                outcome = {"error": type(exc).__name__, "message": str(exc)}
            os.write(write_end, json.dumps(outcome).encode())
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    with os.fdopen(read_end, "rb") as pipe:
        while chunk := pipe.read(65536):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return json.loads(b"".join(chunks))


@pytest.fixture
def forking_server(raw_server: Callable[..., RawServer]) -> tuple[RawServer, Connections]:
    connections = Connections()
    return raw_server(connections), connections


@needs_fork
def test_a_forked_child_never_uses_the_parents_connections(
    forking_server: tuple[RawServer, Connections],
) -> None:
    raw, connections = forking_server
    client = meemo_sdk.MeemoClient(base_url=raw.url, access_token=STATIC_TOKEN)
    assert get_meeting(client, 1).id == 1  # the parent now has a pooled connection

    child = in_child(lambda: [get_meeting(client, 2).id, get_meeting(client, 3).id])
    assert get_meeting(client, 4).id == 4  # the parent's connection survived the child
    client.close()

    assert child == {"result": [2, 3]}
    parent_port = connections.port_of(1)
    assert connections.port_of(4) == parent_port
    assert connections.port_of(2) != parent_port  # the child opened its own
    assert connections.port_of(3) == connections.port_of(2)  # and pools it


@needs_fork
def test_a_child_forked_during_a_token_fetch_fetches_its_own(
    forking_server: tuple[RawServer, Connections],
) -> None:
    """The fork copies the token lock as held (by a thread the child does not have)."""
    raw, connections = forking_server
    connections.token_gate = gate = threading.Event()
    client = meemo_sdk.MeemoClient(CLIENT_ID, CLIENT_SECRET, base_url=raw.url)
    parent_call = threading.Thread(target=get_meeting, args=(client, 1))
    parent_call.start()
    assert connections.token_requested.wait(WAIT)  # the thread holds the token lock now

    try:
        child = in_child(lambda: get_meeting(client, 2).id)
    finally:
        gate.set()
        parent_call.join(WAIT)
    client.close()

    assert child == {"result": 2}
    assert raw.seen("POST", TOKEN_PATH) == 2


@needs_fork
def test_an_own_http_client_is_refused_in_a_forked_child(
    forking_server: tuple[RawServer, Connections],
) -> None:
    raw, connections = forking_server
    http = httpx.Client()
    client = meemo_sdk.MeemoClient(base_url=raw.url, access_token=STATIC_TOKEN, http_client=http)
    get_meeting(client, 1)

    child = in_child(lambda: get_meeting(client, 2).id)
    get_meeting(client, 3)
    http.close()

    assert child["error"] == "ConfigurationError"
    assert "os.fork()" in child["message"]
    assert [path for path, _ in connections.seen] == [meeting_path(1), meeting_path(3)]


@needs_fork
def test_a_forked_child_gets_its_own_async_pool(
    forking_server: tuple[RawServer, Connections],
) -> None:
    """As under gunicorn --preload with async workers: built (and used) before the fork."""
    raw, connections = forking_server
    client = meemo_sdk.AsyncMeemoClient(base_url=raw.url, access_token=STATIC_TOKEN)

    async def meetings(*ids: int) -> list[int]:
        return [(await get_meeting(client, meeting_id)).id for meeting_id in ids]

    assert asyncio.run(meetings(1)) == [1]
    child = in_child(lambda: asyncio.run(meetings(2, 3)))
    assert asyncio.run(meetings(4)) == [4]

    assert child == {"result": [2, 3]}
    assert connections.port_of(2) not in (connections.port_of(1), connections.port_of(4))
    assert connections.port_of(3) == connections.port_of(2)


@needs_fork
def test_an_own_async_http_client_is_refused_in_a_forked_child(
    forking_server: tuple[RawServer, Connections],
) -> None:
    raw, connections = forking_server
    http = httpx.AsyncClient()
    client = meemo_sdk.AsyncMeemoClient(
        base_url=raw.url, access_token=STATIC_TOKEN, http_client=http
    )

    child = in_child(lambda: asyncio.run(get_meeting(client, 2)).id)

    assert child["error"] == "ConfigurationError"
    assert "os.fork()" in child["message"]
    assert connections.seen == []

"""`timeout` bounds a whole attempt, and `total_timeout` a whole call, whatever the server does.

The trickling servers below send one byte every `TRICKLE` seconds, well inside any read
timeout, for up to `GIVE_UP` seconds; then they hang up. A client that only bounds each
socket read therefore ends with a connection error after `GIVE_UP` seconds; one that bounds
the attempt ends with `APITimeoutError` at its timeout.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from typing import Any

import httpx
import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.harness.raw_server import RawRequest, RawServer, Reply, respond
from tests.resilience.conftest import CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, Api, meeting_path, seen

MEETING = meeting_path(payloads.MEETING_ID)
TRICKLE = 0.05
GIVE_UP = 8.0
TIMEOUT = 0.6
CREDENTIALS: dict[str, Any] = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "access_token": None,
}


def get_meeting(client: Any) -> Any:
    return client.meetings.get_meeting(payloads.MEETING_ID)


def _trickle(conn: socket.socket, stopping: threading.Event, head: bytes, drip: bytes) -> bool:
    conn.sendall(head)
    for _ in range(int(GIVE_UP / TRICKLE)):
        if stopping.wait(TRICKLE):
            break
        conn.sendall(drip)  # raises once the client has given up: the server thread ends
    return False


def trickled_headers() -> Reply:
    """A status line, then one header byte at a time: the headers never end."""

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        return _trickle(conn, stopping, b"HTTP/1.1 200 OK\r\nX-Padding: ", b"a")

    return reply


def trickled_body() -> Reply:
    """Complete headers promising a JSON body, which then arrives one byte at a time."""
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
        b'{"id": 1042, "title": "'
    )

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        return _trickle(conn, stopping, head, b"a")

    return reply


def every_request(reply: Callable[[], Reply]) -> Callable[[RawRequest], Reply]:
    return lambda request: reply()


@pytest.mark.parametrize("trickle", [trickled_headers, trickled_body], ids=["headers", "body"])
def test_a_trickling_server_cannot_hold_a_call_past_its_timeout(
    api: Api, raw_server: Callable[..., RawServer], trickle: Callable[[], Reply]
) -> None:
    raw = raw_server(every_request(trickle))

    with pytest.raises(meemo_sdk.APITimeoutError):
        api.call(raw.url, get_meeting, timeout=TIMEOUT, max_retries=0)

    assert raw.seen("GET", MEETING) == 1


def test_a_trickled_body_is_bounded_on_a_callers_own_http_client(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    """The SDK cannot reach into a caller's pool, but it still checks its deadline per chunk."""
    raw = raw_server(every_request(trickled_body))
    http: httpx.Client | httpx.AsyncClient = httpx.AsyncClient() if api.is_async else httpx.Client()

    with pytest.raises(meemo_sdk.APITimeoutError):
        api.call(raw.url, get_meeting, timeout=TIMEOUT, max_retries=0, http_client=http)

    assert raw.seen("GET", MEETING) == 1


def test_total_timeout_caps_the_attempts_and_their_retries(
    api: Api, raw_server: Callable[..., RawServer], delays: list[float]
) -> None:
    raw = raw_server(every_request(trickled_body))

    with pytest.raises(meemo_sdk.APITimeoutError) as caught:
        api.call(raw.url, get_meeting, timeout=0.4, max_retries=10, total_timeout=1.0)

    assert "total_timeout (1 s)" in str(caught.value)
    # Backoff is recorded, not slept: only the attempts spend the second, at 0.4 s each
    # (of the 11 that max_retries allows), and a wait that does not fit is not taken.
    attempts = raw.seen("GET", MEETING)
    assert 1 <= attempts <= 3
    assert len(delays) == attempts - 1


def test_a_retry_wait_longer_than_the_time_left_is_not_taken(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="unavailable", retry_after_seconds=30),
        status=503,
        headers={"Retry-After": "30"},
    )

    with pytest.raises(meemo_sdk.InternalServerError):
        api.call(server.url_for(""), get_meeting, total_timeout=10)

    assert seen(server, "GET", MEETING) == 1  # the 503 itself, not a timeout, is raised
    assert delays == []


def test_without_total_timeout_the_same_wait_is_taken(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="unavailable", retry_after_seconds=30),
        status=503,
        headers={"Retry-After": "30"},
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )

    assert api.call(server.url_for(""), get_meeting).id == payloads.MEETING_ID
    assert delays == [30.0]


def test_the_token_request_shares_the_calls_total_timeout(
    api: Api, raw_server: Callable[..., RawServer], delays: list[float]
) -> None:
    def answer(request: RawRequest) -> Reply:
        if request.path == TOKEN_PATH:
            return trickled_body()
        return respond(200, payloads.meeting_detail())

    raw = raw_server(answer)

    with pytest.raises(meemo_sdk.APITimeoutError) as caught:
        api.call(raw.url, get_meeting, timeout=30, total_timeout=TIMEOUT, **CREDENTIALS)

    assert "total_timeout" in str(caught.value)
    assert raw.seen("POST", TOKEN_PATH) == 1  # cut at the call's deadline, not retried
    assert raw.seen("GET", MEETING) == 0
    assert delays == []


def test_with_options_sets_the_total_timeout_for_some_calls(
    raw_server: Callable[..., RawServer],
) -> None:
    raw = raw_server(every_request(trickled_body))

    with meemo_sdk.MeemoClient(base_url=raw.url, access_token="tok", timeout=30) as client:
        bounded = client.with_options(total_timeout=TIMEOUT, max_retries=0)
        assert (bounded.total_timeout, client.total_timeout) == (TIMEOUT, None)
        with pytest.raises(meemo_sdk.APITimeoutError):
            get_meeting(bounded)


def test_a_fast_answer_is_untouched_by_the_deadline(api: Api, server: HTTPServer) -> None:
    body = payloads.meeting_detail()
    server.expect_request(MEETING, method="GET").respond_with_data(
        json.dumps(body), content_type="application/json"
    )

    meeting = api.call(server.url_for(""), get_meeting, timeout=TIMEOUT, total_timeout=TIMEOUT)

    assert meeting.id == body["id"]


def test_trickled_headers_through_a_proxy_from_the_environment_are_bounded(
    monkeypatch: pytest.MonkeyPatch, raw_server: Callable[..., RawServer]
) -> None:
    """httpx builds the proxy's pool itself: the SDK bounds its sockets too."""
    proxy = raw_server(every_request(trickled_headers))
    for name in ("ALL_PROXY", "HTTPS_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.delenv("http_proxy", raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)

    with (
        meemo_sdk.MeemoClient(
            base_url="http://meemo-api.invalid", access_token="tok", timeout=TIMEOUT
        ) as client,
        pytest.raises(meemo_sdk.APITimeoutError),
    ):
        get_meeting(client.with_options(max_retries=0))

    (request,) = proxy.requests
    assert request.target == f"http://meemo-api.invalid{MEETING}"


def test_a_per_call_timeout_bounds_that_calls_attempts(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(every_request(trickled_body))

    def quick(client: Any) -> Any:
        return client.meetings.get_meeting(payloads.MEETING_ID, timeout=TIMEOUT)

    with pytest.raises(meemo_sdk.APITimeoutError):
        api.call(raw.url, quick, timeout=30, max_retries=0)

    assert raw.seen("GET", MEETING) == 1

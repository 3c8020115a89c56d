"""The fault-injection suite: what the server saw, what the caller got, and how long it waited.

Every scenario runs on the sync and the async client (`api`). Delays are recorded, not
slept (`delays`). A create_meeting must never reach the server twice.
"""

from __future__ import annotations

import email.utils
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.resilience.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    MEETINGS,
    STATIC_TOKEN,
    TOKEN_PATH,
    Api,
    RawServer,
    Reply,
    bearer,
    cut_short,
    hang,
    meeting_path,
    reset,
    respond,
    script,
    seen,
    token_body,
)

MEETING = meeting_path(payloads.MEETING_ID)
CREDENTIALS: dict[str, Any] = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "access_token": None,
}


def get_meeting(client: Any) -> Any:
    return client.meetings.get_meeting(payloads.MEETING_ID)


def create_meeting(client: Any) -> Any:
    return client.meetings.create_meeting(
        organization_id=payloads.ORGANIZATION_ID, title="Quarterly planning"
    )


def assert_backoff(delays: list[float], count: int) -> None:
    """`count` delays doubling from 0.5 s up to 8 s, each with up to 25 % jitter taken off."""
    assert len(delays) == count
    for attempt, delay in enumerate(delays):
        ceiling = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * ceiling <= delay <= ceiling, (attempt, delays)


def server_error(status: int = 500) -> dict[str, Any]:
    return payloads.error_structured(code=f"http_{status}", retry_after_seconds=5)


def http_date(seconds_from_now: float) -> str:
    return email.utils.format_datetime(
        datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True
    )


# --- statuses ------------------------------------------------------------------------------


def test_500_is_retried_with_backoff_then_raised(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(server_error(), status=500)

    with pytest.raises(meemo_sdk.InternalServerError) as caught:
        api.call(server.url_for(""), get_meeting)

    assert caught.value.status_code == 500
    assert seen(server, "GET", MEETING) == 3  # the first try and max_retries=2
    assert_backoff(delays, 2)


def test_backoff_doubles_up_to_its_cap(api: Api, server: HTTPServer, delays: list[float]) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(server_error(), status=500)

    with pytest.raises(meemo_sdk.InternalServerError):
        api.call(server.url_for(""), get_meeting, max_retries=6)

    assert seen(server, "GET", MEETING) == 7
    assert_backoff(delays, 6)  # 0.5, 1, 2, 4, 8, then 8 again: capped
    assert delays[5] <= 8.0


def test_502_then_503_then_200_succeeds(api: Api, server: HTTPServer, delays: list[float]) -> None:
    for status in (502, 503):
        server.expect_ordered_request(MEETING, method="GET").respond_with_json(
            server_error(status), status=status
        )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )

    meeting = api.call(server.url_for(""), get_meeting)

    assert meeting.id == payloads.MEETING_ID
    assert seen(server, "GET", MEETING) == 3
    assert_backoff(delays, 2)


def test_429_with_retry_after_seconds_waits_that_long(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(retry_after_seconds=1), status=429, headers={"Retry-After": "1"}
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )

    assert api.call(server.url_for(""), get_meeting).id == payloads.MEETING_ID
    assert seen(server, "GET", MEETING) == 2
    assert delays == [1.0]


def test_429_with_an_http_date_waits_until_then(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(retry_after_seconds=20),
        status=429,
        headers={"Retry-After": http_date(20)},
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )

    assert api.call(server.url_for(""), get_meeting).id == payloads.MEETING_ID
    assert seen(server, "GET", MEETING) == 2
    (delay,) = delays
    assert 15.0 <= delay <= 20.0  # an HTTP date has whole seconds, and the clock moves on


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [pytest.param("120", 120.0, id="seconds"), pytest.param(None, 3600.0, id="date")],
)
def test_429_beyond_the_cap_raises_at_once(
    api: Api, server: HTTPServer, delays: list[float], retry_after: str | None, expected: float
) -> None:
    # The date is made when the test runs: made at collection it drifts in a long session.
    retry_after = retry_after if retry_after is not None else http_date(expected)
    server.expect_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(retry_after_seconds=int(expected)),
        status=429,
        headers={"Retry-After": retry_after},
    )

    with pytest.raises(meemo_sdk.RateLimitError) as caught:
        api.call(server.url_for(""), get_meeting)

    assert caught.value.retry_after is not None
    assert caught.value.retry_after == pytest.approx(expected, abs=120)
    assert caught.value.retry_after > 60
    assert seen(server, "GET", MEETING) == 1
    assert delays == []


def test_429_retries_exhausted_keeps_retry_after(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(retry_after_seconds=1), status=429, headers={"Retry-After": "1"}
    )

    with pytest.raises(meemo_sdk.RateLimitError) as caught:
        api.call(server.url_for(""), get_meeting)

    assert caught.value.retry_after == 1.0
    assert seen(server, "GET", MEETING) == 3
    assert delays == [1.0, 1.0]


def test_503_asking_for_more_than_the_cap_raises_at_once(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(
        server_error(503), status=503, headers={"Retry-After": "3600"}
    )

    with pytest.raises(meemo_sdk.InternalServerError):
        api.call(server.url_for(""), get_meeting)

    assert seen(server, "GET", MEETING) == 1
    assert delays == []


@pytest.mark.nonconforming_responses  # no operation documents 408
def test_408_is_retried(api: Api, server: HTTPServer, delays: list[float]) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        {"detail": "Request timeout."}, status=408
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )

    assert api.call(server.url_for(""), get_meeting).id == payloads.MEETING_ID
    assert seen(server, "GET", MEETING) == 2
    assert_backoff(delays, 1)


@pytest.mark.nonconforming_responses
def test_html_502_gives_a_readable_internal_server_error(api: Api, server: HTTPServer) -> None:
    page = (
        "<html><head><title>502 Bad Gateway</title></head>"
        "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
    )
    server.expect_request(MEETING, method="GET").respond_with_data(
        page, status=502, content_type="text/html"
    )

    with pytest.raises(meemo_sdk.InternalServerError) as caught:
        api.call(server.url_for(""), get_meeting)

    assert caught.value.status_code == 502
    assert "502 Bad Gateway" in caught.value.message
    assert "<" not in str(caught.value)  # the page's title, not its markup
    assert seen(server, "GET", MEETING) == 3


@pytest.mark.parametrize(
    ("status", "error", "retry_after"),
    [
        (500, meemo_sdk.InternalServerError, None),
        (502, meemo_sdk.InternalServerError, None),
        (503, meemo_sdk.InternalServerError, None),
        (429, meemo_sdk.RateLimitError, "1"),
        (429, meemo_sdk.RateLimitError, "120"),
    ],
)
def test_create_meeting_is_not_retried_after_an_error_status(
    api: Api,
    server: HTTPServer,
    delays: list[float],
    status: int,
    error: type[meemo_sdk.APIStatusError],
    retry_after: str | None,
) -> None:
    """The server saw the POST: sending it again could create the meeting twice."""
    headers = {"Retry-After": retry_after} if retry_after else {}
    server.expect_request(MEETINGS, method="POST").respond_with_json(
        server_error(status), status=status, headers=headers
    )

    with pytest.raises(error) as caught:
        api.call(server.url_for(""), create_meeting)

    assert caught.value.status_code == status
    if retry_after:
        assert isinstance(caught.value, meemo_sdk.RateLimitError)
        assert caught.value.retry_after == float(retry_after)  # the caller decides what next
    assert seen(server, "POST", MEETINGS) == 1
    assert delays == []


@pytest.mark.nonconforming_responses
@pytest.mark.parametrize(
    ("status", "body", "content_type", "error"),
    [
        pytest.param(
            502,
            b"<html><title>502 Bad Gateway</title></html>",
            "text/html",
            meemo_sdk.InternalServerError,
            id="html-502",
        ),
        pytest.param(
            201,
            b'{"id": 1101, "ti',
            "application/json",
            meemo_sdk.APIResponseValidationError,
            id="malformed-201",
        ),
        pytest.param(
            201, b"", "application/json", meemo_sdk.APIResponseValidationError, id="empty-201"
        ),
    ],
)
def test_create_meeting_is_not_retried_after_a_broken_answer(
    api: Api,
    server: HTTPServer,
    delays: list[float],
    status: int,
    body: bytes,
    content_type: str,
    error: type[meemo_sdk.APIError],
) -> None:
    server.expect_request(MEETINGS, method="POST").respond_with_data(
        body, status=status, content_type=content_type
    )

    with pytest.raises(error):
        api.call(server.url_for(""), create_meeting)

    assert seen(server, "POST", MEETINGS) == 1
    assert delays == []


# --- bodies that are not what they claim ---------------------------------------------------


@pytest.mark.nonconforming_responses
@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        pytest.param(
            b'{"id": 1042, "title": "Weekly', "application/json", '{"id": 1042', id="json"
        ),
        pytest.param(
            b"<html><body>Maintenance</body></html>", "text/html", "Maintenance", id="html"
        ),
    ],
)
def test_200_with_a_body_that_is_not_json(
    api: Api, server: HTTPServer, body: bytes, content_type: str, fragment: str
) -> None:
    server.expect_request(MEETING, method="GET").respond_with_data(
        body, status=200, content_type=content_type
    )

    with pytest.raises(meemo_sdk.APIResponseValidationError) as caught:
        api.call(server.url_for(""), get_meeting)

    assert caught.value.status_code == 200
    assert "200" in str(caught.value)
    assert fragment in str(caught.value)  # a snippet of what came instead
    assert seen(server, "GET", MEETING) == 1


@pytest.mark.nonconforming_responses
def test_empty_200(api: Api, server: HTTPServer) -> None:
    server.expect_request(MEETING, method="GET").respond_with_data(
        b"", status=200, content_type="application/json"
    )

    with pytest.raises(meemo_sdk.APIResponseValidationError) as caught:
        api.call(server.url_for(""), get_meeting)

    assert caught.value.status_code == 200
    assert "200" in str(caught.value)
    assert "empty body" in str(caught.value)
    assert seen(server, "GET", MEETING) == 1


# --- the connection breaks -----------------------------------------------------------------


def meeting_ok() -> Reply:
    return respond(200, payloads.meeting_detail())


def test_connection_reset_on_get_is_retried(api: Api, raw_server: Any, delays: list[float]) -> None:
    raw: RawServer = raw_server(script(reset(), reset(), meeting_ok()))

    assert api.call(raw.url, get_meeting).id == payloads.MEETING_ID
    assert raw.seen("GET", MEETING) == 3
    assert_backoff(delays, 2)


def test_connection_reset_on_get_raises_after_retries(
    api: Api, raw_server: Any, delays: list[float]
) -> None:
    raw: RawServer = raw_server(script(reset(), reset(), reset()))

    with pytest.raises(meemo_sdk.APIConnectionError) as caught:
        api.call(raw.url, get_meeting)

    assert not isinstance(caught.value, meemo_sdk.APITimeoutError)
    assert raw.seen("GET", MEETING) == 3
    assert len(delays) == 2


def test_connection_reset_on_create_meeting_is_not_retried(
    api: Api, raw_server: Any, delays: list[float]
) -> None:
    raw: RawServer = raw_server(script(reset()))

    with pytest.raises(meemo_sdk.APIConnectionError):
        api.call(raw.url, create_meeting)

    assert raw.seen("POST", MEETINGS) == 1
    assert delays == []


@pytest.mark.nonconforming_responses
def test_body_cut_short_on_get_is_retried(api: Api, raw_server: Any, delays: list[float]) -> None:
    raw: RawServer = raw_server(script(cut_short(200, payloads.meeting_detail()), meeting_ok()))

    assert api.call(raw.url, get_meeting).id == payloads.MEETING_ID
    assert raw.seen("GET", MEETING) == 2
    assert_backoff(delays, 1)


@pytest.mark.nonconforming_responses
def test_body_cut_short_on_create_meeting_is_not_retried(
    api: Api, raw_server: Any, delays: list[float]
) -> None:
    """The meeting may well exist now; only the answer was lost. Never send it again."""
    raw: RawServer = raw_server(script(cut_short(201, payloads.created_meeting())))

    with pytest.raises(meemo_sdk.APIConnectionError):
        api.call(raw.url, create_meeting)

    assert raw.seen("POST", MEETINGS) == 1
    assert delays == []


# --- timeouts ------------------------------------------------------------------------------


def test_read_timeout_on_get_raises_api_timeout_error_after_retries(
    api: Api, raw_server: Any, delays: list[float]
) -> None:
    raw: RawServer = raw_server(script(hang(), hang(), hang()))

    with pytest.raises(meemo_sdk.APITimeoutError):
        api.call(raw.url, get_meeting, timeout=0.2)

    assert raw.seen("GET", MEETING) == 3
    assert_backoff(delays, 2)


def test_read_timeout_on_create_meeting_is_not_retried(
    api: Api, raw_server: Any, delays: list[float]
) -> None:
    raw: RawServer = raw_server(script(hang()))

    with pytest.raises(meemo_sdk.APITimeoutError):
        api.call(raw.url, create_meeting, timeout=0.2)

    assert raw.seen("POST", MEETINGS) == 1
    assert delays == []


def test_per_call_options_set_timeout_and_retries(
    api: Api, raw_server: Any, delays: list[float]
) -> None:
    """`with_options` for one call: a short timeout, no retries; the client keeps its own."""
    raw: RawServer = raw_server(script(hang(), meeting_ok()))

    def impatient_then_default(client: Any) -> Any:
        return client.with_options(timeout=0.2, max_retries=0).meetings.get_meeting(
            payloads.MEETING_ID
        )

    first, second = api.run(raw.url, impatient_then_default, get_meeting)

    assert isinstance(first, meemo_sdk.APITimeoutError)
    assert second.id == payloads.MEETING_ID
    assert raw.seen("GET", MEETING) == 2
    assert delays == []


# --- connect errors: the request provably never left ---------------------------------------


@pytest.fixture
def dead_port() -> Iterator[int]:
    """A port that refuses connections: bound (so no one else takes it) but not listening."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


class RefuseFirst(httpx.HTTPTransport):
    """Sends the first attempt to a refusing port, so httpx raises a real ConnectError."""

    def __init__(self, dead_port: int) -> None:
        super().__init__()
        self.dead_port = dead_port
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts == 1:
            request.url = request.url.copy_with(port=self.dead_port)
        return super().handle_request(request)


class AsyncRefuseFirst(httpx.AsyncHTTPTransport):
    """`RefuseFirst` for the async client."""

    def __init__(self, dead_port: int) -> None:
        super().__init__()
        self.dead_port = dead_port
        self.attempts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        if self.attempts == 1:
            request.url = request.url.copy_with(port=self.dead_port)
        return await super().handle_async_request(request)


def test_create_meeting_is_retried_after_a_connect_error(
    server: HTTPServer, dead_port: int, delays: list[float]
) -> None:
    server.expect_request(MEETINGS, method="POST").respond_with_json(
        payloads.created_meeting(), status=201
    )
    transport = RefuseFirst(dead_port)

    with meemo_sdk.MeemoClient(
        base_url=server.url_for(""),
        access_token=STATIC_TOKEN,
        http_client=httpx.Client(transport=transport),
    ) as client:
        meeting = create_meeting(client)

    assert meeting.id == payloads.created_meeting()["id"]
    assert transport.attempts == 2
    assert seen(server, "POST", MEETINGS) == 1
    assert_backoff(delays, 1)


async def test_async_create_meeting_is_retried_after_a_connect_error(
    server: HTTPServer, dead_port: int, delays: list[float]
) -> None:
    server.expect_request(MEETINGS, method="POST").respond_with_json(
        payloads.created_meeting(), status=201
    )
    transport = AsyncRefuseFirst(dead_port)

    async with meemo_sdk.AsyncMeemoClient(
        base_url=server.url_for(""),
        access_token=STATIC_TOKEN,
        http_client=httpx.AsyncClient(transport=transport),
    ) as client:
        meeting = await create_meeting(client)

    assert meeting.id == payloads.created_meeting()["id"]
    assert transport.attempts == 2
    assert seen(server, "POST", MEETINGS) == 1
    assert_backoff(delays, 1)


def test_nothing_listening_raises_api_connection_error_after_retries(
    api: Api, dead_port: int, delays: list[float]
) -> None:
    with pytest.raises(meemo_sdk.APIConnectionError) as caught:
        api.call(f"http://127.0.0.1:{dead_port}", create_meeting)

    assert not isinstance(caught.value, meemo_sdk.APITimeoutError)
    assert "ConnectError" in str(caught.value)
    assert_backoff(delays, 2)  # three attempts, none of which reached a server


# --- authentication ------------------------------------------------------------------------


def expect_token(server: HTTPServer, token: str) -> None:
    server.expect_ordered_request(TOKEN_PATH, method="POST").respond_with_json(token_body(token))


def unauthorized(server: HTTPServer, method: str, path: str, token: str) -> None:
    server.expect_ordered_request(path, method=method, headers=bearer(token)).respond_with_json(
        {"detail": "Given token not valid for any token type"}, status=401
    )


def test_401_fetches_a_new_token_and_replays_once(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    expect_token(server, "tok-first")
    unauthorized(server, "GET", MEETING, "tok-first")
    expect_token(server, "tok-second")
    server.expect_ordered_request(
        MEETING, method="GET", headers=bearer("tok-second")
    ).respond_with_json(payloads.meeting_detail())

    assert api.call(server.url_for(""), get_meeting, **CREDENTIALS).id == payloads.MEETING_ID
    assert seen(server, "POST", TOKEN_PATH) == 2
    assert seen(server, "GET", MEETING) == 2
    assert delays == []  # a replay, not a retry: no backoff


def test_401_twice_raises_authentication_error(api: Api, server: HTTPServer) -> None:
    expect_token(server, "tok-first")
    unauthorized(server, "GET", MEETING, "tok-first")
    expect_token(server, "tok-second")
    unauthorized(server, "GET", MEETING, "tok-second")

    with pytest.raises(meemo_sdk.AuthenticationError):
        api.call(server.url_for(""), get_meeting, **CREDENTIALS)

    assert seen(server, "GET", MEETING) == 2


def test_401_on_create_meeting_is_not_replayed_but_the_token_is_renewed(
    api: Api, server: HTTPServer
) -> None:
    expect_token(server, "tok-first")
    unauthorized(server, "POST", MEETINGS, "tok-first")
    expect_token(server, "tok-second")
    server.expect_ordered_request(
        MEETING, method="GET", headers=bearer("tok-second")
    ).respond_with_json(payloads.meeting_detail())

    created, fetched = api.run(server.url_for(""), create_meeting, get_meeting, **CREDENTIALS)

    assert isinstance(created, meemo_sdk.AuthenticationError)
    assert seen(server, "POST", MEETINGS) == 1
    assert fetched.id == payloads.MEETING_ID  # the next call brought its own fresh token


def test_token_endpoint_500_then_200(api: Api, server: HTTPServer, delays: list[float]) -> None:
    server.expect_ordered_request(TOKEN_PATH, method="POST").respond_with_json(
        server_error(), status=500
    )
    expect_token(server, "tok-first")
    server.expect_ordered_request(
        MEETING, method="GET", headers=bearer("tok-first")
    ).respond_with_json(payloads.meeting_detail())

    assert api.call(server.url_for(""), get_meeting, **CREDENTIALS).id == payloads.MEETING_ID
    assert seen(server, "POST", TOKEN_PATH) == 2
    assert seen(server, "GET", MEETING) == 1
    assert_backoff(delays, 1)


def test_token_endpoint_500_then_200_before_a_create(
    api: Api, server: HTTPServer, delays: list[float]
) -> None:
    """Retrying the token request is safe; the create it precedes is still sent once."""
    server.expect_ordered_request(TOKEN_PATH, method="POST").respond_with_json(
        server_error(), status=500
    )
    expect_token(server, "tok-first")
    server.expect_ordered_request(
        MEETINGS, method="POST", headers=bearer("tok-first")
    ).respond_with_json(payloads.created_meeting(), status=201)

    meeting = api.call(server.url_for(""), create_meeting, **CREDENTIALS)

    assert meeting.id == payloads.created_meeting()["id"]
    assert seen(server, "POST", TOKEN_PATH) == 2
    assert seen(server, "POST", MEETINGS) == 1
    assert_backoff(delays, 1)


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (503, server_error(503), meemo_sdk.InternalServerError),
        (401, payloads.error_oauth(), meemo_sdk.AuthenticationError),
    ],
)
def test_token_endpoint_failure_is_reported_for_what_it_is(
    api: Api,
    server: HTTPServer,
    status: int,
    body: dict[str, Any],
    error: type[meemo_sdk.APIStatusError],
) -> None:
    """An outage is not a credentials problem: only refusals become AuthenticationError."""
    server.expect_request(TOKEN_PATH, method="POST").respond_with_json(body, status=status)

    with pytest.raises(error) as caught:
        api.call(server.url_for(""), get_meeting, **CREDENTIALS)

    assert type(caught.value) is error
    assert seen(server, "POST", TOKEN_PATH) == (3 if status == 503 else 1)
    assert seen(server, "GET", MEETING) == 0

"""Client configuration that reaches httpx: timeouts, `with_options`, proxies, own http clients."""

from __future__ import annotations

from typing import Any

import httpx
import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.resilience.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    STATIC_TOKEN,
    TOKEN_PATH,
    Api,
    bearer,
    meeting_path,
    seen,
    token_body,
)

MEETING = meeting_path(payloads.MEETING_ID)


def serve_meeting(server: HTTPServer) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(payloads.meeting_detail())


def test_default_timeout_reaches_httpx(server: HTTPServer) -> None:
    """No call waits forever by default: 60 s overall, 5 s to connect, on every request."""
    serve_meeting(server)
    timeouts: list[dict[str, float | None]] = []
    http = httpx.Client(
        event_hooks={"request": [lambda r: timeouts.append(r.extensions["timeout"])]}
    )

    with meemo_sdk.MeemoClient(
        base_url=server.url_for(""), access_token=STATIC_TOKEN, http_client=http
    ) as client:
        client.meetings.get_meeting(payloads.MEETING_ID)
        client.with_options(timeout=2.5).meetings.get_meeting(payloads.MEETING_ID)

    assert timeouts[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert timeouts[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    http.close()


def test_with_options_shares_the_pool_and_the_token(server: HTTPServer) -> None:
    server.expect_oneshot_request(TOKEN_PATH, method="POST").respond_with_json(
        token_body("tok-shared")
    )
    server.expect_request(MEETING, method="GET", headers=bearer("tok-shared")).respond_with_json(
        payloads.meeting_detail()
    )

    with meemo_sdk.MeemoClient(CLIENT_ID, CLIENT_SECRET, base_url=server.url_for("")) as client:
        fast = client.with_options(timeout=3, max_retries=0)
        fast.meetings.get_meeting(payloads.MEETING_ID)
        client.meetings.get_meeting(payloads.MEETING_ID)

        assert fast._http is client._http  # one connection pool
        assert (fast.max_retries, client.max_retries) == (0, 2)  # the original is unchanged
        assert fast.timeout.read == 3.0
        assert client.timeout.read == 60.0
        fast.close()  # a copy does not own the pool: the original keeps working
        assert not client._http.is_closed
        client.meetings.get_meeting(payloads.MEETING_ID)

    assert client._http.is_closed  # the SDK closes the pool it created
    assert seen(server, "POST", TOKEN_PATH) == 1  # one token for the copy and the original


async def test_async_with_options_shares_the_pool_and_the_token(server: HTTPServer) -> None:
    server.expect_oneshot_request(TOKEN_PATH, method="POST").respond_with_json(
        token_body("tok-shared")
    )
    server.expect_request(MEETING, method="GET", headers=bearer("tok-shared")).respond_with_json(
        payloads.meeting_detail()
    )

    async with meemo_sdk.AsyncMeemoClient(
        CLIENT_ID, CLIENT_SECRET, base_url=server.url_for("")
    ) as client:
        fast = client.with_options(timeout=3, max_retries=0)
        await fast.meetings.get_meeting(payloads.MEETING_ID)
        await client.meetings.get_meeting(payloads.MEETING_ID)

        assert fast._http is client._http
        assert (fast.max_retries, client.max_retries) == (0, 2)
        await fast.aclose()
        assert not client._http.is_closed
        await client.meetings.get_meeting(payloads.MEETING_ID)

    assert client._http.is_closed
    assert seen(server, "POST", TOKEN_PATH) == 1


def test_per_call_max_retries_zero_sends_one_request(api: Api, server: HTTPServer) -> None:
    server.expect_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="internal_error"), status=500
    )

    def no_retries(client: Any) -> Any:
        return client.with_options(max_retries=0).meetings.get_meeting(payloads.MEETING_ID)

    with pytest.raises(meemo_sdk.InternalServerError):
        api.call(server.url_for(""), no_retries)

    assert seen(server, "GET", MEETING) == 1


@pytest.fixture
def proxy_environment(monkeypatch: pytest.MonkeyPatch, server: HTTPServer) -> str:
    """HTTP_PROXY pointing at the local server, and no other proxy settings in the way."""
    for name in ("ALL_PROXY", "HTTPS_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url_for(""))
    monkeypatch.delenv("http_proxy", raising=False)
    # A host that does not resolve: the call can only succeed through the proxy.
    return "http://meemo-api.invalid"


def test_proxy_from_the_environment_is_used(
    api: Api, server: HTTPServer, proxy_environment: str
) -> None:
    server.expect_request(
        MEETING, method="GET", headers={"Host": "meemo-api.invalid", **bearer(STATIC_TOKEN)}
    ).respond_with_json(payloads.meeting_detail())

    meeting = api.call(proxy_environment, lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    assert meeting.id == payloads.MEETING_ID
    assert seen(server, "GET", MEETING) == 1


def test_explicit_proxy_on_an_own_http_client(server: HTTPServer) -> None:
    server.expect_request(
        MEETING, method="GET", headers={"Host": "meemo-api.invalid"}
    ).respond_with_json(payloads.meeting_detail())
    http = httpx.Client(proxy=server.url_for(""), trust_env=False)

    with meemo_sdk.MeemoClient(
        base_url="http://meemo-api.invalid", access_token=STATIC_TOKEN, http_client=http
    ) as client:
        assert client.meetings.get_meeting(payloads.MEETING_ID).id == payloads.MEETING_ID

    http.close()


def test_own_http_client_carries_every_attempt_and_stays_open(server: HTTPServer) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="unavailable"), status=503
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )
    sent: list[str] = []
    statuses: list[int] = []
    http = httpx.Client(
        event_hooks={
            "request": [lambda r: sent.append(r.headers["Authorization"])],
            "response": [lambda r: statuses.append(r.status_code)],
        }
    )

    client = meemo_sdk.MeemoClient(
        base_url=server.url_for(""), access_token=STATIC_TOKEN, http_client=http
    )
    client.meetings.get_meeting(payloads.MEETING_ID)
    client.close()

    assert sent == [f"Bearer {STATIC_TOKEN}"] * 2  # the retry went through the same client
    assert statuses == [503, 200]
    assert not http.is_closed  # the caller's client: the caller closes it
    http.close()


async def test_own_async_http_client_carries_every_attempt_and_stays_open(
    server: HTTPServer,
) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="unavailable"), status=503
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    http = httpx.AsyncClient(event_hooks={"response": [record]})

    client = meemo_sdk.AsyncMeemoClient(
        base_url=server.url_for(""), access_token=STATIC_TOKEN, http_client=http
    )
    await client.meetings.get_meeting(payloads.MEETING_ID)
    await client.aclose()

    assert statuses == [503, 200]
    assert not http.is_closed
    await http.aclose()


def test_the_sdks_own_pool_gets_the_clients_timeouts(server: HTTPServer) -> None:
    """The SDK's own httpx client is made with the client's timeout; copies and calls differ."""
    serve_meeting(server)
    timeouts: list[dict[str, float | None]] = []
    with meemo_sdk.MeemoClient(base_url=server.url_for(""), access_token=STATIC_TOKEN) as client:
        client._http.event_hooks["request"].append(
            lambda r: timeouts.append(r.extensions["timeout"])
        )
        client.meetings.get_meeting(payloads.MEETING_ID)
        client.with_options(timeout=2.5).meetings.get_meeting(payloads.MEETING_ID)
        client.meetings.get_meeting(payloads.MEETING_ID, timeout=7)
        client.meetings.get_meeting(payloads.MEETING_ID)

    default = {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert timeouts == [
        default,
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 5.0, "read": 7.0, "write": 7.0, "pool": 7.0},  # connect stays capped at 5 s
        default,
    ]


def _set_cookie_then_meeting(server: HTTPServer) -> None:
    detail = payloads.meeting_detail()
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        detail, headers={"Set-Cookie": "session=s3cr3t; Path=/"}
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(detail)


def test_the_sdks_own_pool_sends_no_cookie_a_response_set(server: HTTPServer, api: Api) -> None:
    """As the official client, which opens a new httpx client per call: no cookie carries over."""
    _set_cookie_then_meeting(server)
    get = lambda c: c.meetings.get_meeting(payloads.MEETING_ID)  # noqa: E731
    first, second = api.run(server.url_for(""), get, get)
    assert first.id == second.id == payloads.MEETING_ID
    assert [request.headers.get("Cookie") for request, _ in server.log] == [None, None]


def test_a_callers_own_client_keeps_its_cookies(server: HTTPServer) -> None:
    """A caller's httpx client is used as it is, cookie jar included."""
    _set_cookie_then_meeting(server)
    with (
        httpx.Client() as http,
        meemo_sdk.MeemoClient(
            base_url=server.url_for(""), access_token=STATIC_TOKEN, http_client=http
        ) as client,
    ):
        client.meetings.get_meeting(payloads.MEETING_ID)
        client.meetings.get_meeting(payloads.MEETING_ID)
    assert [request.headers.get("Cookie") for request, _ in server.log] == [None, "session=s3cr3t"]

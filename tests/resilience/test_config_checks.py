"""Settings the SDK cannot honour are refused up front, in the SDK's own words.

Timeouts, size caps, headers and base URLs: each bad value is a `ConfigurationError` when
the client is built (or an `InvalidRequestError` for one call), before anything is sent,
and the message never repeats a header value or a password.
"""

from __future__ import annotations

import inspect
import logging
import math
import uuid
from typing import Any

import httpx
import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.resilience.conftest import CLIENT_ID, CLIENT_SECRET, STATIC_TOKEN, meeting_path

MEETING = meeting_path(payloads.MEETING_ID)
MARKER = "hdr-s3cr3t"
CLIENTS = [meemo_sdk.MeemoClient, meemo_sdk.AsyncMeemoClient]


async def run(result: Any) -> Any:
    """A call's result on either client: awaited when the async client returned a coroutine."""
    return await result if inspect.isawaitable(result) else result


def build(client_class: type[Any], **options: Any) -> Any:
    options.setdefault("access_token", STATIC_TOKEN)
    options.setdefault("base_url", "https://api.example")
    return client_class(**options)


# --- timeouts and caps --------------------------------------------------------------------

BAD_SECONDS = [
    pytest.param(math.nan, id="nan"),
    pytest.param(math.inf, id="inf"),
    pytest.param(-math.inf, id="-inf"),
    pytest.param(0, id="zero"),
    pytest.param(-1.5, id="negative"),
    pytest.param(1e300, id="overflowing"),
    pytest.param(True, id="bool"),
    pytest.param("30", id="str"),
]


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("value", BAD_SECONDS)
def test_a_bad_timeout_is_refused_when_the_client_is_built(
    client_class: type[Any], value: object
) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match="timeout"):
        build(client_class, timeout=value)


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("value", BAD_SECONDS)
def test_a_bad_timeout_is_refused_by_with_options(client_class: type[Any], value: object) -> None:
    client = build(client_class)

    with pytest.raises(meemo_sdk.ConfigurationError, match="timeout"):
        client.with_options(timeout=value)
    with pytest.raises(meemo_sdk.ConfigurationError, match="total_timeout"):
        client.with_options(total_timeout=value)


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "value",
    [
        pytest.param(httpx.Timeout(math.nan), id="nan-everywhere"),
        pytest.param(httpx.Timeout(10.0, connect=math.inf), id="inf-connect"),
        pytest.param(httpx.Timeout(10.0, read=-1.0), id="negative-read"),
    ],
)
def test_a_bad_httpx_timeout_is_refused(client_class: type[Any], value: httpx.Timeout) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match="timeout's"):
        build(client_class, timeout=value)


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("value", BAD_SECONDS)
def test_a_bad_total_timeout_is_refused(client_class: type[Any], value: object) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match="total_timeout"):
        build(client_class, total_timeout=value)


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("value", [0, -1, 1.5, True, "1mb"])
def test_a_bad_max_response_bytes_is_refused(client_class: type[Any], value: object) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match="max_response_bytes"):
        build(client_class, max_response_bytes=value)


@pytest.mark.parametrize("client_class", CLIENTS)
def test_no_limits_at_all_is_allowed(client_class: type[Any]) -> None:
    client = build(client_class, timeout=None, total_timeout=None, max_response_bytes=None)

    assert client.timeout == httpx.Timeout(None)
    assert (client.total_timeout, client.max_response_bytes) == (None, None)


# --- headers ------------------------------------------------------------------------------

BAD_HEADERS = [
    pytest.param({"X-Trace": f"a\r\nX-Injected: {MARKER}"}, "line break", id="crlf"),
    pytest.param({"X-Trace": f"{MARKER}\n"}, "line break", id="lf"),
    pytest.param({"X-Trace": f"{MARKER}\r"}, "line break", id="cr"),
    pytest.param({"X-Trace": f"caf\u00e9-{MARKER}"}, "non-ASCII", id="non-ascii"),
    pytest.param({"X-Trace": f"{MARKER}\x00"}, "control", id="nul"),
    pytest.param({"X-Trace": f" {MARKER}"}, "whitespace", id="leading-space"),
    pytest.param({"X Trace": MARKER}, "not a valid header name", id="space-in-name"),
    pytest.param({"X-Tr\u00e4ce": MARKER}, "not a valid header name", id="non-ascii-name"),
    pytest.param({"": MARKER}, "not a valid header name", id="empty-name"),
]


@pytest.mark.parametrize(("headers", "problem"), BAD_HEADERS)
async def test_bad_extra_headers_are_refused_before_anything_is_sent(
    server: HTTPServer, headers: dict[str, str], problem: str
) -> None:
    """With client credentials: not even the token request goes out."""
    for client_class in CLIENTS:
        client = client_class(CLIENT_ID, CLIENT_SECRET, base_url=server.url_for(""))
        with pytest.raises(meemo_sdk.InvalidRequestError, match=problem) as caught:
            await run(client.meetings.get_meeting(payloads.MEETING_ID, extra_headers=headers))

        assert caught.value.argument == "extra_headers"
        assert MARKER not in str(caught.value)
    assert server.log == []


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(("headers", "problem"), BAD_HEADERS)
def test_bad_default_headers_are_refused_when_the_client_is_built(
    client_class: type[Any], headers: dict[str, str], problem: str
) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match=problem) as caught:
        build(client_class, default_headers=headers)

    assert "default_headers" in str(caught.value)
    assert MARKER not in str(caught.value)


async def test_good_headers_reach_the_server(server: HTTPServer) -> None:
    headers = {"X-Trace": "a\tb c!~", "X-Empty": ""}
    server.expect_request(MEETING, method="GET", headers=headers).respond_with_json(
        payloads.meeting_detail()
    )

    for client_class in CLIENTS:
        client = build(client_class, base_url=server.url_for(""), default_headers=headers)
        meeting = await run(client.meetings.get_meeting(payloads.MEETING_ID, extra_headers=headers))
        assert meeting.id == payloads.MEETING_ID


# --- base URLs ----------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "base_url",
    [
        "https://meemo-user:pw-s3cr3t@gw.example/meemo",
        "https://:pw-s3cr3t@gw.example",
        "https://pw-s3cr3t@gw.example",
        "ftp://meemo-user:pw-s3cr3t@gw.example",
    ],
)
def test_credentials_in_base_url_are_refused_and_never_shown(
    client_class: type[Any], base_url: str
) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match="base_url") as caught:
        build(client_class, base_url=base_url)

    assert "s3cr3t" not in str(caught.value)
    assert "s3cr3t" not in repr(caught.value)


def test_credentials_in_the_base_url_environment_variable_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEEMO_BASE_URL", "https://u:pw-s3cr3t@gw.example")

    with pytest.raises(meemo_sdk.ConfigurationError) as caught:
        meemo_sdk.MeemoClient(access_token=STATIC_TOKEN)

    assert "***@gw.example" in str(caught.value)
    assert "s3cr3t" not in str(caught.value)


def plain_http_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name == "meemo_sdk" and r.levelno == logging.WARNING and "plain http" in r.message
    ]


def test_a_plain_http_base_url_for_another_host_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    host = f"meemo-{uuid.uuid4().hex[:8]}.example"  # once per process: a host no test used
    caplog.set_level(logging.WARNING, logger="meemo_sdk")

    first = meemo_sdk.MeemoClient(base_url=f"http://{host}", access_token=STATIC_TOKEN)
    first.with_options(max_retries=0)
    meemo_sdk.AsyncMeemoClient(base_url=f"http://{host}/api/", access_token=STATIC_TOKEN)
    meemo_sdk.MeemoClient(base_url=f"https://{host}", access_token=STATIC_TOKEN)

    (record,) = plain_http_warnings(caplog)
    assert f"http://{host}" in record.getMessage()


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000", "http://127.8.9.10"],
)
def test_a_plain_http_base_url_on_loopback_does_not_warn(
    caplog: pytest.LogCaptureFixture, base_url: str
) -> None:
    caplog.set_level(logging.WARNING, logger="meemo_sdk")

    meemo_sdk.MeemoClient(base_url=base_url, access_token=STATIC_TOKEN)

    assert plain_http_warnings(caplog) == []


# --- static tokens ------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "token",
    [
        pytest.param("at-s3cr3t\n", id="trailing-newline"),
        pytest.param("at-s3cr3t\r\nX-Injected: 1", id="crlf"),
        pytest.param("at-s3cr3t-caf\u00e9", id="non-ascii"),
        pytest.param("at s3cr3t", id="space"),
    ],
)
def test_a_static_token_no_header_can_carry_is_refused(client_class: type[Any], token: str) -> None:
    with pytest.raises(meemo_sdk.ConfigurationError, match="access_token") as caught:
        build(client_class, access_token=token)

    assert "s3cr3t" not in str(caught.value)

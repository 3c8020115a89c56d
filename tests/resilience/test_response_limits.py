"""What comes back is bounded and decodable, or it is a typed error.

Bodies are capped as they are decoded; a body the SDK cannot decode, or an endless chain
of redirects, is a `MeemoError` too. Each oversized body here is a valid meeting: without
the cap the call would succeed, so only the cap can make it fail.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.harness.raw_server import RawRequest, RawServer, Reply, respond
from tests.resilience.conftest import Api, meeting_path, seen

MEETING = meeting_path(payloads.MEETING_ID)
CAP = 1_000_000
INFLATED = 40_000_000  # what the compressed bodies below decode to


def get_meeting(client: Any) -> Any:
    return client.meetings.get_meeting(payloads.MEETING_ID)


def meeting_json(title_length: int) -> bytes:
    return json.dumps({**payloads.meeting_detail(), "title": "a" * title_length}).encode()


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """A ~40 KB gzip body that decodes to a 40 MB meeting."""
    return gzip.compress(meeting_json(INFLATED), compresslevel=9)


def always(reply: Reply) -> Callable[[RawRequest], Reply]:
    return lambda request: reply


def chunked(payload: bytes, *, chunk: int = 65536) -> Reply:
    """A chunked body (no Content-Length, so its size is unknown until it ends)."""
    pieces = [payload[i : i + chunk] for i in range(0, len(payload), chunk)]
    encoded = b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    )

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        conn.sendall(head + encoded)
        return True

    return reply


def test_a_small_meeting_is_within_the_default_cap(api: Api, server: HTTPServer) -> None:
    server.expect_request(MEETING, method="GET").respond_with_data(
        meeting_json(1_000), content_type="application/json"
    )

    assert len(api.call(server.url_for(""), get_meeting).title) == 1_000


def test_a_body_declared_larger_than_the_cap_is_refused(api: Api, server: HTTPServer) -> None:
    server.expect_request(MEETING, method="GET").respond_with_data(
        meeting_json(2 * CAP), content_type="application/json"
    )

    with pytest.raises(meemo_sdk.APIResponseValidationError) as caught:
        api.call(server.url_for(""), get_meeting, max_response_bytes=CAP)

    assert f"max_response_bytes ({CAP:,} bytes)" in str(caught.value)
    assert caught.value.status_code == 200
    assert seen(server, "GET", MEETING) == 1  # not retried: it would be as large again


def test_a_chunked_body_is_cut_off_at_the_cap(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(always(chunked(meeting_json(3 * CAP))))

    with pytest.raises(meemo_sdk.APIResponseValidationError, match="max_response_bytes"):
        api.call(raw.url, get_meeting, max_response_bytes=CAP)


def test_a_gzip_bomb_is_cut_off_at_the_cap(
    api: Api, raw_server: Callable[..., RawServer], gzip_bomb: bytes
) -> None:
    raw = raw_server(always(respond(200, gzip_bomb, headers={"Content-Encoding": "gzip"})))

    with pytest.raises(meemo_sdk.APIResponseValidationError, match="max_response_bytes"):
        api.call(raw.url, get_meeting, max_response_bytes=CAP)

    assert len(gzip_bomb) < CAP < INFLATED  # only decoding could exceed the cap


def test_the_cap_is_set_per_client_and_lifted_per_copy(
    raw_server: Callable[..., RawServer], gzip_bomb: bytes
) -> None:
    raw = raw_server(always(respond(200, gzip_bomb, headers={"Content-Encoding": "gzip"})))

    with meemo_sdk.MeemoClient(
        base_url=raw.url, access_token="tok", max_response_bytes=CAP
    ) as client:
        with pytest.raises(meemo_sdk.APIResponseValidationError):
            get_meeting(client)
        assert len(get_meeting(client.with_options(max_response_bytes=None)).title) == INFLATED
        assert client.max_response_bytes == CAP

    with meemo_sdk.MeemoClient(base_url=raw.url, access_token="tok") as default:
        assert default.max_response_bytes == 64 * 1024 * 1024


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        pytest.param("gzip", b"\x1f\x8b\x08\x00 this is not a gzip stream", id="gzip"),
        pytest.param("deflate", b"\x78\x9c not a zlib stream either", id="deflate"),
        pytest.param("gzip", gzip.compress(b'{"id": 1042, "title"')[:-12], id="gzip-truncated"),
    ],
)
def test_a_corrupt_compressed_body_is_a_validation_error(
    api: Api, raw_server: Callable[..., RawServer], encoding: str, body: bytes
) -> None:
    raw = raw_server(always(respond(200, body, headers={"Content-Encoding": encoding})))

    with pytest.raises(meemo_sdk.APIResponseValidationError) as caught:
        api.call(raw.url, get_meeting)

    assert caught.value.status_code == 200
    assert raw.seen("GET", MEETING) == 1


def test_a_compressed_body_decodes(api: Api, raw_server: Callable[..., RawServer]) -> None:
    body = meeting_json(100_000)
    raw = raw_server(
        always(respond(200, zlib.compress(body), headers={"Content-Encoding": "deflate"}))
    )

    assert len(api.call(raw.url, get_meeting).title) == 100_000


def test_an_encoding_the_sdk_did_not_ask_for_is_refused(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(
        always(respond(200, b"\x0b\x02\x80{}\x03", headers={"Content-Encoding": "br"}))
    )

    with pytest.raises(meemo_sdk.APIResponseValidationError, match="encoded as br"):
        api.call(raw.url, get_meeting)

    (request,) = raw.requests
    assert request.headers["accept-encoding"] == "gzip, deflate"


def test_an_error_body_is_capped_too(api: Api, raw_server: Callable[..., RawServer]) -> None:
    raw = raw_server(always(respond(500, b"x" * (2 * CAP), content_type="text/plain")))

    with pytest.raises(meemo_sdk.APIResponseValidationError, match="max_response_bytes"):
        api.call(raw.url, get_meeting, max_response_bytes=CAP)

    assert raw.seen("GET", MEETING) == 1


def test_an_own_http_client_gets_the_same_cap(raw_server: Callable[..., RawServer]) -> None:
    raw = raw_server(always(chunked(meeting_json(3 * CAP))))
    http = httpx.Client()

    with (
        meemo_sdk.MeemoClient(
            base_url=raw.url, access_token="tok", http_client=http, max_response_bytes=CAP
        ) as client,
        pytest.raises(meemo_sdk.APIResponseValidationError, match="max_response_bytes"),
    ):
        get_meeting(client)
    http.close()


def test_a_redirect_loop_on_a_following_http_client_is_typed(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(always(respond(302, b"", headers={"Location": MEETING})))
    http = (
        httpx.AsyncClient(follow_redirects=True, max_redirects=3)
        if api.is_async
        else httpx.Client(follow_redirects=True, max_redirects=3)
    )

    with pytest.raises(meemo_sdk.APIConnectionError, match="Too many redirects"):
        api.call(raw.url, get_meeting, http_client=http, max_retries=0)

    assert raw.seen("GET", MEETING) == 4


def test_only_what_the_sdk_decodes_is_asked_for_on_an_own_http_client(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(always(respond(200, payloads.meeting_detail())))
    headers = {"Accept-Encoding": "br, zstd, gzip"}  # httpx's default with brotli and zstandard
    http = httpx.AsyncClient(headers=headers) if api.is_async else httpx.Client(headers=headers)

    api.call(raw.url, get_meeting, http_client=http)

    (request,) = raw.requests
    assert request.headers["accept-encoding"] == "gzip, deflate"

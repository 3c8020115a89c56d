"""Error responses become typed exceptions with the server's message, code and request id.

Every status maps to a class, every error body shape the service sends is read, and nothing
from parsing (ValueError, KeyError, JSONDecodeError) reaches the caller. Clients
run with `max_retries=0` so each test sees exactly one request.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from meemo_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MeemoError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.harness.raw_server import RawServer, hang
from tests.overlay.support import (
    API,
    STATIC_TOKEN,
    Client,
    Sdk,
    api_requests,
)

MEETING = f"{API}/meeting/{payloads.MEETING_ID}/"
REQUEST_ID = "req-hdr-5521"


def get_meeting(c: Client) -> object:
    return c.meetings.get_meeting(payloads.MEETING_ID)


async def failure(sdk: Sdk, **options: Any) -> APIStatusError:
    """The exception get_meeting raises, after checking it made exactly one request."""
    client = sdk.client(access_token=STATIC_TOKEN, max_retries=0, **options)
    with pytest.raises(APIStatusError) as caught:
        await sdk.run(get_meeting, client)
    assert len(api_requests(sdk.server)) == 1
    return caught.value


def structured(code: str, message: str, request_id: str = "req_01HZX3K8Q4") -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "message": message,
            "request_id": request_id,
            "recovery": {"retryable": False},
        }
    }


STATUSES = [
    pytest.param(400, BadRequestError, id="400"),
    pytest.param(401, AuthenticationError, id="401"),
    pytest.param(403, PermissionDeniedError, id="403"),
    pytest.param(404, NotFoundError, id="404"),
    pytest.param(429, RateLimitError, id="429"),
    pytest.param(500, InternalServerError, id="500"),
    pytest.param(502, InternalServerError, id="502"),
    pytest.param(503, InternalServerError, id="503"),
    pytest.param(520, InternalServerError, id="520"),
]


@pytest.mark.parametrize(("status", "error_class"), STATUSES)
async def test_status_maps_to_its_class(
    sdk: Sdk, server: HTTPServer, status: int, error_class: type[APIStatusError]
) -> None:
    body = structured(f"code_{status}", f"Failure number {status}.")
    server.expect_request(MEETING).respond_with_json(body, status=status)

    error = await failure(sdk)

    assert type(error) is error_class
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.message == f"Failure number {status}."
    assert error.code == f"code_{status}"
    assert error.request_id == "req_01HZX3K8Q4"
    assert error.body == body
    assert (
        str(error)
        == f"{status}: Failure number {status}. code=code_{status} request_id=req_01HZX3K8Q4"
    )


@pytest.mark.nonconforming_responses
@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        pytest.param(422, BadRequestError, id="422"),
        pytest.param(418, APIStatusError, id="418"),
        pytest.param(409, APIStatusError, id="409"),
        pytest.param(599, InternalServerError, id="599"),
    ],
)
async def test_undocumented_status_maps_cleanly(
    sdk: Sdk, server: HTTPServer, status: int, error_class: type[APIStatusError]
) -> None:
    server.expect_request(MEETING).respond_with_json({"detail": "Nope."}, status=status)

    error = await failure(sdk)

    assert type(error) is error_class
    assert (error.status_code, error.message) == (status, "Nope.")


async def test_rate_limit_reads_retry_after_header(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json(
        payloads.error_structured("rate_limited", retry_after_seconds=30),
        status=429,
        headers={"Retry-After": "30"},
    )

    error = await failure(sdk)

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0
    assert error.code == "rate_limited"


async def test_rate_limit_falls_back_to_the_body_recovery_hint(
    sdk: Sdk, server: HTTPServer
) -> None:
    server.expect_request(MEETING).respond_with_json(
        payloads.error_structured("rate_limited", retry_after_seconds=12), status=429
    )

    error = await failure(sdk)

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 12.0


async def test_rate_limit_without_any_hint_has_no_retry_after(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json({"detail": "Slow down."}, status=429)

    error = await failure(sdk)

    assert isinstance(error, RateLimitError)
    assert error.retry_after is None
    assert error.message == "Slow down."


# --- body shapes -------------------------------------------------------------------------------


async def test_structured_error_body(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json(
        structured("forbidden", "You do not have access to organization 9.", "req_body_1"),
        status=403,
        headers={"X-Request-ID": REQUEST_ID},
    )

    error = await failure(sdk)

    assert error.message == "You do not have access to organization 9."
    assert error.code == "forbidden"
    assert error.request_id == "req_body_1"  # the body's id names the failing step


async def test_oauth_error_body(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json(payloads.error_oauth(), status=401)

    error = await failure(sdk)

    assert isinstance(error, AuthenticationError)
    assert error.message == "Client authentication failed."
    assert error.code == "invalid_client"
    assert error.request_id is None


async def test_detail_string_body_with_request_id_header(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json(
        payloads.error_detail_message(), status=404, headers={"X-Request-ID": REQUEST_ID}
    )

    error = await failure(sdk)

    assert isinstance(error, NotFoundError)
    assert error.message == "Not found."
    assert error.code is None
    assert error.request_id == REQUEST_ID
    assert str(error) == f"404: Not found. request_id={REQUEST_ID}"


async def test_detail_list_body_names_every_problem(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json(payloads.error_detail_list(), status=400)

    error = await failure(sdk)

    assert isinstance(error, BadRequestError)
    assert error.message == (
        "query.page: page must be at least 1.; "
        "query.organization_id: organization_id must be an integer."
    )
    assert error.body == payloads.error_detail_list()


@pytest.mark.nonconforming_responses
async def test_plain_text_body(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_data(
        "upstream connect error or disconnect/reset before headers",
        status=502,
        content_type="text/plain",
        headers={"X-Request-ID": REQUEST_ID},
    )

    error = await failure(sdk)

    assert isinstance(error, InternalServerError)
    assert "502" in error.message
    assert "upstream connect error or disconnect/reset before headers" in error.message
    assert error.code is None
    assert error.request_id == REQUEST_ID
    assert error.__context__ is None  # no JSONDecodeError chained behind it


@pytest.mark.nonconforming_responses
async def test_html_body_gives_its_title_not_markup(sdk: Sdk, server: HTTPServer) -> None:
    page = (
        "<!DOCTYPE html>\n<html><head><title>503 Service Temporarily Unavailable</title>"
        "<style>body{font:12px}</style></head>\n<body><h1>Service Temporarily Unavailable</h1>"
        "<hr><center>nginx</center></body></html>"
    )
    server.expect_request(MEETING).respond_with_data(
        page, status=503, content_type="text/html; charset=utf-8"
    )

    error = await failure(sdk)

    assert isinstance(error, InternalServerError)
    assert "503 Service Temporarily Unavailable" in error.message
    assert "<" not in error.message
    assert error.__context__ is None


@pytest.mark.nonconforming_responses
@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        pytest.param(b"", "application/json", id="empty"),
        pytest.param(b'{"detail": "truncated', "application/json", id="broken-json"),
        pytest.param(b'["not", "an", "object"]', "application/json", id="json-array"),
        pytest.param(b'{"error": 42}', "application/json", id="error-not-object-or-str"),
        pytest.param(b"\xff\xfe\x00garbage", "application/octet-stream", id="binary"),
    ],
)
async def test_odd_bodies_still_map_to_a_useful_error(
    sdk: Sdk, server: HTTPServer, content: bytes, content_type: str
) -> None:
    server.expect_request(MEETING).respond_with_data(content, status=500, content_type=content_type)

    error = await failure(sdk)

    assert type(error) is InternalServerError
    assert error.message.startswith("500")
    assert error.code is None


# --- success bodies that do not fit, and transport failures ------------------------------------


@pytest.mark.nonconforming_responses
async def test_success_body_that_is_not_json(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_data(
        "<html>maintenance</html>", content_type="text/html"
    )
    client = sdk.client(access_token=STATIC_TOKEN, max_retries=0)

    with pytest.raises(APIResponseValidationError) as caught:
        await sdk.run(get_meeting, client)

    assert caught.value.status_code == 200
    assert "non-JSON" in str(caught.value)
    assert not isinstance(caught.value, ValueError)


@pytest.mark.nonconforming_responses
async def test_success_body_missing_a_required_field(sdk: Sdk, server: HTTPServer) -> None:
    body = payloads.meeting_detail()
    del body["host"]
    server.expect_request(MEETING).respond_with_json(body)
    client = sdk.client(access_token=STATIC_TOKEN, max_retries=0)

    with pytest.raises(APIResponseValidationError) as caught:
        await sdk.run(get_meeting, client)

    assert "host" in str(caught.value)
    assert caught.value.body == body
    assert isinstance(caught.value, MeemoError)
    assert not isinstance(caught.value, KeyError | ValueError)


@pytest.fixture
def refused_origin() -> Iterator[str]:
    """An origin on 127.0.0.1 where a port is bound but nothing listens: connections are refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


async def test_connection_refused(sdk: Sdk, refused_origin: str) -> None:
    client = sdk.client(base_url=refused_origin, access_token=STATIC_TOKEN, max_retries=0)

    with pytest.raises(APIConnectionError) as caught:
        await sdk.run(get_meeting, client)

    assert not isinstance(caught.value, APITimeoutError)
    assert "ConnectError" in str(caught.value)


async def test_read_timeout(sdk: Sdk, raw_server: Any) -> None:
    # A server of its own: an answer the client gave up on can never reach another test.
    stalling: RawServer = raw_server(lambda request: hang())
    client = sdk.client(
        base_url=stalling.url, access_token=STATIC_TOKEN, max_retries=0, timeout=0.2
    )

    with pytest.raises(APITimeoutError) as caught:
        await sdk.run(get_meeting, client)

    assert isinstance(caught.value, APIConnectionError)
    assert "timed out" in str(caught.value)

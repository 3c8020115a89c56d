"""Secrets (client secret, access tokens, user tokens) never show in reprs, errors or logs.

Every secret the tests use contains `SECRET_MARKER`, so one substring check covers
each way a secret could be rendered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from meemo_sdk import (
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    InvalidRequestError,
    MeemoError,
    NotFoundError,
    PermissionDeniedError,
)
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests import payloads
from tests.overlay.support import (
    API,
    CLIENT_SECRET,
    SECRET_MARKER,
    STATIC_TOKEN,
    TOKEN_PATH,
    USER_TOKEN,
    Client,
    Sdk,
    TokenEndpoint,
    bearer,
    issued_token,
    json_response,
)

MEETINGS = f"{API}/meeting/"
MEETING = f"{MEETINGS}{payloads.MEETING_ID}/"
TRANSCRIPT = f"{MEETING}transcript/"
TOPICS = f"{API}/topics/"


def assert_no_secret(text: str) -> None:
    assert SECRET_MARKER not in text, text


def assert_exception_redacted(error: BaseException) -> None:
    for rendered in (str(error), repr(error), repr(error.args)):
        assert_no_secret(rendered)


async def test_client_repr_and_str_hide_credentials_and_tokens(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(TOPICS).respond_with_json(payloads.topics())
    with_credentials = sdk.client()
    with_static_token = sdk.client(access_token=STATIC_TOKEN)

    await sdk.run(lambda c: c.meetings.list_topics(), with_credentials)  # a token is now cached

    for client in (with_credentials, with_static_token):
        assert_no_secret(repr(client))
        assert_no_secret(str(client))
        assert_no_secret(repr(client.with_options(max_retries=0)))
    assert token_endpoint.issued == [issued_token(1)]


def sequence(*answers: Callable[[], Response]) -> Callable[[Request], Response]:
    """A handler that gives each answer once, in order, then repeats the last."""
    remaining = list(answers)

    def handle(_: Request) -> Response:
        return (remaining.pop(0) if len(remaining) > 1 else remaining[0])()

    return handle


async def test_nothing_secret_is_logged_or_raised_over_a_whole_session(
    sdk: Sdk,
    server: HTTPServer,
    caplog: pytest.LogCaptureFixture,
    delays: list[float],
) -> None:
    """Token fetch, a retried 503, a create with a user token, 404, a 401 replay, a refused
    token request, a 403 with a static token, and rejected arguments: all at DEBUG.
    """
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="meemo_sdk")
    tokens = TokenEndpoint(server, only_secret=CLIENT_SECRET)
    server.expect_request(MEETINGS, method="GET").respond_with_handler(
        sequence(
            lambda: json_response(
                payloads.error_structured("unavailable", retry_after_seconds=1), status=503
            ),
            lambda: json_response(payloads.meeting_list_page()),
        )
    )
    server.expect_request(MEETINGS, method="POST").respond_with_json(
        payloads.created_meeting(), status=201
    )
    server.expect_request(MEETING).respond_with_json(
        payloads.error_detail_message(), status=404, headers={"X-Request-ID": "req-404"}
    )
    server.expect_request(TRANSCRIPT).respond_with_handler(
        lambda request: (
            json_response({"detail": "Token expired."}, status=401)
            if request.headers.get("Authorization") == bearer(issued_token(1))
            else json_response(payloads.transcript())
        )
    )
    server.expect_request(TOPICS).respond_with_json(
        {"detail": "You do not have permission to perform this action."}, status=403
    )
    raised: list[MeemoError] = []

    async def expect_failure(
        error_class: type[MeemoError], call: Callable[[Client], object], client: Client
    ) -> None:
        with pytest.raises(error_class) as caught:
            await sdk.run(call, client)
        raised.append(caught.value)

    client = sdk.client()
    await sdk.run(lambda c: c.meetings.list_meetings(title="sync", size=5), client)
    await sdk.run(
        lambda c: c.meetings.create_meeting(
            organization_id=7, title="Planning", user_token=USER_TOKEN, speaker_count=2
        ),
        client,
    )
    await expect_failure(
        NotFoundError, lambda c: c.meetings.get_meeting(payloads.MEETING_ID), client
    )
    await sdk.run(lambda c: c.meetings.get_transcript(payloads.MEETING_ID), client)
    await expect_failure(
        AuthenticationError,
        lambda c: c.meetings.list_topics(),
        sdk.client(client_secret=f"wrong-{SECRET_MARKER}"),
    )
    await expect_failure(
        PermissionDeniedError,
        lambda c: c.meetings.list_topics(),
        sdk.client(access_token=STATIC_TOKEN),
    )
    await expect_failure(
        InvalidRequestError,
        lambda c: c.meetings.create_meeting(organization_id=7, title="", user_token=USER_TOKEN),
        client,
    )
    with pytest.raises(ConfigurationError) as missing_id:
        sdk.client(client_id=None, client_secret=CLIENT_SECRET)
    raised.append(missing_id.value)

    # The scenario really happened: one retry, both tokens, every exchange logged.
    assert len(delays) == 1
    assert tokens.issued == [issued_token(1), issued_token(2)]
    sdk_records = [r for r in caplog.records if r.name == "meemo_sdk"]
    assert any(r.levelno == logging.INFO and "Retrying" in r.getMessage() for r in sdk_records)
    exchanges = [r.getMessage() for r in sdk_records if r.levelno == logging.DEBUG]
    for path in (TOKEN_PATH, MEETINGS, MEETING, TRANSCRIPT, TOPICS):
        assert any(f" {path} -> " in line for line in exchanges), (path, exchanges)
    assert {type(e) for e in raised} == {
        NotFoundError,
        AuthenticationError,
        PermissionDeniedError,
        InvalidRequestError,
        ConfigurationError,
    }

    for record in caplog.records:
        assert_no_secret(record.getMessage())
        assert_no_secret(repr(vars(record)))
    assert_no_secret(caplog.text)
    for error in raised:
        assert_exception_redacted(error)


@pytest.mark.nonconforming_responses
async def test_status_error_quotes_the_body_but_not_the_request_token(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """A proxy's plain-text error is quoted in the message; the request's token is not."""
    server.expect_request(MEETING).respond_with_data(
        "bad gateway", status=502, content_type="text/plain"
    )
    client = sdk.client(max_retries=0)

    with pytest.raises(InternalServerError) as caught:
        await sdk.run(lambda c: c.meetings.get_meeting(payloads.MEETING_ID), client)

    assert_exception_redacted(caught.value)
    assert "bad gateway" in caught.value.message
    assert caught.value.request is not None
    assert_no_secret(repr(caught.value.request))
    assert_no_secret(str(caught.value.request.url))

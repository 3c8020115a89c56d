"""The token and revoke exchanges: their answers are checked, never quoted, never redirected.

Every secret here contains `MARKER`; `everything_said` renders all an exception can show
(its traceback with the whole chain, its args and every attribute), so one substring test
covers each way a secret could leak.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import meemo_sdk
import pytest

from tests import payloads
from tests.harness.raw_server import RawRequest, RawServer, Reply, respond
from tests.resilience.conftest import Api, meeting_path

MARKER = "s3cr3t"
CLIENT_ID = "client-id-5b1e"
CLIENT_SECRET = f"cs-{MARKER}-2d9a6c"
STATIC_TOKEN = f"at-{MARKER}-static"
ISSUED_TOKEN = f"at-{MARKER}-issued"
TOKEN_PATH = "/api/auth/token/"
REVOKE_PATH = "/api/auth/revoke-token/"
MEETING = meeting_path(payloads.MEETING_ID)
CREDENTIALS: dict[str, Any] = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "access_token": None,
}
BOM = "\ufeff".encode()


def get_meeting(client: Any) -> Any:
    return client.meetings.get_meeting(payloads.MEETING_ID)


def revoke(client: Any) -> Any:
    return client.revoke_token()


def everything_said(error: BaseException) -> str:
    """All the text an exception can show: traceback and chain, args, every attribute."""
    parts = ["".join(traceback.format_exception(error))]
    pending: list[BaseException] = [error]
    visited: set[int] = set()
    while pending:
        exc = pending.pop()
        if id(exc) in visited:
            continue
        visited.add(id(exc))
        parts.append(repr(exc.args))
        for value in vars(exc).values():
            parts += [str(value), repr(value)]
        pending += [e for e in (exc.__cause__, exc.__context__) if e is not None]
    return "\n".join(parts)


def token_answer(**fields: object) -> dict[str, object]:
    return {
        "access_token": ISSUED_TOKEN,
        "token_type": "Bearer",
        "expires_in": 3600,
        "scope": "read",
        **fields,
    }


def without(field: str) -> dict[str, object]:
    answer = token_answer()
    del answer[field]
    return answer


def token_server(token_reply: Reply) -> Callable[[RawRequest], Reply]:
    """`token_reply` for every token or revoke request; a meeting for any API call."""

    def answer(request: RawRequest) -> Reply:
        if request.path in (TOKEN_PATH, REVOKE_PATH):
            return token_reply
        return respond(200, payloads.meeting_detail())

    return answer


# --- what a token answer must be ----------------------------------------------------------

UNUSABLE = [
    pytest.param(token_answer(access_token=None), "access_token is null", id="token-null"),
    pytest.param(token_answer(access_token=""), "access_token is an empty", id="token-empty"),
    pytest.param(token_answer(access_token=42), "access_token is a int", id="token-number"),
    pytest.param(token_answer(access_token=[ISSUED_TOKEN]), "a list", id="token-list"),
    pytest.param(without("access_token"), "access_token is missing", id="token-missing"),
    pytest.param(
        token_answer(access_token=f"{ISSUED_TOKEN}\r\nX-Injected: 1"),
        "Authorization header cannot carry",
        id="token-crlf",
    ),
    pytest.param(
        token_answer(access_token=f"{ISSUED_TOKEN}-caf\u00e9"),
        "Authorization header cannot carry",
        id="token-non-ascii",
    ),
    pytest.param(
        token_answer(access_token=f"{ISSUED_TOKEN} x"),
        "Authorization header cannot carry",
        id="token-space",
    ),
    pytest.param(token_answer(expires_in="3600"), "expires_in is a str", id="expiry-str"),
    pytest.param(token_answer(expires_in=None), "expires_in is null", id="expiry-null"),
    pytest.param(token_answer(expires_in=True), "expires_in is a bool", id="expiry-bool"),
    pytest.param(without("expires_in"), "expires_in is missing", id="expiry-missing"),
    pytest.param([token_answer()], "expected a JSON object", id="not-an-object"),
]


@pytest.mark.parametrize(("answer", "reason"), UNUSABLE)
def test_an_unusable_token_answer_stops_the_call_before_the_api(
    api: Api, raw_server: Callable[..., RawServer], answer: object, reason: str
) -> None:
    raw = raw_server(token_server(respond(200, answer)))

    with pytest.raises(meemo_sdk.APIResponseValidationError) as caught:
        api.call(raw.url, get_meeting, **CREDENTIALS)

    assert reason in str(caught.value)
    assert MARKER not in everything_said(caught.value)
    assert caught.value.body is None
    assert raw.seen("POST", TOKEN_PATH) == 1
    assert raw.seen("GET", MEETING) == 0  # never sent without a usable Authorization


def test_a_token_answer_with_a_byte_order_mark_is_read(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(token_server(respond(200, BOM + json.dumps(token_answer()).encode())))

    assert api.call(raw.url, get_meeting, **CREDENTIALS).id == payloads.MEETING_ID

    (call,) = [r for r in raw.requests if r.path == MEETING]
    assert call.headers["authorization"] == f"Bearer {ISSUED_TOKEN}"


# --- nothing of a credentials answer is quoted --------------------------------------------

ECHOING_ANSWERS = [
    pytest.param(
        respond(200, f"access_token={ISSUED_TOKEN}&expires_in=3600", content_type="text/plain"),
        id="200-form-encoded",
    ),
    pytest.param(respond(200, json.dumps(token_answer()).encode("utf-16")), id="200-utf16-json"),
    pytest.param(
        respond(200, BOM + f'{{"access_token": "{ISSUED_TOKEN}", '.encode()),
        id="200-bom-truncated-json",
    ),
    pytest.param(
        respond(
            400, BOM + f"bad client_secret {CLIENT_SECRET}".encode(), content_type="text/plain"
        ),
        id="400-bom-text",
    ),
    pytest.param(
        respond(
            400,
            f"<html><title>Bad secret {CLIENT_SECRET}</title></html>",
            content_type="text/html",
        ),
        id="400-html-title",
    ),
    pytest.param(
        respond(401, {"detail": f"unknown secret {CLIENT_SECRET} or token {STATIC_TOKEN}"}),
        id="401-json-detail",
    ),
    pytest.param(
        respond(
            401,
            {"error": "invalid_client", "error_description": f"secret {CLIENT_SECRET} refused"},
        ),
        id="401-oauth-echo",
    ),
    pytest.param(
        respond(502, f"upstream said: token {STATIC_TOKEN}", content_type="text/plain"),
        id="502-text",
    ),
]


@pytest.mark.parametrize("reply", ECHOING_ANSWERS)
@pytest.mark.parametrize("call", [get_meeting, revoke], ids=["token", "revoke"])
def test_no_part_of_a_credentials_answer_is_quoted(
    api: Api, raw_server: Callable[..., RawServer], reply: Reply, call: Callable[[Any], Any]
) -> None:
    raw = raw_server(token_server(reply))
    # For revoke, a static token to revoke (and the credentials to do it with).
    options = CREDENTIALS if call is get_meeting else {**CREDENTIALS, "access_token": STATIC_TOKEN}

    with pytest.raises(meemo_sdk.MeemoError) as caught:
        api.call(raw.url, call, **options)

    assert MARKER not in everything_said(caught.value)
    assert raw.seen("GET", MEETING) == 0


def test_a_standard_oauth_error_is_still_explained(
    api: Api, raw_server: Callable[..., RawServer]
) -> None:
    raw = raw_server(
        token_server(
            respond(
                401,
                {
                    "error": "invalid_client",
                    "error_description": f"Client {CLIENT_ID} with secret {CLIENT_SECRET} unknown",
                },
            )
        )
    )

    with pytest.raises(meemo_sdk.AuthenticationError) as caught:
        api.call(raw.url, get_meeting, **CREDENTIALS)

    assert caught.value.code == "invalid_client"
    assert caught.value.message == f"Client {CLIENT_ID} with secret *** unknown"
    assert caught.value.body == {
        "error": "invalid_client",
        "error_description": caught.value.message,
    }


# --- redirects ----------------------------------------------------------------------------


@pytest.mark.parametrize("call", [get_meeting, revoke], ids=["token", "revoke"])
def test_credentials_are_never_sent_to_a_redirect_target(
    api: Api, raw_server: Callable[..., RawServer], call: Callable[[Any], Any]
) -> None:
    elsewhere = raw_server(token_server(respond(200, token_answer())))
    raw = raw_server(
        token_server(respond(307, b"", headers={"Location": f"{elsewhere.url}{TOKEN_PATH}"}))
    )
    # The caller's own client follows redirects; the credentials requests still must not.
    http = (
        httpx.AsyncClient(follow_redirects=True)
        if api.is_async
        else httpx.Client(follow_redirects=True)
    )
    options = CREDENTIALS if call is get_meeting else {**CREDENTIALS, "access_token": STATIC_TOKEN}

    with pytest.raises(meemo_sdk.APIStatusError) as caught:
        api.call(raw.url, call, http_client=http, **options)

    assert caught.value.status_code == 307
    assert "redirect" in str(caught.value)
    assert elsewhere.requests == []
    assert raw.seen("GET", MEETING) == 0

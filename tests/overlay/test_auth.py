"""OAuth2 client credentials and static tokens: lazy, cached, refreshed early, single flight,
one replay after a 401; configuration from arguments and the environment.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from meemo_sdk import (
    AsyncMeemoClient,
    AuthenticationError,
    ConfigurationError,
    MeemoClient,
    MeemoError,
    Topic,
)
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests import payloads
from tests.harness.fixtures import FakeClock
from tests.overlay.support import (
    API,
    CLIENT_ID,
    CLIENT_SECRET,
    REVOKE_PATH,
    SECRET_MARKER,
    STATIC_TOKEN,
    TOKEN_PATH,
    WAIT_SECONDS,
    Client,
    Sdk,
    TokenEndpoint,
    api_requests,
    bearer,
    issued_token,
    json_response,
    requests_to,
)

TOPICS = f"{API}/topics/"
MEETING = f"{API}/meeting/{payloads.MEETING_ID}/"
CREATE = f"{API}/meeting/"
EXPIRED = {"detail": "Given token not valid for any token type"}


def list_topics(c: Client) -> object:
    return c.meetings.list_topics()


def serve_topics(server: HTTPServer) -> None:
    server.expect_request(TOPICS, method="GET").respond_with_json(payloads.topics())


def authorizations(server: HTTPServer) -> list[str | None]:
    return [request.headers.get("Authorization") for request in api_requests(server)]


async def test_constructing_a_client_sends_nothing(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    sdk.client()
    await sdk.close()

    assert server.log == []


async def test_token_is_fetched_once_and_reused(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    serve_topics(server)

    for _ in range(3):
        await sdk.run(list_topics)

    [token_request] = token_endpoint.requests
    assert token_request.method == "POST"
    assert token_request.mimetype == "application/x-www-form-urlencoded"
    assert token_request.form.to_dict(flat=False) == {
        "grant_type": ["client_credentials"],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
    }
    assert "Authorization" not in token_request.headers
    assert authorizations(server) == [bearer(issued_token(1))] * 3


async def test_token_is_refreshed_before_it_expires(
    sdk: Sdk, server: HTTPServer, clock: FakeClock
) -> None:
    tokens = TokenEndpoint(server, expires_in=3600)
    serve_topics(server)

    await sdk.run(list_topics)
    clock.advance(1800)  # half-way through the token's life: keep it
    await sdk.run(list_topics)
    clock.advance(1799)  # one second before the server would expire it: replace it now
    await sdk.run(list_topics)
    await sdk.run(list_topics)

    assert tokens.issued == [issued_token(1), issued_token(2)]
    assert authorizations(server) == [
        bearer(issued_token(1)),
        bearer(issued_token(1)),
        bearer(issued_token(2)),
        bearer(issued_token(2)),
    ]


def reject(token: str, body: object, status: int = 200) -> Callable[[Request], Response]:
    """A handler that answers 401 to `token` and `body` to any other token."""

    def handle(request: Request) -> Response:
        if request.headers.get("Authorization") == bearer(token):
            return json_response(EXPIRED, status=401)
        return json_response(body, status=status)

    return handle


async def test_401_drops_the_token_fetches_a_new_one_and_replays_once(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETING).respond_with_handler(
        reject(issued_token(1), payloads.meeting_detail())
    )

    first = await sdk.run(lambda c: c.meetings.get_meeting(payloads.MEETING_ID))
    await sdk.run(lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    assert first.id == payloads.MEETING_ID
    assert token_endpoint.issued == [issued_token(1), issued_token(2)]
    assert authorizations(server) == [
        bearer(issued_token(1)),
        bearer(issued_token(2)),
        bearer(issued_token(2)),
    ]


async def test_401_on_create_is_not_replayed_but_the_next_call_gets_a_new_token(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """A create the server saw is never sent twice; the refused token is still dropped."""
    server.expect_request(CREATE, method="POST").respond_with_handler(
        reject(issued_token(1), payloads.created_meeting(), status=201)
    )

    with pytest.raises(AuthenticationError):
        await sdk.run(
            lambda c: c.meetings.create_meeting(
                organization_id=7, title="Planning", speaker_count=3
            )
        )
    await sdk.run(
        lambda c: c.meetings.create_meeting(organization_id=7, title="Planning", speaker_count=3)
    )

    assert token_endpoint.issued == [issued_token(1), issued_token(2)]
    assert authorizations(server) == [bearer(issued_token(1)), bearer(issued_token(2))]


async def test_a_second_401_is_raised(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETING).respond_with_json(EXPIRED, status=401)

    with pytest.raises(AuthenticationError) as caught:
        await sdk.run(lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    assert caught.value.status_code == 401
    assert caught.value.message == EXPIRED["detail"]
    assert len(token_endpoint.requests) == 2
    assert authorizations(server) == [bearer(issued_token(1)), bearer(issued_token(2))]


@pytest.mark.parametrize(
    ("status", "body"),
    [
        pytest.param(401, payloads.error_oauth(), id="401-invalid-client"),
        pytest.param(
            400,
            {"error": "unsupported_grant_type", "error_description": "Use client_credentials."},
            id="400-unsupported-grant",
        ),
    ],
)
async def test_token_endpoint_failure_raises_authentication_error(
    sdk: Sdk, server: HTTPServer, status: int, body: dict[str, str]
) -> None:
    server.expect_request(TOKEN_PATH, method="POST").respond_with_json(body, status=status)

    with pytest.raises(AuthenticationError) as caught:
        await sdk.run(list_topics)

    error = caught.value
    assert error.status_code == status
    assert error.message == body["error_description"]
    assert error.code == body["error"]
    assert body["error_description"] in str(error)
    assert SECRET_MARKER not in str(error)
    assert SECRET_MARKER not in repr(error)
    assert api_requests(server) == []


async def test_a_failed_token_request_is_not_cached(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_oneshot_request(TOKEN_PATH, method="POST").respond_with_json(
        payloads.error_oauth(), status=401
    )
    serve_topics(server)

    with pytest.raises(AuthenticationError):
        await sdk.run(list_topics)
    topics = await sdk.run(list_topics)

    assert all(isinstance(topic, Topic) for topic in topics)
    assert len(requests_to(server, TOKEN_PATH)) == 2
    assert authorizations(server) == [bearer(issued_token(1))]


# --- single flight -----------------------------------------------------------------------------

CALLERS = 50


def test_concurrent_first_calls_from_threads_share_one_token_request(
    server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    serve_topics(server)
    token_endpoint.gate = threading.Event()
    barrier = threading.Barrier(CALLERS)
    started = threading.Semaphore(0)
    origin = f"http://{server.host}:{server.port}"

    with MeemoClient(CLIENT_ID, CLIENT_SECRET, origin) as client:

        def call() -> list[Topic]:
            barrier.wait(WAIT_SECONDS)
            started.release()
            return client.meetings.list_topics()

        with ThreadPoolExecutor(max_workers=CALLERS) as pool:
            futures = [pool.submit(call) for _ in range(CALLERS)]
            try:
                for _ in range(CALLERS):
                    assert started.acquire(timeout=WAIT_SECONDS)
                assert token_endpoint.requested.wait(WAIT_SECONDS)
            finally:
                token_endpoint.gate.set()  # hold the first fetch until every caller is in
            results = [future.result(WAIT_SECONDS) for future in futures]

    assert all(len(topics) == 2 for topics in results)
    assert token_endpoint.issued == [issued_token(1)]
    assert authorizations(server) == [bearer(issued_token(1))] * CALLERS


async def test_concurrent_first_calls_from_tasks_share_one_token_request(
    server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    serve_topics(server)
    gate = token_endpoint.gate = threading.Event()
    started = 0
    origin = f"http://{server.host}:{server.port}"

    async with AsyncMeemoClient(CLIENT_ID, CLIENT_SECRET, origin) as client:

        async def call() -> list[Topic]:
            nonlocal started
            started += 1
            return await client.meetings.list_topics()

        async def open_gate_once_all_started() -> None:
            try:
                assert await asyncio.to_thread(token_endpoint.requested.wait, WAIT_SECONDS)
                assert started == CALLERS
            finally:
                gate.set()

        callers = asyncio.gather(*(call() for _ in range(CALLERS)))
        results, _ = await asyncio.gather(callers, open_gate_once_all_started())

    assert all(len(topics) == 2 for topics in results)
    assert token_endpoint.issued == [issued_token(1)]
    assert authorizations(server) == [bearer(issued_token(1))] * CALLERS


# --- static tokens -----------------------------------------------------------------------------


async def test_static_access_token_never_calls_the_token_endpoint(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    serve_topics(server)
    client = sdk.client(access_token=STATIC_TOKEN)

    await sdk.run(list_topics, client)
    await sdk.run(list_topics, client)

    assert token_endpoint.requests == []
    assert authorizations(server) == [bearer(STATIC_TOKEN)] * 2


async def test_static_access_token_from_the_environment(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEMO_ACCESS_TOKEN", STATIC_TOKEN)
    serve_topics(server)
    client = sdk.client(client_id=None, client_secret=None)

    await sdk.run(list_topics, client)

    assert token_endpoint.requests == []
    assert authorizations(server) == [bearer(STATIC_TOKEN)]


async def test_static_access_token_401_is_raised_without_a_token_request(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(TOPICS).respond_with_json(EXPIRED, status=401)
    client = sdk.client(access_token=STATIC_TOKEN)

    with pytest.raises(AuthenticationError):
        await sdk.run(list_topics, client)

    assert token_endpoint.requests == []
    assert len(api_requests(server)) == 1


# --- configuration -----------------------------------------------------------------------------


async def test_credentials_and_base_url_from_the_environment(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEMO_CLIENT_ID", "env-client")
    monkeypatch.setenv("MEEMO_CLIENT_SECRET", f"env-{SECRET_MARKER}")
    monkeypatch.setenv("MEEMO_BASE_URL", f"{sdk.origin}/api/")
    serve_topics(server)
    client = sdk.client(base_url=None, client_id=None, client_secret=None)

    await sdk.run(list_topics, client)

    assert client.base_url == sdk.origin
    [token_request] = token_endpoint.requests
    assert token_request.form["client_id"] == "env-client"
    assert token_request.form["client_secret"] == f"env-{SECRET_MARKER}"
    assert authorizations(server) == [bearer(issued_token(1))]


async def test_arguments_win_over_the_environment(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEEMO_CLIENT_ID", "env-client")
    monkeypatch.setenv("MEEMO_BASE_URL", "http://127.0.0.1:9")  # nothing must go here
    serve_topics(server)

    await sdk.run(list_topics)

    assert token_endpoint.requests[0].form["client_id"] == CLIENT_ID


@pytest.mark.parametrize("suffix", ["", "/", "/api", "/api/"])
async def test_base_url_suffixes_are_normalised(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, suffix: str
) -> None:
    serve_topics(server)
    client = sdk.client(base_url=sdk.origin + suffix)

    await sdk.run(list_topics, client)

    assert client.base_url == sdk.origin
    assert [request.path for request, _ in server.log] == [TOKEN_PATH, TOPICS]


def test_base_url_defaults_to_production() -> None:
    with MeemoClient(CLIENT_ID, CLIENT_SECRET) as client:
        assert client.base_url == "https://api-meemo.glair.ai"


@pytest.mark.parametrize(
    ("arguments", "environment", "named", "not_named"),
    [
        pytest.param(
            {},
            {},
            ["client_id", "client_secret", "MEEMO_CLIENT_ID", "MEEMO_CLIENT_SECRET"],
            [],
            id="nothing",
        ),
        pytest.param(
            {"client_id": CLIENT_ID},
            {},
            ["client_secret", "MEEMO_CLIENT_SECRET"],
            ["MEEMO_CLIENT_ID"],
            id="no-secret",
        ),
        pytest.param(
            {},
            {"MEEMO_CLIENT_SECRET": CLIENT_SECRET},
            ["client_id", "MEEMO_CLIENT_ID"],
            ["MEEMO_CLIENT_SECRET"],
            id="no-id",
        ),
        pytest.param(
            {"client_secret": CLIENT_SECRET},
            {"MEEMO_CLIENT_ID": ""},
            ["client_id", "MEEMO_CLIENT_ID"],
            ["MEEMO_CLIENT_SECRET"],
            id="empty-env-id",
        ),
    ],
)
async def test_missing_credentials_fail_at_construction(
    sdk: Sdk,
    server: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    arguments: dict[str, str],
    environment: dict[str, str],
    named: list[str],
    not_named: list[str],
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    options: dict[str, str | None] = {"client_id": None, "client_secret": None, **arguments}

    with pytest.raises(ConfigurationError) as caught:
        sdk.client(**options)

    message = str(caught.value)
    assert all(name in message for name in named), message
    assert not any(name in message for name in not_named), message
    assert SECRET_MARKER not in message
    assert isinstance(caught.value, MeemoError)
    assert server.log == []


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"base_url": "127.0.0.1:8000"}, id="base-url-without-scheme"),
        pytest.param({"base_url": "ftp://files.example.com"}, id="base-url-ftp"),
        pytest.param({"access_token": ""}, id="empty-static-token"),
        pytest.param({"max_retries": -1}, id="negative-retries"),
        pytest.param({"timeout": 0}, id="zero-timeout"),
    ],
)
async def test_bad_configuration_fails_at_construction(
    sdk: Sdk, server: HTTPServer, options: dict[str, object]
) -> None:
    with pytest.raises(ConfigurationError):
        sdk.client(**options)

    assert server.log == []


# --- revocation --------------------------------------------------------------------------------


async def test_revoke_token_posts_it_and_forgets_it(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(REVOKE_PATH, method="POST").respond_with_json({})
    serve_topics(server)
    client = sdk.default

    await sdk.run(list_topics)
    await sdk.run(lambda c: c.revoke_token(), client)
    await sdk.run(list_topics)

    [revoke] = requests_to(server, REVOKE_PATH)
    assert revoke.mimetype == "application/x-www-form-urlencoded"
    assert revoke.form.to_dict(flat=False) == {
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
        "token": [issued_token(1)],
    }
    assert "Authorization" not in revoke.headers
    assert authorizations(server) == [bearer(issued_token(1)), bearer(issued_token(2))]


async def test_revoke_token_before_any_call_sends_nothing(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    await sdk.run(lambda c: c.revoke_token())

    assert server.log == []


def test_missing_credentials_message_says_how_to_pass_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("MEEMO_CLIENT_ID", "MEEMO_CLIENT_SECRET", "MEEMO_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError) as caught:
        MeemoClient(base_url="http://127.0.0.1:9")
    assert "Pass client_id= and client_secret= to the client" in str(caught.value)
    assert "MEEMO_CLIENT_ID and MEEMO_CLIENT_SECRET" in str(caught.value)

"""A Meemo stand-in on pytest-httpserver, and one way to drive either SDK client from a test.

Every secret below contains `SECRET_MARKER`, so a redaction check is one substring
test however the secret was mangled into a message.
"""

from __future__ import annotations

import inspect
import json
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final

from meemo_sdk import AsyncMeemoClient, MeemoClient
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

SECRET_MARKER: Final = "s3cr3t"
CLIENT_ID: Final = "meemo-test-client"
CLIENT_SECRET: Final = f"cs-{SECRET_MARKER}-7Hq2ZpL9"
STATIC_TOKEN: Final = f"at-{SECRET_MARKER}-static-5Kd8"
USER_TOKEN: Final = f"upt-{SECRET_MARKER}-user-3Vn6"
ISSUED_TOKEN_PREFIX: Final = f"at-{SECRET_MARKER}-issued-"

TOKEN_PATH: Final = "/api/auth/token/"
REVOKE_PATH: Final = "/api/auth/revoke-token/"
API: Final = "/api/v1/external"
# Long enough for a loaded CI machine, short enough that a broken test fails instead of hanging.
WAIT_SECONDS: Final = 10.0

Client = MeemoClient | AsyncMeemoClient


def issued_token(n: int) -> str:
    """The `n`-th token (1-based) a `TokenEndpoint` hands out."""
    return f"{ISSUED_TOKEN_PREFIX}{n}"


def bearer(token: str) -> str:
    return f"Bearer {token}"


def bad(value: object) -> Any:
    """Pass a value of the wrong type to a typed SDK method, on purpose."""
    return value


def json_response(
    body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    return Response(
        json.dumps(body), status=status, headers=dict(headers or {}), mimetype="application/json"
    )


def requests_to(server: HTTPServer, path_prefix: str) -> list[Request]:
    """The requests the server saw whose path starts with `path_prefix`, oldest first."""
    return [request for request, _ in server.log if request.path.startswith(path_prefix)]


def api_requests(server: HTTPServer) -> list[Request]:
    return requests_to(server, API)


def query(request: Request) -> dict[str, str]:
    """The query as a flat dict; a parameter sent twice fails the test."""
    values = request.args.to_dict(flat=False)
    repeated = {key: items for key, items in values.items() if len(items) != 1}
    assert not repeated, f"query parameters sent more than once: {repeated}"
    return {key: items[0] for key, items in values.items()}


def json_body(request: Request) -> Any:
    assert request.mimetype == "application/json", request.headers.get("Content-Type")
    return json.loads(request.get_data())


class TokenEndpoint:
    """The OAuth2 token endpoint: a fresh token per request, numbered from 1.

    With `gate` set, each token request waits for that event first, which holds
    the first caller inside its token fetch while others pile up behind it. With
    `only_secret` set, any other client secret gets the OAuth `invalid_client` 401.
    """

    def __init__(
        self, server: HTTPServer, *, expires_in: int = 10800, only_secret: str | None = None
    ) -> None:
        self.server = server
        self.expires_in = expires_in
        self.only_secret = only_secret
        self.issued: list[str] = []
        self.requested = threading.Event()
        self.gate: threading.Event | None = None
        server.expect_request(TOKEN_PATH, method="POST").respond_with_handler(self._issue)

    def _issue(self, request: Request) -> Response:
        self.requested.set()
        if self.only_secret is not None and request.form.get("client_secret") != self.only_secret:
            return json_response(
                {"error": "invalid_client", "error_description": "Client authentication failed."},
                status=401,
            )
        if self.gate is not None:
            assert self.gate.wait(WAIT_SECONDS), "the test never opened the token endpoint's gate"
        token = issued_token(len(self.issued) + 1)
        self.issued.append(token)
        return json_response(
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": self.expires_in,
                "scope": "read write",
            }
        )

    @property
    def requests(self) -> list[Request]:
        return requests_to(self.server, TOKEN_PATH)


class Sdk:
    """Builds clients of one flavour (sync or async) and calls them alike from async tests.

    `run` takes a function of the client, such as
    `lambda c: c.meetings.get_meeting(1)`, and returns its result, awaiting it on
    the async client; an exception comes out of `run` on both.
    """

    def __init__(self, flavour: str, server: HTTPServer) -> None:
        self.flavour = flavour
        self.server = server
        self.origin = f"http://{server.host}:{server.port}"
        self._clients: list[Client] = []
        self._default: Client | None = None

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    def client(self, **options: Any) -> Client:
        """A client for the stand-in; client credentials unless `access_token` is given."""
        options.setdefault("base_url", self.origin)
        if "access_token" not in options:
            options.setdefault("client_id", CLIENT_ID)
            options.setdefault("client_secret", CLIENT_SECRET)
        client: Client = AsyncMeemoClient(**options) if self.is_async else MeemoClient(**options)
        self._clients.append(client)
        return client

    def set_default(self, **options: Any) -> Client:
        """Make `run` use a client built with `options` when it is given none."""
        self._default = self.client(**options)
        return self._default

    @property
    def default(self) -> Client:
        if self._default is None:
            self._default = self.client()
        return self._default

    async def run(self, call: Callable[[Client], object], client: Client | None = None) -> Any:
        result = call(client if client is not None else self.default)
        return await result if inspect.isawaitable(result) else result

    async def close(self) -> None:
        for client in self._clients:
            if isinstance(client, AsyncMeemoClient):
                await client.aclose()
            else:
                client.close()

"""Helpers for the sandbox tests: openapi-core adapters for httpx, tokens, and page walking."""

from __future__ import annotations

import warnings
from typing import Any
from urllib.parse import parse_qsl

import httpx
from meemo_sdk.testing import Credentials
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

MEETINGS = "/api/v1/external/meeting/"
TOPICS = "/api/v1/external/topics/"
TOKEN = "/api/auth/token/"
REVOKE = "/api/auth/revoke-token/"
JSON = dict[str, Any]


class OpenAPIRequest:
    """An httpx request as openapi-core's Request protocol sees it."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self._request.url.scheme}://{self._request.url.netloc.decode()}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", "")).lower()


class OpenAPIResponse:
    """An httpx response as openapi-core's Response protocol sees it."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", "")).lower()

    @property
    def headers(self) -> Headers:
        return Headers(list(self._response.headers.multi_items()))

    @property
    def data(self) -> bytes | None:
        return self._response.content


def validate_request(spec: OpenAPI, request: httpx.Request) -> None:
    with warnings.catch_warnings():
        # openapi-core cannot check OAuth2 security schemes and says so on every call.
        warnings.filterwarnings("ignore", "Unsupported scheme type", UserWarning)
        spec.validate_request(OpenAPIRequest(request))


def validate_response(spec: OpenAPI, response: httpx.Response) -> None:
    spec.validate_response(OpenAPIRequest(response.request), OpenAPIResponse(response))


def token(http: httpx.Client, credentials: Credentials) -> str:
    response = http.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        },
    )
    assert response.status_code == 200, response.text
    value: str = response.json()["access_token"]
    return value


class AuthHeaders(dict[str, str]):
    """Request headers whose repr hides the token, so a failing test never prints it."""

    def __repr__(self) -> str:
        return "{'Authorization': 'Bearer <redacted>'}"


def bearer(value: str) -> dict[str, str]:
    return AuthHeaders(Authorization=f"Bearer {value}")


def all_meetings(
    http: httpx.Client, auth: dict[str, str], size: int | str = 100, **params: str | int
) -> list[JSON]:
    """Every meeting matching ``params``, following ``next`` links to the end."""
    url: str | None = MEETINGS
    query: dict[str, str | int] | None = {**params, "size": size}
    found: list[JSON] = []
    while url is not None:
        response = http.get(url, headers=auth, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        found.extend(page["results"])
        url, query = page["next"], None
    return found

"""Browser code on this machine (a frontend dev server) may call the sandbox; other origins
get no CORS grant."""

from __future__ import annotations

import httpx
import pytest
from meemo_sandbox import cors
from meemo_sdk.testing import Sandbox

from tests.sandbox.support import MEETINGS, TOKEN, TOPICS

LOCAL_ORIGINS = [
    "http://localhost:5173",
    "http://localhost",
    "https://localhost:8443",
    "http://127.0.0.1:3000",
    "http://[::1]:4200",
    "http://app.localhost:5173",
]
FOREIGN_ORIGINS = [
    "https://evil.example",
    "http://localhost.evil.example",
    "http://127.0.0.2:3000",
    "http://192.168.1.20:5173",
    "null",
    "file://",
    "http://localhost:5173/path",
    "http://user@localhost:5173",
    "http://localhost:99999",
    "http://[::1",
    "ftp://localhost",
]


def _preflight(
    http: httpx.Client, origin: str, method: str = "GET", path: str = MEETINGS
) -> httpx.Response:
    return http.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )


@pytest.mark.parametrize("origin", LOCAL_ORIGINS)
def test_a_preflight_from_a_local_page_is_granted(raw_http: httpx.Client, origin: str) -> None:
    response = _preflight(raw_http, origin, "POST")

    assert response.status_code == 204
    headers = response.headers
    assert headers["Access-Control-Allow-Origin"] == origin
    assert set(headers["Access-Control-Allow-Methods"].split(", ")) == {
        "GET",
        "HEAD",
        "OPTIONS",
        "POST",
    }
    assert headers["Access-Control-Allow-Headers"] == "authorization, content-type"
    assert headers["Access-Control-Max-Age"] == str(cors.PREFLIGHT_MAX_AGE)
    assert "Access-Control-Allow-Credentials" not in headers
    assert {"Origin", "Access-Control-Request-Method"} <= set(headers["Vary"].split(", "))


@pytest.mark.parametrize("origin", FOREIGN_ORIGINS)
def test_a_preflight_from_any_other_origin_is_refused(raw_http: httpx.Client, origin: str) -> None:
    response = _preflight(raw_http, origin)

    assert response.status_code == 403
    assert "localhost" in response.json()["detail"]
    assert not [name for name in response.headers if name.lower().startswith("access-control-")]
    assert "Origin" in response.headers["Vary"]


def test_a_local_page_can_read_answers_and_their_request_id(
    raw_http: httpx.Client, auth: dict[str, str]
) -> None:
    origin = "http://localhost:5173"
    ok = raw_http.get(MEETINGS, headers={**auth, "Origin": origin})
    refused = raw_http.get(MEETINGS, headers={"Origin": origin})  # no token: still readable
    granted = raw_http.post(
        TOKEN,
        headers={"Origin": origin},
        data={
            "grant_type": "client_credentials",
            "client_id": "sandbox-client",
            "client_secret": "sandbox-secret",
        },
    )

    for response in (ok, refused, granted):
        assert response.headers["Access-Control-Allow-Origin"] == origin
        exposed = response.headers["Access-Control-Expose-Headers"].split(", ")
        assert {"X-Request-ID", "Retry-After", "WWW-Authenticate"} <= set(exposed)
        assert response.headers["Vary"] == "Origin"
    assert (ok.status_code, refused.status_code, granted.status_code) == (200, 401, 200)


@pytest.mark.parametrize("origin", ["https://evil.example", "http://192.168.1.20:5173"])
def test_other_origins_are_answered_without_a_grant(
    raw_http: httpx.Client, auth: dict[str, str], origin: str
) -> None:
    response = raw_http.get(MEETINGS, headers={**auth, "Origin": origin})

    assert response.status_code == 200  # served: the browser, not the server, withholds it
    assert "Access-Control-Allow-Origin" not in response.headers
    assert response.headers["Vary"] == "Origin"


def test_a_request_without_origin_gets_no_cors_headers(
    raw_http: httpx.Client, auth: dict[str, str]
) -> None:
    response = raw_http.get(TOPICS, headers=auth)

    assert not [name for name in response.headers if name.lower().startswith("access-control-")]
    assert "Vary" not in response.headers


def test_plain_options_lists_the_methods_and_unknown_paths_are_404(
    raw_http: httpx.Client,
) -> None:
    plain = raw_http.options(f"{MEETINGS}1001/")
    unknown = _preflight(raw_http, "http://localhost:5173", path="/api/v1/external/nothing/")

    assert (plain.status_code, plain.headers["Allow"]) == (204, "GET, HEAD, OPTIONS")
    assert unknown.status_code == 404
    assert unknown.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"


def test_preflights_are_logged_and_never_consume_an_injected_failure(
    raw_http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    sandbox.fail_next(503)

    preflight = _preflight(raw_http, "http://localhost:5173")
    actual = raw_http.get(MEETINGS, headers={**auth, "Origin": "http://localhost:5173"})

    assert (preflight.status_code, actual.status_code) == (204, 503)
    assert actual.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    assert [(r.method, r.status) for r in sandbox.requests[-2:]] == [("OPTIONS", 204), ("GET", 503)]


def test_private_network_access_is_granted_to_local_pages(raw_http: httpx.Client) -> None:
    response = raw_http.options(
        MEETINGS,
        headers={
            "Origin": "http://app.localhost:5173",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Private-Network": "true",
        },
    )

    assert response.headers["Access-Control-Allow-Private-Network"] == "true"
    assert "Access-Control-Allow-Headers" not in response.headers  # none were asked for

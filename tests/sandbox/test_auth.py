"""OAuth2 tokens, their lifetime and revocation; 401, 403 and 404 rules."""

from __future__ import annotations

import httpx
import pytest
from meemo_sdk.testing import ManualClock, Sandbox, SandboxServer

from tests.sandbox.support import MEETINGS, REVOKE, TOKEN, TOPICS, all_meetings, bearer, token


def _grant(client_id: str, client_secret: str) -> dict[str, str]:
    return {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }


def test_token_response_carries_the_configured_lifetime(
    http: httpx.Client, server: SandboxServer, sandbox: Sandbox
) -> None:
    creds = server.credentials
    response = http.post(TOKEN, data=_grant(creds.client_id, creds.client_secret))
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == sandbox.token_lifetime
    assert response.headers["Cache-Control"] == "no-store"
    assert http.get(MEETINGS, headers=bearer(body["access_token"])).status_code == 200


@pytest.mark.parametrize(
    ("client_id", "client_secret"),
    [("sandbox-client", "wrong"), ("nobody", "sandbox-secret"), ("", "")],
)
def test_bad_client_credentials_get_an_oauth_401(
    http: httpx.Client, client_id: str, client_secret: str
) -> None:
    response = http.post(TOKEN, data=_grant(client_id, client_secret))
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert "wrong" not in response.text  # the secret sent is never echoed


def test_malformed_token_requests_get_an_oauth_400(
    http: httpx.Client, server: SandboxServer
) -> None:
    creds = server.credentials
    form = _grant(creds.client_id, creds.client_secret)
    cases = {
        "unsupported_grant_type": http.post(TOKEN, data={**form, "grant_type": "password"}),
        "invalid_request": http.post(
            TOKEN, data={k: v for k, v in form.items() if k != "grant_type"}
        ),
    }
    for error, response in cases.items():
        assert response.status_code == 400
        assert response.json()["error"] == error
        assert response.json()["error_description"]


def test_token_request_must_be_form_encoded(raw_http: httpx.Client, server: SandboxServer) -> None:
    creds = server.credentials
    response = raw_http.post(TOKEN, json=_grant(creds.client_id, creds.client_secret))
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_token_expires_after_its_lifetime(
    http: httpx.Client, server: SandboxServer, clock: ManualClock, sandbox: Sandbox
) -> None:
    auth = bearer(token(http, server.credentials))
    clock.advance(sandbox.token_lifetime - 1)
    assert http.get(MEETINGS, headers=auth).status_code == 200
    clock.advance(1)
    expired = http.get(MEETINGS, headers=auth)
    assert expired.status_code == 401
    assert expired.json() == {"detail": "Token has expired."}
    assert "invalid_token" in expired.headers["WWW-Authenticate"]
    assert http.get(MEETINGS, headers=bearer(token(http, server.credentials))).status_code == 200


def test_custom_credentials_and_lifetime(clock: ManualClock) -> None:
    sandbox = Sandbox(client_id="svc", client_secret="s3cret", token_lifetime=60, clock=clock)
    with SandboxServer(sandbox) as server, httpx.Client(base_url=server.base_url) as http:
        assert http.post(TOKEN, data=_grant("sandbox-client", "sandbox-secret")).status_code == 401
        granted = http.post(TOKEN, data=_grant("svc", "s3cret")).json()
        assert granted["expires_in"] == 60
        clock.advance(60)
        assert http.get(TOPICS, headers=bearer(granted["access_token"])).status_code == 401
    assert "s3cret" not in repr(sandbox.credentials)


def test_revoked_token_stops_working(http: httpx.Client, server: SandboxServer) -> None:
    creds = server.credentials
    access = token(http, server.credentials)
    other = token(http, server.credentials)
    form = {"client_id": creds.client_id, "client_secret": creds.client_secret}
    assert http.post(REVOKE, data={**form, "token": access}).json() == {}
    assert http.get(MEETINGS, headers=bearer(access)).status_code == 401
    assert http.get(MEETINGS, headers=bearer(other)).status_code == 200
    # Revoking again, or a token never issued, is acknowledged (RFC 7009).
    assert http.post(REVOKE, data={**form, "token": access}).status_code == 200
    assert http.post(REVOKE, data={**form, "token": "never-issued"}).status_code == 200


def test_a_client_cannot_revoke_another_clients_token(
    http: httpx.Client, server: SandboxServer
) -> None:
    access = token(http, server.credentials)
    limited = server.limited_credentials
    form = {"client_id": limited.client_id, "client_secret": limited.client_secret}
    assert http.post(REVOKE, data={**form, "token": access}).status_code == 200
    assert http.get(MEETINGS, headers=bearer(access)).status_code == 200
    wrong_secret = {"client_id": server.client_id, "client_secret": "nope", "token": access}
    assert http.post(REVOKE, data=wrong_secret).status_code == 401
    assert http.get(MEETINGS, headers=bearer(access)).status_code == 200


@pytest.mark.parametrize(
    ("authorization", "detail"),
    [
        (None, "Authentication credentials were not provided."),
        ("Bearer not-a-token", "Invalid token."),
        ("Basic c2FuZGJveDpzZWNyZXQ=", "Invalid token."),
        ("Bearer", "Invalid token."),
    ],
)
def test_api_calls_without_a_valid_token_get_401(
    http: httpx.Client, authorization: str | None, detail: str
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    response = http.get(f"{MEETINGS}1001/", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": detail}
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_limited_credentials_see_one_organization(
    http: httpx.Client,
    sandbox: Sandbox,
    auth: dict[str, str],
    limited_auth: dict[str, str],
) -> None:
    visible = {m["id"] for m in all_meetings(http, limited_auth)}
    assert visible == set(sandbox.meeting_ids(organization_id=7))
    assert len(visible) < len(all_meetings(http, auth))
    topics = http.get(TOPICS, headers=limited_auth).json()
    all_topics = http.get(TOPICS, headers=auth).json()
    assert topics == http.get(TOPICS, headers=auth, params={"organization_id": 7}).json()
    assert len(topics) < len(all_topics)


def test_another_organizations_meeting_is_403_not_404(
    http: httpx.Client, sandbox: Sandbox, limited_auth: dict[str, str]
) -> None:
    hidden = sandbox.meeting_ids(organization_id=9)[0]
    for suffix in ("", "transcript/", "summary/", "participants/", "recording/"):
        response = http.get(f"{MEETINGS}{hidden}/{suffix}", headers=limited_auth)
        assert response.status_code == 403
        error = response.json()["error"]
        assert error["code"] == "forbidden"
        assert error["request_id"] == response.headers["X-Request-ID"]
        assert error["recovery"]["retryable"] is False


def test_unknown_meeting_is_404_and_a_bad_id_is_400(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    assert http.get(f"{MEETINGS}424242/", headers=auth).json() == {"detail": "Not found."}
    assert http.get(f"{MEETINGS}424242/summary/", headers=auth).status_code == 404
    for bad in ("abc", "0", "-5"):
        response = http.get(f"{MEETINGS}{bad}/", headers=auth)
        assert response.status_code == 400
        assert response.json()["detail"][0]["loc"] == ["path", "meeting_id"]


def test_every_response_has_its_own_request_id(
    http: httpx.Client, sandbox: Sandbox, auth: dict[str, str]
) -> None:
    ids = {http.get(path, headers=auth).headers["X-Request-ID"] for path in (MEETINGS, TOPICS)}
    ids.add(http.get(MEETINGS).headers["X-Request-ID"])
    assert len(ids) == 3
    assert ids <= {r.request_id for r in sandbox.requests}


def test_off_spec_requests_still_get_json_errors(
    raw_http: httpx.Client, auth: dict[str, str]
) -> None:
    missing = raw_http.get("/api/v1/external/nothing-here/", headers=auth)
    assert (missing.status_code, missing.json()) == (404, {"detail": "Not found."})
    wrong_method = raw_http.delete(f"{MEETINGS}1001/", headers=auth)
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET, HEAD"
    assert "X-Request-ID" in wrong_method.headers
    oversized = raw_http.post(TOKEN, data={"grant_type": "client_credentials", "x": "y" * 2**21})
    assert (oversized.status_code, oversized.headers["Content-Type"]) == (413, "application/json")
    no_slash = raw_http.get(MEETINGS.rstrip("/"), headers=auth)
    assert no_slash.status_code == 308
    assert no_slash.headers["Location"].endswith(MEETINGS)

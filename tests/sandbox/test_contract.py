"""Every operation in openapi.yaml, walked over real HTTP: requests and responses must match it."""

from __future__ import annotations

import httpx
import pytest
from meemo_sdk.testing import Sandbox, SandboxServer
from openapi_core import OpenAPI

from tests.sandbox.support import (
    MEETINGS,
    REVOKE,
    TOKEN,
    TOPICS,
    all_meetings,
    bearer,
    token,
    validate_request,
)

SUB_RESOURCES = ("transcript", "summary", "participants", "recording", "summary-with-video")
API = "/api/v1/external"
WEBHOOKS = f"{API}/webhooks/"
WEBHOOK_EVENTS = f"{API}/webhook-events/"


def _operation_ids(spec: OpenAPI) -> set[str]:
    with (spec.spec / "paths").open() as paths:
        return {
            operation["operationId"]
            for item in paths.values()
            for method, operation in item.items()
            if method in ("get", "post", "put", "patch", "delete")
        }


def test_every_operation_answers_as_documented(
    http: httpx.Client, server: SandboxServer, spec: OpenAPI
) -> None:
    walked: dict[str, httpx.Response] = {}
    creds = server.credentials
    form = {"client_id": creds.client_id, "client_secret": creds.client_secret}
    walked["create_access_token"] = http.post(
        TOKEN, data={"grant_type": "client_credentials", **form}
    )
    access = walked["create_access_token"].json()["access_token"]
    auth = bearer(access)
    walked["list_meetings"] = http.get(
        MEETINGS,
        headers=auth,
        params={"organization_id": 7, "title": "a", "summary_complete": "true", "size": 3},
    )
    meeting_id = walked["list_meetings"].json()["results"][0]["id"]
    walked["get_meeting"] = http.get(f"{MEETINGS}{meeting_id}/", headers=auth)
    for name in SUB_RESOURCES:
        operation = "get_" + name.replace("-", "_")
        walked[operation] = http.get(f"{MEETINGS}{meeting_id}/{name}/", headers=auth)
    walked["list_available_organizations"] = http.get(
        f"{WEBHOOKS}available-organizations/", headers=auth
    )
    walked["create_webhook"] = http.post(
        WEBHOOKS,
        headers=auth,
        json={
            "target_url": "https://hooks.example.com/contract",
            "events": ["meeting.created"],
            "organization_ids": [7],
            "description": "contract walk",
        },
    )
    webhook_id = walked["create_webhook"].json()[0]["id"]
    walked["list_webhooks"] = http.get(WEBHOOKS, headers=auth)
    walked["get_webhook"] = http.get(f"{WEBHOOKS}{webhook_id}/", headers=auth)
    walked["list_webhook_events"] = http.get(WEBHOOK_EVENTS, headers=auth, params={"webhook_id": 1})
    event_id = walked["list_webhook_events"].json()["results"][0]["id"]
    walked["get_webhook_event"] = http.get(f"{WEBHOOK_EVENTS}{event_id}/", headers=auth)
    walked["delete_webhook"] = http.delete(f"{WEBHOOKS}{webhook_id}/", headers=auth)
    walked["get_usage"] = http.get(
        f"{API}/usage/",
        headers=auth,
        params={"organization_id": 7, "start_date": "2026-10-01", "end_date": "2026-11-30"},
    )
    walked["get_upcoming_meetings"] = http.get(
        f"{API}/calendar/upcoming-meetings/", headers=auth, params={"limit": 5}
    )
    walked["list_topics"] = http.get(TOPICS, headers=auth, params={"organization_id": 7})
    walked["create_meeting"] = http.post(
        MEETINGS,
        headers=auth,
        json={
            "organization_id": 7,
            "title": "Quarterly planning",
            "start_time": "2026-12-01T10:00:00+07:00",
            "topic_id": 3,
            "participants": ["rina@nusantara-digital.example", "guest@partner.example"],
            "bot_meeting_url": "https://meet.google.com/abc-defg-hij",
            "bot_join_at": "2026-12-01T09:59:00+07:00",
            "speaker_count": 4,
            "calendar_event": {
                "event_id": "5q9hd7k2m1t0c8v6a4b2",
                "summary": "Quarterly planning",
                "organizer_email": "rina@nusantara-digital.example",
                "meeting_link": "https://meet.google.com/abc-defg-hij",
                "start_time": "2026-12-01T10:00:00+07:00",
                "end_time": "2026-12-01T11:00:00+07:00",
                "attendees": [
                    {
                        "email": "guest@partner.example",
                        "display_name": None,
                        "response_status": None,
                    }
                ],
            },
        },
    )
    walked["revoke_access_token"] = http.post(REVOKE, data={**form, "token": access})

    assert set(walked) == _operation_ids(spec)
    for operation, response in walked.items():
        assert response.status_code in (200, 201, 204), (operation, response.text)
        validate_request(spec, response.request)  # the walk itself is a valid client
    assert walked["create_meeting"].status_code == 201
    assert walked["create_webhook"].status_code == 201
    assert walked["delete_webhook"].status_code == 204


def test_every_seeded_meeting_and_its_parts_validate(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    """Covers every status, the legacy summary, guests and unknown enum values in the data."""
    listed = all_meetings(http, auth)
    assert sorted(m["id"] for m in listed) == sorted(sandbox.meeting_ids())
    for meeting in listed:
        assert http.get(f"{MEETINGS}{meeting['id']}/", headers=auth).status_code == 200
        for name in SUB_RESOURCES:
            response = http.get(f"{MEETINGS}{meeting['id']}/{name}/", headers=auth)
            assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    [f"{MEETINGS}1001/"] + [f"{MEETINGS}1001/{name}/" for name in SUB_RESOURCES],
)
def test_meeting_errors_match_the_spec(
    http: httpx.Client,
    sandbox: Sandbox,
    auth: dict[str, str],
    limited_auth: dict[str, str],
    path: str,
) -> None:
    other_org = sandbox.meeting_ids(organization_id=9)[0]
    assert http.get(path).status_code == 401
    assert http.get(path, headers=bearer("not-a-token")).status_code == 401
    assert http.get(path.replace("1001", "999999"), headers=auth).status_code == 404
    assert http.get(path.replace("1001", "abc"), headers=auth).status_code == 400
    assert http.get(path.replace("1001", str(other_org)), headers=limited_auth).status_code == 403


def test_collection_errors_match_the_spec(
    http: httpx.Client, auth: dict[str, str], limited_auth: dict[str, str]
) -> None:
    for path in (MEETINGS, TOPICS):
        assert http.get(path).status_code == 401
        assert http.get(path, headers=auth, params={"organization_id": "x"}).status_code == 400
        forbidden = http.get(path, headers=limited_auth, params={"organization_id": 9})
        assert forbidden.status_code == 403
    bad_body = {"organization_id": 7, "title": "x", "speaker_count": 0}
    assert http.post(MEETINGS, headers=auth, json=bad_body).status_code == 400
    assert http.post(MEETINGS, json={"organization_id": 7, "title": "x"}).status_code == 401
    other_org = {"organization_id": 9, "title": "x"}
    assert http.post(MEETINGS, headers=limited_auth, json=other_org).status_code == 403


def test_token_errors_match_the_spec(http: httpx.Client, server: SandboxServer) -> None:
    creds = server.credentials
    wrong = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": "x"}
    assert http.post(TOKEN, data=wrong).status_code == 401
    assert http.post(TOKEN, data={**wrong, "grant_type": "password"}).status_code == 400
    revoke = {"client_id": creds.client_id, "client_secret": "x", "token": "t"}
    assert http.post(REVOKE, data=revoke).status_code == 401
    no_token = {"client_id": creds.client_id, "client_secret": creds.client_secret}
    assert http.post(REVOKE, data=no_token).status_code == 400


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_injected_failures_match_the_spec(
    http: httpx.Client, server: SandboxServer, sandbox: Sandbox, status: int
) -> None:
    access = token(http, server.credentials)
    sandbox.fail_next(status, times=2, retry_after=3)
    assert http.get(MEETINGS, headers=bearer(access)).status_code == status
    failed = http.post(TOKEN, data={"grant_type": "client_credentials"})
    assert failed.status_code == status
    assert failed.headers["Retry-After"] == "3"
    body = failed.json()["error"]
    assert body["recovery"] == {"retryable": True, "retry_after_seconds": 3}
    assert body["request_id"] == failed.headers["X-Request-ID"]
    assert http.get(MEETINGS, headers=bearer(access)).status_code == 200

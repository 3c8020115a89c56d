"""create_meeting: validated like the service, stored so later reads return it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from meemo_sdk.testing import ManualClock, Sandbox, SandboxServer

from tests.sandbox.support import JSON, MEETINGS, all_meetings, bearer, token


def _create(http: httpx.Client, auth: dict[str, str], **body: Any) -> httpx.Response:
    return http.post(MEETINGS, headers=auth, json={"organization_id": 7, "title": "New", **body})


def _in(clock: ManualClock, **delta: float) -> str:
    return (clock() + timedelta(**delta)).isoformat()


def test_created_meeting_is_stored_and_listed(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox, clock: ManualClock
) -> None:
    before = set(sandbox.meeting_ids())
    created = _create(
        http,
        auth,
        title="Quarterly planning",
        start_time=_in(clock, days=2),
        topic_id=4,
        participants=["budi@nusantara-digital.example", "outsider@partner.example"],
        speaker_count=3,
    )
    assert created.status_code == 201
    meeting = created.json()
    assert meeting["id"] not in before
    assert meeting["id"] > max(before)
    assert http.get(f"{MEETINGS}{meeting['id']}/", headers=auth).json() == meeting
    assert meeting["status"] == "upcoming"
    assert meeting["language"] == "id"  # from topic 4
    assert meeting["num_cluster"] == 3
    assert datetime.fromisoformat(meeting["created_at"]) == clock().replace(microsecond=0)
    people = http.get(f"{MEETINGS}{meeting['id']}/participants/", headers=auth).json()
    assert [(p["id"], p["email"]) for p in people["participants"]] == [
        (meeting["host"]["id"], meeting["host"]["email"]),
        (13, "budi@nusantara-digital.example"),
        (None, "outsider@partner.example"),
    ]
    listed = all_meetings(http, auth, title="quarterly PLANNING")
    assert [m["id"] for m in listed] == [meeting["id"]]
    for part in ("transcript", "summary", "recording"):
        assert http.get(f"{MEETINGS}{meeting['id']}/{part}/", headers=auth).status_code == 200


def test_meetings_created_in_one_sandbox_stay_there(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    meeting_id = _create(http, auth).json()["id"]
    with SandboxServer() as other, httpx.Client(base_url=other.base_url) as client:
        other_auth = bearer(token(client, other.credentials))
        assert client.get(f"{MEETINGS}{meeting_id}/", headers=other_auth).status_code == 404


def test_kind_of_meeting_decides_its_state(
    http: httpx.Client, auth: dict[str, str], clock: ManualClock
) -> None:
    url = "https://meet.google.com/abc-defg-hij"
    cases: list[tuple[JSON, str, str]] = [
        ({"start_time": _in(clock, hours=3)}, "upcoming", "pending"),
        ({}, "ongoing", "pending"),
        ({"bot_meeting_url": url, "bot_join_at": _in(clock, minutes=5)}, "upcoming", "pending"),
        ({"bot_meeting_url": url}, "recording", "in_progress"),
        ({"file_url": "https://files.example/standup.mp3"}, "past", "in_progress"),
    ]
    for body, status, recording in cases:
        meeting = _create(http, auth, **body).json()
        assert (meeting["status"], meeting["recording"]["status"]) == (status, recording), body
        assert meeting["end_time"] is None
        assert meeting["summary_complete"] is False


def test_user_token_attributes_the_meeting(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    meeting = _create(http, auth, user_token=sandbox.user_token_for(16)).json()
    assert meeting["host"]["id"] == 16
    refused = _create(http, auth, user_token=sandbox.user_token_for(57))  # another organization
    assert refused.status_code == 400
    assert refused.json()["error"]["params"]["fields"] == ["user_token"]
    assert sandbox.user_token_for(57) not in refused.text


def test_calendar_event_is_kept(http: httpx.Client, auth: dict[str, str]) -> None:
    event = {
        "event_id": "evt-123",
        "summary": "Planning",
        "meeting_link": "https://meet.google.com/xyz-abcd-efg",
        "attendees": [{"email": "a@b.example", "display_name": "A", "response_status": "accepted"}],
    }
    meeting = _create(http, auth, calendar_event=event).json()
    assert meeting["calendar_event"]["event_id"] == "evt-123"
    assert meeting["calendar_event"]["attendees"] == event["attendees"]
    found = all_meetings(http, auth, calendar_event_id="evt-123", from_calendar="true")
    assert [m["id"] for m in found] == [meeting["id"]]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"organization_id": "7"}, ["organization_id"]),
        ({"organization_id": 0}, ["organization_id"]),
        ({"organization_id": True}, ["organization_id"]),
        ({"organization_id": None}, ["organization_id"]),
        ({"title": ""}, ["title"]),
        ({"title": None}, ["title"]),
        ({"speaker_count": 0}, ["speaker_count"]),
        (
            {"bot_meeting_url": "https://meet.example/a", "file_url": "https://f.example/a.mp3"},
            ["bot_meeting_url", "file_url"],
        ),
        ({"bot_join_at": "2030-01-01T10:00:00+07:00"}, ["bot_join_at"]),
        ({"bot_meeting_url": "not a url"}, ["bot_meeting_url"]),
        ({"start_time": "2026-12-01T25:00:00+07:00"}, ["start_time"]),
        ({"start_time": "2026-12-0\u0661T10:00:00+07:00"}, ["start_time"]),  # a non-ASCII digit
        ({"start_time": "next tuesday"}, ["start_time"]),
        ({"participants": ["rina@example.com", "not-an-email"]}, ["participants[1]"]),
        ({"participants": "rina@example.com"}, ["participants"]),
        ({"topic_id": 8}, ["topic_id"]),  # a topic of the other organization
        ({"calendar_event": {"summary": "no id"}}, ["calendar_event.event_id"]),
        ({"calendar_event": {"event_id": "e", "colour": "red"}}, ["calendar_event.colour"]),
        ({"meeting_type": "bot"}, ["meeting_type"]),
    ],
)
def test_invalid_bodies_get_a_structured_400(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox, body: JSON, fields: list[str]
) -> None:
    before = sandbox.meeting_ids()
    response = _create(http, auth, **body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["params"]["fields"] == fields
    assert all(field.split("[")[0].split(".")[0] in error["message"] for field in fields)
    assert error["request_id"] == response.headers["X-Request-ID"]
    assert error["recovery"] == {"retryable": False, "retry_after_seconds": 0}
    assert sandbox.meeting_ids() == before


def test_a_time_without_offset_is_read_in_the_service_time_zone(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    meeting = _create(http, auth, start_time="2026-12-01T10:00:00").json()
    assert meeting["start_time"] == "2026-12-01T10:00:00+07:00"
    event = {"event_id": "e-date", "start_time": "2026-12-01", "end_time": "2026-12-02"}
    dated = _create(http, auth, calendar_event=event).json()
    assert dated["calendar_event"]["start_time"] == "2026-12-01"  # kept as sent


def test_bot_join_at_must_be_in_the_future(
    http: httpx.Client, auth: dict[str, str], clock: ManualClock
) -> None:
    body = {"bot_meeting_url": "https://meet.example/x", "bot_join_at": _in(clock, seconds=30)}
    assert _create(http, auth, **body).status_code == 201
    clock.advance(31)
    assert _create(http, auth, **body).status_code == 400


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"{not json", "application/json"), (b"title=x", "application/x-www-form-urlencoded")],
)
def test_body_must_be_json(
    http: httpx.Client, auth: dict[str, str], content: bytes, content_type: str
) -> None:
    headers = {**auth, "Content-Type": content_type}
    response = http.post(MEETINGS, headers=headers, content=content)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_body"


def test_concurrent_creates_get_distinct_ids(
    http: httpx.Client, auth: dict[str, str], server: SandboxServer
) -> None:
    def create(index: int) -> int:
        with httpx.Client(base_url=server.base_url) as client:
            response = _create(client, auth, title=f"Parallel {index}")
            assert response.status_code == 201
            meeting_id = response.json()["id"]
            assert isinstance(meeting_id, int)
            return meeting_id

    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(create, range(24)))
    assert len(set(ids)) == 24
    titles = {m["id"]: m["title"] for m in all_meetings(http, auth, title="Parallel")}
    assert titles == {meeting_id: f"Parallel {i}" for i, meeting_id in enumerate(ids)}

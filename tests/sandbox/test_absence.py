"""Some seeded records leave optional fields out, as the service does, so that every client of
the sandbox meets absence; the SDK reads each absent field as its documented default."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from meemo_sdk import AsyncMeemoClient, MeemoClient
from meemo_sdk.testing import Sandbox, SandboxServer

from tests.sandbox.support import JSON, MEETINGS, TOPICS, all_meetings

API = "/api/v1/external"
DETAIL_OPTIONAL = {
    "location",
    "language",
    "keywords",
    "participant_count",
    "duration_seconds",
    "num_cluster",
    "calendar_event",
}
STAGES = {"recording", "transcription", "summarization"}


@pytest.fixture
def rows(http: httpx.Client, auth: dict[str, str]) -> list[JSON]:
    return all_meetings(http, auth)


def _get(http: httpx.Client, auth: dict[str, str], path: str) -> JSON:
    response = http.get(path, headers=auth)
    assert response.status_code == 200
    body: JSON = response.json()
    return body


def _sparse_ids(rows: list[JSON]) -> list[int]:
    return [m["id"] for m in rows if "calendar_event" not in m]


def test_older_records_leave_the_optional_meeting_fields_out(
    http: httpx.Client, auth: dict[str, str], rows: list[JSON], sandbox: Sandbox
) -> None:
    sparse = _sparse_ids(rows)

    assert len(sparse) >= 2
    for organization_id in (7, 9):  # the limited client meets them too
        assert set(sparse) & set(sandbox.meeting_ids(organization_id=organization_id))
    for row in (m for m in rows if m["id"] in sparse):
        assert not STAGES & set(row)
    for meeting_id in sparse:
        detail = _get(http, auth, f"{MEETINGS}{meeting_id}/")
        assert not DETAIL_OPTIONAL & set(detail), detail
    others = [m for m in rows if m["id"] not in sparse][:5]
    for row in others:
        assert set(_get(http, auth, f"{MEETINGS}{row['id']}/")) >= DETAIL_OPTIONAL


def test_meetings_with_nothing_produced_yet_send_only_id_and_title(
    http: httpx.Client, auth: dict[str, str], rows: list[JSON]
) -> None:
    upcoming = [m["id"] for m in rows if m["status"] == "upcoming"]

    assert upcoming
    for meeting_id in upcoming:
        for part in ("summary", "summary-with-video"):
            body = _get(http, auth, f"{MEETINGS}{meeting_id}/{part}/")
            assert set(body) == {"meeting_id", "title"}
    past = next(m["id"] for m in rows if m["status"] == "past")
    assert {"summary", "notes", "keywords"} <= set(_get(http, auth, f"{MEETINGS}{past}/summary/"))


def test_partial_participants_recordings_topics_and_events(
    http: httpx.Client, auth: dict[str, str], rows: list[JSON]
) -> None:
    people = [
        p
        for m in rows
        for p in _get(http, auth, f"{MEETINGS}{m['id']}/participants/")["participants"]
    ]
    recordings = [_get(http, auth, f"{MEETINGS}{m['id']}/recording/") for m in rows]
    topics = _get(http, auth, TOPICS)
    upcoming = _get(http, auth, f"{API}/calendar/upcoming-meetings/")["results"]

    assert any(set(p) == {"name"} for p in people)  # a guest known only by name
    shapes = [set(r) for r in recordings]
    assert {"meeting_id", "title", "assets"} in shapes  # only the assets
    assert any(r.get("assets", []) is None for r in recordings)
    assert any("url" not in a for r in recordings for a in r.get("assets") or [])
    assert any(set(t) == {"id", "name"} for t in topics)
    assert any("meeting_link" not in e for e in upcoming)


def test_a_calendar_event_keeps_only_what_was_sent(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    body = {"organization_id": 7, "title": "Bare event", "calendar_event": {"event_id": "e-1"}}
    created = http.post(MEETINGS, headers=auth, json=body).json()

    assert created["calendar_event"] == {"event_id": "e-1"}


@pytest.fixture
def sparse_ids(rows: list[JSON]) -> list[int]:
    return _sparse_ids(rows)


@pytest.fixture
def sync_sdk(server: SandboxServer) -> Iterator[MeemoClient]:
    with server.client() as client:
        yield client


def test_the_sdk_reads_absence_as_the_documented_defaults(
    sync_sdk: MeemoClient, rows: list[JSON], sparse_ids: list[int]
) -> None:
    detail = sync_sdk.meetings.get_meeting(sparse_ids[0])
    assert (detail.location, detail.language, detail.keywords) == ("", "", [])
    assert (detail.participant_count, detail.num_cluster) == (0, 0)
    assert detail.duration_seconds is None
    assert detail.calendar_event is None
    assert detail.recording is None

    upcoming = next(m["id"] for m in rows if m["status"] == "upcoming")
    summary = sync_sdk.meetings.get_summary(upcoming)
    assert (summary.summary, summary.notes, summary.keywords) == (None, "", [])

    guests = [
        p
        for m in rows
        for p in sync_sdk.meetings.get_participants(m["id"]).participants
        if p.id is None and p.email is None
    ]
    assert guests
    assert (guests[0].position, guests[0].department) == ("", "")

    recordings = [sync_sdk.meetings.get_recording(m["id"]) for m in rows]
    only_assets = next(r for r in recordings if "recording_url" not in r.to_dict())
    assert only_assets.recording_url == only_assets.assets[0].url
    assert (only_assets.format, only_assets.duration) == ("m4a", 0.0)
    assert any(r.assets == [] and "assets" in r.to_dict() for r in recordings)  # assets: null
    rendering = next(r for r in recordings if any(a.url is None for a in r.assets))
    assert (rendering.video_url, rendering.video_format) == (None, "mp4")

    sparse_topic = next(t for t in sync_sdk.meetings.list_topics() if "alias" not in t.to_dict())
    assert (sparse_topic.alias, sparse_topic.language) == ("", "")


async def test_the_async_sdk_reads_absence_the_same_way(
    server: SandboxServer, sparse_ids: list[int], sync_sdk: MeemoClient
) -> None:
    async with server.async_client() as client:
        assert isinstance(client, AsyncMeemoClient)
        for meeting_id in sparse_ids:
            detail = await client.meetings.get_meeting(meeting_id)
            assert detail.to_dict() == sync_sdk.meetings.get_meeting(meeting_id).to_dict()
            assert (detail.location, detail.keywords, detail.calendar_event) == ("", [], None)

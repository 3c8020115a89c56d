"""The sandbox's webhooks, delivery log, usage, upcoming calendar events and summaries with
video: through the SDK (sync and async) and over raw HTTP, every response checked against
openapi.yaml."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from meemo_sdk import (
    AsyncMeemoClient,
    MeemoClient,
    NotFoundError,
    PermissionDeniedError,
    UsageResponse,
    Webhook,
)
from meemo_sdk.testing import DEFAULT_NOW, Sandbox, SandboxServer
from openapi_core import OpenAPI

from tests.sandbox.support import MEETINGS, all_meetings, validate_response

API = "/api/v1/external"
WEBHOOKS = f"{API}/webhooks/"
EVENTS = f"{API}/webhook-events/"
USAGE = f"{API}/usage/"
UPCOMING = f"{API}/calendar/upcoming-meetings/"
TARGET = "https://hooks.example.com/sandbox-test"


@pytest.fixture
def client(server: SandboxServer, spec: OpenAPI) -> Iterator[MeemoClient]:
    """The SDK on the sandbox; every response it receives must match openapi.yaml."""

    def check(response: httpx.Response) -> None:
        response.read()
        validate_response(spec, response)

    http = httpx.Client(event_hooks={"response": [check]})
    creds = server.credentials
    with MeemoClient(
        creds.client_id, creds.client_secret, server.base_url, http_client=http
    ) as sdk:
        yield sdk
    http.close()


@pytest.fixture
async def async_client(server: SandboxServer, spec: OpenAPI) -> AsyncIterator[AsyncMeemoClient]:
    async def check(response: httpx.Response) -> None:
        await response.aread()
        validate_response(spec, response)

    http = httpx.AsyncClient(event_hooks={"response": [check]})
    creds = server.credentials
    async with AsyncMeemoClient(
        creds.client_id, creds.client_secret, server.base_url, http_client=http
    ) as sdk:
        yield sdk
    await http.aclose()


def limited(server: SandboxServer) -> MeemoClient:
    creds = server.limited_credentials
    return MeemoClient(creds.client_id, creds.client_secret, server.base_url)


# --- webhooks -------------------------------------------------------------------------------


def test_webhook_lifecycle(client: MeemoClient, sandbox: Sandbox) -> None:
    organizations = client.webhooks.list_available_organizations()
    ids = [o.id for o in organizations]
    assert ids == [o.id for o in sandbox.organizations]
    before = client.webhooks.list_webhooks()

    created = client.webhooks.create_webhook(
        TARGET, ["meeting.created", "meeting.summary_completed"], ids, "test hook"
    )

    assert [w.organization_id for w in created] == ids
    assert len({w.secret_key for w in created}) == len(ids)  # one signing key per webhook
    after = client.webhooks.list_webhooks()
    assert after.count == before.count + len(ids)
    assert {w.id for w in created} <= {w.id for w in after.results}
    detail = client.webhooks.get_webhook(created[0].id)
    assert isinstance(detail, Webhook)
    assert (detail.target_url, detail.failure_count) == (TARGET, 0)
    assert detail.secret_key == created[0].secret_key
    assert str(detail.secret_key) not in repr(detail)

    assert client.webhooks.delete_webhook(created[0].id) is None

    with pytest.raises(NotFoundError):
        client.webhooks.get_webhook(created[0].id)
    assert client.webhooks.list_webhooks().count == after.count - 1


async def test_webhook_lifecycle_async(async_client: AsyncMeemoClient) -> None:
    [created] = await async_client.webhooks.create_webhook(
        "http://localhost:8080/hook", ["meeting.created"], [7]
    )
    assert (await async_client.webhooks.get_webhook(created.id)).target_url == (
        "http://localhost:8080/hook"
    )
    await async_client.webhooks.delete_webhook(created.id)
    with pytest.raises(NotFoundError):
        await async_client.webhooks.delete_webhook(created.id)


def test_deliveries_of_one_webhook(client: MeemoClient) -> None:
    everything = client.webhooks.list_webhook_events()
    hook_id = everything.results[0].webhook_id

    own = client.webhooks.list_webhook_events(hook_id)

    assert 0 < own.count < everything.count
    assert {e.webhook_id for e in own.results} == {hook_id}
    newest = own.results[0]
    assert client.webhooks.get_webhook_event(newest.id).event_uuid == newest.event_uuid
    failed = [e for e in own.results if e.status == "FAILED"]
    assert failed
    assert client.webhooks.get_webhook(hook_id).failure_count == failed[0].attempt_count


def test_deleting_a_webhook_removes_its_deliveries(client: MeemoClient) -> None:
    hook_id = client.webhooks.list_webhook_events().results[0].webhook_id

    client.webhooks.delete_webhook(hook_id)

    assert client.webhooks.list_webhook_events(hook_id).count == 0


def test_a_limited_client_sees_only_its_organization(
    client: MeemoClient, server: SandboxServer
) -> None:
    other = next(w for w in client.webhooks.list_webhooks().results if w.organization_id == 9)
    other_event = next(
        e for e in client.webhooks.list_webhook_events().results if e.webhook_id == other.id
    )
    with limited(server) as narrow:
        assert [o.id for o in narrow.webhooks.list_available_organizations()] == [7]
        assert {w.organization_id for w in narrow.webhooks.list_webhooks().results} == {7}
        assert other.id not in {e.webhook_id for e in narrow.webhooks.list_webhook_events().results}
        with pytest.raises(PermissionDeniedError):
            narrow.webhooks.get_webhook(other.id)
        with pytest.raises(PermissionDeniedError):
            narrow.webhooks.get_webhook_event(other_event.id)
        with pytest.raises(PermissionDeniedError):
            narrow.webhooks.create_webhook(TARGET, ["meeting.created"], [7, 9])
        with pytest.raises(PermissionDeniedError):
            narrow.usage.get_usage(9)


@pytest.mark.parametrize(
    "body",
    [
        {"target_url": "http://hooks.example.com/x", "events": ["meeting.created"]},
        {"target_url": TARGET, "events": ["meeting.deleted"]},
        {"target_url": TARGET, "events": []},
        {"target_url": TARGET, "events": ["meeting.created"], "organization_ids": []},
    ],
    ids=["plain-http", "unknown-event", "no-events", "no-organizations"],
)
def test_the_sandbox_refuses_bad_webhooks(
    raw_http: httpx.Client, auth: dict[str, str], body: dict[str, Any]
) -> None:
    """Requests the SDK would refuse itself, sent raw: the sandbox checks like the service."""
    response = raw_http.post(WEBHOOKS, headers=auth, json={"organization_ids": [7], **body})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"


def test_webhook_errors_match_the_spec(http: httpx.Client, auth: dict[str, str]) -> None:
    assert http.get(WEBHOOKS).status_code == 401
    assert http.get(f"{WEBHOOKS}999/", headers=auth).status_code == 404
    assert http.get(f"{WEBHOOKS}abc/", headers=auth).status_code == 400
    assert http.delete(f"{WEBHOOKS}999/", headers=auth).status_code == 404
    assert http.get(f"{EVENTS}999/", headers=auth).status_code == 404
    assert http.get(EVENTS, headers=auth, params={"webhook_id": "x"}).status_code == 400
    refused = http.post(
        WEBHOOKS, headers=auth, json={"target_url": TARGET, "events": ["meeting.created"]}
    )
    assert refused.status_code == 400


# --- usage ----------------------------------------------------------------------------------


def test_usage_counts_the_meetings_in_the_range(client: MeemoClient, sandbox: Sandbox) -> None:
    def meetings_of(usage: UsageResponse, organization_id: int) -> float:
        return next(
            r.usage
            for r in usage.results
            if r.organization_id == organization_id and r.capability_name == "meetings"
        )

    everything = client.usage.get_usage()
    for organization in sandbox.organizations:
        assert meetings_of(everything, organization.id) == len(sandbox.meeting_ids(organization.id))
    today = DEFAULT_NOW.date()
    recent = client.usage.get_usage(7, start_date=today.replace(day=1), end_date=today)
    assert {r.organization_id for r in recent.results} == {7}
    assert 0 < meetings_of(recent, 7) < meetings_of(everything, 7)
    minutes = next(r for r in recent.results if r.capability_name == "transcription_minutes")
    assert minutes.quota is not None
    assert 0 <= minutes.usage <= minutes.quota


def test_usage_errors_match_the_spec(http: httpx.Client, auth: dict[str, str]) -> None:
    reversed_range = {"start_date": "2026-11-30", "end_date": "2026-11-01"}
    assert http.get(USAGE, headers=auth, params=reversed_range).status_code == 400
    assert http.get(USAGE, headers=auth, params={"start_date": "30-11-2026"}).status_code == 400
    assert http.get(USAGE).status_code == 401


# --- upcoming calendar events ---------------------------------------------------------------


async def test_upcoming_events_are_ahead_soonest_first_and_lead_to_their_meeting(
    async_client: AsyncMeemoClient,
) -> None:
    upcoming = await async_client.calendar.get_upcoming_meetings(limit=3)

    assert upcoming.integrated is True
    assert 0 < len(upcoming.results) <= 3
    starts = [event.start_time for event in upcoming.results]
    assert starts == sorted(starts, key=dt.datetime.fromisoformat)
    assert all(dt.datetime.fromisoformat(start) > DEFAULT_NOW for start in starts)
    first = upcoming.results[0]
    meeting = await async_client.meetings.find_meeting_by_calendar_event_id(
        first.event_id, first.organization_id
    )
    assert meeting is not None
    assert meeting.calendar_event is not None
    assert meeting.calendar_event.event_id == first.event_id


def test_upcoming_limit_and_errors(
    client: MeemoClient, http: httpx.Client, auth: dict[str, str]
) -> None:
    assert len(client.calendar.get_upcoming_meetings(limit=1).results) == 1
    assert {e.organization_id for e in client.calendar.get_upcoming_meetings(9).results} <= {9}
    assert http.get(UPCOMING, headers=auth, params={"limit": 101}).status_code == 400
    assert http.get(UPCOMING, headers=auth, params={"limit": 0}).status_code == 400
    assert http.get(UPCOMING).status_code == 401


# --- summary with video ---------------------------------------------------------------------


def test_summary_with_video_points_at_the_recordings_video(
    client: MeemoClient, http: httpx.Client, auth: dict[str, str]
) -> None:
    with_video = [
        m["id"]
        for m in all_meetings(http, auth)
        if http.get(f"{MEETINGS}{m['id']}/recording/", headers=auth).json().get("video_url")
    ]
    assert with_video
    checked = 0
    for meeting_id in with_video:
        export = client.meetings.get_summary_with_video(meeting_id)
        recording = client.meetings.get_recording(meeting_id)
        assert export.video_url == recording.video_url
        if not isinstance(export.summary_markdown, str):
            continue
        transcript = client.meetings.get_transcript(meeting_id).transcripts
        assert isinstance(export.media_mapping, dict)
        assert f"[{export.video_id}]" in export.media_mapping
        assert export.has_video
        assert isinstance(export.citations, list)
        assert [(c.start_seconds, c.end_seconds) for c in export.citations] == [
            (s.start_time, s.end_time) for s in transcript[:3]
        ]
        assert isinstance(export.inline_message_markdown, str)
        assert export.inline_message_markdown.endswith(export.summary_markdown)
        checked += 1
    assert checked > 0


def test_summary_with_video_of_a_meeting_without_video(
    client: MeemoClient, sandbox: Sandbox
) -> None:
    for meeting_id in sandbox.meeting_ids():
        if client.meetings.get_recording(meeting_id).video_url is None:
            export = client.meetings.get_summary_with_video(meeting_id)
            assert export.video_url is None
            assert export.media_mapping == {}
            assert not export.has_video
            return
    pytest.fail("the seed has no meeting without a video")

"""The SDK against Prism: a mock of openapi.yaml that validates every request.

Prism (started here on 127.0.0.1, free port, `--errors`) rejects any request the
spec does not allow and reports what it found in an `sl-violations` header; both
make these tests fail. So every operation, sync and async, provably speaks the
spec, independently of our own servers and fixtures.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
import subprocess
import threading
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import meemo_sdk
import pytest
from meemo_sdk import AsyncMeemoClient, MeemoClient

pytestmark = pytest.mark.node

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run `make node_modules` (part of `make test`)")
    port = _free_port()
    process = subprocess.Popen(  # noqa: S603 - fixed local binary and arguments
        [
            str(PRISM),
            "mock",
            str(ROOT / "openapi.yaml"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "--errors",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert process.stdout is not None
    ready = threading.Event()
    output: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if "Prism is listening" in line:
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not ready.wait(STARTUP_SECONDS):
            pytest.fail("Prism did not start:\n" + "".join(output[-30:]))
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


class Violations:
    """Collects Prism's complaints from every response a client receives."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.seen = 0

    def record(self, response: httpx.Response) -> None:
        self.seen += 1
        violations = response.headers.get("sl-violations")
        if violations:
            self.found.append(f"{response.request.method} {response.request.url}: {violations}")


def _calls() -> list[tuple[str, Callable[[Any], Any]]]:
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    return [
        (
            "list_meetings",
            lambda c: c.meetings.list_meetings(
                organization_id=7,
                title="sync",
                participants=[12, 57],
                created_after="2026-01-01",
                created_before=dt.date(2026, 12, 31),
                summary_complete=True,
                from_calendar=False,
                page=1,
                size=5,
            ),
        ),
        ("get_meeting", lambda c: c.meetings.get_meeting(1042)),
        (
            "create_meeting",
            lambda c: c.meetings.create_meeting(
                organization_id=7,
                title="Quarterly planning",
                start_time=future,
                topic_id=3,
                user_token="user-secret",
                participants=["rina@example.com"],
                bot_meeting_url="https://meet.example.com/abc",
                bot_join_at=future,
                speaker_count=3,
                calendar_event={
                    "event_id": "evt-1",
                    "summary": "Planning",
                    "attendees": [{"email": "rina@example.com"}],
                },
            ),
        ),
        (
            "create_meeting_file",
            lambda c: c.meetings.create_meeting(
                organization_id=7,
                title="Imported call",
                file_url="https://files.example.com/call.mp3",
            ),
        ),
        ("get_transcript", lambda c: c.meetings.get_transcript(1042)),
        ("get_summary", lambda c: c.meetings.get_summary(1042)),
        ("get_participants", lambda c: c.meetings.get_participants(1042)),
        ("get_recording", lambda c: c.meetings.get_recording(1042)),
        ("list_topics", lambda c: c.meetings.list_topics(organization_id=7)),
        (
            "list_meetings_new_filters",
            lambda c: c.meetings.list_meetings(
                start_after="2026-01-01",
                start_before=dt.date(2026, 12, 31),
                status=meemo_sdk.MeetingStatus.PAST,
                calendar_event_id="5q9hd7k2m1t0c8v6a4b2",
                meeting_link="https://meet.google.com/abc-defg-hij",
                calendar_event_name="sync",
                calendar_event_description="roadmap",
                search="release",
            ),
        ),
        ("get_summary_with_video", lambda c: c.meetings.get_summary_with_video(1042)),
        (
            "find_meeting_by_calendar_event_id",
            lambda c: c.meetings.find_meeting_by_calendar_event_id("5q9hd7k2m1t0c8v6a4b2", 7),
        ),
        ("list_available_organizations", lambda c: c.webhooks.list_available_organizations()),
        (
            "create_webhook",
            lambda c: c.webhooks.create_webhook(
                "https://hooks.example.com/meemo", ["meeting.created"], [7, 9], "CRM sync"
            ),
        ),
        ("list_webhooks", lambda c: c.webhooks.list_webhooks()),
        ("get_webhook", lambda c: c.webhooks.get_webhook(31)),
        ("delete_webhook", lambda c: c.webhooks.delete_webhook(31)),
        ("list_webhook_events", lambda c: c.webhooks.list_webhook_events(webhook_id=31)),
        ("get_webhook_event", lambda c: c.webhooks.get_webhook_event(5001)),
        (
            "get_usage",
            lambda c: c.usage.get_usage(7, start_date="2026-11-01", end_date=dt.date(2026, 11, 30)),
        ),
        ("get_upcoming_meetings", lambda c: c.calendar.get_upcoming_meetings(7, limit=5)),
    ]


CALLS = _calls()
EXPECTED_TYPES = {
    "list_meetings": meemo_sdk.MeetingListResponse,
    "get_meeting": meemo_sdk.MeetingDetail,
    "create_meeting": meemo_sdk.MeetingDetail,
    "create_meeting_file": meemo_sdk.MeetingDetail,
    "get_transcript": meemo_sdk.TranscriptResponse,
    "get_summary": meemo_sdk.SummaryResponse,
    "get_participants": meemo_sdk.ParticipantsResponse,
    "get_recording": meemo_sdk.RecordingResponse,
    "list_topics": list,
    "list_meetings_new_filters": meemo_sdk.MeetingListResponse,
    "get_summary_with_video": meemo_sdk.SummaryWithVideoResponse,
    # The spec's example row carries the event id asked for, so the match is verified.
    "find_meeting_by_calendar_event_id": meemo_sdk.MeetingListItem,
    "list_available_organizations": list,
    "create_webhook": list,
    "list_webhooks": meemo_sdk.WebhookListResponse,
    "get_webhook": meemo_sdk.Webhook,
    "delete_webhook": type(None),
    "list_webhook_events": meemo_sdk.WebhookEventListResponse,
    "get_webhook_event": meemo_sdk.WebhookEvent,
    "get_usage": meemo_sdk.UsageResponse,
    "get_upcoming_meetings": meemo_sdk.UpcomingMeetingsResponse,
}


@pytest.mark.parametrize(("name", "call"), CALLS, ids=[name for name, _ in CALLS])
def test_sync_operation_conforms(prism_url: str, name: str, call: Callable[[Any], Any]) -> None:
    violations = Violations()
    http = httpx.Client(event_hooks={"response": [violations.record]})
    with MeemoClient("contract-id", "contract-secret", prism_url, http_client=http) as client:
        result = call(client)
        client.revoke_token()
    http.close()
    assert isinstance(result, EXPECTED_TYPES[name])
    assert violations.found == []
    assert violations.seen == 3  # token, the operation, revoke


@pytest.mark.parametrize(("name", "call"), CALLS, ids=[name for name, _ in CALLS])
async def test_async_operation_conforms(
    prism_url: str, name: str, call: Callable[[Any], Awaitable[Any]]
) -> None:
    violations = Violations()

    async def record(response: httpx.Response) -> None:
        violations.record(response)

    http = httpx.AsyncClient(event_hooks={"response": [record]})
    async with AsyncMeemoClient(
        "contract-id", "contract-secret", prism_url, http_client=http
    ) as client:
        result = await call(client)
        await client.revoke_token()
    await http.aclose()
    assert isinstance(result, EXPECTED_TYPES[name])
    assert violations.found == []
    assert violations.seen == 3


def test_prism_rejects_what_the_spec_forbids(prism_url: str) -> None:
    """The oracle works: a request outside the spec is refused and reported."""
    response = httpx.get(
        f"{prism_url}/api/v1/external/meeting/",
        params={"size": 0},
        headers={"Authorization": "Bearer x"},
    )
    assert response.status_code >= 400
    assert "size" in response.headers.get("sl-violations", "")


def test_static_token_mode_conforms(prism_url: str) -> None:
    violations = Violations()
    http = httpx.Client(event_hooks={"response": [violations.record]})
    with MeemoClient(base_url=prism_url, access_token="static-token", http_client=http) as client:
        pages = list(client.meetings.iter_meetings(size=1))
    http.close()
    assert pages
    assert all(isinstance(p, meemo_sdk.MeetingListItem) for p in pages)
    assert violations.found == []


def test_concurrent_async_calls_conform(prism_url: str) -> None:
    async def main() -> list[meemo_sdk.MeetingDetail]:
        async with AsyncMeemoClient("contract-id", "contract-secret", prism_url) as client:
            return await asyncio.gather(*(client.meetings.get_meeting(i) for i in range(1, 21)))

    results = asyncio.run(main())
    assert len(results) == 20

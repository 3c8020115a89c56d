"""create_meeting through the generated client: the JSON body it sends and the meeting it parses."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

from meemo_api_client import AuthenticatedClient
from meemo_api_client.api.meetings import create_meeting
from meemo_api_client.models import (
    CalendarAttendee,
    CreateMeetingCalendarEvent,
    CreateMeetingRequest,
    MeetingDetail,
    MeetingStatus,
    ProcessingStage,
    StageStatus,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.generated.support import BASE, expect

PATH = f"{BASE}/meeting/"
WIB = dt.timezone(dt.timedelta(hours=7))


def test_minimal_body_sends_only_the_required_fields(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(
        server, "POST", PATH, json={"organization_id": 7, "title": "Quarterly planning"}
    ).respond_with_json(payloads.created_meeting(), status=201)

    response = create_meeting.sync_detailed(
        client=client,
        body=CreateMeetingRequest(organization_id=7, title="Quarterly planning"),
    )

    server.check_assertions()
    assert response.status_code == HTTPStatus.CREATED
    meeting = response.parsed
    assert isinstance(meeting, MeetingDetail)
    assert meeting.id == 1101
    assert meeting.status is MeetingStatus.UPCOMING
    assert meeting.end_time is None
    assert meeting.duration_seconds is None
    assert meeting.calendar_event is None
    assert isinstance(meeting.recording, ProcessingStage)
    assert meeting.recording.status is StageStatus.PENDING


def test_bot_meeting_sends_every_given_field_as_given(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(
        server,
        "POST",
        PATH,
        json={
            "organization_id": 7,
            "title": "Quarterly planning",
            "start_time": "2026-12-01T10:00:00+07:00",
            "user_token": "upt-example-not-a-real-token",
            "topic_id": 3,
            "participants": ["rina@example.com", "budi@example.com"],
            "bot_meeting_url": "https://meet.google.com/abc-defg-hij",
            "bot_join_at": "2026-12-01T02:59:00Z",
            "speaker_count": 4,
            "calendar_event": {
                "event_id": "5q9hd7k2m1t0c8v6a4b2",
                "summary": "Quarterly planning",
                "organizer_email": "rina@example.com",
                "meeting_link": "https://meet.google.com/abc-defg-hij",
                "start_time": "2026-12-01",
                "end_time": "2026-12-02",
                "attendees": [{"email": "budi@example.com"}],
            },
        },
    ).respond_with_json(payloads.created_meeting(), status=200)

    body = CreateMeetingRequest(
        organization_id=7,
        title="Quarterly planning",
        start_time="2026-12-01T10:00:00+07:00",
        user_token="upt-example-not-a-real-token",
        topic_id=3,
        participants=["rina@example.com", "budi@example.com"],
        bot_meeting_url="https://meet.google.com/abc-defg-hij",
        bot_join_at="2026-12-01T02:59:00Z",
        speaker_count=4,
        calendar_event=CreateMeetingCalendarEvent(
            event_id="5q9hd7k2m1t0c8v6a4b2",
            summary="Quarterly planning",
            organizer_email="rina@example.com",
            meeting_link="https://meet.google.com/abc-defg-hij",
            start_time="2026-12-01",
            end_time="2026-12-02",
            # Built by hand, a None is "not given": it is left out, as are absent fields.
            attendees=[CalendarAttendee(email="budi@example.com", display_name=None)],
        ),
    )
    response = create_meeting.sync_detailed(client=client, body=body)

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, MeetingDetail)
    assert response.parsed.title == "Quarterly planning"


async def test_file_import_asyncio(server: HTTPServer, async_client: AuthenticatedClient) -> None:
    expect(
        server,
        "POST",
        PATH,
        json={
            "organization_id": 7,
            "title": "Imported interview",
            "file_url": "https://storage.example.com/uploads/interview.m4a",
            "speaker_count": 2,
        },
    ).respond_with_json(payloads.created_meeting(), status=201)

    meeting = await create_meeting.asyncio(
        client=async_client,
        body=CreateMeetingRequest(
            organization_id=7,
            title="Imported interview",
            file_url="https://storage.example.com/uploads/interview.m4a",
            speaker_count=2,
        ),
    )

    server.check_assertions()
    assert isinstance(meeting, MeetingDetail)
    assert meeting.start_time == "2026-12-01T10:00:00+07:00"

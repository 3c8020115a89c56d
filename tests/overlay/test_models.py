"""What each method returns: the public model names and fields, as exported by `meemo_sdk`."""

from __future__ import annotations

import meemo_sdk
import pytest
from meemo_sdk import (
    CalendarAttendee,
    CalendarEvent,
    MeetingDetail,
    MeetingHost,
    MeetingListItem,
    MeetingListResponse,
    MeetingStatus,
    Participant,
    ParticipantsResponse,
    ProcessingStage,
    RecordingAsset,
    RecordingFormat,
    RecordingResponse,
    StageStatus,
    SummaryResponse,
    Topic,
    TranscriptResponse,
    TranscriptSegment,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.overlay.support import API, STATIC_TOKEN, Sdk

MEETING = f"{API}/meeting/{payloads.MEETING_ID}/"


@pytest.fixture
def static(sdk: Sdk) -> Sdk:
    """These tests are about parsing: a static token keeps the token endpoint out of them."""
    sdk.set_default(access_token=STATIC_TOKEN)
    return sdk


async def test_meeting_list_page(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{API}/meeting/").respond_with_json(payloads.meeting_list_page())

    page = await static.run(lambda c: c.meetings.list_meetings())

    assert isinstance(page, MeetingListResponse)
    assert page.count == 3
    assert page.next == "https://api-meemo.glair.ai/api/v1/external/meeting/?page=2&size=3"
    assert page.previous is None
    assert [type(item) for item in page.results] == [MeetingListItem] * 3
    first, unknown_state, live = page.results
    assert first.id == payloads.MEETING_ID
    assert first.status == MeetingStatus.PAST
    assert first.summary_complete is True
    assert first.host_name == "Rina Hartono"
    assert isinstance(first.calendar_event, CalendarEvent)
    assert isinstance(first.summarization, ProcessingStage)
    assert first.summarization.status == StageStatus.FAILED
    # Values the spec does not know yet still parse.
    assert unknown_state.status == payloads.UNKNOWN_MEETING_STATUS
    assert unknown_state.calendar_event is None
    assert live.end_time is None


async def test_meeting_detail_has_a_host(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(MEETING).respond_with_json(payloads.meeting_detail())

    meeting = await static.run(lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    assert isinstance(meeting, MeetingDetail)
    assert isinstance(meeting.host, MeetingHost)
    assert (meeting.host.id, meeting.host.name, meeting.host.email) == (
        12,
        "Rina Hartono",
        "rina@example.com",
    )
    assert meeting.start_time == "2026-11-20T09:00:00+07:00"
    assert meeting.duration_seconds == 2712.5
    assert meeting.keywords == ["release", "QA"]
    assert isinstance(meeting.calendar_event, CalendarEvent)
    attendees = meeting.calendar_event.attendees
    assert isinstance(attendees, list)
    assert all(isinstance(a, CalendarAttendee) for a in attendees)
    assert attendees[1].display_name is None


async def test_meeting_in_progress_has_nulls(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{API}/meeting/1043/").respond_with_json(
        payloads.meeting_detail_in_progress()
    )

    meeting = await static.run(lambda c: c.meetings.get_meeting(1043))

    assert isinstance(meeting, MeetingDetail)
    assert meeting.end_time is None
    assert meeting.duration_seconds is None
    assert meeting.calendar_event is None


async def test_created_meeting(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{API}/meeting/", method="POST").respond_with_json(
        payloads.created_meeting(), status=201
    )

    meeting = await static.run(
        lambda c: c.meetings.create_meeting(organization_id=7, title="Quarterly planning")
    )

    assert isinstance(meeting, MeetingDetail)
    assert meeting.id == 1101
    assert meeting.status == MeetingStatus.UPCOMING


async def test_transcript_segments(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{MEETING}transcript/").respond_with_json(payloads.transcript())

    transcript = await static.run(lambda c: c.meetings.get_transcript(payloads.MEETING_ID))

    assert isinstance(transcript, TranscriptResponse)
    assert transcript.total_segments == 3
    assert all(isinstance(s, TranscriptSegment) for s in transcript.transcripts)
    first = transcript.transcripts[0]
    assert (first.speaker, first.start_time, first.end_time) == ("Rina Hartono", 0, 3.42)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(payloads.summary_markdown(), payloads.summary_markdown()["summary"], id="str"),
        pytest.param(payloads.summary_legacy(), payloads.summary_legacy()["summary"], id="dict"),
        pytest.param(payloads.summary_pending(), None, id="none"),
    ],
)
async def test_summary_is_str_dict_or_none(
    static: Sdk, server: HTTPServer, body: dict[str, object], expected: object
) -> None:
    server.expect_request(f"{MEETING}summary/").respond_with_json(body)

    summary = await static.run(lambda c: c.meetings.get_summary(payloads.MEETING_ID))

    assert isinstance(summary, SummaryResponse)
    assert type(summary.summary) is type(expected)
    assert summary.summary == expected
    assert summary.to_dict() == body


async def test_participants_include_a_guest_without_id(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{MEETING}participants/").respond_with_json(payloads.participants())

    result = await static.run(lambda c: c.meetings.get_participants(payloads.MEETING_ID))

    assert isinstance(result, ParticipantsResponse)
    member, guest = result.participants
    assert isinstance(guest, Participant)
    assert member.id == 12
    assert guest.id is None
    assert guest.email is None


async def test_recording(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{MEETING}recording/").respond_with_json(payloads.recording())

    recording = await static.run(lambda c: c.meetings.get_recording(payloads.MEETING_ID))

    assert isinstance(recording, RecordingResponse)
    assert recording.recording_url == "https://storage.example.com/recordings/1042.mp3"
    assert recording.format == RecordingFormat.MP3
    assert recording.duration == 2712.5
    assert isinstance(recording.assets, list)
    assert all(isinstance(a, RecordingAsset) for a in recording.assets)
    assert recording.to_dict() == payloads.recording()


async def test_recording_in_a_format_the_spec_does_not_know(
    static: Sdk, server: HTTPServer
) -> None:
    server.expect_request(f"{API}/meeting/1050/recording/").respond_with_json(
        payloads.recording_with_new_formats()
    )

    recording = await static.run(lambda c: c.meetings.get_recording(1050))

    assert isinstance(recording, RecordingResponse)
    assert recording.format == payloads.UNKNOWN_RECORDING_FORMAT
    assert recording.video_url is None


async def test_topics_are_a_plain_list(static: Sdk, server: HTTPServer) -> None:
    server.expect_request(f"{API}/topics/").respond_with_json(payloads.topics())

    topics = await static.run(lambda c: c.meetings.list_topics())

    assert isinstance(topics, list)
    assert [type(t) for t in topics] == [Topic, Topic]
    assert [(t.id, t.alias, t.language) for t in topics] == [
        (3, "general", "en"),
        (4, "rapat-umum", "id"),
    ]


def test_models_are_exported_under_the_seed_names() -> None:
    for name in (
        "MeetingListResponse",
        "MeetingListItem",
        "MeetingDetail",
        "MeetingHost",
        "TranscriptResponse",
        "TranscriptSegment",
        "SummaryResponse",
        "ParticipantsResponse",
        "Participant",
        "RecordingResponse",
        "Topic",
        "CreateMeetingCalendarEvent",
    ):
        assert name in meemo_sdk.__all__
        assert isinstance(getattr(meemo_sdk, name), type)

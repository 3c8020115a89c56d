"""The per-meeting reads through the generated client: path, headers and parsing of each body."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from meemo_api_client import AuthenticatedClient
from meemo_api_client.api.meetings import (
    get_meeting,
    get_participants,
    get_recording,
    get_summary,
    get_transcript,
)
from meemo_api_client.models import (
    CalendarEvent,
    ErrorDetail,
    ErrorRecovery,
    ErrorResponse,
    MediaKind,
    MeetingDetail,
    MeetingHost,
    MeetingStatus,
    Participant,
    ParticipantsResponse,
    ProcessingStage,
    RecordingAsset,
    RecordingFormat,
    RecordingResponse,
    StageStatus,
    SummaryResponse,
    TranscriptResponse,
    TranscriptSegment,
    ValidationErrorItem,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.generated.support import BASE, expect

MEETING = f"{BASE}/meeting/{payloads.MEETING_ID}/"
WIB = dt.timezone(dt.timedelta(hours=7))


def test_get_meeting_parses_every_field(server: HTTPServer, client: AuthenticatedClient) -> None:
    expect(server, "GET", MEETING).respond_with_json(payloads.meeting_detail())

    response = get_meeting.sync_detailed(payloads.MEETING_ID, client=client)

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    meeting = response.parsed
    assert isinstance(meeting, MeetingDetail)
    assert meeting.id == payloads.MEETING_ID
    assert meeting.start_time == "2026-11-20T09:00:00+07:00"
    assert meeting.end_time == "2026-11-20T09:45:12+07:00"
    assert meeting.created_at == "2026-11-18T14:02:55+07:00"
    assert meeting.location == "Room 4B"
    assert meeting.status is MeetingStatus.PAST
    assert isinstance(meeting.host, MeetingHost)
    assert (meeting.host.id, meeting.host.name, meeting.host.email) == (
        12,
        "Rina Hartono",
        "rina@example.com",
    )
    assert meeting.language == "en"
    assert meeting.keywords == ["release", "QA"]
    assert meeting.participant_count == 5
    assert meeting.duration_seconds == 2712.5
    assert meeting.num_cluster == 3
    assert isinstance(meeting.calendar_event, CalendarEvent)
    assert meeting.calendar_event.meeting_link == "https://meet.google.com/abc-defg-hij"
    assert isinstance(meeting.summarization, ProcessingStage)
    assert meeting.summarization.status is StageStatus.IN_PROGRESS
    assert meeting.additional_properties == {payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE}


async def test_get_meeting_asyncio_keeps_nulls_of_a_running_meeting(
    server: HTTPServer, async_client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{BASE}/meeting/1043/").respond_with_json(
        payloads.meeting_detail_in_progress()
    )

    meeting = await get_meeting.asyncio(1043, client=async_client)

    server.check_assertions()
    assert isinstance(meeting, MeetingDetail)
    assert meeting.status is MeetingStatus.ONGOING
    assert meeting.end_time is None
    assert meeting.duration_seconds is None
    assert meeting.calendar_event is None
    assert meeting.keywords == []
    assert meeting.recording is None


def test_get_transcript_parses_timed_segments(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{MEETING}transcript/").respond_with_json(payloads.transcript())

    response = get_transcript.sync_detailed(payloads.MEETING_ID, client=client)

    server.check_assertions()
    transcript = response.parsed
    assert isinstance(transcript, TranscriptResponse)
    assert transcript.meeting_id == payloads.MEETING_ID
    assert transcript.total_segments == 3
    assert all(isinstance(s, TranscriptSegment) for s in transcript.transcripts)
    assert [(s.speaker, s.start_time, s.end_time) for s in transcript.transcripts] == [
        ("Rina Hartono", 0, 3.42),
        ("Speaker 2", 3.9, 6.75),
        ("Rina Hartono", 7.1, 9.0),
    ]
    assert transcript.transcripts[1].text == "The build went out yesterday evening."


def test_get_summary_markdown_is_a_string(server: HTTPServer, client: AuthenticatedClient) -> None:
    expect(server, "GET", f"{MEETING}summary/").respond_with_json(payloads.summary_markdown())

    summary = get_summary.sync(payloads.MEETING_ID, client=client)

    server.check_assertions()
    assert isinstance(summary, SummaryResponse)
    assert summary.summary == payloads.summary_markdown()["summary"]
    assert summary.notes == "Follow up with QA on the flaky login test."
    assert summary.keywords == ["release", "QA"]


def test_get_summary_legacy_object_keeps_its_keys(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{BASE}/meeting/87/summary/").respond_with_json(
        payloads.summary_legacy()
    )

    summary = get_summary.sync(87, client=client)

    server.check_assertions()
    assert isinstance(summary, SummaryResponse)
    assert summary.summary == payloads.summary_legacy()["summary"]
    assert isinstance(summary.summary, dict)
    assert summary.summary["ringkasan"] == "Tim sepakat merilis versi 2.4 hari Jumat."
    assert summary.notes == ""


async def test_get_summary_asyncio_pending_is_none(
    server: HTTPServer, async_client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{BASE}/meeting/1043/summary/").respond_with_json(
        payloads.summary_pending()
    )

    response = await get_summary.asyncio_detailed(1043, client=async_client)

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, SummaryResponse)
    assert response.parsed.summary is None
    assert response.parsed.keywords == []


def test_get_participants_keeps_a_guest_without_id(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{MEETING}participants/").respond_with_json(payloads.participants())

    response = get_participants.sync_detailed(payloads.MEETING_ID, client=client)

    server.check_assertions()
    result = response.parsed
    assert isinstance(result, ParticipantsResponse)
    assert result.total_participants == 2
    member, guest = result.participants
    assert isinstance(member, Participant)
    assert (member.id, member.email, member.position, member.department) == (
        12,
        "rina@example.com",
        "Product Manager",
        "Product",
    )
    assert isinstance(guest, Participant)
    assert guest.id is None
    assert guest.email is None
    assert guest.name == "Guest from Partner"
    assert guest.position == ""


def test_get_recording_known_formats_are_enums(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{MEETING}recording/").respond_with_json(payloads.recording())

    response = get_recording.sync_detailed(payloads.MEETING_ID, client=client)

    server.check_assertions()
    recording = response.parsed
    assert isinstance(recording, RecordingResponse)
    assert recording.recording_url == "https://storage.example.com/recordings/1042.mp3"
    assert recording.duration == 2712.5
    assert recording.format is RecordingFormat.MP3
    assert recording.video_format is RecordingFormat.MP4
    assert recording.video_url == "https://storage.example.com/recordings/1042.mp4"
    assert isinstance(recording.assets, list)
    assert all(isinstance(a, RecordingAsset) for a in recording.assets)
    assert [(a.media_kind, a.format, a.mime_type) for a in recording.assets] == [
        (MediaKind.AUDIO, RecordingFormat.MP3, "audio/mpeg"),
        (MediaKind.VIDEO, RecordingFormat.MP4, "video/mp4"),
    ]
    assert all(type(a.media_kind) is MediaKind for a in recording.assets)


async def test_get_recording_asyncio_unknown_format_and_kind_are_plain_strings(
    server: HTTPServer, async_client: AuthenticatedClient
) -> None:
    expect(server, "GET", f"{BASE}/meeting/1050/recording/").respond_with_json(
        payloads.recording_with_new_formats()
    )

    recording = await get_recording.asyncio(1050, client=async_client)

    server.check_assertions()
    assert isinstance(recording, RecordingResponse)
    assert recording.format == payloads.UNKNOWN_RECORDING_FORMAT
    assert type(recording.format) is str
    assert recording.video_url is None
    assert recording.video_format == ""
    assert isinstance(recording.assets, list)
    audio, model = recording.assets
    assert audio.media_kind is MediaKind.AUDIO
    assert audio.format == payloads.UNKNOWN_RECORDING_FORMAT
    assert type(audio.format) is str
    assert model.media_kind == payloads.UNKNOWN_MEDIA_KIND
    assert type(model.media_kind) is str
    assert model.url is None
    assert model.format == ""
    assert model.additional_properties == {payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE}


def test_get_recording_without_a_recording(server: HTTPServer, client: AuthenticatedClient) -> None:
    expect(server, "GET", f"{BASE}/meeting/1043/recording/").respond_with_json(
        payloads.recording_missing()
    )

    recording = get_recording.sync(1043, client=client)

    server.check_assertions()
    assert isinstance(recording, RecordingResponse)
    assert recording.recording_url is None
    assert recording.duration == 0
    assert recording.assets == []
    assert recording.video_url is None
    assert recording.to_dict() == payloads.recording_missing()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (HTTPStatus.NOT_FOUND, payloads.error_detail_message()),
        (HTTPStatus.BAD_REQUEST, payloads.error_detail_list()),
        (HTTPStatus.TOO_MANY_REQUESTS, payloads.error_structured()),
    ],
)
def test_documented_errors_come_back_as_error_models(
    server: HTTPServer,
    client: AuthenticatedClient,
    status: HTTPStatus,
    body: payloads.JSON,
) -> None:
    """The generator returns documented errors instead of raising; the overlay relies on it."""
    expect(server, "GET", MEETING).respond_with_json(body, status=status)

    response = get_meeting.sync_detailed(payloads.MEETING_ID, client=client)

    server.check_assertions()
    assert response.status_code == status
    error = response.parsed
    assert isinstance(error, ErrorResponse)
    if isinstance(error.detail, str):
        assert error.detail == body["detail"]
    elif isinstance(error.detail, list):
        assert all(isinstance(item, ValidationErrorItem) for item in error.detail)
        assert [item.msg for item in error.detail] == [item["msg"] for item in body["detail"]]
    else:
        assert isinstance(error.error, ErrorDetail)
        assert error.error.code == body["error"]["code"]
        assert isinstance(error.error.recovery, ErrorRecovery)
        assert error.error.recovery.retry_after_seconds == 30

"""list_meetings through the generated client: how filters go on the wire, how a page parses."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus
from typing import Any

import pytest
from meemo_api_client import AuthenticatedClient
from meemo_api_client.api.meetings import list_meetings
from meemo_api_client.errors import UnexpectedStatus
from meemo_api_client.models import (
    CalendarAttendee,
    CalendarEvent,
    MeetingListResponse,
    MeetingStatus,
    ProcessingStage,
    StageStatus,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.generated.conftest import UNMATCHED_STATUS
from tests.generated.support import BASE, expect

PATH = f"{BASE}/meeting/"
WIB = dt.timezone(dt.timedelta(hours=7))


def test_no_filters_sends_a_bare_get_and_parses_the_page(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", PATH).respond_with_json(
        payloads.meeting_list_page(), headers={"X-Request-ID": "req_01HZX3K8Q9"}
    )

    response = list_meetings.sync_detailed(client=client)

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    assert response.headers["X-Request-ID"] == "req_01HZX3K8Q9"
    page = response.parsed
    assert isinstance(page, MeetingListResponse)
    assert page.count == 3
    assert page.next == payloads.meeting_list_page()["next"]
    assert page.previous is None
    assert [meeting.id for meeting in page.results] == [payloads.MEETING_ID, 977, 1043]

    finished = page.results[0]
    assert finished.title == "Weekly product sync"
    assert finished.start_time == "2026-11-20T09:00:00+07:00"
    assert finished.end_time == "2026-11-20T09:45:12+07:00"
    assert finished.created_at == "2026-11-18T14:02:55+07:00"
    assert type(finished.status) is MeetingStatus
    assert finished.status is MeetingStatus.PAST
    assert finished.summary_complete is True
    assert finished.host_name == "Rina Hartono"
    assert isinstance(finished.summarization, ProcessingStage)
    assert finished.summarization.status is StageStatus.FAILED
    assert finished.summarization.description == "Summarizer timed out."
    assert finished.additional_properties == {}

    event = finished.calendar_event
    assert isinstance(event, CalendarEvent)
    assert event.event_id == "5q9hd7k2m1t0c8v6a4b2"
    assert event.description is None
    assert event.start_time == "2026-11-20T09:00:00+07:00"  # calendar times stay as sent
    assert isinstance(event.attendees, list)
    assert all(isinstance(a, CalendarAttendee) for a in event.attendees)
    assert [a.display_name for a in event.attendees] == ["Rina Hartono", None]

    live = page.results[2]
    assert live.status is MeetingStatus.ONGOING
    assert live.end_time is None
    assert live.calendar_event is None
    # Absent on older deployments: read as None, and still absent when written back.
    assert live.recording is None
    assert live.transcription is None
    assert live.summarization is None
    assert "recording" not in live.to_dict()


def test_unknown_status_stage_state_and_field_parse_without_error(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", PATH).respond_with_json(payloads.meeting_list_page())

    page = list_meetings.sync(client=client)

    server.check_assertions()
    assert isinstance(page, MeetingListResponse)
    newer = page.results[1]
    assert newer.status == payloads.UNKNOWN_MEETING_STATUS
    assert type(newer.status) is str
    assert isinstance(newer.recording, ProcessingStage)
    assert newer.recording.status == payloads.UNKNOWN_STAGE_STATUS
    assert type(newer.recording.status) is str
    assert newer.recording.description == ""
    assert newer.additional_properties == {payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE}
    assert newer.start_time == "2026-08-03T13:30:00Z"  # as sent: `Z` stays `Z`


def test_every_filter_goes_on_the_wire_in_its_documented_form(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(
        server,
        "GET",
        PATH,
        query={
            "organization_id": "7",
            "title": "product sync",
            "participants": "12,57",
            "created_after": "2026-11-01",
            "created_before": "2026-11-30",
            "summary_complete": "true",
            "from_calendar": "false",
            "start_after": "2026-11-02",
            "start_before": "2026-12-31",
            "status": "past",
            "calendar_event_id": "5q9hd7k2m1t0c8v6a4b2",
            "meeting_link": "https://meet.google.com/abc-defg-hij",
            "calendar_event_name": "Weekly",
            "calendar_event_description": "Roadmap & release",
            "search": "release 2.4",
            "page": "2",
            "size": "25",
        },
    ).respond_with_json(payloads.meeting_list_page())

    response = list_meetings.sync_detailed(
        client=client,
        organization_id=payloads.ORGANIZATION_ID,
        title="product sync",
        participants="12,57",
        created_after=dt.date(2026, 11, 1),
        created_before=dt.date(2026, 11, 30),
        summary_complete=True,
        from_calendar=False,
        start_after=dt.date(2026, 11, 2),
        start_before=dt.date(2026, 12, 31),
        status=MeetingStatus.PAST,
        calendar_event_id="5q9hd7k2m1t0c8v6a4b2",
        meeting_link="https://meet.google.com/abc-defg-hij",
        calendar_event_name="Weekly",
        calendar_event_description="Roadmap & release",
        search="release 2.4",
        page=2,
        size=25,
    )

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, MeetingListResponse)


@pytest.mark.parametrize(
    ("kwargs", "wire"),
    [
        ({"summary_complete": True}, "summary_complete=true"),
        ({"summary_complete": False}, "summary_complete=false"),
        ({"from_calendar": True}, "from_calendar=true"),
        ({"from_calendar": False}, "from_calendar=false"),
        ({"created_after": dt.date(2026, 1, 5)}, "created_after=2026-01-05"),
        ({"start_before": dt.date(2026, 12, 31)}, "start_before=2026-12-31"),
        ({"status": MeetingStatus.RECORDING}, "status=recording"),
        ({"participants": "12,57"}, "participants=12%2C57"),
        ({"page": 1}, "page=1"),
    ],
)
def test_one_filter_is_the_whole_query_string(
    server: HTTPServer, client: AuthenticatedClient, kwargs: dict[str, Any], wire: str
) -> None:
    """False and page 1 are values, not "unset": they must still be sent."""
    expect(server, "GET", PATH, query=wire).respond_with_json(payloads.meeting_list_page())

    response = list_meetings.sync_detailed(client=client, **kwargs)

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK


def test_pages_are_requested_in_the_order_the_caller_asks(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", PATH, query={"size": "1"}, ordered=True).respond_with_json(
        payloads.meeting_list_page()
    )
    expect(server, "GET", PATH, query={"page": "2", "size": "1"}, ordered=True).respond_with_json(
        payloads.meeting_list_last_page()
    )

    first = list_meetings.sync(client=client, size=1)
    second = list_meetings.sync(client=client, page=2, size=1)

    server.check_assertions()
    assert isinstance(first, MeetingListResponse)
    assert isinstance(second, MeetingListResponse)
    assert second.next is None
    assert second.previous == "https://api-meemo.glair.ai/api/v1/external/meeting/?size=1"
    assert second.results[0].status is MeetingStatus.RECORDING


async def test_asyncio_sends_the_same_request_and_parses_the_same_page(
    server: HTTPServer, async_client: AuthenticatedClient
) -> None:
    expect(
        server, "GET", PATH, query={"organization_id": "7", "summary_complete": "false"}
    ).respond_with_json(payloads.meeting_list_page())

    response = await list_meetings.asyncio_detailed(
        client=async_client, organization_id=payloads.ORGANIZATION_ID, summary_complete=False
    )

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    page = response.parsed
    assert isinstance(page, MeetingListResponse)
    assert page.results[0].status is MeetingStatus.PAST
    assert page.results[1].status == payloads.UNKNOWN_MEETING_STATUS


@pytest.mark.nonconforming_responses  # the no-handler answer is deliberately undocumented
def test_a_stray_filter_fails_the_exchange(server: HTTPServer, client: AuthenticatedClient) -> None:
    """The harness itself: a query parameter nobody expected must not slip through."""
    expect(server, "GET", PATH).respond_with_json(payloads.meeting_list_page())

    with pytest.raises(UnexpectedStatus) as raised:
        list_meetings.sync_detailed(client=client, title="unexpected")

    assert raised.value.status_code == UNMATCHED_STATUS
    with pytest.raises(AssertionError, match="No handler found"):
        server.check_assertions()
    # The expectation is still there; meet it so the fixture's teardown check passes.
    assert isinstance(list_meetings.sync(client=client), MeetingListResponse)

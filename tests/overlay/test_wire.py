"""What each `client.meetings` method puts on the wire, on both clients.

Method, path, exact query (omitted filters absent), JSON body (omitted fields
absent), the bearer token, and `extra_headers` on that one request only.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from meemo_sdk import (
    CreateMeetingCalendarEvent,
    MeetingDetail,
    MeetingListResponse,
    ParticipantsResponse,
    RecordingResponse,
    SummaryResponse,
    TranscriptResponse,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.overlay.support import (
    API,
    USER_TOKEN,
    Client,
    Sdk,
    TokenEndpoint,
    api_requests,
    bearer,
    issued_token,
    json_body,
    query,
)

MEETING_ID = payloads.MEETING_ID
ORGANIZATION_ID = payloads.ORGANIZATION_ID
MEETINGS = f"{API}/meeting/"
TOPICS = f"{API}/topics/"
TRACE = {"X-Trace-Id": "trace-4711"}

Headers = dict[str, str] | None


@dataclass(frozen=True)
class Endpoint:
    """One SDK method: how to call it, where it must go, what the server answers."""

    name: str
    method: str
    path: str
    answer: Callable[[], Any]
    call: Callable[[Client, Headers], object]
    returns: type


ENDPOINTS = [
    Endpoint(
        "list_meetings",
        "GET",
        MEETINGS,
        payloads.meeting_list_page,
        lambda c, h: c.meetings.list_meetings(extra_headers=h),
        MeetingListResponse,
    ),
    Endpoint(
        "get_meeting",
        "GET",
        f"{MEETINGS}{MEETING_ID}/",
        payloads.meeting_detail,
        lambda c, h: c.meetings.get_meeting(MEETING_ID, extra_headers=h),
        MeetingDetail,
    ),
    Endpoint(
        "create_meeting",
        "POST",
        MEETINGS,
        payloads.created_meeting,
        lambda c, h: c.meetings.create_meeting(
            organization_id=ORGANIZATION_ID, title="Quarterly planning", extra_headers=h
        ),
        MeetingDetail,
    ),
    Endpoint(
        "get_transcript",
        "GET",
        f"{MEETINGS}{MEETING_ID}/transcript/",
        payloads.transcript,
        lambda c, h: c.meetings.get_transcript(MEETING_ID, extra_headers=h),
        TranscriptResponse,
    ),
    Endpoint(
        "get_summary",
        "GET",
        f"{MEETINGS}{MEETING_ID}/summary/",
        payloads.summary_markdown,
        lambda c, h: c.meetings.get_summary(MEETING_ID, extra_headers=h),
        SummaryResponse,
    ),
    Endpoint(
        "get_participants",
        "GET",
        f"{MEETINGS}{MEETING_ID}/participants/",
        payloads.participants,
        lambda c, h: c.meetings.get_participants(MEETING_ID, extra_headers=h),
        ParticipantsResponse,
    ),
    Endpoint(
        "get_recording",
        "GET",
        f"{MEETINGS}{MEETING_ID}/recording/",
        payloads.recording,
        lambda c, h: c.meetings.get_recording(MEETING_ID, extra_headers=h),
        RecordingResponse,
    ),
    Endpoint(
        "list_topics",
        "GET",
        TOPICS,
        payloads.topics,
        lambda c, h: c.meetings.list_topics(extra_headers=h),
        list,
    ),
]


def answer(server: HTTPServer, endpoint: Endpoint) -> None:
    status = 201 if endpoint.method == "POST" else 200
    server.expect_request(endpoint.path, method=endpoint.method).respond_with_json(
        endpoint.answer(), status=status
    )


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
async def test_method_path_token_and_return_type(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, endpoint: Endpoint
) -> None:
    answer(server, endpoint)

    result = await sdk.run(lambda c: endpoint.call(c, None))

    assert isinstance(result, endpoint.returns)
    [request] = api_requests(server)
    assert (request.method, request.path) == (endpoint.method, endpoint.path)
    assert request.headers["Authorization"] == bearer(issued_token(1))
    assert request.headers["Accept"] == "application/json"
    assert request.query_string == b""
    if endpoint.method == "GET":
        assert request.get_data() == b""
    assert len(token_endpoint.requests) == 1


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
async def test_extra_headers_reach_only_their_own_request(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, endpoint: Endpoint
) -> None:
    answer(server, endpoint)
    other = sdk.client()

    await sdk.run(lambda c: endpoint.call(c, TRACE))
    await sdk.run(lambda c: endpoint.call(c, None))
    await sdk.run(lambda c: endpoint.call(c, None), client=other)

    with_header, next_request, other_client = api_requests(server)
    assert with_header.headers["X-Trace-Id"] == "trace-4711"
    assert with_header.headers["Authorization"] == bearer(issued_token(1))
    assert "X-Trace-Id" not in next_request.headers
    assert "X-Trace-Id" not in other_client.headers
    assert other_client.headers["Authorization"] == bearer(issued_token(2))


async def test_extra_headers_override_default_headers_for_one_request_only(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(TOPICS).respond_with_json(payloads.topics())
    client = sdk.client(default_headers={"X-App": "reporting"})

    await sdk.run(lambda c: c.meetings.list_topics(extra_headers={"X-App": "override"}), client)
    await sdk.run(lambda c: c.meetings.list_topics(), client)

    first, second = api_requests(server)
    assert first.headers["X-App"] == "override"
    assert second.headers["X-App"] == "reporting"


# --- list_meetings ---------------------------------------------------------------------------


async def test_list_meetings_sends_every_filter(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(payloads.meeting_list_page())

    await sdk.run(
        lambda c: c.meetings.list_meetings(
            organization_id=ORGANIZATION_ID,
            title="product sync",
            participants=[12, 57],
            created_after="2026-11-01",
            created_before=dt.date(2026, 11, 30),
            summary_complete=True,
            from_calendar=False,
            page=2,
            size=25,
        )
    )

    [request] = api_requests(server)
    assert query(request) == {
        "organization_id": "7",
        "title": "product sync",
        "participants": "12,57",
        "created_after": "2026-11-01",
        "created_before": "2026-11-30",
        "summary_complete": "true",
        "from_calendar": "false",
        "page": "2",
        "size": "25",
    }


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param({"summary_complete": False}, {"summary_complete": "false"}, id="false"),
        pytest.param({"from_calendar": True}, {"from_calendar": "true"}, id="true"),
        pytest.param({"participants": "12,57"}, {"participants": "12,57"}, id="ids-string"),
        pytest.param({"participants": "12, 57"}, {"participants": "12,57"}, id="ids-spaces"),
        pytest.param({"participants": (57,)}, {"participants": "57"}, id="ids-tuple"),
        pytest.param(
            {"created_after": dt.date(2024, 2, 29), "created_before": "2024-02-29"},
            {"created_after": "2024-02-29", "created_before": "2024-02-29"},
            id="same-day-range",
        ),
        pytest.param({"title": "Rapat"}, {"title": "Rapat"}, id="title-only"),
        pytest.param({"size": 100}, {"size": "100"}, id="size-only"),
    ],
)
async def test_list_meetings_sends_only_given_filters(
    sdk: Sdk,
    server: HTTPServer,
    token_endpoint: TokenEndpoint,
    filters: dict[str, Any],
    expected: dict[str, str],
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(payloads.meeting_list_page())

    await sdk.run(lambda c: c.meetings.list_meetings(**filters))

    [request] = api_requests(server)
    assert query(request) == expected


async def test_list_topics_filters_by_organization(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(TOPICS, method="GET").respond_with_json(payloads.topics())

    await sdk.run(lambda c: c.meetings.list_topics(organization_id=ORGANIZATION_ID))

    [request] = api_requests(server)
    assert query(request) == {"organization_id": "7"}


# --- create_meeting ----------------------------------------------------------------------------


async def test_create_meeting_sends_only_the_required_fields_when_nothing_else_is_given(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="POST").respond_with_json(
        payloads.created_meeting(), status=201
    )

    await sdk.run(
        lambda c: c.meetings.create_meeting(
            organization_id=ORGANIZATION_ID, title="Quarterly planning"
        )
    )

    [request] = api_requests(server)
    assert json_body(request) == {"organization_id": 7, "title": "Quarterly planning"}
    assert request.query_string == b""


async def test_create_meeting_sends_every_field(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="POST").respond_with_json(payloads.created_meeting())
    wib = dt.timezone(dt.timedelta(hours=7))
    join_at = (dt.datetime.now(wib) + dt.timedelta(days=30)).replace(microsecond=0)

    await sdk.run(
        lambda c: c.meetings.create_meeting(
            organization_id=ORGANIZATION_ID,
            title="Quarterly planning",
            start_time="2026-12-01T10:00:00+07:00",
            user_token=USER_TOKEN,
            topic_id=3,
            participants=["rina@example.com", "budi@example.com"],
            bot_meeting_url="https://meet.google.com/abc-defg-hij",
            bot_join_at=join_at,
            speaker_count=4,
            calendar_event={
                "event_id": "5q9hd7k2m1t0c8v6a4b2",
                "summary": "Quarterly planning",
                "organizer_email": "rina@example.com",
                "meeting_link": "https://meet.google.com/abc-defg-hij",
                "start_time": "2026-12-01T10:00:00+07:00",
                "end_time": dt.datetime(2026, 12, 1, 11, 0, tzinfo=wib),
                "attendees": [
                    {
                        "email": "budi@example.com",
                        "display_name": "Budi Santoso",
                        "response_status": "accepted",
                    }
                ],
            },
        )
    )

    [request] = api_requests(server)
    assert json_body(request) == {
        "organization_id": 7,
        "title": "Quarterly planning",
        "start_time": "2026-12-01T10:00:00+07:00",
        "user_token": USER_TOKEN,
        "topic_id": 3,
        "participants": ["rina@example.com", "budi@example.com"],
        "bot_meeting_url": "https://meet.google.com/abc-defg-hij",
        "bot_join_at": join_at.isoformat(),
        "speaker_count": 4,
        "calendar_event": {
            "event_id": "5q9hd7k2m1t0c8v6a4b2",
            "summary": "Quarterly planning",
            "organizer_email": "rina@example.com",
            "meeting_link": "https://meet.google.com/abc-defg-hij",
            "start_time": "2026-12-01T10:00:00+07:00",
            "end_time": "2026-12-01T11:00:00+07:00",
            "attendees": [
                {
                    "email": "budi@example.com",
                    "display_name": "Budi Santoso",
                    "response_status": "accepted",
                }
            ],
        },
    }


async def test_create_meeting_imports_a_file_with_a_calendar_event_model(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="POST").respond_with_json(payloads.created_meeting())
    event = CreateMeetingCalendarEvent(event_id="evt-9")

    await sdk.run(
        lambda c: c.meetings.create_meeting(
            organization_id=ORGANIZATION_ID,
            title="Imported call",
            file_url="https://storage.example.com/calls/9.mp3",
            speaker_count=2,
            calendar_event=event,
        )
    )

    [request] = api_requests(server)
    assert json_body(request) == {
        "organization_id": 7,
        "title": "Imported call",
        "file_url": "https://storage.example.com/calls/9.mp3",
        "speaker_count": 2,
        "calendar_event": {"event_id": "evt-9"},
    }


@pytest.fixture
def jakarta_local_time() -> Iterator[None]:
    """Make the machine's local time UTC+7 (a POSIX TZ rule: no tz database needed)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "WIB-7")
        time.tzset()
        yield
    time.tzset()


@pytest.mark.usefixtures("jakarta_local_time")
async def test_create_meeting_sends_times_as_given_not_in_this_machines_zone(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """The service, not this machine's TZ, decides what a naive time means."""
    server.expect_request(MEETINGS, method="POST").respond_with_json(payloads.created_meeting())

    await sdk.run(
        lambda c: c.meetings.create_meeting(
            organization_id=ORGANIZATION_ID,
            title="Quarterly planning",
            start_time="2026-12-01T10:00:00",
            bot_meeting_url="https://meet.google.com/abc-defg-hij",
            bot_join_at="2099-12-01T09:59:00Z",
            calendar_event={
                "event_id": "e1",
                "start_time": "2026-12-01",
                "end_time": dt.datetime(2026, 12, 1, 11, 0),
            },
        )
    )

    [request] = api_requests(server)
    body = json_body(request)
    assert body["start_time"] == "2026-12-01T10:00:00"
    assert body["bot_join_at"] == "2099-12-01T09:59:00Z"
    assert body["calendar_event"]["start_time"] == "2026-12-01"
    assert body["calendar_event"]["end_time"] == "2026-12-01T11:00:00"

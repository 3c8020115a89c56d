"""The later meetings operations on the wire, sync and async: the calendar and search
filters of `list_meetings`, `get_summary_with_video`, and `find_meeting_by_calendar_event_id`
(which must not trust a server that ignores the filter).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import pytest
from meemo_sdk import (
    InvalidRequestError,
    MeetingListItem,
    MeetingStatus,
    StageStatus,
    SummaryWithVideoResponse,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.overlay.support import API, Sdk, TokenEndpoint, api_requests, bad, query

MEETINGS = f"{API}/meeting/"
EVENT_ID = payloads.calendar_event()["event_id"]
VIDEO_URL = "https://storage.example.com/recordings/1042.mp4"


def summary_with_video() -> dict[str, Any]:
    return {
        "meeting_id": payloads.MEETING_ID,
        "title": "Weekly product sync",
        "record_id": 2210,
        "summary_markdown": "## Decisions\n- Ship 2.4 on Friday. (segment:17)\n",
        "placeholder_message_markdown": (
            "[video_meeting_1042]\n\n- Ship 2.4 [video_meeting_1042@05:30-05:45]"
        ),
        "inline_message_markdown": f"![video_meeting_1042]({VIDEO_URL})\n\n- Ship 2.4",
        "video_id": "video_meeting_1042",
        "media_mapping": {"[video_meeting_1042]": f"![Weekly product sync]({VIDEO_URL})"},
        "citations": [
            {
                "segment_ids": [17, 18],
                "start_seconds": 330.0,
                "end_seconds": 345.5,
                "placeholder": "[video_meeting_1042@05:30-05:45]",
                "inline_embed": f"![video_meeting_1042@05:30-05:45]({VIDEO_URL}#t=330,345)",
            }
        ],
        "video_url": VIDEO_URL,
    }


def one_row(page: dict[str, Any], index: int) -> dict[str, Any]:
    """`page` cut down to the row at `index`, as the service answers `size=1`."""
    return {**page, "count": 1, "next": None, "results": [page["results"][index]]}


# --- list_meetings: the newer filters -------------------------------------------------------


async def test_list_meetings_sends_the_calendar_and_search_filters(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(payloads.meeting_list_page())

    await sdk.run(
        lambda c: c.meetings.list_meetings(
            start_after="2026-11-01",
            start_before=dt.date(2026, 11, 30),
            status=MeetingStatus.PAST,
            calendar_event_id=EVENT_ID,
            meeting_link="abc-defg-hij",
            calendar_event_name="product",
            calendar_event_description="roadmap",
            search="release plan",
        )
    )

    [request] = api_requests(server)
    assert query(request) == {
        "start_after": "2026-11-01",
        "start_before": "2026-11-30",
        "status": "past",
        "calendar_event_id": EVENT_ID,
        "meeting_link": "abc-defg-hij",
        "calendar_event_name": "product",
        "calendar_event_description": "roadmap",
        "search": "release plan",
    }


@pytest.mark.parametrize("status", ["upcoming", MeetingStatus.UPCOMING], ids=["str", "enum"])
async def test_status_filter_takes_the_enum_or_its_string(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, status: Any
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(payloads.meeting_list_page())

    await sdk.run(lambda c: c.meetings.list_meetings(status=status))

    [request] = api_requests(server)
    assert query(request) == {"status": "upcoming"}


async def test_iter_meetings_takes_the_new_filters_on_every_page(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    first = payloads.meeting_list_page()
    first["next"] = f"{sdk.origin}{MEETINGS}?search=sync&status=past&page=2"
    server.expect_request(
        MEETINGS, method="GET", query_string={"search": "sync", "status": "past"}
    ).respond_with_json(first)
    server.expect_request(
        MEETINGS, method="GET", query_string={"search": "sync", "status": "past", "page": "2"}
    ).respond_with_json(payloads.meeting_list_last_page())

    async def collect(c: Any) -> list[MeetingListItem]:
        found = c.meetings.iter_meetings(search="sync", status="past")
        if sdk.is_async:
            return [item async for item in found]
        return list(found)

    items = await sdk.run(collect)

    # Both pages hold meeting 1043 (the sample pages overlap): it is yielded once.
    assert [item.id for item in items] == [payloads.MEETING_ID, 977, 1043]
    first_request, second_request = api_requests(server)
    assert query(first_request) == {"search": "sync", "status": "past"}
    assert query(second_request) == {"search": "sync", "status": "past", "page": "2"}


@pytest.mark.parametrize(
    ("filters", "argument"),
    [
        pytest.param({"status": "archived"}, "status", id="status-unknown"),
        pytest.param({"status": 3}, "status", id="status-int"),
        pytest.param({"start_after": "2026-13-01"}, "start_after", id="start-after-not-a-date"),
        pytest.param(
            {"start_before": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)},
            "start_before",
            id="start-before-datetime",
        ),
        pytest.param(
            {"start_after": "2026-12-01", "start_before": "2026-11-01"},
            "start_after",
            id="start-range-reversed",
        ),
        pytest.param({"calendar_event_id": ""}, "calendar_event_id", id="event-id-empty"),
        pytest.param({"meeting_link": "  "}, "meeting_link", id="link-blank"),
        pytest.param({"calendar_event_name": "\t"}, "calendar_event_name", id="name-blank"),
        pytest.param(
            {"calendar_event_description": ""},
            "calendar_event_description",
            id="description-empty",
        ),
        pytest.param({"search": " "}, "search", id="search-blank"),
        pytest.param({"search": 5}, "search", id="search-int"),
    ],
)
async def test_invalid_new_filters_are_refused_before_sending(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, filters: Any, argument: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(lambda c: c.meetings.list_meetings(**bad(filters)))

    assert caught.value.argument == argument
    assert argument in str(caught.value)
    assert server.log == []


# --- processing stages ----------------------------------------------------------------------


async def test_stage_and_meeting_statuses_compare_equal_to_strings_and_tolerate_new_ones(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(payloads.meeting_list_page())

    page = await sdk.run(lambda c: c.meetings.list_meetings())

    finished, unknown, live = page.results
    assert finished.status == MeetingStatus.PAST
    assert finished.status == "past"
    assert finished.summarization.status == StageStatus.FAILED
    assert finished.summarization.status == "failed"
    assert finished.summarization.description == "Summarizer timed out."
    assert unknown.status == payloads.UNKNOWN_MEETING_STATUS
    assert unknown.recording.status == payloads.UNKNOWN_STAGE_STATUS
    assert not isinstance(unknown.recording.status, StageStatus)
    assert isinstance(live.status, MeetingStatus)


# --- get_summary_with_video -----------------------------------------------------------------


async def test_get_summary_with_video_reads_citations_and_media(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    path = f"{MEETINGS}{payloads.MEETING_ID}/summary-with-video/"
    server.expect_request(path, method="GET").respond_with_json(summary_with_video())

    result = await sdk.run(lambda c: c.meetings.get_summary_with_video(payloads.MEETING_ID))

    assert isinstance(result, SummaryWithVideoResponse)
    assert result.record_id == 2210
    assert result.video_url == VIDEO_URL
    assert result.media_mapping["[video_meeting_1042]"].endswith(f"({VIDEO_URL})")
    assert result.has_video
    assert isinstance(result.citations, list)
    [citation] = result.citations
    assert citation.segment_ids == [17, 18]
    assert (citation.start_seconds, citation.end_seconds) == (330.0, 345.5)
    [request] = api_requests(server)
    assert (request.method, request.path) == ("GET", path)


async def test_get_summary_with_video_without_a_recording(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """A meeting with neither recording nor summary: only id and title come back."""
    path = f"{MEETINGS}1043/summary-with-video/"
    bare = {"meeting_id": 1043, "title": "Design review", "record_id": None, "citations": None}
    server.expect_request(path, method="GET").respond_with_json(bare)

    result = await sdk.run(lambda c: c.meetings.get_summary_with_video(1043))

    # Absent or null, the lists and maps read as empty and the strings as "".
    assert (result.meeting_id, result.record_id, result.citations) == (1043, None, [])
    assert (result.media_mapping, result.video_id, result.video_url) == ({}, "", None)
    assert not result.has_video
    assert result.to_dict() == bare


@pytest.mark.parametrize("meeting_id", [0, -1, "1042", True])
async def test_get_summary_with_video_refuses_a_bad_id(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, meeting_id: object
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(lambda c: c.meetings.get_summary_with_video(bad(meeting_id)))

    assert caught.value.argument == "meeting_id"
    assert server.log == []


# --- find_meeting_by_calendar_event_id ------------------------------------------------------


async def test_find_by_event_id_returns_the_verified_row(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(
        one_row(payloads.meeting_list_page(), 0)
    )

    found = await sdk.run(
        lambda c: c.meetings.find_meeting_by_calendar_event_id(
            f" {EVENT_ID} ", organization_id=payloads.ORGANIZATION_ID
        )
    )

    assert isinstance(found, MeetingListItem)
    assert found.id == payloads.MEETING_ID
    [request] = api_requests(server)
    assert query(request) == {
        "calendar_event_id": EVENT_ID,
        "organization_id": str(payloads.ORGANIZATION_ID),
        "size": "1",
    }


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(1, id="row-without-calendar-event"),
        pytest.param(0, id="row-with-another-event"),
    ],
)
async def test_find_by_event_id_discards_a_row_that_does_not_carry_the_id(
    sdk: Sdk,
    server: HTTPServer,
    token_endpoint: TokenEndpoint,
    caplog: pytest.LogCaptureFixture,
    row: int,
) -> None:
    """An older server ignores the filter and answers with its newest meeting: not a match."""
    server.expect_request(MEETINGS, method="GET").respond_with_json(
        one_row(payloads.meeting_list_page(), row)
    )

    with caplog.at_level(logging.WARNING, logger="meemo_sdk"):
        found = await sdk.run(
            lambda c: c.meetings.find_meeting_by_calendar_event_id("evt-that-is-not-there")
        )

    assert found is None
    assert "calendar_event_id filter" in caplog.text
    [request] = api_requests(server)
    assert query(request) == {"calendar_event_id": "evt-that-is-not-there", "size": "1"}


async def test_find_by_event_id_returns_none_when_nothing_matches(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(
        {"count": 0, "next": None, "previous": None, "results": []}
    )

    assert await sdk.run(lambda c: c.meetings.find_meeting_by_calendar_event_id(EVENT_ID)) is None


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        pytest.param(("",), "calendar_event_id", id="empty"),
        pytest.param(("   ",), "calendar_event_id", id="blank"),
        pytest.param((42,), "calendar_event_id", id="int"),
        pytest.param((EVENT_ID, 0), "organization_id", id="organization-zero"),
    ],
)
async def test_find_by_event_id_refuses_bad_arguments_before_sending(
    sdk: Sdk,
    server: HTTPServer,
    token_endpoint: TokenEndpoint,
    arguments: tuple[Any, ...],
    argument: str,
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(lambda c: c.meetings.find_meeting_by_calendar_event_id(*bad(arguments)))

    assert caught.value.argument == argument
    assert server.log == []

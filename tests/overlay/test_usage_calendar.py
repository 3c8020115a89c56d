"""`client.usage` and `client.calendar` on the wire, sync and async, with their argument rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from meemo_sdk import InvalidRequestError, UpcomingMeetingsResponse, UsageResponse
from pytest_httpserver import HTTPServer

from tests.overlay.support import API, Sdk, TokenEndpoint, api_requests, bad, query

USAGE = f"{API}/usage/"
UPCOMING = f"{API}/calendar/upcoming-meetings/"


def usage_body() -> dict[str, Any]:
    return {
        "results": [
            {
                "organization_id": 7,
                "organization_name": "Acme Product",
                "capability_name": "transcription_minutes",
                "usage": 1312.5,
                "quota": 6000,
            },
            {
                "organization_id": 7,
                "organization_name": "Acme Product",
                "capability_name": "meetings",
                "usage": 48,
                "quota": None,
            },
        ]
    }


def upcoming_body() -> dict[str, Any]:
    return {
        "integrated": True,
        "results": [
            {
                "id": 880,
                "organization_id": 7,
                "organization_name": "Acme Product",
                "event_id": "7h2kd9s0q1w3e5r7t9y1",
                "summary": "Design review",
                "description": None,
                "start_time": "2026-11-24T14:00:00+07:00",
                "end_time": "2026-11-24T15:00:00+07:00",
                "meeting_link": "https://meet.google.com/xyz-abcd-efg",
                "organizer_email": "rina@example.com",
                "status": "confirmed",
            }
        ],
    }


async def test_get_usage_sends_only_the_given_filters(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(USAGE, method="GET").respond_with_json(usage_body())

    everything = await sdk.run(lambda c: c.usage.get_usage())
    filtered = await sdk.run(
        lambda c: c.usage.get_usage(7, start_date="2026-11-01", end_date=dt.date(2026, 11, 30))
    )

    assert isinstance(everything, UsageResponse)
    minutes, meetings = filtered.results
    assert (minutes.capability_name, minutes.usage, minutes.quota) == (
        "transcription_minutes",
        1312.5,
        6000,
    )
    assert meetings.quota is None
    first, second = api_requests(server)
    assert query(first) == {}
    assert query(second) == {
        "organization_id": "7",
        "start_date": "2026-11-01",
        "end_date": "2026-11-30",
    }


async def test_get_upcoming_meetings(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(UPCOMING, method="GET").respond_with_json(upcoming_body())

    upcoming = await sdk.run(lambda c: c.calendar.get_upcoming_meetings(7, limit=100))

    assert isinstance(upcoming, UpcomingMeetingsResponse)
    assert upcoming.integrated is True
    [event] = upcoming.results
    assert (event.event_id, event.summary, event.description) == (
        "7h2kd9s0q1w3e5r7t9y1",
        "Design review",
        None,
    )
    [request] = api_requests(server)
    assert query(request) == {"organization_id": "7", "limit": "100"}


async def test_get_upcoming_meetings_without_a_calendar(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(UPCOMING, method="GET").respond_with_json(
        {"integrated": False, "results": []}
    )

    upcoming = await sdk.run(lambda c: c.calendar.get_upcoming_meetings())

    assert (upcoming.integrated, upcoming.results) == (False, [])
    [request] = api_requests(server)
    assert query(request) == {}


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        pytest.param(
            lambda c: c.usage.get_usage(start_date="2026-02-30"), "start_date", id="not-a-date"
        ),
        pytest.param(
            lambda c: c.usage.get_usage(end_date=bad("30/11/2026")), "end_date", id="format"
        ),
        pytest.param(
            lambda c: c.usage.get_usage(end_date=bad(dt.datetime(2026, 11, 30, tzinfo=dt.UTC))),
            "end_date",
            id="datetime",
        ),
        pytest.param(
            lambda c: c.usage.get_usage(start_date="2026-12-01", end_date="2026-11-01"),
            "start_date",
            id="reversed",
        ),
        pytest.param(lambda c: c.usage.get_usage(bad(0)), "organization_id", id="usage-org"),
        pytest.param(lambda c: c.calendar.get_upcoming_meetings(limit=0), "limit", id="limit-0"),
        pytest.param(
            lambda c: c.calendar.get_upcoming_meetings(limit=101), "limit", id="limit-101"
        ),
        pytest.param(
            lambda c: c.calendar.get_upcoming_meetings(limit=bad("5")), "limit", id="limit-str"
        ),
        pytest.param(
            lambda c: c.calendar.get_upcoming_meetings(bad(-7)), "organization_id", id="cal-org"
        ),
    ],
)
async def test_invalid_arguments_are_refused_before_sending(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, call: Any, argument: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(call)

    assert caught.value.argument == argument
    assert argument in str(caught.value)
    assert server.log == []

"""What a program written for the official `meemo` client relies on, after changing its import.

Its documented call forms (positional arguments included), `get_access_token()`, and the
structured error fields (`params`, `recovery`, `request_id`).
"""

from __future__ import annotations

from typing import Any

import pytest
from meemo_sdk import (
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    CreateMeetingCalendarEvent,
)
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.overlay.support import (
    API,
    STATIC_TOKEN,
    Client,
    Sdk,
    TokenEndpoint,
    api_requests,
    issued_token,
    json_body,
    query,
)

MEETINGS = f"{API}/meeting/"
HEADERS = {"X-Trace-Id": "trace-77"}


def _ok(server: HTTPServer, path: str, body: object, method: str = "GET") -> None:
    server.expect_request(path, method=method).respond_with_json(body)


async def test_get_meeting_takes_extra_headers_positionally(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    _ok(server, f"{MEETINGS}{payloads.MEETING_ID}/", payloads.meeting_detail())

    meeting = await sdk.run(lambda c: c.meetings.get_meeting(payloads.MEETING_ID, HEADERS))

    assert meeting.id == payloads.MEETING_ID
    [request] = api_requests(server)
    assert request.headers["X-Trace-Id"] == "trace-77"


async def test_list_meetings_takes_extra_headers_as_its_only_positional_argument(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    _ok(server, MEETINGS, payloads.meeting_list_page())

    page = await sdk.run(lambda c: c.meetings.list_meetings(HEADERS, title="sync", size=20))

    assert page.count == payloads.meeting_list_page()["count"]
    [request] = api_requests(server)
    assert request.headers["X-Trace-Id"] == "trace-77"
    assert query(request) == {"title": "sync", "size": "20"}


async def test_create_meeting_takes_extra_headers_positionally_and_the_rest_by_keyword(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    _ok(server, MEETINGS, payloads.created_meeting(), method="POST")

    await sdk.run(
        lambda c: c.meetings.create_meeting(HEADERS, organization_id=7, title="Quarterly planning")
    )

    [request] = api_requests(server)
    assert request.headers["X-Trace-Id"] == "trace-77"
    assert json_body(request) == {"organization_id": 7, "title": "Quarterly planning"}


@pytest.mark.parametrize(
    ("call", "path", "body", "sent"),
    [
        pytest.param(
            lambda c: c.meetings.list_topics(7, HEADERS),
            f"{API}/topics/",
            [{"id": 3, "name": "General"}],
            {"organization_id": "7"},
            id="list_topics",
        ),
        pytest.param(
            lambda c: c.usage.get_usage(7, "2026-11-01", "2026-11-30", HEADERS),
            f"{API}/usage/",
            {"results": []},
            {"organization_id": "7", "start_date": "2026-11-01", "end_date": "2026-11-30"},
            id="get_usage",
        ),
        pytest.param(
            lambda c: c.calendar.get_upcoming_meetings(7, 5, HEADERS),
            f"{API}/calendar/upcoming-meetings/",
            {"integrated": False, "results": []},
            {"organization_id": "7", "limit": "5"},
            id="get_upcoming_meetings",
        ),
        pytest.param(
            lambda c: c.webhooks.list_webhook_events(31, HEADERS),
            f"{API}/webhook-events/",
            {"count": 0, "results": []},
            {"webhook_id": "31"},
            id="list_webhook_events",
        ),
        pytest.param(
            lambda c: c.webhooks.list_webhooks(HEADERS),
            f"{API}/webhooks/",
            {"count": 0, "results": []},
            {},
            id="list_webhooks",
        ),
        pytest.param(
            lambda c: c.webhooks.list_available_organizations(HEADERS),
            f"{API}/webhooks/available-organizations/",
            [{"id": 7, "name": "Acme"}],
            {},
            id="list_available_organizations",
        ),
    ],
)
async def test_positional_forms_of_the_other_operations(
    sdk: Sdk,
    server: HTTPServer,
    token_endpoint: TokenEndpoint,
    call: Any,
    path: str,
    body: object,
    sent: dict[str, str],
) -> None:
    _ok(server, path, body)

    await sdk.run(call)

    [request] = api_requests(server)
    assert request.headers["X-Trace-Id"] == "trace-77"
    assert query(request) == sent


async def test_get_access_token_fetches_once_then_reuses_the_cached_token(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    first = await sdk.run(lambda c: c.get_access_token())
    again = await sdk.run(lambda c: c.get_access_token())

    assert first == again == issued_token(1)
    assert token_endpoint.issued == [issued_token(1)]


async def test_get_access_token_with_a_static_token_sends_nothing(
    sdk: Sdk, server: HTTPServer
) -> None:
    client = sdk.client(access_token=STATIC_TOKEN)

    assert await sdk.run(lambda c: c.get_access_token(), client) == STATIC_TOKEN
    assert server.log == []


def _structured_error(**error: Any) -> dict[str, Any]:
    return {"error": {"code": "invalid_parameter", "message": "Bad page.", **error}}


async def test_an_error_exposes_params_recovery_and_request_id(
    sdk: Sdk, server: HTTPServer
) -> None:
    body = _structured_error(
        params={"field": "size", "max": 100},
        request_id="req-body-1",
        recovery={"retryable": True, "retry_after_seconds": 30},
    )
    server.expect_request(MEETINGS).respond_with_json(body, status=400)

    with pytest.raises(BadRequestError) as caught:
        await sdk.run(lambda c: c.meetings.list_meetings(), sdk.client(access_token=STATIC_TOKEN))

    error = caught.value
    assert error.params == {"field": "size", "max": 100}
    assert error.recovery == {"retryable": True, "retry_after_seconds": 30}
    assert error.request_id == "req-body-1"
    assert (error.code, error.api_code) == ("invalid_parameter", "invalid_parameter")


async def test_a_top_level_request_id_is_read(sdk: Sdk, server: HTTPServer) -> None:
    body = {"detail": "Not found.", "request_id": "req-top-2"}
    server.expect_request(f"{MEETINGS}9/").respond_with_json(body, status=404)

    with pytest.raises(APIStatusError) as caught:
        await sdk.run(lambda c: c.meetings.get_meeting(9), sdk.client(access_token=STATIC_TOKEN))

    assert caught.value.request_id == "req-top-2"
    assert caught.value.params is None
    assert caught.value.recovery == {"retryable": False}


async def test_recovery_follows_the_status_and_retry_after_when_the_body_has_none(
    sdk: Sdk, server: HTTPServer
) -> None:
    server.expect_request(MEETINGS).respond_with_json(
        {"detail": "Slow down."}, status=429, headers={"Retry-After": "7"}
    )
    client: Client = sdk.client(access_token=STATIC_TOKEN, max_retries=0)

    with pytest.raises(APIStatusError) as caught:
        await sdk.run(lambda c: c.meetings.list_meetings(), client)

    assert caught.value.recovery == {"retryable": True, "retry_after_seconds": 7}


@pytest.mark.nonconforming_responses
async def test_a_wrong_type_deep_in_a_page_is_refused_with_its_path(
    sdk: Sdk, server: HTTPServer
) -> None:
    page = payloads.meeting_list_page()
    rows = [page["results"][0]] * 3 + [{**page["results"][0], "summary_complete": "yes"}]
    server.expect_request(MEETINGS).respond_with_json({**page, "results": rows})

    with pytest.raises(APIResponseValidationError) as caught:
        await sdk.run(lambda c: c.meetings.list_meetings(), sdk.client(access_token=STATIC_TOKEN))

    assert caught.value.field == "results[3].summary_complete"
    assert "results[3].summary_complete: expected boolean, got string" in str(caught.value)


async def test_a_calendar_event_built_with_the_documented_types_is_sent(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """String times (a date for an all-day event), attendees as dicts, a description."""
    _ok(server, MEETINGS, payloads.created_meeting(), method="POST")
    event = CreateMeetingCalendarEvent(
        event_id="5q9hd7k2m1t0c8v6a4b2",
        summary="Offsite",
        description="<b>Agenda</b> in the doc",
        start_time="2026-12-01",
        end_time="2026-12-02",
        attendees=[{"email": "rina@example.com", "response_status": "accepted"}],  # type: ignore[list-item]
    )

    await sdk.run(
        lambda c: c.meetings.create_meeting(
            organization_id=7, title="Offsite", calendar_event=event
        )
    )

    [request] = api_requests(server)
    assert json_body(request)["calendar_event"] == {
        "event_id": "5q9hd7k2m1t0c8v6a4b2",
        "summary": "Offsite",
        "description": "<b>Agenda</b> in the doc",
        "start_time": "2026-12-01",
        "end_time": "2026-12-02",
        "attendees": [{"email": "rina@example.com", "response_status": "accepted"}],
    }

"""`iter_meetings`: every item across pages, lazily, and never a token sent to another host."""

from __future__ import annotations

import copy
import inspect
import logging
from typing import Any

import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.resilience.conftest import (
    MEETINGS,
    STATIC_TOKEN,
    Api,
    RawServer,
    bearer,
    drain,
    respond,
    seen,
)

PAGE_SIZE = 2
TOTAL = 5  # three pages of two, two and one


def items(first_id: int, count: int) -> list[dict[str, Any]]:
    """`count` list items with consecutive ids, built from the realistic sample items."""
    samples = payloads.meeting_list_page()["results"]
    result = []
    for offset in range(count):
        item = copy.deepcopy(samples[offset % len(samples)])
        item["id"] = first_id + offset
        result.append(item)
    return result


def page_url(origin: str, page: int) -> str:
    return f"{origin}{MEETINGS}?page={page}&size={PAGE_SIZE}"


def serve_pages(server: HTTPServer, next_origin: str) -> None:
    """Three pages; `next` links point at `next_origin` (the API itself, or another host)."""
    pages = [items(1, 2), items(3, 2), items(5, 1)]
    for number, results in enumerate(pages, start=1):
        last = number == len(pages)
        body = {
            "count": TOTAL,
            "next": None if last else page_url(next_origin, number + 1),
            "previous": None if number == 1 else page_url(next_origin, number - 1),
            "results": results,
        }
        query = {"size": str(PAGE_SIZE)} if number == 1 else {"page": str(number), "size": "2"}
        server.expect_ordered_request(
            MEETINGS, method="GET", query_string=query, headers=bearer(STATIC_TOKEN)
        ).respond_with_json(body)


def test_iter_meetings_follows_next_until_null(api: Api, server: HTTPServer) -> None:
    serve_pages(server, next_origin=server.url_for("").rstrip("/"))

    meetings = api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings(size=2)))

    assert [m.id for m in meetings] == [1, 2, 3, 4, 5]
    assert all(isinstance(m, meemo_sdk.MeetingListItem) for m in meetings)
    assert seen(server, "GET", MEETINGS) == 3  # and each asked for size=2 (matched above)


def test_sync_iter_meetings_is_a_lazy_generator(server: HTTPServer) -> None:
    serve_pages(server, next_origin=server.url_for("").rstrip("/"))

    with meemo_sdk.MeemoClient(base_url=server.url_for(""), access_token=STATIC_TOKEN) as client:
        pager = client.meetings.iter_meetings(size=PAGE_SIZE)
        is_generator = inspect.isgenerator(pager)  # (not asserted directly: mypy would narrow)
        assert is_generator
        assert len(server.log) == 0  # nothing is fetched before the first item is wanted

        assert next(pager).id == 1
        assert next(pager).id == 2
        assert len(server.log) == 1  # the second page waits until the first is used up

        assert [m.id for m in pager] == [3, 4, 5]
    assert len(server.log) == 3


async def test_async_iter_meetings_is_a_lazy_async_iterator(server: HTTPServer) -> None:
    serve_pages(server, next_origin=server.url_for("").rstrip("/"))

    async with meemo_sdk.AsyncMeemoClient(
        base_url=server.url_for(""), access_token=STATIC_TOKEN
    ) as client:
        pager = client.meetings.iter_meetings(size=PAGE_SIZE)
        is_async_generator = inspect.isasyncgen(pager)
        assert is_async_generator
        assert len(server.log) == 0

        assert (await anext(pager)).id == 1
        assert (await anext(pager)).id == 2
        assert len(server.log) == 1

        assert [m.id async for m in pager] == [3, 4, 5]
    assert len(server.log) == 3


def test_filters_are_sent_on_the_first_page(api: Api, server: HTTPServer) -> None:
    body = payloads.meeting_list_page()
    body["next"] = None
    server.expect_request(
        MEETINGS,
        method="GET",
        query_string={"title": "sync", "summary_complete": "true", "size": "3"},
    ).respond_with_json(body)

    meetings = api.call(
        server.url_for(""),
        lambda c: drain(c.meetings.iter_meetings(title="sync", summary_complete=True, size=3)),
    )

    assert [m.id for m in meetings] == [r["id"] for r in payloads.meeting_list_page()["results"]]


def test_next_on_another_origin_never_gets_the_token(
    api: Api, server: HTTPServer, raw_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A `next` link to another host is not followed as is.

    The token must stay with the configured API, so the SDK takes the link's path and
    query (`/api/v1/external/meeting/?page=2&size=2`) and requests them from the
    configured base URL instead, warning once per such link. The other host (a second
    local server, on another port) is never contacted at all.
    """
    elsewhere: RawServer = raw_server(lambda request: respond(200, payloads.meeting_list_page()))
    serve_pages(server, next_origin=elsewhere.url)
    caplog.set_level(logging.WARNING, logger="meemo_sdk")

    meetings = api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings(size=2)))

    assert elsewhere.requests == []
    assert elsewhere.connections_accepted == 0
    assert [m.id for m in meetings] == [1, 2, 3, 4, 5]
    assert seen(server, "GET", MEETINGS) == 3  # pages 2 and 3 came from the configured API
    warnings = [r.getMessage() for r in caplog.records if r.name == "meemo_sdk"]
    assert len(warnings) == 2
    assert all("another origin" in w and "127.0.0.1" in w for w in warnings)

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
from tests.overlay.surface import success_example
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


# --- cycles, malformed links, path prefixes, every paginated list ----------------------------


def page_body(results: list[dict[str, Any]], next_link: str | None) -> dict[str, Any]:
    return {"count": TOTAL, "next": next_link, "previous": None, "results": results}


def test_a_first_page_linking_back_to_page_one_ends_the_walk(api: Api, server: HTTPServer) -> None:
    origin = server.url_for("").rstrip("/")
    server.expect_ordered_request(
        MEETINGS, method="GET", query_string={"size": "2"}
    ).respond_with_json(page_body(items(1, 2), page_url(origin, 1)))

    meetings = api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings(size=2)))

    assert [m.id for m in meetings] == [1, 2]
    assert seen(server, "GET", MEETINGS) == 1


def test_a_cycle_of_next_links_fetches_each_page_once(
    api: Api, server: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    origin = server.url_for("").rstrip("/")
    server.expect_ordered_request(
        MEETINGS, method="GET", query_string={"size": "2"}
    ).respond_with_json(page_body(items(1, 2), page_url(origin, 2)))
    server.expect_ordered_request(
        MEETINGS, method="GET", query_string={"page": "2", "size": "2"}
    ).respond_with_json(page_body(items(3, 2), page_url(origin, 3)))
    # Page 3 repeats an item of page 2 and links back to page 2.
    server.expect_ordered_request(
        MEETINGS, method="GET", query_string={"page": "3", "size": "2"}
    ).respond_with_json(page_body([*items(4, 1), *items(5, 1)], page_url(origin, 2)))
    caplog.set_level(logging.WARNING, logger="meemo_sdk")

    meetings = api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings(size=2)))

    assert [m.id for m in meetings] == [1, 2, 3, 4, 5]
    assert seen(server, "GET", MEETINGS) == 3
    assert any("already fetched" in r.getMessage() for r in caplog.records)


@pytest.mark.nonconforming_responses
@pytest.mark.parametrize(
    "link",
    [
        "http://[::1",
        "ftp://files.example/meetings/?page=2",
        "javascript:alert(1)",
        "https://:443/x",
    ],
)
def test_a_malformed_next_link_is_a_typed_error(api: Api, server: HTTPServer, link: str) -> None:
    server.expect_request(MEETINGS, method="GET").respond_with_json(page_body(items(1, 2), link))

    with pytest.raises(meemo_sdk.APIResponseValidationError, match="malformed `next` link"):
        api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings()))

    assert seen(server, "GET", MEETINGS) == 1


def test_a_relative_next_link_is_read_against_the_page_s_url(api: Api, server: HTTPServer) -> None:
    server.expect_ordered_request(MEETINGS, method="GET", query_string="").respond_with_json(
        page_body(items(1, 2), "?page=2")
    )
    server.expect_ordered_request(
        MEETINGS, method="GET", query_string={"page": "2"}
    ).respond_with_json(page_body(items(3, 1), None))

    meetings = api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings()))

    assert [m.id for m in meetings] == [1, 2, 3]


@pytest.mark.nonconforming_responses
def test_a_base_url_path_prefix_is_kept_once_across_pages(api: Api, raw_server: Any) -> None:
    """A gateway at `/meemo`: its links carry the prefix, which is not added a second time."""
    gateway: RawServer

    def answer(request: Any) -> Any:
        if request.query.get("page") == "2":
            return respond(200, page_body(items(3, 1), None))
        link = f"{gateway.url}/meemo{MEETINGS}?page=2"
        return respond(200, page_body(items(1, 2), link))

    gateway = raw_server(answer)

    meetings = api.call(f"{gateway.url}/meemo", lambda c: drain(c.meetings.iter_meetings()))

    assert [m.id for m in meetings] == [1, 2, 3]
    assert [r.target for r in gateway.requests] == [
        f"/meemo{MEETINGS}",
        f"/meemo{MEETINGS}?page=2",
    ]


def _example_items(operation_id: str, ids: list[int]) -> list[dict[str, Any]]:
    """Copies of an operation's spec example with the given ids."""
    _, example = success_example(operation_id)
    assert isinstance(example, dict)
    return [dict(example, id=item_id) for item_id in ids]


@pytest.mark.parametrize(
    ("iterate", "item_operation"),
    [
        (lambda c: c.webhooks.iter_webhooks(), "get_webhook"),
        (lambda c: c.webhooks.iter_webhook_events(webhook_id=31), "get_webhook_event"),
    ],
    ids=["iter_webhooks", "iter_webhook_events"],
)
def test_every_paginated_list_follows_next(
    api: Api, raw_server: Any, iterate: Any, item_operation: str
) -> None:
    server: RawServer
    results = _example_items(item_operation, [1, 2, 3])

    def answer(request: Any) -> Any:
        last = request.query.get("page") == "2"
        link = None if last else f"{server.url}{request.path}?page=2"
        body = {"count": 3, "next": link, "previous": None}
        return respond(200, {**body, "results": results[2:] if last else results[:2]})

    server = raw_server(answer)

    found = api.call(server.url, lambda c: drain(iterate(c)))

    assert [item.id for item in found] == [1, 2, 3]
    assert [r.query.get("page") for r in server.requests] == [None, "2"]

"""`meemo_sdk.export`: bulk export, sync and async, against a scripted archive of meetings."""

from __future__ import annotations

import inspect
import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from meemo_sdk import InvalidRequestError, RateLimitError
from meemo_sdk.export import (
    INDEX,
    RATE_LIMIT_RETRIES,
    ExportProgress,
    ExportResult,
    MeetingFilters,
    async_export_meetings,
    export_meetings,
)
from meemo_sdk.resources.meetings import Meetings
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests import payloads
from tests.overlay.support import API, Sdk, TokenEndpoint, api_requests, json_response

_PART_PATH = re.compile(rf"^{API}/meeting/(\d+)/(?:(transcript|summary|participants)/)?$")


class Archive:
    """The service's meetings: one list page, and each meeting's four parts.

    `refuse[(id, part)]` answers that many requests with a 429 (then the real body);
    `broken` answers a part with 503 for good; `not_ready` gives a 404 transcript
    and a null summary; `in_flight` tracks concurrent requests to the parts.
    """

    def __init__(self, server: HTTPServer, ids: list[int]) -> None:
        self.rows = {meeting_id: self._row(meeting_id) for meeting_id in ids}
        self.refuse: dict[tuple[int, str], int] = {}
        self.broken: set[tuple[int, str]] = set()
        self.not_ready: set[int] = set()
        self.fetched: list[tuple[int, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self._lock = threading.Lock()
        server.expect_request(f"{API}/meeting/", method="GET").respond_with_handler(self._list)
        server.expect_request(_PART_PATH, method="GET").respond_with_handler(self._part)

    @staticmethod
    def _row(meeting_id: int) -> dict[str, Any]:
        row: dict[str, Any] = payloads.meeting_list_page()["results"][0]
        row |= {"id": meeting_id, "title": f"Meeting {meeting_id}"}
        row["summarization"] = {"status": "completed", "description": "Summary ready."}
        return row

    def _list(self, _request: Request) -> Response:
        rows = list(self.rows.values())
        return json_response({"count": len(rows), "next": None, "previous": None, "results": rows})

    def _part(self, request: Request) -> Response:
        match = _PART_PATH.match(request.path)
        assert match
        meeting_id, part = int(match.group(1)), match.group(2) or "meeting"
        with self._lock:
            self.fetched.append((meeting_id, part))
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            left = self.refuse.get((meeting_id, part), 0)
            if left:
                self.refuse[(meeting_id, part)] = left - 1
        try:
            if left:
                return json_response(
                    payloads.error_structured("rate_limited", 1), 429, {"Retry-After": "1"}
                )
            if (meeting_id, part) in self.broken:
                return json_response(payloads.error_structured("unavailable", 1), 503)
            return self._body(meeting_id, part)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _body(self, meeting_id: int, part: str) -> Response:
        title = self.rows[meeting_id]["title"]
        if part == "meeting":
            body = payloads.meeting_detail()
            body |= {"id": meeting_id, "title": title}
        elif part == "transcript":
            if meeting_id in self.not_ready:
                return json_response({"detail": "Not found."}, 404)
            body = payloads.transcript()
        elif part == "summary":
            body = (
                payloads.summary_pending()
                if meeting_id in self.not_ready
                else (payloads.summary_markdown())
            )
        else:
            body = payloads.participants()
        return json_response(
            {**body, "meeting_id": meeting_id, "title": title}
            | ({"id": meeting_id} if part == "meeting" else {})
        )

    def parts_fetched(self) -> set[int]:
        return {meeting_id for meeting_id, _ in self.fetched}


IDS = [1042, 1043, 1044, 1045, 1046]


class Interrupted(Exception):
    """Stands for Ctrl-C or a cancelled task: any exception that ends the run midway."""


@pytest.fixture
def archive(server: HTTPServer, token_endpoint: TokenEndpoint) -> Archive:
    return Archive(server, list(IDS))


async def export(sdk: Sdk, directory: Path, **options: Any) -> ExportResult:
    def call(client: Any) -> Any:
        if sdk.is_async:
            return async_export_meetings(client, directory, **options)
        return export_meetings(client, directory, **options)

    result: ExportResult = await sdk.run(call)
    return result


def index(directory: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (directory / INDEX).read_text().splitlines()]


def hidden_files(directory: Path) -> list[Path]:
    """Temporary files left behind, in the export directory or its meetings/ folder."""
    return [*directory.glob(".*"), *(directory / "meetings").glob(".*")]


def meeting_file(directory: Path, meeting_id: int) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((directory / f"meetings/{meeting_id}.json").read_text())
    return document


async def test_every_meeting_gets_a_file_and_an_index_line(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    events: list[ExportProgress] = []

    result = await export(sdk, tmp_path / "out", on_progress=events.append)

    out = tmp_path / "out"
    assert result.exported == IDS
    assert result.ok
    assert [e["id"] for e in index(out)] == IDS
    assert {e["outcome"] for e in index(out)} == {"exported"}
    document = meeting_file(out, 1044)
    assert document["meeting"]["id"] == 1044
    assert document["meeting"]["title"] == "Meeting 1044"
    assert document["transcript"]["transcripts"] == payloads.transcript()["transcripts"]
    assert document["summary"]["summary"] == payloads.summary_markdown()["summary"]
    assert document["participants"]["total_participants"] == 2
    assert document["missing"] == {}
    assert sorted(p.name for p in (out / "meetings").iterdir()) == [f"{i}.json" for i in IDS]
    assert events[0] == ExportProgress(0, len(IDS), None)
    assert [e.done for e in events] == list(range(len(IDS) + 1))
    assert sorted(e.entry["id"] for e in events[1:] if e.entry) == IDS


async def test_at_most_concurrency_meetings_are_fetched_at_once(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    await export(sdk, tmp_path, concurrency=2)

    assert 1 <= archive.most_in_flight <= 2
    assert len(archive.fetched) == 4 * len(IDS)


async def test_a_second_run_fetches_only_what_changed_or_is_missing(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    await export(sdk, tmp_path)
    archive.fetched.clear()

    again = await export(sdk, tmp_path)
    assert archive.fetched == []
    assert again.unchanged == IDS

    archive.rows[1043]["summary_complete"] = False  # changed since the last export
    archive.rows[1045]["summarization"]["status"] = "in_progress"
    archive.rows[1046]["summarization"]["description"] = "Reworded."  # not a change
    (tmp_path / "meetings/1042.json").unlink()  # removed by hand
    archive.rows[1047] = Archive._row(1047)  # new
    third = await export(sdk, tmp_path)

    assert archive.parts_fetched() == {1042, 1043, 1045, 1047}
    assert sorted(third.exported) == [1042, 1043, 1045, 1047]
    assert third.unchanged == [1044, 1046]
    assert sorted(e["id"] for e in index(tmp_path)) == [*IDS, 1047]

    archive.fetched.clear()
    await export(sdk, tmp_path, force=True)
    assert archive.parts_fetched() == {*IDS, 1047}


async def test_a_part_that_is_not_ready_is_recorded_not_fatal(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    archive.not_ready.add(1043)

    result = await export(sdk, tmp_path)

    assert result.incomplete == [1043]
    assert sorted(result.exported) == [1042, 1044, 1045, 1046]
    document = meeting_file(tmp_path, 1043)
    assert document["transcript"] is None
    assert document["summary"]["summary"] is None
    assert document["missing"] == {
        "transcript": "not found (404)",
        "summary": "empty: no summary yet",
    }
    [entry] = [e for e in index(tmp_path) if e["id"] == 1043]
    assert entry["outcome"] == "incomplete"
    assert entry["missing"] == document["missing"]


async def test_a_rate_limited_meeting_waits_and_still_gets_exported(
    sdk: Sdk, archive: Archive, tmp_path: Path, delays: list[float]
) -> None:
    archive.refuse[(1044, "transcript")] = 5  # beyond the client's own 3 attempts

    result = await export(sdk, tmp_path, concurrency=1)

    assert result.exported == IDS
    assert archive.fetched.count((1044, "transcript")) == 6
    assert delays.count(1.0) == 5  # every pause honoured Retry-After: 1


async def test_a_meeting_that_stays_rate_limited_fails_alone_and_is_retried_next_run(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    attempts = 3 * (1 + RATE_LIMIT_RETRIES)  # the client's 3 tries, each time the export asks
    archive.refuse[(1045, "summary")] = attempts

    first = await export(sdk, tmp_path)

    assert not first.ok
    assert list(first.failed) == [1045]
    assert first.failed[1045].startswith("summary: 429")
    assert sorted(first.exported) == [1042, 1043, 1044, 1046]
    assert not (tmp_path / "meetings/1045.json").exists()
    assert archive.refuse[(1045, "summary")] == 0

    archive.fetched.clear()
    second = await export(sdk, tmp_path)
    assert archive.parts_fetched() == {1045}
    assert second.exported == [1045]
    assert second.ok


async def test_a_failing_meeting_keeps_its_last_good_file(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    await export(sdk, tmp_path)
    good = (tmp_path / "meetings/1046.json").read_bytes()
    archive.rows[1046]["end_time"] = "2026-11-20T10:00:00+07:00"
    archive.broken.add((1046, "participants"))

    result = await export(sdk, tmp_path)

    assert result.failed == {1046: result.failed[1046]}
    assert result.failed[1046].startswith("participants: 503")
    assert (tmp_path / "meetings/1046.json").read_bytes() == good
    [entry] = [e for e in index(tmp_path) if e["id"] == 1046]
    assert entry["outcome"] == "failed"
    assert entry["file"] == "meetings/1046.json"


async def test_an_interrupted_run_keeps_what_it_finished(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    def stop_after_two(event: ExportProgress) -> None:
        if event.done == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        await export(sdk, tmp_path, concurrency=1, on_progress=stop_after_two)

    finished = [e["id"] for e in index(tmp_path)]
    assert finished == IDS[:2]
    assert sorted(p.name for p in (tmp_path / "meetings").iterdir()) == [
        f"{i}.json" for i in IDS[:2]
    ]
    with (tmp_path / INDEX).open("a") as torn:  # a line a killed process left half-written
        torn.write('{"id": 1044, "outcome": "expo')
    (tmp_path / "meetings/.1044.json.999.1.tmp").write_text("{")
    (tmp_path / f".{INDEX}.999.1.tmp").write_text("{")

    archive.fetched.clear()
    rest = await export(sdk, tmp_path)

    assert archive.parts_fetched() == set(IDS[2:])
    assert rest.unchanged == IDS[:2]
    assert [e["id"] for e in index(tmp_path)] == IDS
    assert hidden_files(tmp_path) == []


async def test_a_stopped_run_records_the_meetings_in_flight_before_it_raises(
    sdk: Sdk, archive: Archive, tmp_path: Path
) -> None:
    """Sync and async alike: no new meeting starts, the ones in flight finish and are kept."""

    def stop_at_the_first(event: ExportProgress) -> None:
        if event.done == 1:
            raise Interrupted

    with pytest.raises(Interrupted):
        await export(sdk, tmp_path, concurrency=3, on_progress=stop_at_the_first)

    finished = sorted(e["id"] for e in index(tmp_path))
    assert finished == IDS[:3]
    assert sorted(p.name for p in (tmp_path / "meetings").iterdir()) == [
        f"{i}.json" for i in IDS[:3]
    ]
    assert hidden_files(tmp_path) == []


async def test_a_listing_failure_stops_before_anything_is_written(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, tmp_path: Path
) -> None:
    server.expect_request(f"{API}/meeting/", method="GET").respond_with_json(
        payloads.error_structured("forbidden", 0), status=403
    )

    with pytest.raises(Exception, match="403"):
        await export(sdk, tmp_path / "out")

    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": 33}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"force": "yes"}, "force"),
        ({"on_progress": "print"}, "on_progress"),
        ({"page": 2}, "page"),
        ({"colour": "red"}, "colour"),
        ({"size": 0}, "size"),
        ({"created_after": "2026-02-30"}, "created_after"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    sdk: Sdk, server: HTTPServer, tmp_path: Path, options: dict[str, Any], argument: str
) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        await export(sdk, tmp_path / "out", **options)

    assert raised.value.argument == argument
    assert api_requests(server) == []
    assert not (tmp_path / "out").exists()


async def test_a_file_in_the_way_is_refused(sdk: Sdk, server: HTTPServer, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")

    with pytest.raises(InvalidRequestError, match="not a directory"):
        await export(sdk, tmp_path / "taken")

    assert api_requests(server) == []


async def test_filters_reach_the_listing(
    sdk: Sdk, server: HTTPServer, archive: Archive, tmp_path: Path
) -> None:
    await export(sdk, tmp_path, organization_id=7, summary_complete=True, size=50)

    [listing] = [r for r in api_requests(server) if r.path == f"{API}/meeting/"]
    assert listing.args.to_dict() == {
        "organization_id": "7",
        "summary_complete": "true",
        "size": "50",
    }


def test_the_filters_are_list_meetings_filters_but_page() -> None:
    listed = set(inspect.signature(Meetings.list_meetings.build).parameters)
    assert set(MeetingFilters.__annotations__) == listed - {"page", "extra_headers", "timeout"}


def test_rate_limit_pauses_follow_the_server_then_double() -> None:
    from meemo_sdk.export import _rate_limit_pause

    hinted = RateLimitError.__new__(RateLimitError)
    hinted.retry_after = 7.0
    assert _rate_limit_pause(hinted, 0) == 7.0
    hinted.retry_after = 900.0
    assert _rate_limit_pause(hinted, 0) == 120.0
    silent = RateLimitError.__new__(RateLimitError)
    silent.retry_after = None
    assert [_rate_limit_pause(silent, n) for n in range(6)] == [5, 10, 20, 40, 80, 120]

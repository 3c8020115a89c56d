"""`client.meetings.wait_until_ready`, sync and async, against scripted servers.

Time is fake: `_polling.clock` reads a counter that only the fake sleep moves, so
a ten-minute wait runs in milliseconds and the pauses it asked for are exact.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from meemo_sdk import (
    InvalidRequestError,
    MeetingDetail,
    NotFoundError,
    ProcessingFailedError,
    WaitTimeoutError,
    _polling,
)
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests import payloads
from tests.overlay.support import API, Sdk, TokenEndpoint, api_requests, bad, json_response

DETAIL = f"{API}/meeting/{payloads.MEETING_ID}/"


class FakeTime:
    """A monotonic clock that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 5_000.0
        self.pauses: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr(_polling, "clock", fake.clock)
    monkeypatch.setattr(_polling, "sleep", fake.sleep)
    monkeypatch.setattr(_polling, "async_sleep", fake.async_sleep)
    return fake


def detail(**stages: str | None) -> dict[str, Any]:
    """The finished meeting's detail with the given stage statuses (None: no stage object)."""
    body = payloads.meeting_detail()
    for stage in _polling.STAGES:
        body.pop(stage, None)
    for name, status in stages.items():
        if status is not None:
            body[name] = {"status": status, "description": f"{name} is {status}."}
    body["summary_complete"] = stages.get("summarization") == "completed"
    return body


class Script:
    """Serves the meeting's detail from a list, one per request; the last one repeats."""

    def __init__(self, server: HTTPServer, bodies: list[dict[str, Any]]) -> None:
        self.bodies = bodies
        self.served = 0
        server.expect_request(DETAIL, method="GET").respond_with_handler(self._answer)

    def _answer(self, _request: Request) -> Response:
        body = self.bodies[min(self.served, len(self.bodies) - 1)]
        self.served += 1
        return json_response(body)


def progression() -> list[dict[str, Any]]:
    return [
        detail(recording="completed", transcription="in_progress", summarization="pending"),
        detail(recording="completed", transcription="completed", summarization="pending"),
        detail(recording="completed", transcription="completed", summarization="in_progress"),
        detail(recording="completed", transcription="completed", summarization="completed"),
    ]


@pytest.fixture(autouse=True)
def _tokens(token_endpoint: TokenEndpoint) -> None:
    """Every test here talks to the stand-in with client credentials."""


async def test_polls_with_growing_pauses_until_the_stage_completes(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    script = Script(server, progression())
    seen: list[str] = []

    ready = await sdk.run(
        lambda c: c.meetings.wait_until_ready(
            payloads.MEETING_ID,
            on_poll=lambda d: seen.append(_polling.progress(d)["summarization"]),
        )
    )

    assert isinstance(ready, MeetingDetail)
    assert _polling.progress(ready)["summarization"] == "completed"
    assert script.served == 4
    assert fake_time.pauses == [2.0, 3.0, 4.5]
    assert seen == ["pending", "pending", "in_progress", "completed"]


async def test_an_earlier_stage_returns_sooner(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    script = Script(server, progression())

    ready = await sdk.run(
        lambda c: c.meetings.wait_until_ready(
            payloads.MEETING_ID, stage="transcription", poll_interval=7
        )
    )

    assert _polling.progress(ready) == {
        "recording": "completed",
        "transcription": "completed",
        "summarization": "pending",
    }
    assert script.served == 2
    assert fake_time.pauses == [7.0]


async def test_a_ready_meeting_is_fetched_once(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    script = Script(server, progression()[-1:])

    await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID))

    assert script.served == 1
    assert fake_time.pauses == []


async def test_pauses_stop_growing_at_thirty_seconds(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    waiting = detail(recording="in_progress", transcription="pending", summarization="pending")
    Script(server, [waiting] * 12 + progression()[-1:])

    await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID))

    assert max(fake_time.pauses) == _polling.MAX_INTERVAL
    assert fake_time.pauses[-3:] == [30.0, 30.0, 30.0]
    assert fake_time.pauses == sorted(fake_time.pauses)


async def test_timeout_carries_the_last_detail_and_looks_once_more_at_the_deadline(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    stuck = detail(recording="completed", transcription="completed", summarization="in_progress")
    script = Script(server, [stuck])
    started = fake_time.now

    with pytest.raises(WaitTimeoutError) as raised:
        await sdk.run(
            lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID, timeout=10, poll_interval=4)
        )

    error = raised.value
    assert isinstance(error, TimeoutError)
    assert error.stage == "summarization"
    assert error.last_status == "in_progress"
    assert error.timeout == 10
    assert error.detail.id == payloads.MEETING_ID
    assert "not completed after 10 s (last status: in_progress)" in str(error)
    assert fake_time.pauses == [4.0, 4.0, 2.0]  # the last pause ends at the deadline
    assert fake_time.now - started == 10
    assert script.served == 4


async def test_a_failed_stage_is_a_typed_error(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    Script(
        server,
        [
            detail(recording="completed", transcription="completed", summarization="in_progress"),
            detail(recording="completed", transcription="completed", summarization="failed"),
        ],
    )

    with pytest.raises(ProcessingFailedError) as raised:
        await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID))

    assert raised.value.stage == "summarization"
    assert raised.value.description == "summarization is failed."
    assert raised.value.meeting_id == payloads.MEETING_ID
    assert raised.value.detail.summary_complete is False
    assert str(raised.value) == f"Meeting {payloads.MEETING_ID}: summarization failed: " + (
        "summarization is failed."
    )
    assert fake_time.pauses == [2.0]


async def test_a_failed_earlier_stage_ends_the_wait_for_a_later_one(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    Script(server, [detail(recording="completed", transcription="failed", summarization="pending")])

    with pytest.raises(ProcessingFailedError) as raised:
        await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID))

    assert raised.value.stage == "transcription"
    assert fake_time.pauses == []


async def test_a_failure_after_the_stage_does_not_matter(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    Script(
        server, [detail(recording="completed", transcription="completed", summarization="failed")]
    )

    ready = await sdk.run(
        lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID, stage="recording")
    )

    assert ready.id == payloads.MEETING_ID


async def test_an_unknown_stage_state_means_keep_waiting(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    queued = detail(
        recording="completed",
        transcription="completed",
        summarization=payloads.UNKNOWN_STAGE_STATUS,
    )
    script = Script(server, [queued, queued, *progression()[-1:]])

    await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID))

    assert script.served == 3


@pytest.mark.parametrize("stage", ["recording", "transcription", "summarization"])
async def test_without_stage_objects_summary_complete_decides(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime, stage: _polling.StageName
) -> None:
    """Older deployments send no stage objects: a finished summary means every stage is done."""
    old = detail()
    done = {**old, "summary_complete": True}
    script = Script(server, [old, old, done])

    ready = await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID, stage=stage))

    assert ready.summary_complete is True
    assert script.served == 3


async def test_without_stage_objects_the_timeout_reports_unknown(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    Script(server, [detail()])

    with pytest.raises(WaitTimeoutError) as raised:
        await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID, timeout=5))

    assert raised.value.last_status == "unknown"


async def test_an_api_error_ends_the_wait(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime
) -> None:
    server.expect_request(DETAIL, method="GET").respond_with_json(
        {"detail": "Not found."}, status=404
    )

    with pytest.raises(NotFoundError):
        await sdk.run(lambda c: c.meetings.wait_until_ready(payloads.MEETING_ID))

    assert fake_time.pauses == []


@pytest.mark.parametrize(
    ("arguments", "argument"),
    [
        ({"meeting_id": 0}, "meeting_id"),
        ({"stage": "summary"}, "stage"),
        ({"stage": None}, "stage"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -5}, "timeout"),
        ({"timeout": math.nan}, "timeout"),
        ({"timeout": math.inf}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout": "60"}, "timeout"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"poll_interval": math.nan}, "poll_interval"),
        ({"on_poll": "print"}, "on_poll"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    sdk: Sdk, server: HTTPServer, fake_time: FakeTime, arguments: dict[str, Any], argument: str
) -> None:
    call: dict[str, Any] = {"meeting_id": payloads.MEETING_ID, **arguments}
    meeting_id = call.pop("meeting_id")

    with pytest.raises(InvalidRequestError) as raised:
        await sdk.run(lambda c: c.meetings.wait_until_ready(bad(meeting_id), **call))

    assert raised.value.argument == argument
    assert argument in str(raised.value)
    assert api_requests(server) == []


def test_the_pause_schedule() -> None:
    def first(n: int, poll_interval: float | None) -> list[float]:
        pauses: Iterator[float] = _polling.intervals(poll_interval)
        return [next(pauses) for _ in range(n)]

    assert first(9, None) == [2.0, 3.0, 4.5, 6.75, 10.125, 15.1875, 22.78125, 30.0, 30.0]
    assert first(3, 0.5) == [0.5, 0.5, 0.5]


def test_both_clients_document_the_same_wait() -> None:
    from meemo_sdk.resources.meetings import AsyncMeetings, Meetings

    assert Meetings.wait_until_ready.__doc__
    assert AsyncMeetings.wait_until_ready.__doc__ == Meetings.wait_until_ready.__doc__

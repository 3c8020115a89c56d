"""`wait_until_ready`: what a meeting's detail says about a stage, and when to look again.

Sans-I/O: `wait_flow` yields `FETCH` (get the meeting) and `Sleep`, and the sync
and async clients carry those out (`_driver`). `clock`, `sleep` and `async_sleep`
are the indirections tests replace to run a ten-minute wait in no time.

What a detail means for a stage:

- its stage object (`detail.recording`, `.transcription`, `.summarization`) says
  `completed`: done; `failed`, or an earlier stage failed: `ProcessingFailedError`
  (a summary cannot follow a failed transcription); anything else (`pending`,
  `in_progress`, a state the SDK does not know yet): keep waiting.
- older deployments send no stage objects. Then only `summary_complete` is known,
  and it counts as every stage completed (a summary needs a transcript, which
  needs a recording); without it the wait goes on, and a failure cannot be seen,
  so such a wait ends at its timeout.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Final, Literal

from ._driver import Sleep
from ._logging import logger
from ._validation import positive_int
from .errors import InvalidRequestError, ProcessingFailedError, WaitTimeoutError

if TYPE_CHECKING:
    from .models import MeetingDetail

StageName = Literal["recording", "transcription", "summarization"]
STAGES: Final[tuple[StageName, ...]] = ("recording", "transcription", "summarization")

DEFAULT_TIMEOUT: Final = 600.0
# Without poll_interval: 2 s, 3 s, 4.5 s, ... up to 30 s; a long import is polled rarely.
FIRST_INTERVAL: Final = 2.0
GROWTH: Final = 1.5
MAX_INTERVAL: Final = 30.0

COMPLETED: Final = "completed"
FAILED: Final = "failed"
UNKNOWN: Final = "unknown"  # no stage object and no summary yet (older deployments)

clock: Callable[[], float] = time.monotonic
sleep: Callable[[float], None] = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # deferred: sync users never pay for importing asyncio

    await asyncio.sleep(seconds)


class Fetch:
    """The one action besides `Sleep`: get the meeting's detail now."""

    def __repr__(self) -> str:
        return "FETCH"


FETCH: Final = Fetch()


def stage_status(detail: MeetingDetail, stage: str) -> str:
    """The stage's status as reported, or inferred when the deployment sends no stage object.

    A plain `str` (`completed`, `in_progress`, ... or `unknown`), whatever the model holds.
    """
    status = getattr(getattr(detail, stage, None), "status", None)
    if isinstance(status, str) and status:
        return str(status)  # a StageStatus member is a str; str() gives its value
    return COMPLETED if detail.summary_complete is True else UNKNOWN


def stage_description(detail: MeetingDetail, stage: str) -> str:
    description = getattr(getattr(detail, stage, None), "description", None)
    return description if isinstance(description, str) else ""


def progress(detail: MeetingDetail) -> dict[str, str]:
    """Every stage's status, for progress displays."""
    return {stage: stage_status(detail, stage) for stage in STAGES}


def _seconds(argument: str, value: object) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise InvalidRequestError(
            argument, f"{argument} must be a positive, finite number of seconds, got {value!r}"
        )
    return float(value)


def _stage(value: object) -> StageName:
    for stage in STAGES:
        if value == stage:
            return stage
    raise InvalidRequestError("stage", f"stage must be one of {', '.join(STAGES)}, got {value!r}")


def intervals(poll_interval: float | None) -> Generator[float, None, None]:
    """The pauses between polls: fixed when given, else growing from 2 s to 30 s."""
    interval = FIRST_INTERVAL if poll_interval is None else poll_interval
    while True:
        yield interval
        if poll_interval is None:
            interval = min(interval * GROWTH, MAX_INTERVAL)


def wait_flow(
    meeting_id: int,
    *,
    stage: str = "summarization",
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float | None = None,
    on_poll: Callable[[MeetingDetail], object] | None = None,
) -> Generator[Fetch | Sleep, Any, MeetingDetail]:
    """Validate the arguments now (nothing is sent if one is bad) and return the flow."""
    meeting_id = positive_int("meeting_id", meeting_id)
    target = _stage(stage)
    limit = _seconds("timeout", timeout)
    interval = None if poll_interval is None else _seconds("poll_interval", poll_interval)
    if on_poll is not None and not callable(on_poll):
        raise InvalidRequestError("on_poll", "on_poll must be a callable taking a MeetingDetail")
    return _wait(meeting_id, target, limit, interval, on_poll)


def _wait(
    meeting_id: int,
    stage: StageName,
    timeout: float,
    poll_interval: float | None,
    on_poll: Callable[[MeetingDetail], object] | None,
) -> Generator[Fetch | Sleep, Any, MeetingDetail]:
    deadline = clock() + timeout
    pauses = intervals(poll_interval)
    upto = STAGES[: STAGES.index(stage) + 1]
    while True:
        detail: MeetingDetail = yield FETCH
        if on_poll is not None:
            on_poll(detail)
        for earlier in upto:
            if stage_status(detail, earlier) == FAILED:
                raise ProcessingFailedError(
                    meeting_id, earlier, stage_description(detail, earlier), detail
                )
        status = stage_status(detail, stage)
        if status == COMPLETED:
            return detail
        remaining = deadline - clock()
        if remaining <= 0:
            raise WaitTimeoutError(meeting_id, stage, timeout, detail, status)
        # The last pause is cut short so that the final look happens at the deadline.
        pause = min(next(pauses), remaining)
        logger.debug(
            "Meeting %d: %s is %s; looking again in %.1f s", meeting_id, stage, status, pause
        )
        yield Sleep(pause)

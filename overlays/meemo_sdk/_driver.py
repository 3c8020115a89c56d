"""Carry out a sans-I/O flow with blocking or with awaitable I/O.

A flow is a generator that decides and yields what it needs done: `Sleep`, or
any other action, which the caller's `perform` carries out (fetch a meeting, say).
The result is sent back into the flow; an exception raised by `perform` is thrown
into it, so the flow decides whether it is fatal. Waiting (`_polling`) and bulk
export (`export`) keep their logic in flows, so the sync and async clients run the
very same decisions and differ only in how they block.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any, TypeVar

import attrs

A = TypeVar("A")
R = TypeVar("R")


@attrs.frozen
class Sleep:
    seconds: float


Flow = Generator[Sleep | A, Any, R]


def run_sync(flow: Flow[A, R], perform: Callable[[A], Any], sleep: Callable[[float], object]) -> R:
    """Run `flow` to its end, blocking; returns what the flow returns."""
    result: Any = None
    failure: BaseException | None = None
    while True:
        try:
            action = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        result, failure = None, None
        if isinstance(action, Sleep):
            sleep(action.seconds)
            continue
        try:
            result = perform(action)
        except Exception as exc:  # handed to the flow, which re-raises what it cannot handle
            failure = exc


async def run_async(
    flow: Flow[A, R],
    perform: Callable[[A], Awaitable[Any]],
    sleep: Callable[[float], Awaitable[object]],
) -> R:
    """Run `flow` to its end on the event loop; returns what the flow returns."""
    result: Any = None
    failure: BaseException | None = None
    while True:
        try:
            action = flow.send(result) if failure is None else flow.throw(failure)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        result, failure = None, None
        if isinstance(action, Sleep):
            await sleep(action.seconds)
            continue
        try:
            result = await perform(action)
        except Exception as exc:  # handed to the flow, which re-raises what it cannot handle
            failure = exc

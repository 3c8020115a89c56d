"""Clocks the sandbox reads "now" from, so tests can control time without sleeping."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

Clock = Callable[[], datetime]
"""Any callable returning the current time as a timezone-aware datetime."""


def _require_aware(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("the sandbox clock needs a timezone-aware datetime")
    return when


class TickingClock:
    """Starts at a fixed instant and moves with real time.

    The seeded data is laid out around the start instant, so it stays the same on
    every run, while tokens still expire as the server keeps running.
    """

    def __init__(self, start: datetime) -> None:
        self._start = _require_aware(start)
        self._origin = time.monotonic()

    def __call__(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._origin)


class ManualClock:
    """Moves only when told to: expire a token with ``advance`` instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self._now = _require_aware(start)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> datetime:
        """Move forward by ``seconds`` and return the new time."""
        if seconds < 0:
            raise ValueError("a clock only moves forward; seconds must be >= 0")
        with self._lock:
            self._now += timedelta(seconds=seconds)
            return self._now

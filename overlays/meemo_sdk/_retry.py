"""When to retry, and how long to wait first.

Decisions only; the clients do the sleeping (`sleep` / `async_sleep` here are the
one indirection tests replace to observe delays without waiting).
"""

from __future__ import annotations

import email.utils
import random
import time
from datetime import UTC, datetime

import httpx

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
# A longer server-requested wait fails the call at once instead of hanging the caller.
MAX_RETRY_AFTER = 60.0

sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # deferred: sync users never pay for importing asyncio

    await asyncio.sleep(seconds)


# Raised before a single byte of the request left: safe to repeat even a POST.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures of the network or the server that a second attempt may not meet. Excluded:
# UnsupportedProtocol and LocalProtocolError, which are the caller's bugs and would recur.
_TRANSIENT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)


def retryable_status(status_code: int) -> bool:
    return status_code in (408, 429) or status_code >= 500


def retryable_exception(exc: httpx.TransportError, *, idempotent: bool) -> bool:
    """Idempotent requests retry any transient failure; others only if never sent."""
    if isinstance(exc, _NEVER_SENT):
        return True
    return idempotent and isinstance(exc, _TRANSIENT)


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, ... capped at 8 s.

    The jitter takes up to a quarter off, so clients that failed together spread out.
    """
    base = min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY)
    return base * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)


def beyond_cap(retry_after: float | None) -> bool:
    return retry_after is not None and retry_after > MAX_RETRY_AFTER


def delay(attempt: int, retry_after: float | None) -> float:
    """The server's `Retry-After` when it gave one (within the cap), else backoff."""
    return retry_after if retry_after is not None else backoff(attempt)

"""One attempt on the wire: a deadline over the whole exchange, and a cap on the body.

httpx's timeouts bound each socket operation, not the exchange: a server that trickles
its headers or body a byte at a time can hold a call for as long as it likes. Here an
attempt has one wall-clock deadline covering the wait for a connection, connecting,
sending, the headers and the whole body:

- every timeout httpx applies is shrunk to the time left when the attempt starts, and
  again when the body starts;
- on the SDK's own sync pool, every socket connect, read and write waits at most until
  the deadline (`_sockets.DeadlineBackend`), so even trickled headers end on time;
- the body is streamed and the deadline checked between chunks; the async client also
  runs the attempt under `asyncio.timeout`, which bounds any pool, the caller's included.

The body is counted as it is decoded, in small compressed slices, so neither a huge body
nor a small compressed one that inflates without limit can exhaust memory. Only the
encodings the SDK asks for (gzip, deflate) are decoded: their expansion per slice is
bounded, unlike brotli's or zstd's.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable, Iterator
from contextvars import ContextVar, Token
from typing import Any

import httpx

from .errors import APIConnectionError, APIResponseValidationError, APITimeoutError

# What the SDK asks for, and therefore all it decodes.
ACCEPT_ENCODING = "gzip, deflate"
_DECODED = frozenset({"identity", "gzip", "x-gzip", "deflate"})
# Compressed bodies reach the decoder in slices this size: gzip and deflate inflate at most
# about 1,030-fold, so one step adds at most ~17 MB before the size cap is checked again.
_SLICE = 16 * 1024

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
_PHASES = ("connect", "read", "write", "pool")
_SLACK = 0.01

# When the current attempt (in this thread or task) must be over, on the monotonic clock.
attempt_deadline: ContextVar[float | None] = ContextVar("meemo_attempt_deadline", default=None)
# When the current call (attempts, retry waits, token request) must be over, and the
# total_timeout that set it.
_call_deadline: ContextVar[tuple[float, float] | None] = ContextVar(
    "meemo_call_deadline", default=None
)


# --- the call's budget ---------------------------------------------------------------------


class Budget:
    """The time one call may take: `total_timeout` from its start, and no more than an
    enclosing call's (a token request made for an API call shares that call's budget)."""

    def __init__(self, total_timeout: float | None) -> None:
        self.total_timeout = total_timeout
        self.deadline = None if total_timeout is None else time.monotonic() + total_timeout
        enclosing = _call_deadline.get()
        if enclosing is not None and (self.deadline is None or enclosing[0] < self.deadline):
            self.deadline, self.total_timeout = enclosing
        self._token: Token[tuple[float, float] | None] | None = None

    def __enter__(self) -> Budget:
        if self.deadline is not None and self.total_timeout is not None:
            self._token = _call_deadline.set((self.deadline, self.total_timeout))
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _call_deadline.reset(self._token)

    def left(self) -> float | None:
        """Seconds left for the call, or None without a total deadline."""
        return None if self.deadline is None else self.deadline - time.monotonic()

    def expired(self) -> bool:
        left = self.left()
        return left is not None and left <= 0

    def fits(self, delay: float) -> bool:
        """Whether waiting `delay` seconds still leaves time for another attempt."""
        left = self.left()
        return left is None or delay < left

    def attempt_deadline(self, request: httpx.Request) -> float | None:
        """When an attempt starting now must end: its own timeout or the call's, sooner."""
        seconds = attempt_seconds(request.extensions.get("timeout"))
        own = None if seconds is None else time.monotonic() + seconds
        return _earliest(own, self.deadline)

    def timeout_error(self, what: str) -> APITimeoutError:
        limit = "" if self.total_timeout is None else f" ({self.total_timeout:g} s)"
        return APITimeoutError(f"{what} did not complete within total_timeout{limit}")


def attempt_seconds(timeouts: object) -> float | None:
    """An attempt's wall-clock budget: the largest of its phase timeouts (None: unbounded)."""
    if not isinstance(timeouts, dict) or not timeouts:
        return None
    values = timeouts.values()
    if None in values:
        return None  # some phase has no limit: neither has the attempt
    return float(max(values))


def _earliest(first: float | None, second: float | None) -> float | None:
    if first is None:
        return second
    return first if second is None else min(first, second)


# --- one attempt -----------------------------------------------------------------------------


def _cap_timeouts(
    request: httpx.Request,
    deadline: float | None,
    phases: Iterable[str],
    error: type[httpx.TimeoutException],
) -> None:
    """Shrink the request's phase timeouts to the time left; httpcore reads them per phase.

    A new dict replaces the old (hooks may hold it); a timeout within `_SLACK` of the time
    left stays as it is, since the deadline itself is enforced anyway.
    """
    timeouts = request.extensions.get("timeout")
    if deadline is None or not isinstance(timeouts, dict):
        return
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed", request=request)
    limit = left + _SLACK
    capped: dict[str, Any] | None = None
    for phase in phases:
        value = timeouts.get(phase)
        if value is None or value > limit:
            if capped is None:
                capped = dict(timeouts)
            capped[phase] = left
    if capped is not None:
        request.extensions["timeout"] = capped


class _Body:
    """Collects a streamed body, enforcing the size cap and the deadline as it grows."""

    def __init__(self, response: httpx.Response, deadline: float | None, limit: int | None):
        self.response = response
        self.deadline = deadline
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []
        self.compressed = False
        headers = response.headers
        if "content-encoding" in headers:
            encodings = [e.strip().lower() for e in headers["content-encoding"].split(",")]
            unknown = [e for e in encodings if e and e not in _DECODED]
            if unknown:
                raise _invalid(
                    response,
                    f"is encoded as {', '.join(unknown)}, which the SDK does not decode "
                    f"(it asks for {ACCEPT_ENCODING})",
                )
            self.compressed = any(e not in ("", "identity") for e in encodings)
        if limit is not None:
            declared = headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise self._too_large()

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.limit is not None and self.size > self.limit:
            raise self._too_large()
        self.chunks.append(chunk)
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise httpx.ReadTimeout(
                "the body did not arrive before the attempt's deadline",
                request=self.response.request,
            )

    def finish(self) -> httpx.Response:
        # What `Response.read()` stores; reading through `iter_bytes` let the checks run.
        self.response._content = b"".join(self.chunks)
        return self.response

    def _too_large(self) -> APIResponseValidationError:
        return _invalid(
            self.response,
            f"is larger than max_response_bytes ({self.limit:,} bytes); pass a larger "
            "max_response_bytes= (or None) to the client if such responses are expected",
        )


def _invalid(response: httpx.Response, problem: str) -> APIResponseValidationError:
    request = response.request
    return APIResponseValidationError(
        f"{response.status_code} response to {request.method} {request.url.path} {problem}",
        response=response,
    )


def _undecodable(response: httpx.Response, exc: httpx.DecodingError) -> APIResponseValidationError:
    encoding = response.headers.get("content-encoding", "?")
    return _invalid(response, f"has a corrupt {encoding} body ({exc})")


class _Slices(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            for start in range(0, len(chunk), _SLICE):
                yield chunk[start : start + _SLICE]

    def close(self) -> None:
        self._stream.close()


class _AsyncSlices(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for start in range(0, len(chunk), _SLICE):
                yield chunk[start : start + _SLICE]

    async def aclose(self) -> None:
        await self._stream.aclose()


def send(
    http: httpx.Client,
    request: httpx.Request,
    *,
    deadline: float | None,
    max_bytes: int | None,
    follow_redirects: bool | None,
) -> httpx.Response:
    """Send one attempt and read its body, all before `deadline`.

    Raises httpx transport errors (timeouts included) for the caller's retry logic, and
    `APIResponseValidationError` for a body that is too large or cannot be decoded.
    """
    _cap_timeouts(request, deadline, _PHASES, httpx.PoolTimeout)  # nothing sent yet
    scope = attempt_deadline.set(deadline)
    try:
        try:
            response = http.send(
                request, stream=True, follow_redirects=_redirects(follow_redirects)
            )
        except httpx.TooManyRedirects as exc:
            raise _redirect_loop(exc) from None
        try:
            body = _Body(response, deadline, max_bytes)
            if body.compressed and isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _Slices(response.stream)
            # httpcore reads the read timeout again as the body starts
            _cap_timeouts(request, deadline, ("read",), httpx.ReadTimeout)
            for chunk in response.iter_bytes():
                body.add(chunk)
            return body.finish()
        except httpx.DecodingError as exc:
            raise _undecodable(response, exc) from None
        finally:
            response.close()
    finally:
        attempt_deadline.reset(scope)


async def send_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    *,
    deadline: float | None,
    max_bytes: int | None,
    follow_redirects: bool | None,
) -> httpx.Response:
    """`send` for the async client: the attempt runs under `asyncio.timeout`."""
    import asyncio  # deferred: sync users never pay for importing asyncio

    _cap_timeouts(request, deadline, _PHASES, httpx.PoolTimeout)  # nothing sent yet
    if deadline is None:
        return await _exchange_async(http, request, None, max_bytes, follow_redirects)
    try:
        async with asyncio.timeout(max(deadline - time.monotonic(), 0.0)):
            return await _exchange_async(http, request, deadline, max_bytes, follow_redirects)
    except TimeoutError:
        raise httpx.ReadTimeout(
            "the response did not arrive before the attempt's deadline", request=request
        ) from None


async def _exchange_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    deadline: float | None,
    max_bytes: int | None,
    follow_redirects: bool | None,
) -> httpx.Response:
    try:
        response = await http.send(
            request, stream=True, follow_redirects=_redirects(follow_redirects)
        )
    except httpx.TooManyRedirects as exc:
        raise _redirect_loop(exc) from None
    try:
        body = _Body(response, deadline, max_bytes)
        if body.compressed and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncSlices(response.stream)
        _cap_timeouts(request, deadline, ("read",), httpx.ReadTimeout)
        async for chunk in response.aiter_bytes():
            body.add(chunk)
        return body.finish()
    except httpx.DecodingError as exc:
        raise _undecodable(response, exc) from None
    finally:
        await response.aclose()


def _redirect_loop(exc: httpx.TooManyRedirects) -> APIConnectionError:
    """Only a caller's own `follow_redirects=True` client follows redirects at all."""
    return APIConnectionError(f"Too many redirects ({exc}); check base_url", request=exc.request)


def _redirects(follow: bool | None) -> Any:
    return httpx.USE_CLIENT_DEFAULT if follow is None else follow

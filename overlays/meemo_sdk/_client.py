"""`MeemoClient` and `AsyncMeemoClient`.

Everything that decides (configuration, request building, retries, the 401
replay, error mapping, parsing) lives once in `_BaseClient._flow`, a generator
that yields what it needs done: send a request, sleep, get a token. The two
clients only carry those actions out with blocking or awaitable I/O, the way
httpx's own auth flows are shared between its clients.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import platform
import ssl
import threading
import time
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import attrs
import httpx
from meemo_api_client.types import FieldError

from . import _retry
from ._auth import TokenCache
from ._logging import logger
from ._operation import NotGiven, Operation
from ._response import RawResponse
from ._version import __version__
from .errors import (
    APIResponseValidationError,
    APIStatusError,
    ConfigurationError,
    snippet,
    status_error,
    transport_error,
)

if TYPE_CHECKING:
    import asyncio

    from .resources._base import Resource
    from .resources.calendar import AsyncCalendar, Calendar
    from .resources.meetings import AsyncMeetings, Meetings
    from .resources.usage import AsyncUsage, Usage
    from .resources.webhooks import AsyncWebhooks, Webhooks

_json_loads: Callable[[bytes], Any]
try:  # orjson decodes response bodies 2-3x faster than the stdlib, which stays the fallback
    from orjson import loads as _json_loads
except ImportError:  # pragma: no cover - a platform without an orjson wheel
    _json_loads = json.loads

T = TypeVar("T")
ResourceT = TypeVar("ResourceT", bound="Resource[Any]")

DEFAULT_BASE_URL = "https://api-meemo.glair.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)

TimeoutTypes = float | httpx.Timeout | None


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying context per process: loading the CA bundle costs ~70 ms per client."""
    return httpx.create_ssl_context()


@attrs.frozen
class _Send:
    request: httpx.Request


@attrs.frozen
class _Sleep:
    seconds: float


@attrs.frozen
class _GetToken:
    stale: str | None  # a token the server just refused, to drop first


_Action = _Send | _Sleep | _GetToken


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def _normalise_base_url(base_url: str) -> str:
    url = base_url.strip().rstrip("/")
    if url.endswith("/api"):
        url = url[: -len("/api")]
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(
            f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r}, got {base_url!r}"
        )
    return url.rstrip("/")


def _timeout(value: TimeoutTypes) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {value!r}")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be an int of 0 or more, got {value!r}")
    return value


def _credentials(
    client_id: str | None, client_secret: str | None, access_token: str | None
) -> TokenCache:
    """Arguments win over the environment; a static token wins over client credentials."""
    if access_token is None and client_id is None and client_secret is None:
        access_token = os.environ.get("MEEMO_ACCESS_TOKEN") or None
    client_id = client_id if client_id is not None else os.environ.get("MEEMO_CLIENT_ID") or None
    client_secret = (
        client_secret
        if client_secret is not None
        else os.environ.get("MEEMO_CLIENT_SECRET") or None
    )
    if access_token is not None:
        if not isinstance(access_token, str) or not access_token.strip():
            raise ConfigurationError("access_token must be a non-empty string")
        return TokenCache(
            client_id=client_id, client_secret=client_secret, static_token=access_token
        )
    missing = [
        name
        for name, value, env in (
            ("client_id", client_id, "MEEMO_CLIENT_ID"),
            ("client_secret", client_secret, "MEEMO_CLIENT_SECRET"),
        )
        if not value
    ]
    if missing:
        names = " and ".join(missing)
        arguments = " and ".join(f"{m}=" for m in missing)
        envs = " and ".join(f"MEEMO_{m.upper()}" for m in missing)
        raise ConfigurationError(
            f"Missing credentials: {names}. Pass {arguments} to the client or set {envs} "
            "(or pass access_token= / set MEEMO_ACCESS_TOKEN for a static token)."
        )
    for name, value in (("client_id", client_id), ("client_secret", client_secret)):
        if not isinstance(value, str):
            raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")
    return TokenCache(client_id=client_id, client_secret=client_secret)


def _decode(op: Operation[T], response: httpx.Response) -> T:
    """The parsed success body; anything that does not fit the schema is a typed error."""
    if not response.content and op.empty_body_ok:
        return op.parse(None)
    try:
        data = _json_loads(response.content)
    except ValueError:
        what = "an empty body" if not response.content else f"a non-JSON body: {snippet(response)}"
        raise APIResponseValidationError(
            f"{response.status_code} response to {op.method} {op.path} has {what}",
            response=response,
        ) from None
    try:
        return op.parse(data)
    except FieldError as exc:
        raise APIResponseValidationError(
            f"{response.status_code} response to {op.method} {op.path} does not match the "
            f"schema: {exc}",
            response=response,
            body=data,
            field=exc.location,
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise APIResponseValidationError(
            f"{response.status_code} response to {op.method} {op.path} does not match the "
            f"schema ({type(exc).__name__}: {detail[:200]})",
            response=response,
            body=data,
        ) from exc


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[HttpT]):
    """Configuration and the shared request flow; subclasses add only blocking or async I/O."""

    _tokens: TokenCache
    _http_class: type[HttpT]
    base_url: str
    timeout: httpx.Timeout
    max_retries: int

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpT | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._tokens = _credentials(client_id, client_secret, access_token)
        self.base_url = _normalise_base_url(
            base_url or os.environ.get("MEEMO_BASE_URL") or DEFAULT_BASE_URL
        )
        self.timeout = _timeout(timeout)
        self.max_retries = _max_retries(max_retries)
        headers = {
            "Accept": "application/json",
            "User-Agent": f"meemo-sdk-python/{__version__} "
            f"python/{platform.python_version()} httpx/{httpx.__version__}",
        }
        if default_headers is not None:
            if not isinstance(default_headers, Mapping) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in default_headers.items()
            ):
                raise ConfigurationError("default_headers must map str names to str values")
            headers.update(default_headers)
        self._default_headers = headers
        if http_client is not None and not isinstance(http_client, self._http_class):
            raise ConfigurationError(
                f"http_client must be an httpx.{self._http_class.__name__} "
                f"for {type(self).__name__}"
            )
        self._owns_http = http_client is None
        self._http: HttpT = http_client or self._http_class(
            limits=limits, timeout=self.timeout, verify=_ssl_context()
        )
        self._token_lock = self._new_lock()  # shared by with_options copies: one token flight
        self._resources: dict[type[Any], Resource[Any]] = {}

    def _new_lock(self) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        mode = "static access token" if not self._tokens.refreshable else "client credentials"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={mode!r}, "
            f"client_id={self._tokens.client_id!r}, max_retries={self.max_retries})"
        )

    def with_options(
        self, *, timeout: TimeoutTypes = NOT_GIVEN, max_retries: int | None = None
    ) -> Self:
        """A copy with another timeout and/or retry count, sharing the connection pool and token.

        For particular calls: `client.with_options(timeout=5).meetings.get_meeting(1)`.
        """
        clone = copy.copy(self)
        if timeout is not NOT_GIVEN:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _max_retries(max_retries)
        clone._owns_http = False  # the pool stays the original's to close
        clone._resources = {}  # the original's are bound to the original's settings
        return clone

    def _resource(self, cls: type[ResourceT]) -> ResourceT:
        """This client's one instance of a resource class, made on first use."""
        found = self._resources.get(cls)
        if found is None:
            # Both clients define the `_execute` and `_execute_raw` a resource sends with.
            found = self._resources[cls] = cls(self)  # type: ignore[arg-type]
        return found  # type: ignore[return-value]  # keyed by its own class

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, op: Operation[Any], token: str | None
    ) -> httpx.Request:
        headers = dict(self._default_headers)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if op.headers:
            headers.update(op.headers)
        return http.build_request(
            op.method,
            self.base_url + op.path,
            params=op.params,
            json=op.json,
            data=op.data,
            headers=headers,
            timeout=self.timeout if isinstance(op.timeout, NotGiven) else op.timeout,
        )

    def _flow(
        self, http: httpx.Client | httpx.AsyncClient, op: Operation[Any]
    ) -> Generator[_Action, Any, httpx.Response]:
        """Send `op` (token, retries, 401 replay) until its success response, or raise."""
        attempt = 0
        replayed = False
        stale: str | None = None
        while True:
            token: str | None = (yield _GetToken(stale)) if op.authenticated else None
            stale = None
            request = self._build_request(http, op, token)
            started = time.perf_counter()
            result = yield _Send(request)
            elapsed_ms = (time.perf_counter() - started) * 1000
            if isinstance(result, httpx.TransportError):
                reason = type(result).__name__
                _log_exchange(op, attempt, elapsed_ms, reason=reason)
                if attempt < self.max_retries and _retry.retryable_exception(
                    result, idempotent=op.idempotent
                ):
                    yield _Sleep(self._log_retry(op, attempt, _retry.backoff(attempt), reason))
                    attempt += 1
                    continue
                raise transport_error(result) from result
            response: httpx.Response = result
            status = response.status_code
            _log_exchange(op, attempt, elapsed_ms, response=response)
            if response.is_success:
                return response
            if status == 401 and token is not None and self._tokens.refreshable:
                # The token was revoked or expired early: the next request needs a new one.
                # Replayed once, and only when sending twice is harmless: a create_meeting
                # the server saw is never sent again, whatever the answer.
                if op.idempotent and not replayed:
                    replayed, stale = True, token
                    continue
                self._tokens.invalidate(token)
            retry_after = _retry.parse_retry_after(response.headers.get("retry-after"))
            if _retry.retryable_status(status) and _retry.beyond_cap(retry_after):
                # Waiting that long would hang the caller; `retry_after` lets them schedule it.
                raise status_error(response, retry_after=retry_after)
            if attempt < self.max_retries and _retry.retryable_status(status) and op.idempotent:
                delay = _retry.delay(attempt, retry_after)
                yield _Sleep(self._log_retry(op, attempt, delay, f"HTTP {status}"))
                attempt += 1
                continue
            raise status_error(
                response, retry_after=retry_after, error_class=_error_class(op, status)
            )

    def _log_retry(self, op: Operation[Any], attempt: int, delay: float, reason: str) -> float:
        logger.info(
            "Retrying %s %s (retry %d of %d) in %.2f s after %s",
            op.method,
            op.path,
            attempt + 1,
            self.max_retries,
            delay,
            reason,
            extra={
                "http_method": op.method,
                "http_path": op.path,
                "attempt": attempt + 1,
                "retry_delay": delay,
                "retry_reason": reason,
            },
        )
        return delay


def _error_class(op: Operation[Any], status: int) -> type[APIStatusError] | None:
    """The operation's own error class covers its refusals (4xx), not overload or outages."""
    if op.error_class is not None and 400 <= status < 500 and not _retry.retryable_status(status):
        return op.error_class
    return None


def _log_exchange(
    op: Operation[Any],
    attempt: int,
    elapsed_ms: float,
    *,
    response: httpx.Response | None = None,
    reason: str | None = None,
) -> None:
    """One DEBUG line per attempt.

    Method and path only: query strings, headers and bodies may hold secrets.
    """
    if not logger.isEnabledFor(logging.DEBUG):
        return
    request_id = response.headers.get("x-request-id", "-") if response is not None else "-"
    outcome = f"{response.status_code}" if response is not None else f"failed ({reason})"
    logger.debug(
        "%s %s -> %s in %.1f ms (request_id=%s, attempt %d)",
        op.method,
        op.path,
        outcome,
        elapsed_ms,
        request_id,
        attempt + 1,
        extra={
            "http_method": op.method,
            "http_path": op.path,
            "http_status": response.status_code if response is not None else None,
            "elapsed_ms": round(elapsed_ms, 1),
            "request_id": None if request_id == "-" else request_id,
            "attempt": attempt + 1,
        },
    )


class MeemoClient(_BaseClient[httpx.Client]):
    """Synchronous client for the Meemo External API; safe to share across threads.

    Credentials come from the arguments or from `MEEMO_CLIENT_ID` /
    `MEEMO_CLIENT_SECRET` (or a static `access_token` / `MEEMO_ACCESS_TOKEN`);
    `base_url` from the argument, `MEEMO_BASE_URL`, or production.
    """

    _http_class = httpx.Client
    _token_lock: threading.Lock

    def _new_lock(self) -> threading.Lock:
        return threading.Lock()

    @property
    def meetings(self) -> Meetings:
        """Meetings, their transcripts, summaries, participants and recordings; topics."""
        from .resources.meetings import Meetings

        return self._resource(Meetings)

    @property
    def webhooks(self) -> Webhooks:
        """Webhook registrations and their delivery log."""
        from .resources.webhooks import Webhooks

        return self._resource(Webhooks)

    @property
    def usage(self) -> Usage:
        """Usage against quotas."""
        from .resources.usage import Usage

        return self._resource(Usage)

    @property
    def calendar(self) -> Calendar:
        """Upcoming events of connected calendars."""
        from .resources.calendar import Calendar

        return self._resource(Calendar)

    def _execute(self, op: Operation[T]) -> T:
        return _decode(op, self._send(op))

    def _execute_raw(self, op: Operation[T]) -> RawResponse[T]:
        return RawResponse(self._send(op), functools.partial(_decode, op))

    def _send(self, op: Operation[Any]) -> httpx.Response:
        flow = self._flow(self._http, op)
        result: Any = None
        while True:
            try:
                action = flow.send(result)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(action, _Send):
                try:
                    result = self._http.send(action.request)
                except httpx.TransportError as exc:
                    result = exc
            elif isinstance(action, _Sleep):
                _retry.sleep(action.seconds)
                result = None
            else:
                result = self._token(action.stale)

    def _token(self, stale: str | None) -> str:
        if stale is not None:
            self._tokens.invalidate(stale)
        token = self._tokens.usable()
        if token is None:
            with self._token_lock:  # single flight: the first thread fetches, others reuse
                token = self._tokens.usable()
                if token is None:
                    token = self._tokens.store(self._execute(self._tokens.token_operation()))
        return token

    def get_access_token(self) -> str:
        """A valid access token: the cached one, or a new one from the token endpoint.

        For calls the SDK does not make itself; the SDK's own calls need none of this.
        """
        return self._token(None)

    def revoke_token(self) -> None:
        """Revoke the current access token at the server and forget it.

        Needs client credentials; a no-op when no token was obtained yet.
        """
        token = self._tokens.current_token()
        if token is None:
            return
        _require_revocable(self._tokens)
        self._execute(self._tokens.revoke_operation(token))
        self._tokens.forget()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncMeemoClient(_BaseClient[httpx.AsyncClient]):
    """Asynchronous client for the Meemo External API; same arguments as `MeemoClient`."""

    _http_class = httpx.AsyncClient
    _token_lock: asyncio.Lock

    def _new_lock(self) -> asyncio.Lock:
        import asyncio  # deferred: sync users never pay for importing asyncio

        return asyncio.Lock()

    @property
    def meetings(self) -> AsyncMeetings:
        """Meetings, their transcripts, summaries, participants and recordings; topics."""
        from .resources.meetings import AsyncMeetings

        return self._resource(AsyncMeetings)

    @property
    def webhooks(self) -> AsyncWebhooks:
        """Webhook registrations and their delivery log."""
        from .resources.webhooks import AsyncWebhooks

        return self._resource(AsyncWebhooks)

    @property
    def usage(self) -> AsyncUsage:
        """Usage against quotas."""
        from .resources.usage import AsyncUsage

        return self._resource(AsyncUsage)

    @property
    def calendar(self) -> AsyncCalendar:
        """Upcoming events of connected calendars."""
        from .resources.calendar import AsyncCalendar

        return self._resource(AsyncCalendar)

    async def _execute(self, op: Operation[T]) -> T:
        return _decode(op, await self._send(op))

    async def _execute_raw(self, op: Operation[T]) -> RawResponse[T]:
        return RawResponse(await self._send(op), functools.partial(_decode, op))

    async def _send(self, op: Operation[Any]) -> httpx.Response:
        flow = self._flow(self._http, op)
        result: Any = None
        while True:
            try:
                action = flow.send(result)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(action, _Send):
                try:
                    result = await self._http.send(action.request)
                except httpx.TransportError as exc:
                    result = exc
            elif isinstance(action, _Sleep):
                await _retry.async_sleep(action.seconds)
                result = None
            else:
                result = await self._token(action.stale)

    async def _token(self, stale: str | None) -> str:
        if stale is not None:
            self._tokens.invalidate(stale)
        token = self._tokens.usable()
        if token is None:
            async with self._token_lock:  # single flight: the first task fetches, others reuse
                token = self._tokens.usable()
                if token is None:
                    token = self._tokens.store(await self._execute(self._tokens.token_operation()))
        return token

    async def get_access_token(self) -> str:
        """A valid access token: the cached one, or a new one from the token endpoint.

        For calls the SDK does not make itself; the SDK's own calls need none of this.
        """
        return await self._token(None)

    async def revoke_token(self) -> None:
        """Revoke the current access token at the server and forget it.

        Needs client credentials; a no-op when no token was obtained yet.
        """
        token = self._tokens.current_token()
        if token is None:
            return
        _require_revocable(self._tokens)
        await self._execute(self._tokens.revoke_operation(token))
        self._tokens.forget()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _require_revocable(tokens: TokenCache) -> None:
    if not tokens.client_id or not tokens.client_secret:
        raise ConfigurationError(
            "revoke_token needs client_id and client_secret (pass them or set "
            "MEEMO_CLIENT_ID / MEEMO_CLIENT_SECRET)"
        )

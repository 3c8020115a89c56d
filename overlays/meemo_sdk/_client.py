"""`MeemoClient` and `AsyncMeemoClient`.

Everything that decides (configuration, request building, retries, the 401
replay, error mapping, parsing) lives once in `_BaseClient._flow`, a generator
that yields what it needs done: send a request, sleep, get a token. The two
clients only carry those actions out with blocking or awaitable I/O, the way
httpx's own auth flows are shared between its clients: `_transport` sends one
attempt within its deadline and size cap, and `_pool` supplies the httpx client
for the current process and event loop.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import gc
import json
import logging
import math
import os
import platform
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import attrs
import httpx
from meemo_api_client.types import FieldError

from . import _retry, _transport
from ._auth import TokenCache, TokenResponseError, header_safe
from ._driver import Flow, Sleep, run_async, run_sync
from ._logging import logger
from ._operation import NOT_GIVEN, NotGiven, Operation, TimeoutTypes
from ._pool import AsyncPool, CookielessAsyncClient, CookielessClient, SyncPool
from ._response import RawResponse
from ._tls import DeferredTrustContext
from ._version import __version__
from .errors import (
    APIResponseValidationError,
    APIStatusError,
    ConfigurationError,
    InvalidRequestError,
    MeemoError,
    snippet,
    status_error,
    transport_error,
)

if TYPE_CHECKING:
    from .resources._base import Resource
    from .resources.calendar import AsyncCalendar, Calendar
    from .resources.meetings import AsyncMeetings, Meetings
    from .resources.usage import AsyncUsage, Usage
    from .resources.webhooks import AsyncWebhooks, Webhooks

_fast_loads: Callable[[bytes], Any]
try:  # orjson decodes response bodies 2-3x faster than the stdlib, which stays the fallback
    from orjson import loads as _fast_loads
except ImportError:  # pragma: no cover - a platform without an orjson wheel
    _fast_loads = json.loads

# orjson's parser reserves several times the body's size while it works (a 15 MB transcript
# peaked 14-23 MB higher than with the stdlib); from this size on, memory matters more than
# its speed, and the stdlib parses.
LARGE_BODY_BYTES = 4 * 1024 * 1024


def _json_loads(content: bytes) -> Any:
    return _fast_loads(content) if len(content) < LARGE_BODY_BYTES else json.loads(content)


# Reading a body builds one tracked object per item, and the cyclic garbage collector,
# triggered every few hundred of them, would walk them all again and again (46% of the
# time of a 12 000-segment transcript). None of them can be part of a cycle, so from this
# size on the collector waits until the models are built.
PAUSE_COLLECTOR_BYTES = 32 * 1024
_collector_lock = threading.Lock()
_collector_pausers = 0
_collector_was_enabled = False


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic GC off for the block (when it was on), shared by concurrent readers."""
    global _collector_pausers, _collector_was_enabled
    with _collector_lock:
        if _collector_pausers == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pausers += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pausers -= 1
            if _collector_pausers == 0 and _collector_was_enabled:
                gc.enable()


T = TypeVar("T")
ResourceT = TypeVar("ResourceT", bound="Resource[Any]")

DEFAULT_BASE_URL = "https://api-meemo.glair.ai"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
DEFAULT_MAX_RESPONSE_BYTES = _transport.DEFAULT_MAX_RESPONSE_BYTES
# A longer timeout is a mistake (milliseconds meant as seconds?); None means no limit.
MAX_TIMEOUT = 86400.0


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying context per process, its CA bundle read at the first handshake."""
    return DeferredTrustContext()


class _Action:
    """What the flow asks its driver (`_driver.run_sync` / `run_async`) for, besides a
    `Sleep`: one or two per call, so plain slotted classes (a frozen attrs class sets each
    field through `object.__setattr__`)."""

    __slots__ = ()


@attrs.define
class _Send(_Action):
    request: httpx.Request
    deadline: float | None  # when the attempt must be over (monotonic clock)
    follow_redirects: bool | None = None  # None: as the httpx client is configured


@attrs.define
class _GetToken(_Action):
    stale: str | None  # a token the server just refused, to drop first


_USERINFO = re.compile(r"(?<=//)[^/?#@]*@")
_warned_plain_http: set[str] = set()


def redact_url(url: str) -> str:
    """`url` with any `user:password@` part masked, for messages."""
    return _USERINFO.sub("***@", url)


def _normalise_base_url(base_url: str) -> str:
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}")
    url = base_url.strip().rstrip("/")
    if url.endswith("/api"):
        url = url[: -len("/api")]
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(
            f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r}, "
            f"got {redact_url(base_url)!r}"
        )
    if parsed.userinfo:
        # httpx would turn it into Basic auth, replacing the bearer token on every request.
        raise ConfigurationError(
            f"base_url must not contain a user name or password ({redact_url(url)!r}): the "
            "SDK authenticates with OAuth2 bearer tokens. Give a proxy's credentials in the "
            "proxy URL of your own http_client instead."
        )
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        origin = f"http://{parsed.netloc.decode('ascii')}"
        if origin not in _warned_plain_http:
            _warned_plain_http.add(origin)
            logger.warning(
                "base_url %s is plain http: the client secret and access tokens cross the "
                "network unencrypted. Use https outside local development.",
                origin,
            )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    import ipaddress  # deferred: only plain-http base URLs need it

    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _seconds(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(
            f"{name} must be a number of seconds or None, got {type(value).__name__}"
        )
    if not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT:
        raise ConfigurationError(
            f"{name} must be more than 0 and at most {MAX_TIMEOUT:g} seconds (a day), got "
            f"{value!r}; pass None for no limit"
        )
    return float(value)


def _timeout(value: TimeoutTypes) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        for phase, seconds in value.as_dict().items():
            if seconds is not None:
                _seconds(f"timeout's {phase} value", seconds)
        return value
    if value is None:
        return httpx.Timeout(None)
    seconds = _seconds("timeout", value)
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or 5.0))


def _total_timeout(value: object) -> float | None:
    return None if value is None else _seconds("total_timeout", value)


def _max_response_bytes(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(
            f"max_response_bytes must be a positive int (bytes) or None, got {value!r}"
        )
    return value


def _default_headers(value: object) -> dict[str, str]:
    from . import _validation  # deferred: its checks import the generated models

    try:
        return _validation.headers("default_headers", value) or {}
    except InvalidRequestError as exc:
        raise ConfigurationError(str(exc)) from None


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
        if not header_safe(access_token):
            raise ConfigurationError(
                "access_token contains a space, line break, control or non-ASCII character, "
                "which an Authorization header cannot carry (a trailing newline from a file?); "
                "pass the token exactly as issued"
            )
        return TokenCache(
            client_id=client_id, client_secret=client_secret, static_token=access_token
        )
    missing = [
        name
        for name, value in (("client_id", client_id), ("client_secret", client_secret))
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


_BOM = b"\xef\xbb\xbf"


def _decode(op: Operation[T], response: httpx.Response, *, keep_body: bool = True) -> T:
    """The parsed success body; anything that does not fit the schema is a typed error.

    Without `keep_body` (nobody but the SDK sees the response), the raw bytes are let go
    once decoded, before the models are built: a large body and its models are then never
    in memory together.
    """
    content = _body(response)
    if not content and op.empty_body_ok:
        return op.parse(None)
    if op.carries_credentials:
        return _decode_credentials_answer(op, response, content)
    size = len(content)
    del content  # `_decode_json` may let the body go: hold no reference to it here
    if size < PAUSE_COLLECTOR_BYTES:
        return _decode_json(op, response, keep_body=keep_body)
    with _collector_paused():
        return _decode_json(op, response, keep_body=keep_body)


def _body(response: httpx.Response) -> bytes:
    content = response.content
    if content.startswith(_BOM):  # JSON parsers may ignore one (RFC 8259); orjson does not
        content = content[len(_BOM) :]
    return content


def _decode_json(op: Operation[T], response: httpx.Response, *, keep_body: bool) -> T:
    content = _body(response)
    try:
        data = _json_loads(content)
    except ValueError:
        what = "an empty body" if not content else f"a non-JSON body: {snippet(response)}"
        raise APIResponseValidationError(
            f"{response.status_code} response to {op.method} {op.path} has {what}",
            response=response,
        ) from None
    if not keep_body:
        del content
        response._content = b""  # what `Response.read()` filled; the JSON now holds it all
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


def _decode_credentials_answer(op: Operation[T], response: httpx.Response, content: bytes) -> T:
    """`_decode` for the token and revoke answers, which hold tokens: an error quotes
    nothing of the body and chains no exception that does (a JSON error keeps the text)."""
    problem: str | None = None
    try:
        data = _json_loads(content)
    except ValueError:
        problem = "has an empty body" if not content else "has a non-JSON body"
    if problem is None:
        try:
            return op.parse(data)
        except TokenResponseError as exc:
            problem = f"is not a usable answer: {exc}"
        except FieldError as exc:  # its location is a path of field names, never a value
            problem = f"is not a usable answer (a bad value at {exc.location})"
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problem = f"is not a usable answer ({type(exc).__name__})"
    raise APIResponseValidationError(
        f"{response.status_code} response to {op.method} {op.path} {problem}", response=response
    )


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[HttpT]):
    """Configuration and the shared request flow; subclasses add only blocking or async I/O."""

    _tokens: TokenCache
    _http_class: type[HttpT]
    _own_http_class: type[HttpT]  # what the SDK makes when the caller gives no http_client
    _pool: SyncPool | AsyncPool
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    total_timeout: float | None
    max_response_bytes: int | None

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        *,
        access_token: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        total_timeout: float | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
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
        self.total_timeout = _total_timeout(total_timeout)
        self.max_response_bytes = _max_response_bytes(max_response_bytes)
        headers = {
            "Accept": "application/json",
            "User-Agent": f"meemo-sdk-python/{__version__} "
            f"python/{platform.python_version()} httpx/{httpx.__version__}",
        }
        if default_headers is not None:
            headers.update(_default_headers(default_headers))
        if http_client is not None and not isinstance(http_client, self._http_class):
            raise ConfigurationError(
                f"http_client must be an httpx.{self._http_class.__name__} "
                f"for {type(self).__name__}"
            )
        # httpx also asks for br and zstd when their packages are installed; the SDK decodes
        # only what it can cap (see _transport), so that is all it asks for. Set once on its
        # own client, per request on a caller's client that asks for more.
        accept_encoding = {"Accept-Encoding": _transport.ACCEPT_ENCODING}
        if http_client is not None and (
            http_client.headers.get("accept-encoding") != _transport.ACCEPT_ENCODING
        ):
            headers = {**accept_encoding, **headers}
        self._default_headers = headers
        # The default headers and the bearer token, as httpx keeps them: built once per token.
        self._headers: tuple[str | None, httpx.Headers] | None = None
        # The timeout the SDK's own httpx client was made with (None for a caller's client).
        self._pool_timeout = self.timeout if http_client is None else None
        self._original = True  # False in with_options copies: closing one closes nothing
        self._pool = self._new_pool(
            http_client,
            functools.partial(
                self._own_http_class,
                limits=limits,
                timeout=self.timeout,
                verify=_ssl_context(),
                headers=accept_encoding,
            ),
        )
        self._resources: dict[type[Any], Resource[Any]] = {}

    def _new_pool(self, http: HttpT | None, make: Callable[[], HttpT]) -> SyncPool | AsyncPool:
        raise NotImplementedError

    @property
    def _http(self) -> HttpT:
        """The httpx client for this process (and event loop), shared with copies."""
        return self._pool.http  # type: ignore[return-value]

    def __repr__(self) -> str:
        mode = "static access token" if not self._tokens.refreshable else "client credentials"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, auth={mode!r}, "
            f"client_id={self._tokens.client_id!r}, max_retries={self.max_retries})"
        )

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_response_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy with other limits, sharing the connection pool and token.

        For particular calls: `client.with_options(timeout=5).meetings.get_meeting(1)`.
        """
        clone = copy.copy(self)
        if not isinstance(timeout, NotGiven):
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _max_retries(max_retries)
        if not isinstance(total_timeout, NotGiven):
            clone.total_timeout = _total_timeout(total_timeout)
        if not isinstance(max_response_bytes, NotGiven):
            clone.max_response_bytes = _max_response_bytes(max_response_bytes)
        clone._original = False
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
        headers = self._headers_for(token)
        if op.headers:
            headers = httpx.Headers(headers)
            headers.update(op.headers)
        timeout: Any = op.timeout
        if isinstance(timeout, NotGiven):
            # The SDK's own httpx client was made with this very timeout: httpx applies it.
            same = self.timeout is self._pool_timeout
            timeout = httpx.USE_CLIENT_DEFAULT if same else self.timeout
        return http.build_request(
            op.method,
            self.base_url + op.path,
            params=op.params,
            json=op.json,
            data=op.data,
            headers=headers,
            timeout=timeout,
        )

    def _headers_for(self, token: str | None) -> httpx.Headers:
        """The request headers for `token`: httpx copies a ready `Headers` without re-checking."""
        cached = self._headers
        if cached is not None and cached[0] == token:
            return cached[1]
        headers = httpx.Headers(self._default_headers)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        self._headers = (token, headers)
        return headers

    def _flow(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation[Any],
        budget: _transport.Budget,
    ) -> Flow[_Action, httpx.Response]:
        """Send `op` (token, retries, 401 replay) until its success response, or raise."""
        attempt = 0
        replayed = False
        stale: str | None = None
        secret = op.carries_credentials
        while True:
            token: str | None = (yield _GetToken(stale)) if op.authenticated else None
            stale = None
            request = self._build_request(http, op, token)
            if budget.expired():
                raise budget.timeout_error(f"{op.method} {op.path}")
            started = time.perf_counter()
            # The token and revoke requests carry client_secret: never re-sent elsewhere.
            result: httpx.Response | httpx.TransportError | MeemoError
            try:
                result = yield _Send(
                    request,
                    budget.attempt_deadline(request),
                    follow_redirects=False if secret else None,
                )
            except (httpx.TransportError, MeemoError) as exc:  # thrown in by the driver
                result = exc
            elapsed_ms = (time.perf_counter() - started) * 1000
            if isinstance(result, MeemoError):  # a body too large or undecodable: final
                _log_exchange(op, attempt, elapsed_ms, reason=type(result).__name__)
                raise result
            if isinstance(result, httpx.TransportError):
                reason = type(result).__name__
                _log_exchange(op, attempt, elapsed_ms, reason=reason)
                delay = _retry.backoff(attempt)
                retryable = attempt < self.max_retries and _retry.retryable_exception(
                    result, idempotent=op.idempotent
                )
                if retryable and budget.fits(delay):
                    yield Sleep(self._log_retry(op, attempt, delay, reason))
                    attempt += 1
                    continue
                if isinstance(result, httpx.TimeoutException) and (
                    retryable or budget.expired()
                ):  # out of time (total_timeout) rather than out of attempts
                    raise budget.timeout_error(f"{op.method} {op.path}") from result
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
                raise status_error(response, retry_after=retry_after, withhold_body=secret)
            delay = _retry.delay(attempt, retry_after)
            if (
                attempt < self.max_retries
                and _retry.retryable_status(status)
                and op.idempotent
                and budget.fits(delay)
            ):
                yield Sleep(self._log_retry(op, attempt, delay, f"HTTP {status}"))
                attempt += 1
                continue
            raise status_error(
                response,
                retry_after=retry_after,
                error_class=_error_class(op, status),
                withhold_body=secret,
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
    _own_http_class = CookielessClient
    _pool: SyncPool

    def _new_pool(self, http: httpx.Client | None, make: Callable[[], httpx.Client]) -> SyncPool:
        def make_bounded() -> httpx.Client:
            from ._sockets import bound_socket_waits  # deferred: it imports httpcore

            client = make()
            bound_socket_waits(client)
            return client

        return SyncPool(http, make_bounded)

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
        return _decode(op, self._send(op), keep_body=False)

    def _execute_raw(self, op: Operation[T]) -> RawResponse[T]:
        return RawResponse(self._send(op), functools.partial(_decode, op))

    def _send(self, op: Operation[Any]) -> httpx.Response:
        http = self._pool.for_call()
        with _transport.Budget(self.total_timeout) as budget:

            def perform(action: _Action) -> Any:
                if isinstance(action, _GetToken):
                    return self._token(action.stale, budget)
                assert isinstance(action, _Send)
                try:
                    return _transport.send(
                        http,
                        action.request,
                        deadline=action.deadline,
                        max_bytes=self.max_response_bytes,
                        follow_redirects=action.follow_redirects,
                    )
                except RuntimeError as exc:  # httpx refuses a client closed meanwhile
                    raise _unusable(http, exc) from None

            return run_sync(self._flow(http, op, budget), perform, _retry.sleep)

    def _token(self, stale: str | None, budget: _transport.Budget) -> str:
        if stale is not None:
            self._tokens.invalidate(stale)
        token = self._tokens.usable()
        if token is None:
            lock = self._pool.token_lock
            left = budget.left()
            # Single flight: the first thread fetches, the others wait (within their budget).
            if not lock.acquire(timeout=-1 if left is None else max(left, 0.0)):
                raise budget.timeout_error("Waiting for the access token")
            try:
                token = self._tokens.usable()
                if token is None:
                    token = self._tokens.store(self._execute(self._tokens.token_operation()))
            finally:
                lock.release()
        return token

    def get_access_token(self) -> str:
        """A valid access token: the cached one, or a new one from the token endpoint.

        For calls the SDK does not make itself; the SDK's own calls need none of this.
        """
        with _transport.Budget(self.total_timeout) as budget:
            return self._token(None, budget)

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
        """Close the connection pool (if the SDK made it); later calls raise.

        Calls in flight in other threads end with `APIConnectionError`. Closing a
        `with_options` copy closes nothing.
        """
        if not self._original:
            return
        self._pool.closed = True
        if self._pool.owned:  # a caller's http_client is theirs to close
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncMeemoClient(_BaseClient[httpx.AsyncClient]):
    """Asynchronous client for the Meemo External API; same arguments as `MeemoClient`."""

    _http_class = httpx.AsyncClient
    _own_http_class = CookielessAsyncClient
    _pool: AsyncPool

    def _new_pool(
        self, http: httpx.AsyncClient | None, make: Callable[[], httpx.AsyncClient]
    ) -> AsyncPool:
        return AsyncPool(http, make)

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
        return _decode(op, await self._send(op), keep_body=False)

    async def _execute_raw(self, op: Operation[T]) -> RawResponse[T]:
        return RawResponse(await self._send(op), functools.partial(_decode, op))

    async def _send(self, op: Operation[Any]) -> httpx.Response:
        http = self._pool.for_call()
        with _transport.Budget(self.total_timeout) as budget:

            async def perform(action: _Action) -> Any:
                if isinstance(action, _GetToken):
                    return await self._token(action.stale, budget)
                assert isinstance(action, _Send)
                try:
                    return await _transport.send_async(
                        http,
                        action.request,
                        deadline=action.deadline,
                        max_bytes=self.max_response_bytes,
                        follow_redirects=action.follow_redirects,
                    )
                except RuntimeError as exc:  # a client closed meanwhile, a dead loop
                    raise _unusable(http, exc) from None

            return await run_async(self._flow(http, op, budget), perform, _retry.async_sleep)

    async def _token(self, stale: str | None, budget: _transport.Budget) -> str:
        import asyncio

        if stale is not None:
            self._tokens.invalidate(stale)
        token = self._tokens.usable()
        if token is None:
            lock = self._pool.token_lock
            try:
                # Single flight: the first task fetches, the others wait (within their budget).
                async with asyncio.timeout(budget.left()):
                    await lock.acquire()
            except TimeoutError:
                raise budget.timeout_error("Waiting for the access token") from None
            try:
                token = self._tokens.usable()
                if token is None:
                    token = self._tokens.store(await self._execute(self._tokens.token_operation()))
            finally:
                lock.release()
        return token

    async def get_access_token(self) -> str:
        """A valid access token: the cached one, or a new one from the token endpoint.

        For calls the SDK does not make itself; the SDK's own calls need none of this.
        """
        with _transport.Budget(self.total_timeout) as budget:
            return await self._token(None, budget)

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
        """Close the connection pool (if the SDK made it); later calls raise.

        Calls in flight in other tasks end with `APIConnectionError`. Closing a
        `with_options` copy closes nothing.
        """
        if not self._original:
            return
        self._pool.closed = True
        if self._pool.owned:  # a caller's http_client is theirs to close
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _unusable(http: httpx.Client | httpx.AsyncClient, exc: RuntimeError) -> MeemoError:
    from ._pool import closed_error
    from .errors import APIConnectionError

    if http.is_closed:
        return closed_error()
    return APIConnectionError(f"The HTTP client cannot send: {exc}")


def _require_revocable(tokens: TokenCache) -> None:
    if not tokens.client_id or not tokens.client_secret:
        raise ConfigurationError(
            "revoke_token needs client_id and client_secret (pass them or set "
            "MEEMO_CLIENT_ID / MEEMO_CLIENT_SECRET)"
        )

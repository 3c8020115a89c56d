"""The httpx client behind a Meemo client: one per process, and one per event loop.

Open connections are only valid where they were made. A forked child (gunicorn
`--preload`, Celery prefork, `multiprocessing`) inherits the parent's sockets: two
processes writing one connection read each other's responses. An asyncio connection
belongs to the event loop that opened it, which a second `asyncio.run` has replaced.

A client and its `with_options` copies share one pool object, which hands out the right
httpx client for the current process (and loop) with a token lock to match: a fresh pool
in a forked child or on a new loop when the SDK made the pool; a `ConfigurationError` when
the caller supplied an httpx client the SDK cannot rebuild.
"""

from __future__ import annotations

import http.cookiejar
import os
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from .errors import APIConnectionError, ConfigurationError

if TYPE_CHECKING:
    import asyncio

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class _KeepNothingJar(http.cookiejar.CookieJar):
    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """A cookie store that stays empty: nothing a response sets is stored or sent again."""

    def __init__(self) -> None:
        super().__init__(_KeepNothingJar())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _KeepsNoCookies:
    """The SDK's own httpx clients keep no cookies between requests.

    The API authenticates with a bearer token, and the official client opens a new httpx
    client for every call, so a cookie one response sets never reaches the next request.
    The SDK's pooled client behaves the same, and skips the cookie parsing httpx does on
    every response (about a tenth of a small call's CPU). A caller's own client is used
    as it is.
    """

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        return None


class CookielessClient(_KeepsNoCookies, httpx.Client):
    """The `httpx.Client` the SDK makes for itself."""


class CookielessAsyncClient(_KeepsNoCookies, httpx.AsyncClient):
    """The `httpx.AsyncClient` the SDK makes for itself."""


# Bumped in every forked child, before any other code of the child runs.
_generation = 0
_guard = threading.Lock()


def _forked() -> None:
    global _generation, _guard
    _generation += 1
    _guard = threading.Lock()  # another thread of the parent may have held it at fork


if hasattr(os, "register_at_fork"):  # POSIX; there is no fork elsewhere
    os.register_at_fork(after_in_child=_forked)


def closed_error() -> APIConnectionError:
    return APIConnectionError(
        "The client is closed (close() was called or its `with` block ended); "
        "create a new client to make more calls"
    )


def _foreign(what: str) -> ConfigurationError:
    return ConfigurationError(
        f"The http_client passed to this client was created {what}, and its connections "
        "cannot be used here. Create the Meemo client (with its http_client) where it is "
        "used, e.g. in the worker after the fork or inside the event loop, or let the SDK "
        "create its own connection pool (it then makes a fresh one automatically)."
    )


class _Base(Generic[HttpT]):
    def __init__(self, http: HttpT | None, make: Callable[[], HttpT]) -> None:
        self.owned = http is None
        self._make: Callable[[], HttpT] = make
        self._generation = _generation
        self.closed = False

    def _check_open(self, http: HttpT) -> None:
        if self.closed or http.is_closed:
            raise closed_error()


class SyncPool(_Base[httpx.Client]):
    """The `httpx.Client` and token lock of a `MeemoClient` in the current process."""

    def __init__(self, http: httpx.Client | None, make: Callable[[], httpx.Client]) -> None:
        super().__init__(http, make)
        self._http = http if http is not None else make()
        self._lock = threading.Lock()

    @property
    def http(self) -> httpx.Client:
        self._after_fork()
        return self._http

    @property
    def token_lock(self) -> threading.Lock:
        self._after_fork()
        return self._lock

    def for_call(self) -> httpx.Client:
        """The client to send with; a typed error if it is closed or the parent's."""
        if self._generation != _generation and not self.owned:
            raise _foreign("in another process (before os.fork())")
        http = self.http
        self._check_open(http)
        return http

    def _after_fork(self) -> None:
        if self._generation == _generation or not self.owned:
            return
        with _guard:
            if self._generation != _generation:
                # The parent's pool is dropped, not closed: its internal locks may have been
                # held by a parent thread at the fork, and its sockets are the parent's.
                self._http = self._make()
                self._lock = threading.Lock()
                self._generation = _generation


class _LoopState:
    def __init__(self, http: httpx.AsyncClient) -> None:
        import asyncio  # deferred: sync users never pay for importing asyncio

        self.http = http
        self.token_lock = asyncio.Lock()


class AsyncPool(_Base[httpx.AsyncClient]):
    """The `httpx.AsyncClient` and token lock of an `AsyncMeemoClient` on the running loop."""

    def __init__(
        self, http: httpx.AsyncClient | None, make: Callable[[], httpx.AsyncClient]
    ) -> None:
        super().__init__(http, make)
        self._primary = http if http is not None else make()
        self._primary_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopState] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def http(self) -> httpx.AsyncClient:
        """The client for the running loop (the first one made outside any loop)."""
        loop = _running_loop()
        if loop is None:
            return self._primary
        return self._state(loop).http

    @property
    def token_lock(self) -> asyncio.Lock:
        loop = _running_loop()
        assert loop is not None, "token requests run inside an event loop"
        return self._state(loop).token_lock

    def for_call(self) -> httpx.AsyncClient:
        loop = _running_loop()
        assert loop is not None, "calls run inside an event loop"
        if self._generation != _generation and not self.owned:
            raise _foreign("in another process (before os.fork())")
        http = self._state(loop).http
        self._check_open(http)
        return http

    def _state(self, loop: asyncio.AbstractEventLoop) -> _LoopState:
        state = self._loops.get(loop)
        if state is not None and self._generation == _generation:
            return state
        with _guard:  # loops in several threads may ask at once
            if self._generation != _generation:
                if self.owned:  # in a forked child: nothing of the parent's pool is reused
                    self._primary = self._make()
                    self._primary_loop = None
                self._loops.clear()
                self._generation = _generation
            state = self._loops.get(loop)
            if state is None:
                state = _LoopState(self._bind(loop))
                self._loops[loop] = state
            return state

    def _bind(self, loop: asyncio.AbstractEventLoop) -> httpx.AsyncClient:
        """The client for a loop seen for the first time."""
        if self._primary_loop is None:
            self._primary_loop = weakref.ref(loop)
            return self._primary
        if not self.owned:
            raise _foreign("on another event loop (e.g. in an earlier asyncio.run())")
        return self._make()


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None

"""Socket waits capped by the current attempt's deadline, for the SDK's own sync pool.

httpcore reads a phase's timeout once and applies it to every socket read of that phase,
so a server sending one header byte per second never trips a 5-second read timeout. This
network backend gives each connect, read and write only the time the attempt has left
(`_transport.attempt_deadline`, set around each attempt in the calling thread); outside an
attempt it changes nothing. Imported only when the SDK builds a sync pool: httpcore is
not needed to import the SDK.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from ._transport import attempt_deadline

if TYPE_CHECKING:
    import ssl


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` shrunk to the time the attempt has left; `error` once none is left."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream
        self._pid = os.getpid()
        # httpcore asks before every request whether the connection is still readable.
        self.get_extra_info = stream.get_extra_info  # type: ignore[method-assign]

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if buffer:  # h11 hands over empty chunks too (a GET's absent body); they send nothing
            self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)

    def close(self) -> None:
        # Closing a socket does not wake a thread blocked reading it; shutting it down does,
        # so closing the client ends the calls in flight. Never in a forked child: the
        # socket is the parent's connection too.
        if os.getpid() == self._pid:
            sock = self._stream.get_extra_info("socket")
            if isinstance(sock, socket.socket):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        self._stream.close()


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend with every wait capped by the current attempt's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(
            self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound_socket_waits(http: httpx.Client) -> bool:
    """Put every connection pool of the SDK's own `http` on `DeadlineBackend`.

    httpx offers no public way to choose the network backend, so this reaches into its
    transports; it returns False (the deadline is then enforced between body chunks only)
    if their layout ever changes.
    """
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    installed = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend):
            if not isinstance(backend, DeadlineBackend):
                pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
            installed = True
    return installed

"""`RawServer`: a scripted HTTP/1.1 server on 127.0.0.1 for what a well-behaved server cannot do.

Reset a connection, cut a body short, never answer, or report how many connections
were open at once. Each request is answered by a `Reply`.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class RawRequest:
    method: str
    target: str  # as on the request line: origin form, or absolute form through a proxy
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query))


class _Connection:
    """A server-side socket with just enough HTTP/1.1 parsing for the SDK's requests."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._buffer = b""

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        self._buffer += chunk
        return bool(chunk)

    def read_request(self) -> RawRequest | None:
        """The next request, or None once the client closed the connection."""
        while b"\r\n\r\n" not in self._buffer:
            if not self._fill():
                return None
        head, self._buffer = self._buffer.split(b"\r\n\r\n", 1)
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _version = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(self._buffer) < length:
            if not self._fill():
                return None
        body, self._buffer = self._buffer[:length], self._buffer[length:]
        return RawRequest(method, target, headers, body)


# What to do with one request: write to the socket; return whether the connection stays open.
Reply = Callable[[socket.socket, threading.Event], bool]


def _head(status: int, length: int, content_type: str, headers: Mapping[str, str]) -> bytes:
    lines = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        f"Content-Type: {content_type}",
        f"Content-Length: {length}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _encode(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


def respond(
    status: int,
    body: object = b"",
    *,
    headers: Mapping[str, str] | None = None,
    content_type: str = "application/json",
) -> Reply:
    """A complete response; the connection stays open for the next request (keep-alive)."""
    payload = _encode(body)
    data = _head(status, len(payload), content_type, headers or {}) + payload

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        conn.sendall(data)
        return True

    return reply


def reset() -> Reply:
    """Answer a request with a TCP reset (SO_LINGER 0), as a crashing peer or middlebox does."""

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
        return False

    return reply


def cut_short(status: int, body: object) -> Reply:
    """Promise the whole body in Content-Length, send half of it, then close."""
    payload = _encode(body)
    data = _head(status, len(payload), "application/json", {}) + payload[: len(payload) // 2]

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        conn.sendall(data)
        return False

    return reply


def hang() -> Reply:
    """Never answer: hold the request until the server stops (an event, not a sleep)."""

    def reply(conn: socket.socket, stopping: threading.Event) -> bool:
        stopping.wait(timeout=30)
        return False

    return reply


def script(*replies: Reply) -> Callable[[RawRequest], Reply]:
    """Answer the requests in order with `replies`; one more request is a test failure."""
    queue = deque(replies)

    def next_reply(request: RawRequest) -> Reply:
        if not queue:
            raise AssertionError(f"unscripted request {request.method} {request.target}")
        return queue.popleft()

    return next_reply


class RawServer:
    """A threaded HTTP/1.1 server with keep-alive, answering each request with a `Reply`.

    It records every request it read and counts connections, including the most that
    were open at the same time.
    """

    def __init__(self, responder: Callable[[RawRequest], Reply]) -> None:
        self._responder = responder
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.requests: list[RawRequest] = []
        self.errors: list[BaseException] = []
        self.stopping = threading.Event()
        self.connections_accepted = 0
        self.open_connections = 0
        self.max_open_connections = 0
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def seen(self, method: str, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if (r.method, r.path) == (method, path))

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return  # the listener was shut down
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections_accepted += 1
                self.open_connections += 1
                self.max_open_connections = max(self.max_open_connections, self.open_connections)
                self._sockets.add(sock)
                thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        conn = _Connection(sock)
        try:
            while not self.stopping.is_set():
                request = conn.read_request()
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                if not self._responder(request)(sock, self.stopping):
                    return
        except OSError:
            return  # the client went away (e.g. after its own timeout)
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            with self._lock:
                self.open_connections -= 1
                self._sockets.discard(sock)
            sock.close()

    def stop(self) -> None:
        self.stopping.set()
        for sock in [self._listener, *list(self._sockets)]:
            with contextlib.suppress(OSError):  # already closed by a reply
                sock.shutdown(socket.SHUT_RDWR)  # wakes a thread blocked in accept() or recv()
        self._listener.close()
        self._acceptor.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)

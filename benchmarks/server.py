"""A deliberately minimal HTTP/1.1 server on 127.0.0.1 that answers with pre-built bytes.

The point is to make the client dominate the measurement: every response (status
line, headers and body) is encoded once at start-up, a request is routed by
looking at its request line only, and connections are kept alive. It is an
asyncio protocol (uvloop when installed) so 500 concurrent connections are cheap.
It runs in its own process, started by `benchmarks.run`, and prints
`PORT <n>` once listening; it exits when its stdin closes or on SIGTERM.

    python -m benchmarks.server [--port 0] [--small]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import threading
from typing import cast

from . import payloads

_MEETING_PREFIX = b"/api/v1/external/meeting/"


def _response(status: int, body: bytes) -> bytes:
    reason = b"OK" if status == 200 else b"Not Found"
    head = (
        b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
        b"X-Request-Id: req_bench\r\n\r\n" % (status, reason, len(body))
    )
    return head + body


class Responses:
    """Every answer the server can give, as a body and as the full encoded response."""

    def __init__(self, *, large_transcript: bool = True) -> None:
        token = payloads.encode(payloads.token())
        meeting = payloads.encode(payloads.meeting_detail())
        page = payloads.encode(payloads.meeting_list_page())
        full_page = payloads.encode(payloads.meeting_list_page(full=True))
        transcript = payloads.encode(payloads.transcript(payloads.TRANSCRIPT_SEGMENTS))
        large = (
            payloads.encode(payloads.transcript(payloads.LARGE_TRANSCRIPT_SEGMENTS))
            if large_transcript
            else transcript
        )
        self.bodies: dict[str, tuple[int, bytes]] = {
            "token": (200, token),
            "revoked": (200, b"{}"),
            "meeting": (200, meeting),
            "page": (200, page),
            "full_page": (200, full_page),
            "transcript": (200, transcript),
            "large_transcript": (200, large),
            "not_found": (404, b'{"detail":"Not found."}'),
        }
        self.encoded = {key: _response(*value) for key, value in self.bodies.items()}
        self._large_path = _MEETING_PREFIX + b"%d/transcript/" % payloads.LARGE_TRANSCRIPT_ID

    def key(self, method: bytes, target: bytes) -> str:
        """Which answer a request gets; only the request line matters.

        A meeting list filtered to calendar meetings (`from_calendar=true`) gets the page
        of full rows: every one with a calendar event and all three stages.
        """
        path, _, query = target.partition(b"?")
        if method == b"GET" and path.startswith(_MEETING_PREFIX):
            rest = path[len(_MEETING_PREFIX) :]
            if not rest:
                return "full_page" if b"from_calendar=true" in query else "page"
            if rest.endswith(b"/transcript/"):
                return "large_transcript" if path == self._large_path else "transcript"
            if rest.count(b"/") == 1:
                return "meeting"
        elif method == b"POST" and path == b"/api/auth/token/":
            return "token"
        elif method == b"POST" and path == b"/api/auth/revoke-token/":
            return "revoked"
        return "not_found"

    def route(self, method: bytes, target: bytes) -> bytes:
        return self.encoded[self.key(method, target)]


class _Connection(asyncio.Protocol):
    def __init__(self, responses: Responses) -> None:
        self._responses = responses
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        transport = self._transport
        assert transport is not None
        buffer = self._buffer + data if self._buffer else data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lowered.find(b"\r\n", at + 2)
                length = int(lowered[at + 17 : stop if stop >= 0 else None])
            if len(buffer) < end + 4 + length:
                break  # the body has not fully arrived yet
            buffer = buffer[end + 4 + length :]
            method, target, _ = head.split(b" ", 2)
            transport.write(self._responses.route(method, target))
            if b"\r\nconnection: close" in lowered:
                transport.close()
                buffer = b""
                break
        self._buffer = buffer


async def serve(port: int, *, large_transcript: bool = True) -> None:
    responses = Responses(large_transcript=large_transcript)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Connection(responses), "127.0.0.1", port, backlog=2048
    )
    bound = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"PORT {bound}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGTERM, stop.set)

    def wait_for_stdin_eof() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=wait_for_stdin_eof, daemon=True).start()
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument(
        "--small",
        action="store_true",
        help="answer the large-transcript id with the 12k transcript (saves seconds at start-up)",
    )
    args = parser.parse_args()
    server = serve(args.port, large_transcript=not args.small)
    try:
        import uvloop  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        asyncio.run(server)
    else:
        uvloop.run(server)


if __name__ == "__main__":
    main()

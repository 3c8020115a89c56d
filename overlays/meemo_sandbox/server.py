"""Serve a Sandbox over real HTTP on a background thread (werkzeug's threaded WSGI server)."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, Self

from meemo_sdk import AsyncMeemoClient, MeemoClient
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from meemo_sandbox.app import Credentials, Sandbox


class _Handler(WSGIRequestHandler):
    # Set here so werkzeug does not set it on its shared WSGIRequestHandler class.
    protocol_version = "HTTP/1.1"


class _QuietHandler(_Handler):
    """Keeps test output clean: no line per request."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


class SandboxServer:
    """Runs ``sandbox`` on ``host``:``port`` (0 picks a free port) until ``stop``.

    Use it as a context manager. The socket is listening as soon as ``start``
    returns, so clients may connect at once.
    """

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_requests: bool = False,
    ) -> None:
        self.sandbox = sandbox if sandbox is not None else Sandbox()
        self._host = host
        self._port = port
        self._log_requests = log_requests
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._server is not None else "stopped"
        return f"<SandboxServer {where}>"

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("the sandbox server is already running")
        handler = _Handler if self._log_requests else _QuietHandler
        self._server = make_server(
            self._host, self._port, self.sandbox, threaded=True, request_handler=handler
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.01},
            name=f"meemo-sandbox-{self._server.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None or thread is None:
            return
        server.shutdown()
        server.server_close()
        thread.join()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox server is not running; call start() first")
        return self._server.port

    @property
    def base_url(self) -> str:
        """The origin to give a client, e.g. ``http://127.0.0.1:53117``."""
        host = "127.0.0.1" if self._host in ("", "0.0.0.0") else self._host  # noqa: S104
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def credentials(self) -> Credentials:
        """The pair that sees both organizations."""
        return self.sandbox.credentials

    @property
    def limited_credentials(self) -> Credentials:
        """The pair that sees only one organization: use it to provoke 403s."""
        return self.sandbox.limited_credentials

    @property
    def client_id(self) -> str:
        return self.sandbox.credentials.client_id

    @property
    def client_secret(self) -> str:
        return self.sandbox.credentials.client_secret

    def env(self, *, limited: bool = False) -> dict[str, str]:
        """``MEEMO_*`` variables pointing a client (SDK, CLI, subprocess) at this sandbox."""
        pair = self.limited_credentials if limited else self.credentials
        return {
            "MEEMO_BASE_URL": self.base_url,
            "MEEMO_CLIENT_ID": pair.client_id,
            "MEEMO_CLIENT_SECRET": pair.client_secret,
        }

    def client_kwargs(self, *, limited: bool = False) -> dict[str, Any]:
        """Keyword arguments for ``MeemoClient``/``AsyncMeemoClient`` aimed at this sandbox."""
        pair = self.limited_credentials if limited else self.credentials
        return {
            "base_url": self.base_url,
            "client_id": pair.client_id,
            "client_secret": pair.client_secret,
        }

    def client(self, *, limited: bool = False, **options: Any) -> MeemoClient:
        """A ``MeemoClient`` for this sandbox (``options`` as for ``MeemoClient``); close it."""
        return MeemoClient(**self.client_kwargs(limited=limited), **options)

    def async_client(self, *, limited: bool = False, **options: Any) -> AsyncMeemoClient:
        """An ``AsyncMeemoClient`` for this sandbox; ``await client.aclose()`` when done."""
        return AsyncMeemoClient(**self.client_kwargs(limited=limited), **options)

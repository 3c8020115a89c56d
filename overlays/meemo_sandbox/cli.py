"""Command line for running the sandbox; ``meemo sandbox`` reuses it."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import datetime
from types import FrameType
from typing import TextIO

from meemo_sandbox.app import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_TOKEN_LIFETIME,
    LIMITED_ORGANIZATION_ID,
    Sandbox,
)
from meemo_sandbox.data import DEFAULT_NOW, DEFAULT_SEED
from meemo_sandbox.server import SandboxServer


def _instant(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected an ISO 8601 date-time") from None
    if when.tzinfo is None:
        raise argparse.ArgumentTypeError("include a UTC offset, e.g. 2026-11-16T10:30:00+07:00")
    return when


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (%(default)s)")
    parser.add_argument(
        "--port", type=int, default=8000, help="port to listen on; 0 picks a free one (%(default)s)"
    )
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID, help="accepted client id")
    parser.add_argument(
        "--client-secret", default=DEFAULT_CLIENT_SECRET, help="accepted client secret"
    )
    parser.add_argument(
        "--token-lifetime",
        type=int,
        default=DEFAULT_TOKEN_LIFETIME,
        help="seconds an access token stays valid (%(default)s)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="data seed (%(default)s)")
    parser.add_argument(
        "--now",
        type=_instant,
        default=None,
        help=(
            "instant the sample data is laid out around; default: the current time, so "
            "'last week' means last week. Give a fixed one (e.g. "
            f"{DEFAULT_NOW.isoformat()}) for the same data on every run"
        ),
    )
    parser.add_argument("--quiet", action="store_true", help="do not log each request")


def run(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Serve until Ctrl+C or SIGTERM; the first line printed is the base URL."""
    sandbox = Sandbox(
        client_id=args.client_id,
        client_secret=args.client_secret,
        token_lifetime=args.token_lifetime,
        seed=args.seed,
        now=args.now,
    )
    stop = threading.Event()

    def _on_term(signum: int, frame: FrameType | None) -> None:
        stop.set()

    with SandboxServer(sandbox, host=args.host, port=args.port, log_requests=not args.quiet) as s:
        shown_secret = s.client_secret if s.client_secret == DEFAULT_CLIENT_SECRET else "<as given>"
        limited = s.limited_credentials
        print(f"Meemo sandbox listening on {s.base_url}", file=out)
        print(f"  export MEEMO_BASE_URL={s.base_url}", file=out)
        print(f"  export MEEMO_CLIENT_ID={s.client_id}", file=out)
        print(f"  export MEEMO_CLIENT_SECRET={shown_secret}", file=out)
        print(
            f"Limited credentials (organization {LIMITED_ORGANIZATION_ID} only): "
            f"{limited.client_id} / {limited.client_secret}",
            file=out,
        )
        print("Press Ctrl+C to stop.", file=out, flush=True)
        previous = signal.signal(signal.SIGTERM, _on_term)
        try:
            stop.wait()
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
    print("Sandbox stopped.", file=out, flush=True)
    return 0


def main(argv: list[str] | None = None, prog: str = "python -m meemo_sdk.testing") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run a local Meemo External API with seeded sample data.",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))

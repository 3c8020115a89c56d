"""The `meemo_sdk` logger, and `MEEMO_LOG` for users who do not configure logging.

Log lines carry method, path, status, timing, request id and attempt only: never
headers, bodies or query values, so tokens and secrets cannot leak through them.
Each line also carries those values as record attributes (`http_method`,
`http_path`, `http_status`, `elapsed_ms`, `request_id`, `attempt`, and for retries
`retry_delay`, `retry_reason`) for structured log formatters.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("meemo_sdk")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _FallbackHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to stderr only while the application has no logging of its own.

    Once it configures the root logger, records reach the application's handlers by
    propagation instead, so no line is printed twice.
    """

    def emit(self, record: logging.LogRecord) -> None:
        if not logging.getLogger().handlers:
            super().emit(record)


def configure_from_env() -> None:
    """`MEEMO_LOG=debug|info`: set the SDK's level and make sure its lines are seen."""
    level = _LEVELS.get(os.environ.get("MEEMO_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(h, _FallbackHandler) for h in logger.handlers):
        handler = _FallbackHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)

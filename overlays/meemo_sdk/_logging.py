"""The `meemo_sdk` logger, and `MEEMO_LOG` for users who do not configure logging.

Log lines carry method, path, status, timing, request id and attempt only: never
headers, bodies or query values, so tokens and secrets cannot leak through them.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("meemo_sdk")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    level = _LEVELS.get(os.environ.get("MEEMO_LOG", "").strip().lower())
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)

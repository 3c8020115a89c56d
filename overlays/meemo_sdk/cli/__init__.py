"""The ``meemo`` command line; run ``meemo --help``."""

from __future__ import annotations

from meemo_sdk.cli._main import build_parser, console, main

__all__ = ["build_parser", "console", "main"]

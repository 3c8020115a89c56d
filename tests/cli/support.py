"""Run the ``meemo`` CLI as a subprocess, the way a user's shell does."""

from __future__ import annotations

import os
import subprocess
import sys

CLI = [sys.executable, "-m", "meemo_sdk.cli"]


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any MEEMO_* variable, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEEMO_")}
    return {**env, **extra}


def meemo(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own CLI with fixed arguments
        [*CLI, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )

"""Every Python example of the README runs as written against a sandbox laid out around today.

Each block runs in a fresh interpreter with the sandbox's credentials in the environment;
blocks that use `client` or `async_client` without building one get them built first, as
the README's text assumes. The pytest examples and the wait and export ones run in their
own suites (tests/sandbox/test_plugin_usage.py, tests/overlay/test_import_workflow.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from meemo_sdk.testing import Sandbox, SandboxServer

from tests.cli.support import clean_env

README = Path(__file__).resolve().parents[2] / "README.md"
PRELUDE = (
    "from meemo_sdk import AsyncMeemoClient, MeemoClient\n"
    "client = MeemoClient()\n"
    "async_client = AsyncMeemoClient()\n"
)
ELSEWHERE = ("import pytest", "@pytest.fixture", "wait_until_ready", "export_meetings")


def _blocks() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [
        (text[: m.start()].count("\n") + 1, m.group(1))
        for m in re.finditer(r"```python\n(.*?)```", text, re.DOTALL)
        if not any(marker in m.group(1) for marker in ELSEWHERE)
    ]


BLOCKS = _blocks()


def test_the_readme_has_examples_to_run() -> None:
    assert len(BLOCKS) >= 10


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    with SandboxServer(Sandbox()) as server:  # the default clock: around today
        yield server.env()


@pytest.mark.parametrize(("line", "code"), BLOCKS, ids=[f"README.md:{line}" for line, _ in BLOCKS])
def test_readme_example_runs_as_written(
    sandbox_env: dict[str, str], tmp_path: Path, line: int, code: str
) -> None:
    script = tmp_path / "example.py"
    script.write_text(PRELUDE + code, encoding="utf-8")

    result = subprocess.run(  # noqa: S603 - our own README, a fixed interpreter
        [sys.executable, str(script)],
        env=clean_env(**sandbox_env),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, f"README.md:{line} failed:\n{result.stderr}"

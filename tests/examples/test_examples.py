"""The example scripts run unchanged against the sandbox."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from meemo_sdk.testing import SandboxServer

from tests.cli.support import clean_env

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("script", ["quickstart.py", "quickstart_async.py"])
def test_example_runs_against_the_sandbox(meemo_sandbox: SandboxServer, script: str) -> None:
    result = subprocess.run(  # noqa: S603 - our own example, fixed arguments
        [sys.executable, str(EXAMPLES / script)],
        env=clean_env(**meemo_sandbox.env()),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    created = re.search(r"Created meeting (\d+) and read it back", result.stdout)
    assert created is not None, result.stdout
    with meemo_sandbox.client() as client:
        meeting = client.meetings.get_meeting(int(created.group(1)))
        assert "quickstart" in meeting.title.lower()
        first_page = client.meetings.list_meetings(size=5)
    assert f"{first_page.count - 1} meetings; the newest 5:" in result.stdout
    for item in first_page.results:
        assert f"{item.id}  {item.start_time[:16]}  {item.title}" in result.stdout

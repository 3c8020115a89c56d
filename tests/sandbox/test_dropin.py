"""A program written for the official client runs on meemo_sdk, its import changed, alike.

`dropin_program.py` runs twice against identical sandboxes on a stopped clock: once under
the official client (in the venv `test_official_client` builds) and once under this SDK.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, Sandbox, SandboxServer

from tests.sandbox.test_official_client import _run, official_python

__all__ = ["official_python"]  # the fixture

PROGRAM = Path(__file__).with_name("dropin_program.py")

pytestmark = pytest.mark.slow


def _run_program(python: Path | str, module: str, out: Path) -> dict[str, object]:
    with SandboxServer(Sandbox(clock=ManualClock(DEFAULT_NOW))) as server:
        _run([python, PROGRAM, module, out], **server.env())
    result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return result


def test_the_same_program_reads_the_same_with_either_client(
    official_python: Path, tmp_path: Path
) -> None:
    official = _run_program(official_python, "meemo", tmp_path / "official.json")
    ours = _run_program(sys.executable, "meemo_sdk", tmp_path / "sdk.json")

    assert len(official) > 40
    assert any(key.startswith("detail") for key in official)
    for key, value in official.items():
        assert ours.get(key) == value, key
    assert ours.keys() == official.keys()

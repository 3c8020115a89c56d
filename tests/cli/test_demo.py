"""`make demo` (scripts/demo.py): runs end to end, and never leaves the sandbox running."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.cli.support import clean_env

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


def _load_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("meemo_demo_script", DEMO)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_demo_runs_every_step() -> None:
    result = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, str(DEMO)],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "$ meemo topics list",
        "$ meemo meetings list --size 5 --page 2",
        "$ meemo meetings list --all --title sync",
        "$ meemo meetings transcript",
        "$ meemo meetings summary",
        "$ meemo meetings participants",
        "$ meemo meetings recording",
        "$ meemo meetings create",
        "meemo: error: 404",
        "$ meemo meetings wait",
        "--format srt\n1\n00:00:01,000 --> ",
        "--format vtt\nWEBVTT\n",
        "--format md\n# Demo: imported all-hands",
        "$ meemo export --dir",
        "  unchanged:  0\n",
        '"outcome":"unchanged"',
        "lines in index.jsonl,",
        "$ python examples/quickstart.py",
        "$ python examples/quickstart_async.py",
        "Sandbox stopped (exit 0).",
    ):
        assert step in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    steps = {step.split("\n", 1)[0]: step for step in result.stdout.split("\n$ ")}
    [waited] = [
        text for command, text in steps.items() if command.startswith("meemo meetings wait")
    ]
    assert "Summarization stage:  completed (Summary ready.)" in waited


def test_demo_stops_the_sandbox_when_a_step_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    demo = _load_demo()
    started: list[subprocess.Popen[str]] = []
    real_start = demo._start_sandbox

    def start() -> tuple[subprocess.Popen[str], str]:
        sandbox, base_url = real_start()
        started.append(sandbox)
        return sandbox, base_url

    def failing_step(base_url: str) -> None:
        raise SystemExit("demo step failed (exit 1): meemo meetings list")

    monkeypatch.setattr(demo, "_start_sandbox", start)
    monkeypatch.setattr(demo, "demo", failing_step)
    with pytest.raises(SystemExit, match="demo step failed"):
        demo.main()
    assert len(started) == 1
    # Reaped, not left running: 0 if it shut down on its own SIGTERM handler, -15 if the
    # signal arrived before the handler was installed; either way it is gone.
    assert started[0].returncode in (0, -signal.SIGTERM)

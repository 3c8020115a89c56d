"""`make demo`: start a local sandbox, drive it with the `meemo` CLI and both examples, stop it.

Everything runs against 127.0.0.1 with the sandbox's published credentials, so
no account is needed. The sandbox is stopped however the demo ends.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "meemo_sdk.cli"]
LONG_OUTPUT_LINES = 12  # transcripts and JSON are cut to this many lines


def _banner(text: str) -> None:
    print(f"\n\033[1m$ {text}\033[0m" if sys.stdout.isatty() else f"\n$ {text}", flush=True)


def _run(
    argv: list[str], env: dict[str, str], *, shown: str, ok: bool = True, cut: bool = False
) -> str:
    """Run one command, print its output (only the start if ``cut``), return all of it."""
    _banner(shown)
    done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=ROOT, check=False)  # noqa: S603 - our own CLI and scripts
    lines = done.stdout.rstrip("\n").splitlines()
    limit = LONG_OUTPUT_LINES if cut else len(lines)
    for line in lines[:limit]:
        print(line)
    if len(lines) > limit:
        print(f"… ({len(lines) - limit} more lines)")
    if done.stderr:
        print(done.stderr.rstrip("\n"))
    if (done.returncode == 0) != ok:
        raise SystemExit(f"demo step failed (exit {done.returncode}): {shown}")
    return done.stdout


def _meemo(args: list[str], env: dict[str, str], *, ok: bool = True, cut: bool = False) -> str:
    return _run([*CLI, *args], env, shown="meemo " + " ".join(args), ok=ok, cut=cut)


def _json(args: list[str], env: dict[str, str]) -> Any:
    return json.loads(_meemo([*args, "--json"], env, cut=True))


def _start_sandbox() -> tuple[subprocess.Popen[str], str]:
    sandbox = subprocess.Popen(  # noqa: S603 - our own CLI
        [*CLI, "sandbox", "--port", "0", "--quiet"], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert sandbox.stdout is not None
    first = sandbox.stdout.readline()
    if not first.startswith("Meemo sandbox listening on "):
        sandbox.kill()
        raise SystemExit(f"the sandbox did not start: {first!r}")
    return sandbox, first.split()[-1]


def _stop(sandbox: subprocess.Popen[str]) -> None:
    sandbox.terminate()
    try:
        sandbox.wait(timeout=10)
    except subprocess.TimeoutExpired:
        sandbox.kill()
        sandbox.wait()
    if sandbox.stdout is not None:
        sandbox.stdout.close()
    print(f"\nSandbox stopped (exit {sandbox.returncode}).")


def demo(base_url: str) -> None:
    env = {
        **os.environ,
        "MEEMO_BASE_URL": base_url,
        "MEEMO_CLIENT_ID": "sandbox-client",
        "MEEMO_CLIENT_SECRET": "sandbox-secret",
        "PYTHONUNBUFFERED": "1",
    }
    print(f"Sandbox at {base_url}; MEEMO_BASE_URL/CLIENT_ID/CLIENT_SECRET point at it.")
    _meemo(["topics", "list"], env)
    _meemo(["meetings", "list", "--size", "5"], env)
    _meemo(["meetings", "list", "--size", "5", "--page", "2"], env)
    _meemo(["meetings", "list", "--all", "--title", "sync"], env)
    done = _json(["meetings", "list", "--summary-complete", "--size", "1"], env)
    meeting_id = str(done[0]["id"])
    for action in ("get", "transcript", "summary", "participants", "recording"):
        _meemo(["meetings", action, meeting_id], env, cut=action == "transcript")
    created = _json(
        [
            "meetings",
            "create",
            "--organization-id",
            "7",
            "--title",
            "Demo: roadmap review",
            "--participant",
            "budi@nusantara-digital.example",
            "--speaker-count",
            "2",
        ],
        env,
    )
    _meemo(["meetings", "get", str(created["id"])], env)
    _meemo(["meetings", "get", "999999"], env, ok=False)  # how an error looks
    _import_and_wait(env)
    _export(env)
    for script in ("examples/quickstart.py", "examples/quickstart_async.py"):
        _run([sys.executable, script], env, shown=f"python {script}")


def _import_and_wait(env: dict[str, str]) -> None:
    """Import a recording, wait for its summary, and turn its transcript into subtitles."""
    imported = _json(
        [
            "meetings",
            "create",
            "--organization-id",
            "7",
            "--title",
            "Demo: imported all-hands",
            "--participant",
            "budi@nusantara-digital.example",
            "--file-url",
            "https://files.example.com/recordings/all-hands.mp3",
        ],
        env,
    )
    meeting_id = str(imported["id"])
    _meemo(["meetings", "wait", meeting_id, "--timeout", "60"], env)
    _meemo(["meetings", "transcript", meeting_id], env)
    for name in ("srt", "vtt", "md"):
        _meemo(["meetings", "transcript", meeting_id, "--format", name], env, cut=True)


def _export(env: dict[str, str]) -> None:
    """Export one organization's meetings; the second run finds nothing to fetch."""
    with tempfile.TemporaryDirectory(prefix="meemo-export-") as directory:
        target = str(Path(directory) / "nusantara")
        _meemo(["export", "--dir", target, "--organization-id", "7"], env)
        _meemo(["export", "--dir", target, "--organization-id", "7", "--json"], env, cut=True)
        _meemo(["export", "--dir", target, "--title", "all-hands", "--jsonl"], env)
        index = (Path(target) / "index.jsonl").read_text(encoding="utf-8").splitlines()
        files = sorted((Path(target) / "meetings").iterdir())
        print(f"\n{len(index)} lines in index.jsonl, {len(files)} files in meetings/")


def main() -> int:
    sandbox, base_url = _start_sandbox()
    try:
        demo(base_url)
    finally:
        _stop(sandbox)
    print("Demo finished: every command above ran against the local sandbox.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

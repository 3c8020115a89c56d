"""The official ``meemo`` client reads every sandbox response, for every operation it has.

It is installed the way ``make bench`` installs it (``benchmarks/requirements.txt``, then
``benchmarks/requirements-official.txt`` with ``--no-deps``) into a throwaway venv under
``build/official-client/``, keyed on those files and the Python version, so reruns reuse
it. ``official_probe.py`` runs in that venv: one flow, sync and async, through every public
operation; this test checks what it read against what the sandbox sent.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from meemo_sdk.testing import DEFAULT_NOW, Sandbox, SandboxServer

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = (
    ROOT / "benchmarks" / "requirements.txt",
    ROOT / "benchmarks" / "requirements-official.txt",
)
VENVS = ROOT / "build" / "official-client"
PROBE = Path(__file__).with_name("official_probe.py")
DETAIL_OPS = (
    "get_meeting",
    "get_transcript",
    "get_summary",
    "get_summary_with_video",
    "get_participants",
    "get_recording",
)

pytestmark = pytest.mark.slow


def _run(args: Sequence[str | Path], **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    result = subprocess.run(  # noqa: S603 - fixed argv, no shell
        [str(a) for a in args],
        env={**clean, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **env},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, (
        f"{args} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
    return result


def _venv_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in REQUIREMENTS:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="session")
def official_python() -> Path:
    """The interpreter of a venv holding the official client, built once per requirements."""
    venv = VENVS / _venv_key()
    if not (venv / ".installed").is_file():
        VENVS.mkdir(parents=True, exist_ok=True)
        # Built aside and renamed into place, so an interrupted build is never reused.
        staging = Path(tempfile.mkdtemp(prefix=f"{venv.name}.", dir=VENVS))
        python = staging / "bin" / "python"
        _run([sys.executable, "-m", "venv", "--clear", staging])
        _run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip>=24"])
        _run([python, "-m", "pip", "install", "--quiet", "-r", REQUIREMENTS[0]])
        _run([python, "-m", "pip", "install", "--quiet", "--no-deps", "-r", REQUIREMENTS[1]])
        (staging / ".installed").touch()
        try:
            staging.rename(venv)
        except OSError:  # another run finished first: use its venv
            shutil.rmtree(staging)
        for stale in VENVS.iterdir():  # venvs of older requirements
            if stale.name != venv.name and "." not in stale.name:
                shutil.rmtree(stale, ignore_errors=True)
    return venv / "bin" / "python"


@pytest.fixture(scope="module")
def report(official_python: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What the probe did, sync and async, each against a fresh sandbox pinned to
    DEFAULT_NOW; and the sandbox's meetings before and after."""
    result: dict[str, Any] = {}
    for mode in ("sync", "async"):
        out = tmp_path_factory.mktemp("official") / f"{mode}.json"
        sandbox = Sandbox(now=DEFAULT_NOW)
        seeded = sandbox.meeting_ids()
        with SandboxServer(sandbox) as server:
            _run([official_python, PROBE, mode, out], **server.env())
        probe = json.loads(out.read_text(encoding="utf-8"))
        result.update(version=probe["version"], seeded=seeded)
        result[mode] = probe["calls"]
        result[f"{mode}_offered"] = probe["offered"]
        result[f"{mode}_after"] = sandbox.meeting_ids()
    return result


def _mismatches(sent: Any, read: Any, path: str = "$") -> list[str]:
    """Where the client read something other than what was sent (fields it does not model
    are left out: the service may add fields)."""
    if isinstance(sent, dict):
        if not isinstance(read, dict):
            return [f"{path}: sent an object, read {read!r}"]
        return [
            m for k, v in sent.items() if k in read for m in _mismatches(v, read[k], f"{path}.{k}")
        ]
    if isinstance(sent, list):
        if not isinstance(read, list) or len(read) != len(sent):
            return [f"{path}: sent {len(sent)} items, read {read!r:.80}"]
        return [
            m
            for i, pair in enumerate(zip(sent, read, strict=True))
            for m in _mismatches(*pair, f"{path}[{i}]")
        ]
    if sent is None and read in ([], {}):  # a null list or object reads as empty
        return []
    return [] if sent == read else [f"{path}: sent {sent!r:.80}, read {read!r:.80}"]


def _calls(report: dict[str, Any], mode: str, op: str) -> list[dict[str, Any]]:
    """The calls of ``op`` that answered (not the ones made to provoke an error)."""
    return [c for c in report[mode] if c["op"] == op and "raised" not in (c["parsed"] or {})]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_operation_of_the_official_client_was_run(report: dict[str, Any], mode: str) -> None:
    run = {c["op"] for c in report[mode]}
    offered = {name.rsplit(".", 1)[-1] for name in report[f"{mode}_offered"]}

    assert report["version"] == "0.0.10"
    assert len(offered) >= 20
    assert offered <= run, f"operations never run: {sorted(offered - run)}"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_it_reads_every_response_as_the_sandbox_sent_it(report: dict[str, Any], mode: str) -> None:
    compared = [
        c for c in report[mode] if isinstance(c["raw"], dict | list) and c["op"] != "delete_webhook"
    ]
    problems = [
        f"{c['op']}{c['args']}: {m}" for c in compared for m in _mismatches(c["raw"], c["parsed"])
    ]

    assert len(compared) > len(DETAIL_OPS) * len(report["seeded"])
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_it_sees_every_seeded_meeting_and_every_part_of_it(
    report: dict[str, Any], mode: str
) -> None:
    pages = [c for c in _calls(report, mode, "list_meetings") if c["args"].get("size") == 7]
    listed = [m["id"] for page in pages for m in page["parsed"]["results"]]

    assert listed == report["seeded"]
    assert {p["parsed"]["count"] for p in pages} == {len(report["seeded"])}
    for op in DETAIL_OPS:
        assert sorted(c["args"][0] for c in _calls(report, mode, op)) == sorted(report["seeded"])
    filtered = [c for c in _calls(report, mode, "list_meetings") if c["args"].get("size") == 100]
    assert len(filtered) >= 5
    assert all(c["parsed"]["count"] == len(c["raw"]["results"]) for c in filtered)


def test_sync_and_async_read_the_same(report: dict[str, Any]) -> None:
    for op in (*DETAIL_OPS, "list_meetings", "list_topics", "get_usage", "get_upcoming_meetings"):
        sync = [(c["args"], c["parsed"]) for c in _calls(report, "sync", op)]
        asynchronous = [(c["args"], c["parsed"]) for c in _calls(report, "async", op)]
        if op == "list_meetings":  # page links name each sandbox's own port
            sync, asynchronous = _without_links(sync), _without_links(asynchronous)
        if op == "get_upcoming_meetings":  # each run created its own calendar event
            sync, asynchronous = _without_probe_events(sync), _without_probe_events(asynchronous)
        assert sync == asynchronous, op


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_it_reads_absent_fields_as_their_defaults(report: dict[str, Any], mode: str) -> None:
    sparse = [
        c["parsed"] for c in _calls(report, mode, "get_meeting") if "location" not in c["raw"]
    ]
    assert sparse
    for detail in sparse:
        assert (detail["location"], detail["language"], detail["keywords"]) == ("", "", [])
        assert (detail["participant_count"], detail["num_cluster"]) == (0, 0)
        assert (detail["duration_seconds"], detail["calendar_event"]) == (None, None)

    summaries = [
        c["parsed"] for c in _calls(report, mode, "get_summary") if "notes" not in c["raw"]
    ]
    assert summaries
    assert {(s["summary"], s["notes"], tuple(s["keywords"])) for s in summaries} == {(None, "", ())}

    recordings = [c for c in _calls(report, mode, "get_recording")]
    [only_assets] = [c for c in recordings if "recording_url" not in c["raw"]]
    audio = only_assets["raw"]["assets"][0]
    assert (only_assets["parsed"]["recording_url"], only_assets["parsed"]["format"]) == (
        audio["url"],
        audio["format"],
    )
    assert [c["parsed"]["assets"] for c in recordings if c["raw"].get("assets", []) is None] == [[]]
    [rendering] = [
        c for c in recordings if any("url" not in a for a in c["raw"].get("assets") or [])
    ]
    assert (rendering["parsed"]["video_url"], rendering["parsed"]["video_format"]) == (None, "mp4")

    guests = [
        p
        for c in _calls(report, mode, "get_participants")
        for p in c["parsed"]["participants"]
        if p["id"] is None and p["email"] is None
    ]
    assert guests
    assert {(g["position"], g["department"]) for g in guests} == {("", "")}
    topics = [t for c in _calls(report, mode, "list_topics") for t in c["parsed"]]
    assert ("", "") in {(t["alias"], t["language"]) for t in topics}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_writes_errors_and_tokens_work(report: dict[str, Any], mode: str) -> None:
    [created] = _calls(report, mode, "create_meeting")
    assert created["parsed"]["id"] in report[f"{mode}_after"]
    assert created["parsed"]["id"] not in report["seeded"]
    assert created["parsed"]["calendar_event"]["event_id"] == f"probe-{mode_class(mode)}"

    [hooks] = _calls(report, mode, "create_webhook")
    assert len(hooks["parsed"]) == 2  # one per organization
    [deleted] = _calls(report, mode, "delete_webhook")
    assert (deleted["parsed"], deleted["raw"]) == (None, {"status_after": 404})

    raised = {c["op"]: c["parsed"] for c in report[mode] if "raised" in (c["parsed"] or {})}
    assert len(raised) == 2
    assert raised == {
        "get_meeting": {"raised": "MeemoNotFoundError"},
        "get_webhook": {"raised": "MeemoNotFoundError"},
    }
    [missing] = [
        c for c in _calls(report, mode, "find_meeting_by_calendar_event_id") if c["raw"] is None
    ]
    assert missing["parsed"] is None

    [token] = _calls(report, mode, "get_access_token")
    assert token["parsed"]["is_str"]
    assert token["parsed"]["length"] > 20
    [revoked] = _calls(report, mode, "revoke_token")
    assert revoked["parsed"] == {"old_token_status": 401, "renewed": True, "topics": 7}


def mode_class(mode: str) -> str:
    return "MeemoClient" if mode == "sync" else "AsyncMeemoClient"


def _without_links(calls: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [(args, {**page, "next": None, "previous": None}) for args, page in calls]


def _without_probe_events(calls: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    return [
        (args, [e for e in body["results"] if not e["event_id"].startswith("probe-")])
        for args, body in calls
    ]

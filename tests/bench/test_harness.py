"""`make bench` must not rot: a --quick run of the real harness, its verdicts, its bodies.

The quick run uses the raw httpx floor and meemo_sdk only (the official client lives
in the benchmark venv alone). It asserts the report's shape and the verdict logic,
never a timing: timings belong to `make bench`, not to a test on a shared machine.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from meemo_sdk.models import MeetingListResponse, TranscriptResponse
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request, Response

from benchmarks import breakdown, clients, payloads, run
from benchmarks.server import Responses
from tests.spec_contract import exchange_problems

ROOT = Path(__file__).resolve().parents[2]

WORKLOADS = {
    "get_meeting",
    "list_meetings",
    "list_meetings_full",
    "get_transcript",
    "async_burst",
    "cold_import",
    "cli_help",
    "cli_get",
    "cli_get_vs_script",
    "cli_get_vs_stack",
    "peak_rss",
    "in_memory_get_meeting",
    "in_memory_list_meetings",
    "in_memory_list_meetings_full",
    "in_memory_get_transcript",
}
# Rows whose every figure is a CPU time: the table's value and the CPU ratio are one.
CPU_ROWS = {"cli_help", "cli_get", "cli_get_vs_script", "cli_get_vs_stack"} | {
    w for w in WORKLOADS if w.startswith("in_memory_")
}
TARGET_IDS = {
    "get_meeting_cpu_vs_raw",
    "list_full_cpu_vs_raw",
    "transcript_cpu_vs_raw",
    "async_burst_cpu_vs_raw",
    "peak_rss_vs_raw",
    "cli_help_vs_httpx",
    "cli_get_vs_httpx",
    "get_meeting_vs_raw",
    "get_meeting_vs_official",
    "transcript_vs_official",
    "async_burst_vs_raw",
    "cold_import_vs_httpx",
    "peak_rss_vs_official",
}
NEEDS_OFFICIAL = {"get_meeting_vs_official", "transcript_vs_official", "peak_rss_vs_official"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    output = tmp_path_factory.mktemp("bench") / "bench.json"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    argv = [sys.executable, "-m", "benchmarks.run", "--quick", "--clients", "raw,sdk"]
    done = subprocess.run(  # noqa: S603 - our interpreter, fixed argv
        [*argv, "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(output.read_text()), done.stdout


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_quick_run_reports_every_workload_for_both_clients(
    quick_run: tuple[dict[str, Any], str],
) -> None:
    report, _ = quick_run
    assert report["quick"] is True
    assert report["clients"] == ["raw", "sdk"]
    assert set(report["workloads"]) == WORKLOADS
    for name, entry in report["workloads"].items():
        assert set(entry["values"]) == {"raw", "sdk"}, name
        assert all(_positive(v) for v in entry["values"].values()), name
        assert _positive(entry["ratios"]["sdk_vs_raw"]), name
        assert entry["ratios"]["sdk_vs_official"] is None, name
        if name in CPU_ROWS:
            assert entry["client_cpu"] == entry["values"], name
        if name not in {"cold_import", "peak_rss"}:
            assert set(entry["client_cpu"]) == {"raw", "sdk"}, name
            assert all(_positive(v) for v in entry["client_cpu"].values()), name
    rss = report["workloads"]["peak_rss"]["clients"]
    assert all(c["segments"] == 12_000 for c in rss.values())
    imports = report["workloads"]["cold_import"]["clients"]
    assert {c["module"] for c in imports.values()} == {"httpx", "meemo_sdk"}
    cli_get = report["workloads"]["cli_get"]["clients"]
    assert cli_get["raw"]["command"] == 'python -c "import httpx"'
    assert cli_get["sdk"]["command"] == f"meemo meetings get {payloads.MEETING_ID}"
    assert report["workloads"]["cli_help"]["clients"]["sdk"]["command"] == "meemo --help"
    assert len(cli_get["sdk"]["samples_cpu_s"]) == run.QUICK.startup_runs
    script = report["workloads"]["cli_get_vs_script"]["clients"]
    assert script["raw"]["command"].startswith("python -c RAW_GET")
    assert script["sdk"] == cli_get["sdk"]  # the same runs, against another floor
    stack = report["workloads"]["cli_get_vs_stack"]["clients"]
    assert stack["raw"]["command"] == 'python -c "import httpx, httpcore"'
    assert stack["sdk"] == cli_get["sdk"]
    machine = report["machine"]
    assert machine["nproc"] >= 1
    assert machine["python"] == ".".join(map(str, sys.version_info[:3]))


@pytest.mark.slow
def test_quick_run_judges_only_the_targets_it_measured(
    quick_run: tuple[dict[str, Any], str],
) -> None:
    report, stdout = quick_run
    targets = {t["id"]: t for t in report["targets"]}
    assert set(targets) == TARGET_IDS
    for target_id, target in targets.items():
        if target_id in NEEDS_OFFICIAL:
            assert target["status"] == "SKIP"
            assert target["ratio"] is None
        else:
            assert target["status"] in {"PASS", "MISS"}
            assert _positive(target["ratio"])
            figures = report["workloads"][target["workload"]]
            ratios = figures["client_cpu_ratios" if target["metric"] == "cpu" else "ratios"]
            assert target["ratio"] == pytest.approx(ratios["sdk_vs_raw"]), target_id
        assert f"{target['status']:<4}  {target['description']}" in stdout
    assert "| workload" in stdout
    assert "sdk/raw" in stdout


def test_verdicts_follow_the_direction_of_each_target() -> None:
    values = {
        "get_meeting": {"raw": 1.0, "sdk": 1.2, "official": 30.0},  # 1.2x raw, 25x faster
        "get_transcript": {"sdk": 6.0, "official": 10.0},  # 0.6x official: over 0.5
        "cold_import": {"raw": 1.0, "sdk": 2.0},  # exactly at the limit
    }
    verdicts = {t["id"]: t for t in run.evaluate_targets(values)}
    assert verdicts["get_meeting_vs_raw"]["status"] == "PASS"
    assert verdicts["get_meeting_vs_official"]["status"] == "PASS"
    assert verdicts["get_meeting_vs_official"]["ratio"] == pytest.approx(25.0)
    assert verdicts["transcript_vs_official"]["status"] == "MISS"
    assert verdicts["transcript_vs_official"]["miss_by"] == pytest.approx(0.2)
    assert verdicts["cold_import_vs_httpx"]["status"] == "PASS"
    assert verdicts["async_burst_vs_raw"]["status"] == "SKIP"
    assert verdicts["get_meeting_cpu_vs_raw"]["status"] == "SKIP"  # no CPU figures given
    slower = run.evaluate_targets({"get_meeting": {"raw": 1.0, "sdk": 1.0, "official": 10.0}})
    by_id = {t["id"]: t for t in slower}
    assert by_id["get_meeting_vs_official"]["status"] == "MISS"  # only 10x faster
    assert by_id["get_meeting_vs_official"]["miss_by"] == pytest.approx(0.5)


def test_cpu_targets_are_judged_on_cpu_figures_not_on_the_table_value() -> None:
    values = {"get_meeting": {"raw": 1.0, "sdk": 1.25}, "peak_rss": {"raw": 100.0, "sdk": 104.0}}
    cpu = {
        "get_meeting": {"raw": 1.0, "sdk": 1.15},  # the wall ratio passes, the CPU one not
        "list_meetings_full": {"raw": 2.0, "sdk": 2.9},
        "get_transcript": {"raw": 10.0, "sdk": 10.0},  # exactly at 1.0x
        "cli_get": {"raw": 0.1, "sdk": 0.16},
    }
    verdicts = {t["id"]: t for t in run.evaluate_targets(values, cpu)}
    assert verdicts["get_meeting_vs_raw"]["status"] == "PASS"
    assert verdicts["get_meeting_cpu_vs_raw"]["status"] == "MISS"
    assert verdicts["get_meeting_cpu_vs_raw"]["miss_by"] == pytest.approx((1.15 - 1.1) / 1.1)
    assert verdicts["list_full_cpu_vs_raw"]["status"] == "PASS"
    assert verdicts["list_full_cpu_vs_raw"]["ratio"] == pytest.approx(1.45)
    assert verdicts["transcript_cpu_vs_raw"]["status"] == "PASS"
    assert verdicts["peak_rss_vs_raw"]["status"] == "PASS"  # 1.04x, a "value" target
    assert verdicts["cli_get_vs_httpx"]["status"] == "MISS"
    assert verdicts["cli_help_vs_httpx"]["status"] == "SKIP"


def _werkzeug(request: httpx.Request, status: int, body: bytes) -> tuple[Request, Response]:
    environ = EnvironBuilder(
        method=request.method,
        path=request.url.path,
        query_string=request.url.query.decode(),
        headers=list(request.headers.items()),
        data=request.content,
    ).get_environ()
    return Request(environ), Response(body, status=status, content_type="application/json")


def test_every_benchmark_exchange_fits_the_spec_and_the_full_rows_are_full() -> None:
    """What the raw and SDK drivers send, and what the server answers, is the API's."""
    responses = Responses(large_transcript=False)
    # The body as sent: the SDK lets go of a response's bytes once it has decoded them.
    exchanges: list[tuple[httpx.Request, int, bytes]] = []
    in_memory = run._in_memory_transport(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        response = in_memory.handle_request(request)
        exchanges.append((request, response.status_code, response.read()))
        return response

    results: dict[str, dict[str, Any]] = {}
    for name, cls in (("raw", clients.RawSync), ("sdk", clients.SdkSync)):
        driver = cls(run.IN_MEMORY_BASE_URL, httpx.Client(transport=httpx.MockTransport(handle)))
        results[name] = {
            workload: run._sequential_call(driver, workload)(1) for workload in run.SEQUENTIAL
        }
        driver.close()

    problems = [p for exchange in exchanges for p in exchange_problems(*_werkzeug(*exchange))]
    assert problems == []
    assert {responses.key(r.method.encode(), r.url.raw_path) for r, _, _ in exchanges} == {
        "token",
        "meeting",
        "page",
        "full_page",
        "transcript",
    }
    full = results["sdk"]["list_meetings_full"]
    assert isinstance(full, MeetingListResponse)
    assert len(full.results) == payloads.PAGE_SIZE
    for row in full.results:
        assert row.calendar_event is not None
        assert row.calendar_event.attendees
        assert row.calendar_event.description
        assert None not in (row.recording, row.transcription, row.summarization)
    mixed = results["sdk"]["list_meetings"]
    assert isinstance(mixed, MeetingListResponse)
    assert any(row.calendar_event is None for row in mixed.results)
    assert any(row.summarization is None for row in mixed.results)
    transcript = results["sdk"]["get_transcript"]
    assert isinstance(transcript, TranscriptResponse)
    assert len(transcript.transcripts) == payloads.TRANSCRIPT_SEGMENTS == 12_000
    assert results["raw"]["list_meetings_full"] == full.to_dict()


def test_breakdown_times_every_piece_and_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(breakdown.CALLS, "get_meeting", 20)
    figures = breakdown.breakdown("get_meeting", reps=1)
    for key in (
        "raw",
        "sdk",
        "sdk, collector off",
        "json.loads",
        "orjson.loads",
        "from_dict",
        "from_dict, collector off",
    ):
        assert _positive(figures[key]), key
    for client in ("raw", "sdk"):
        assert figures[f"collector in {client} calls"] >= 0
        assert len(figures[f"collector in {client} calls, by generation"]) == 3
        assert len(figures[f"collections per {client} call"]) == 3
    text = breakdown.report("get_meeting", figures)
    assert "x raw" in text
    assert "collector in sdk calls" in text


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(None, "-"), (0.0004891, "489 us"), (0.0009996, "1.00 ms"), (0.01304, "13.04 ms"),
     (0.9999, "1.00 s"), (12.57, "12.57 s")],
)  # fmt: skip
def test_times_are_shown_in_the_unit_their_rounded_value_needs(
    seconds: float | None, shown: str
) -> None:
    assert run._fmt_time(seconds) == shown

"""`make bench` must not rot: a --quick run of the real harness, and its target verdicts.

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

import pytest

from benchmarks import run

ROOT = Path(__file__).resolve().parents[2]

WORKLOADS = {
    "get_meeting",
    "list_meetings",
    "get_transcript",
    "async_burst",
    "cold_import",
    "peak_rss",
    "in_memory_get_meeting",
    "in_memory_list_meetings",
    "in_memory_get_transcript",
}
TARGET_IDS = {
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
    rss = report["workloads"]["peak_rss"]["clients"]
    assert all(c["segments"] == 10_000 for c in rss.values())
    imports = report["workloads"]["cold_import"]["clients"]
    assert {c["module"] for c in imports.values()} == {"httpx", "meemo_sdk"}
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
    slower = run.evaluate_targets({"get_meeting": {"raw": 1.0, "sdk": 1.0, "official": 10.0}})
    by_id = {t["id"]: t for t in slower}
    assert by_id["get_meeting_vs_official"]["status"] == "MISS"  # only 10x faster
    assert by_id["get_meeting_vs_official"]["miss_by"] == pytest.approx(0.5)

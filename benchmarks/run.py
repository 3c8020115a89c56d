"""Benchmark meemo_sdk against raw httpx (the floor) and the official `meemo` client.

One invocation starts one local server (`benchmarks.server`, its own process, on
127.0.0.1) and runs every workload against it, repetitions interleaved across
clients so that load drifting on a shared machine hits all of them alike. It
prints a table of medians with the ratios to the floor and to the official
client, then each target (`TARGETS`) with PASS/MISS, and writes everything to JSON.

The targets on speed compare CPU time: the client process's own user+sys time per
call (or per start-up), which other processes on a shared machine disturb far less
than wall time, and which is what a client adds on top of the service.

    python -m benchmarks.run [--quick] [--clients raw,sdk,official] [--output build/bench.json]

The official client builds a new httpx client (and TLS context) for every call,
so its sequential workloads run fewer calls than the others; every comparison
uses the time per call, which such a client pays identically on every call.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from . import clients, payloads, startup
from .server import Responses

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "build" / "bench.json"
# The in-memory workloads' origin: never resolved, and a loopback name (plain http is fine).
IN_MEMORY_BASE_URL = "http://meemo.localhost"
SEQUENTIAL = ("get_meeting", "list_meetings", "list_meetings_full", "get_transcript")
IN_MEMORY_CLIENTS = ("raw", "sdk")
IMPORT_MODULES = {"raw": "httpx", "sdk": "meemo_sdk", "official": "meemo"}
# Table rows of the start-up commands (benchmarks.startup): the floor and the meemo command.
STARTUP_ROWS = {
    "cli_help": ("httpx", "help"),
    "cli_get": ("httpx", "get"),
    "cli_get_vs_script": ("raw_get", "get"),
    "cli_get_vs_stack": ("stack", "get"),
}


@dataclasses.dataclass(frozen=True)
class Plan:
    """How much work each workload does; `quick` is a smoke run that proves the harness."""

    reps: int
    official_reps: int
    burst_reps: int
    official_burst_reps: int
    calls: dict[str, int]  # sequential workloads and the async burst, for raw and sdk
    official_calls: dict[str, int]
    import_runs: int
    startup_runs: int
    rss_runs: int
    rss_meeting_id: int
    in_memory_calls: dict[str, int]


FULL = Plan(
    reps=5,
    official_reps=3,
    burst_reps=5,
    official_burst_reps=1,  # 500 new httpx clients and TLS contexts: ~40 s on a loaded 2-core box
    calls={
        "get_meeting": 2000,
        "list_meetings": 200,
        "list_meetings_full": 200,
        "get_transcript": 20,
        "burst": 500,
    },
    official_calls={
        "get_meeting": 100,
        "list_meetings": 40,
        "list_meetings_full": 40,
        "get_transcript": 20,
        "burst": 500,
    },
    import_runs=10,
    startup_runs=10,
    rss_runs=3,
    rss_meeting_id=payloads.LARGE_TRANSCRIPT_ID,
    in_memory_calls={
        "get_meeting": 1000,
        "list_meetings": 100,
        "list_meetings_full": 100,
        "get_transcript": 10,
    },
)
QUICK = Plan(
    reps=1,
    official_reps=1,
    burst_reps=1,
    official_burst_reps=1,
    calls={
        "get_meeting": 30,
        "list_meetings": 5,
        "list_meetings_full": 5,
        "get_transcript": 2,
        "burst": 50,
    },
    official_calls={
        "get_meeting": 10,
        "list_meetings": 3,
        "list_meetings_full": 3,
        "get_transcript": 2,
        "burst": 50,
    },
    import_runs=2,
    startup_runs=2,
    rss_runs=1,
    rss_meeting_id=payloads.MEETING_ID,
    in_memory_calls={
        "get_meeting": 50,
        "list_meetings": 5,
        "list_meetings_full": 5,
        "get_transcript": 2,
    },
)

_SEGMENTS = f"{payloads.TRANSCRIPT_SEGMENTS // 1000}k"
WORKLOAD_TITLES = {
    "get_meeting": "get_meeting x{n}, sequential (per call)",
    "list_meetings": "list_meetings 100 mixed rows x{n} (per call)",
    "list_meetings_full": "list_meetings 100 full rows x{n} (per call)",
    "get_transcript": f"get_transcript {_SEGMENTS} segments x{{n}} (per call)",
    "async_burst": "{n} concurrent get_meeting, async (total)",
    "cold_import": "cold import, fresh process (median of {n})",
    "cli_help": "`meemo --help` vs `import httpx`, process CPU (median of {n})",
    "cli_get": "`meemo meetings get` vs `import httpx`, process CPU (median of {n})",
    "cli_get_vs_script": "`meemo meetings get` vs a raw httpx script, process CPU (median of {n})",
    "cli_get_vs_stack": "`meemo meetings get` vs `import httpx, httpcore`, CPU (median of {n})",
    "peak_rss": "peak RSS, {n}-segment transcript",
    "in_memory_get_meeting": "in-memory get_meeting, CPU per call",
    "in_memory_list_meetings": "in-memory list_meetings mixed, CPU per call",
    "in_memory_list_meetings_full": "in-memory list_meetings full, CPU per call",
    "in_memory_get_transcript": f"in-memory get_transcript {_SEGMENTS}, CPU per call",
}


def _log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def _rotated(names: Sequence[str], rep: int) -> list[str]:
    """Each repetition starts with a different client, so none always runs first."""
    shift = rep % len(names)
    return [*names[shift:], *names[:shift]]


def _participates(name: str, rep: int, reps: int, official_reps: int) -> bool:
    """The official client runs in `official_reps` of the `reps` repetitions, spread evenly."""
    if name != "official":
        return True
    step = reps / official_reps
    return rep in {int(i * step) for i in range(official_reps)}


@contextmanager
def running_server(*, small: bool = False) -> Iterator[str]:
    """The benchmark server in its own process; yields its base URL once it listens."""
    process = subprocess.Popen(  # noqa: S603 - our interpreter, fixed argv
        [sys.executable, "-m", "benchmarks.server", *(["--small"] if small else [])],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the server is listening
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server did not start (said {line!r})")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server exits on EOF
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _sequential_call(driver: clients.SyncDriver, workload: str) -> Callable[[int], object]:
    if workload == "get_meeting":
        return driver.get_meeting
    if workload == "list_meetings":
        return lambda n: driver.list_meetings(n % 200 + 1)
    if workload == "list_meetings_full":
        return lambda n: driver.list_calendar_meetings(n % 200 + 1)
    return lambda _: driver.get_transcript(payloads.MEETING_ID)


def _time_calls(call: Callable[[int], object], calls: int) -> dict[str, float]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for n in range(1, calls + 1):
        call(n)
    return {
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "calls": calls,
    }


def run_sequential(
    base_url: str, names: Sequence[str], plan: Plan
) -> dict[str, dict[str, list[dict[str, float]]]]:
    samples: dict[str, dict[str, list[dict[str, float]]]] = {
        w: {n: [] for n in names} for w in SEQUENTIAL
    }
    for rep in range(plan.reps):
        for workload in SEQUENTIAL:
            for name in _rotated(names, rep):
                if not _participates(name, rep, plan.reps, plan.official_reps):
                    continue
                calls = (plan.official_calls if name == "official" else plan.calls)[workload]
                driver = clients.open_sync(name, base_url)
                try:
                    sample = _time_calls(_sequential_call(driver, workload), calls)
                finally:
                    driver.close()
                samples[workload][name].append(sample)
                _log(
                    f"rep {rep + 1}/{plan.reps} {workload:<14} {name:<8} "
                    f"{sample['wall_s'] / calls * 1e3:8.3f} ms/call"
                )
    return samples


def run_bursts(
    base_url: str, names: Sequence[str], plan: Plan
) -> dict[str, list[dict[str, float]]]:
    """Wall and client CPU time of each burst; the CPU figure includes the event loop's."""
    samples: dict[str, list[dict[str, float]]] = {n: [] for n in names}
    for rep in range(plan.burst_reps):
        for name in _rotated(names, rep):
            if not _participates(name, rep, plan.burst_reps, plan.official_burst_reps):
                continue
            calls = (plan.official_calls if name == "official" else plan.calls)["burst"]
            gc.collect()
            sample = asyncio.run(clients.concurrent_burst(name, base_url, calls))
            samples[name].append(sample)
            _log(
                f"rep {rep + 1}/{plan.burst_reps} async burst    {name:<8} "
                f"{sample['wall_s'] * 1e3:8.1f} ms, CPU {sample['cpu_s'] * 1e3:8.1f} ms"
            )
    return samples


def run_imports(names: Sequence[str], plan: Plan) -> dict[str, list[float]]:
    modules = [IMPORT_MODULES[n] for n in names]
    for module in modules:
        startup.import_seconds(module)  # writes the byte-code cache
    samples: dict[str, list[float]] = {m: [] for m in modules}
    for rep in range(plan.import_runs):
        for module in _rotated(modules, rep):
            samples[module].append(startup.import_seconds(module))
    _log(
        "cold import: "
        + ", ".join(f"{m} {statistics.median(s) * 1e3:.0f} ms" for m, s in samples.items())
    )
    return samples


def run_startup(base_url: str, names: Sequence[str], plan: Plan) -> dict[str, list[float]]:
    """CPU per process of the floors (raw: `import httpx`, a raw script) and `meemo` (sdk)."""
    wanted = [
        command
        for command in startup.Commands.NAMES
        if ("raw" if command in startup.Commands.FLOORS else "sdk") in names
    ]
    if not wanted:
        return {}
    samples = startup.Commands(base_url).sample(wanted, plan.startup_runs)
    _log(
        "start-up CPU: "
        + ", ".join(f"{c} {statistics.median(s) * 1e3:.0f} ms" for c, s in samples.items())
    )
    return samples


def run_rss(base_url: str, names: Sequence[str], plan: Plan) -> dict[str, list[dict[str, int]]]:
    samples: dict[str, list[dict[str, int]]] = {n: [] for n in names}
    for rep in range(plan.rss_runs):
        for name in _rotated(names, rep):
            out = subprocess.run(  # noqa: S603 - our interpreter, fixed argv
                [sys.executable, "-m", "benchmarks.rss", name, base_url, str(plan.rss_meeting_id)],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            sample = json.loads(out.stdout)
            samples[name].append(sample)
            _log(f"peak RSS {name:<8} {sample['peak_kib'] / 1024:7.1f} MiB")
    return samples


def _in_memory_transport(responses: Responses) -> httpx.MockTransport:
    headers = {"content-type": "application/json", "x-request-id": "req_bench"}

    def handle(request: httpx.Request) -> httpx.Response:
        status, body = responses.bodies[
            responses.key(request.method.encode(), request.url.raw_path)
        ]
        return httpx.Response(status, headers=headers, content=body)

    return httpx.MockTransport(handle)


def run_in_memory(names: Sequence[str], plan: Plan) -> dict[str, dict[str, list[dict[str, float]]]]:
    """Client-side CPU per call with no sockets: what the client itself costs."""
    transport = _in_memory_transport(Responses(large_transcript=False))
    base_url = IN_MEMORY_BASE_URL
    drivers: dict[str, clients.SyncDriver] = {}
    for name in names:
        http = httpx.Client(transport=transport)
        drivers[name] = (
            clients.RawSync(base_url, http) if name == "raw" else clients.SdkSync(base_url, http)
        )
        drivers[name].get_meeting(payloads.MEETING_ID)
    samples: dict[str, dict[str, list[dict[str, float]]]] = {
        f"in_memory_{w}": {n: [] for n in names} for w in SEQUENTIAL
    }
    for rep in range(plan.reps):
        for workload in SEQUENTIAL:
            for name in _rotated(names, rep):
                sample = _time_calls(
                    _sequential_call(drivers[name], workload), plan.in_memory_calls[workload]
                )
                samples[f"in_memory_{workload}"][name].append(sample)
    for driver in drivers.values():
        driver.close()
    _log(
        "in memory: "
        + ", ".join(
            f"{w} {n} {_per_call(s, 'cpu_s') * 1e6:.0f} us"
            for w, by_name in samples.items()
            for n, s in by_name.items()
        )
    )
    return samples


def _per_call(samples: list[dict[str, float]], key: str = "wall_s") -> float:
    return statistics.median(s[key] / s["calls"] for s in samples)


def _summarise_timed(
    samples: dict[str, list[dict[str, float]]], nominal: int, key: str = "wall_s"
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, runs in samples.items():
        if not runs:
            continue
        per_call = _per_call(runs, key)
        out[name] = {
            "per_call_s": per_call,
            "median_s": statistics.median(r[key] for r in runs),
            "calls_per_run": int(runs[0]["calls"]),
            "scaled_to_nominal_s": per_call * nominal,
            "cpu_per_call_s": _per_call(runs, "cpu_s") if "cpu_s" in runs[0] else None,
            "runs": len(runs),
            "samples": runs,
        }
    return out


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


def _ratios(values: dict[str, float]) -> dict[str, float | None]:
    raw, sdk, official = values.get("raw"), values.get("sdk"), values.get("official")
    return {
        "sdk_vs_raw": _ratio(sdk, raw),
        "sdk_vs_official": _ratio(sdk, official),
        "official_vs_raw": _ratio(official, raw),
    }


@dataclasses.dataclass(frozen=True)
class Target:
    """`numerator / denominator` of one workload's figure, held against `limit`.

    `metric` "cpu" compares the client process's CPU time per call (per start-up for the
    `meemo` commands), "value" the figure the table shows (wall time, MiB).
    """

    id: str
    description: str
    workload: str
    metric: str
    numerator: str
    denominator: str
    comparison: str
    limit: float


TARGETS: tuple[Target, ...] = (
    # What a typed client may cost over the untyped floor (raw httpx + json.loads).
    Target("get_meeting_cpu_vs_raw", "get_meeting: sdk CPU <= 1.1x raw httpx",
           "get_meeting", "cpu", "sdk", "raw", "<=", 1.1),
    Target("list_full_cpu_vs_raw", "list_meetings, 100 full rows: sdk CPU <= 1.5x raw httpx",
           "list_meetings_full", "cpu", "sdk", "raw", "<=", 1.5),
    Target("transcript_cpu_vs_raw",
           f"{_SEGMENTS}-segment transcript: sdk CPU <= 1.0x raw httpx",
           "get_transcript", "cpu", "sdk", "raw", "<=", 1.0),
    Target("async_burst_cpu_vs_raw", "async burst of get_meeting: sdk CPU <= 1.1x raw httpx",
           "async_burst", "cpu", "sdk", "raw", "<=", 1.1),
    Target("peak_rss_vs_raw", "large transcript, peak RSS: sdk <= 1.05x raw httpx",
           "peak_rss", "value", "sdk", "raw", "<=", 1.05),
    Target("cli_help_vs_httpx", "`meemo --help` CPU <= 1.5x `python -c 'import httpx'`",
           "cli_help", "cpu", "sdk", "raw", "<=", 1.5),
    Target("cli_get_vs_httpx", "`meemo meetings get ID` CPU <= 1.5x `python -c 'import httpx'`",
           "cli_get", "cpu", "sdk", "raw", "<=", 1.5),
    # Against the official client, and the first round's limits on wall time and imports.
    Target("get_meeting_vs_raw", "sequential get_meeting: sdk wall time <= 1.3x raw httpx",
           "get_meeting", "value", "sdk", "raw", "<=", 1.3),
    Target("get_meeting_vs_official", "sequential get_meeting: sdk >= 20x faster than official",
           "get_meeting", "value", "official", "sdk", ">=", 20.0),
    Target("transcript_vs_official", f"{_SEGMENTS}-segment transcript: sdk <= 0.5x official",
           "get_transcript", "value", "sdk", "official", "<=", 0.5),
    Target("async_burst_vs_raw", "async burst of get_meeting: sdk wall time <= 1.3x raw httpx",
           "async_burst", "value", "sdk", "raw", "<=", 1.3),
    Target("cold_import_vs_httpx", "cold import: meemo_sdk <= 2x httpx",
           "cold_import", "value", "sdk", "raw", "<=", 2.0),
    Target("peak_rss_vs_official", "large transcript, peak RSS: sdk <= official",
           "peak_rss", "value", "sdk", "official", "<=", 1.0),
)  # fmt: skip


Figures = dict[str, dict[str, float]]  # workload -> client -> figure


def evaluate_targets(values: Figures, cpu: Figures | None = None) -> list[dict[str, Any]]:
    """Each target's verdict: PASS, MISS, or SKIP when a client it needs did not run."""
    by_metric = {"value": values, "cpu": cpu or {}}
    results = []
    for target in TARGETS:
        figures = by_metric[target.metric].get(target.workload, {})
        ratio = _ratio(figures.get(target.numerator), figures.get(target.denominator))
        status = "SKIP"
        margin = None
        if ratio is not None:
            at_most = target.comparison == "<="
            met = ratio <= target.limit if at_most else ratio >= target.limit
            status = "PASS" if met else "MISS"
            # How far from the limit, as a fraction of it (positive = missed by that much).
            margin = (ratio - target.limit if at_most else target.limit - ratio) / target.limit
        results.append(
            {
                "id": target.id,
                "description": target.description,
                "workload": target.workload,
                "metric": target.metric,
                "ratio": ratio,
                "comparison": target.comparison,
                "limit": target.limit,
                "status": status,
                "miss_by": margin if status == "MISS" else None,
            }
        )
    return results


def _machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "versions": {
            dist: version(dist)
            for dist in ("meemo-sdk", "meemo", "httpx", "httpcore", "attrs", "orjson", "pydantic")
        },
    }


def _fmt_time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if round(seconds, 2) >= 1:
        return f"{seconds:.2f} s"
    if round(seconds * 1e6) >= 1000:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} us"


def _fmt_ratio(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"


def render_table(report: dict[str, Any]) -> str:
    rows = [
        ("workload", "raw httpx", "meemo_sdk", "official", "sdk/raw", "sdk/official", "CPU sdk/raw")
    ]
    for entry in report["workloads"].values():
        values = entry["values"]
        fmt = (
            _fmt_time if entry["unit"] == "s" else (lambda v: "-" if v is None else f"{v:.1f} MiB")
        )
        ratios = entry["ratios"]
        rows.append(
            (
                entry["title"],
                fmt(values.get("raw")),
                fmt(values.get("sdk")),
                fmt(values.get("official")),
                _fmt_ratio(ratios["sdk_vs_raw"]),
                _fmt_ratio(ratios["sdk_vs_official"]),
                _fmt_ratio((entry["client_cpu_ratios"] or {}).get("sdk_vs_raw")),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            row[0].ljust(widths[0]),
            *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
        ]
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines.append("")
    for target in report["targets"]:
        ratio = _fmt_ratio(target["ratio"])
        extra = f" (missed by {target['miss_by'] * 100:.0f}%)" if target["status"] == "MISS" else ""
        lines.append(
            f"{target['status']:<4}  {target['description']}: {ratio} "
            f"(target {target['comparison']} {target['limit']}){extra}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: a few calls of each")
    parser.add_argument("--clients", default=",".join(clients.CLIENT_NAMES))
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.clients.split(",") if n.strip()]
    unknown = set(names) - set(clients.CLIENT_NAMES)
    if unknown or not names:
        parser.error(f"--clients takes a subset of {','.join(clients.CLIENT_NAMES)}")
    if "official" in names:
        try:
            clients.official_module()
        except ImportError:
            parser.error("the official client `meemo` is not installed here: run `make bench`")
    plan = QUICK if args.quick else FULL
    (ROOT / "build").mkdir(exist_ok=True)
    started = time.perf_counter()
    load_before = os.getloadavg()

    with running_server(small=args.quick) as base_url:
        mode = "quick" if args.quick else "full"
        _log(f"server at {base_url}; clients {', '.join(names)}; {mode} run")
        sequential = run_sequential(base_url, names, plan)
        bursts = run_bursts(base_url, names, plan)
        rss = run_rss(base_url, names, plan)
        started_cli = run_startup(base_url, names, plan)
    imports = run_imports(names, plan)
    in_memory = run_in_memory([n for n in names if n in IN_MEMORY_CLIENTS], plan)

    workloads: dict[str, dict[str, Any]] = {}

    def add(key: str, n: int, unit: str, values: dict[str, float], detail: dict[str, Any]) -> None:
        # The client process's own CPU time: robust to a loaded machine, blind to waiting.
        cpu = {k: v["cpu_per_call_s"] for k, v in detail.items() if v.get("cpu_per_call_s")}
        workloads[key] = {
            "title": WORKLOAD_TITLES[key].format(n=n),
            "unit": unit,
            "values": values,
            "ratios": _ratios(values),
            "client_cpu": cpu or None,
            "client_cpu_ratios": _ratios(cpu) if cpu else None,
            "clients": detail,
        }

    for workload in SEQUENTIAL:
        detail = _summarise_timed(sequential[workload], plan.calls[workload])
        add(
            workload,
            plan.calls[workload],
            "s",
            {k: v["per_call_s"] for k, v in detail.items()},
            detail,
        )
    burst = _summarise_timed(bursts, plan.calls["burst"])
    add(
        "async_burst", plan.calls["burst"], "s", {k: v["median_s"] for k, v in burst.items()}, burst
    )
    import_detail: dict[str, dict[str, Any]] = {
        name: {"module": IMPORT_MODULES[name], "median_s": statistics.median(s), "samples_s": s}
        for name, s in ((n, imports[IMPORT_MODULES[n]]) for n in names)
    }
    add(
        "cold_import",
        plan.import_runs,
        "s",
        {k: v["median_s"] for k, v in import_detail.items()},
        import_detail,
    )
    for key, (floor, command) in STARTUP_ROWS.items():
        startup_detail: dict[str, dict[str, Any]] = {
            client: {
                "command": startup.Commands.SHOWN[which],
                "cpu_per_call_s": statistics.median(started_cli[which]),
                "samples_cpu_s": started_cli[which],
            }
            for client, which in (("raw", floor), ("sdk", command))
            if which in started_cli
        }
        if startup_detail:
            add(
                key,
                plan.startup_runs,
                "s",
                {k: v["cpu_per_call_s"] for k, v in startup_detail.items()},
                startup_detail,
            )
    rss_detail: dict[str, dict[str, Any]] = {
        name: {
            "peak_mib": statistics.median(s["peak_kib"] for s in runs) / 1024,
            "before_call_mib": statistics.median(s["before_kib"] for s in runs) / 1024,
            "growth_mib": statistics.median(s["peak_kib"] - s["before_kib"] for s in runs) / 1024,
            "segments": runs[0]["segments"],
            "samples": runs,
        }
        for name, runs in rss.items()
    }
    segments = next(iter(rss_detail.values()))["segments"]
    add("peak_rss", segments, "MiB", {k: v["peak_mib"] for k, v in rss_detail.items()}, rss_detail)
    for key, samples in in_memory.items():
        detail = _summarise_timed(samples, 1, key="cpu_s")
        add(key, 1, "s", {k: v["per_call_s"] for k, v in detail.items()}, detail)

    values = {key: entry["values"] for key, entry in workloads.items()}
    cpu = {key: entry["client_cpu"] for key, entry in workloads.items() if entry["client_cpu"]}
    report: dict[str, Any] = {
        "schema": 2,
        "quick": args.quick,
        "clients": names,
        "plan": dataclasses.asdict(plan),
        "machine": _machine(),
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "duration_s": time.perf_counter() - started,
        "workloads": workloads,
        "targets": evaluate_targets(values, cpu),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    machine = report["machine"]
    print(
        f"\nmeemo_sdk benchmark: {machine['nproc']} x {machine['cpu_model']}, "
        f"Python {machine['python']}, load average {load_before[0]:.1f} -> "
        f"{report['load_average']['after'][0]:.1f}, {report['duration_s']:.0f} s\n"
    )
    print(render_table(report))
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

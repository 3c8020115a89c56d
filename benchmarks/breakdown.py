"""Where a call's CPU time goes, per workload: decoding, models, garbage collection, the rest.

In memory (`httpx.MockTransport`, no sockets), so what is measured is the client's
own work. For each workload it times, as CPU per call (median of interleaved
repetitions):

- the raw floor (httpx + `json.loads`) and meemo_sdk, whole calls;
- meemo_sdk's calls with the cyclic garbage collector disabled for the call, and the
  collector's own time inside normal calls (`gc.callbacks`), by generation;
- the pieces of the body's work on their own: `json.loads`, `orjson.loads`, and the
  generated `from_dict` on the decoded body (with and without the collector).

    python -m benchmarks.breakdown [WORKLOAD ...] [--reps N]

Timings on a shared machine move; compare figures within one run. For counts that do
not move, run the same workloads under `valgrind --tool=callgrind` (see the README).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
import orjson

from . import clients, payloads
from .run import IN_MEMORY_BASE_URL, _in_memory_transport, _sequential_call
from .server import Responses

CALLS = {"get_meeting": 1000, "list_meetings": 100, "list_meetings_full": 100, "get_transcript": 10}
BODY = {
    "get_meeting": "meeting",
    "list_meetings": "page",
    "list_meetings_full": "full_page",
    "get_transcript": "transcript",
}


class GcClock:
    """CPU seconds the cyclic collector spends, and how many collections, by generation."""

    def __init__(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.collections = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            generation = info["generation"]
            self.seconds[generation] += time.process_time() - self._started
            self.collections[generation] += 1

    def reset(self) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.collections = [0, 0, 0]


def _cpu_per_call(run: Callable[[int], object], calls: int, *, collector: bool = True) -> float:
    gc.collect()
    if not collector:
        gc.disable()
    try:
        started = time.process_time()
        for n in range(1, calls + 1):
            run(n)
        return (time.process_time() - started) / calls
    finally:
        gc.enable()


def _parser(workload: str) -> Callable[[Any], object]:
    from meemo_sdk.models import MeetingDetail, MeetingListResponse, TranscriptResponse

    if workload == "get_meeting":
        return MeetingDetail.from_dict
    if workload == "get_transcript":
        return TranscriptResponse.from_dict
    return MeetingListResponse.from_dict


def breakdown(workload: str, reps: int) -> dict[str, Any]:
    responses = Responses(large_transcript=False)
    transport = _in_memory_transport(responses)
    base_url = IN_MEMORY_BASE_URL
    raw = clients.RawSync(base_url, httpx.Client(transport=transport))
    sdk = clients.SdkSync(base_url, httpx.Client(transport=transport))
    for driver in (raw, sdk):
        driver.get_meeting(payloads.MEETING_ID)
    calls = CALLS[workload]
    raw_call, sdk_call = _sequential_call(raw, workload), _sequential_call(sdk, workload)
    body = responses.bodies[BODY[workload]][1]
    decoded = orjson.loads(body)
    parse = _parser(workload)
    pieces: dict[str, Callable[[int], object]] = {
        "json.loads": lambda _: json.loads(body),
        "orjson.loads": lambda _: orjson.loads(body),
        "from_dict": lambda _: parse(decoded),
    }
    samples: dict[str, list[float]] = {}

    def sample(key: str, value: float) -> None:
        samples.setdefault(key, []).append(value)

    clocks = {"raw": GcClock(), "sdk": GcClock()}

    def timed_with_clock(name: str, call: Callable[[int], object]) -> None:
        gc.callbacks.append(clocks[name])
        try:
            sample(name, _cpu_per_call(call, calls))
        finally:
            gc.callbacks.remove(clocks[name])

    for _ in range(reps):
        timed_with_clock("raw", raw_call)
        timed_with_clock("sdk", sdk_call)
        sample("sdk, collector off", _cpu_per_call(sdk_call, calls, collector=False))
        for name, piece in pieces.items():
            sample(name, _cpu_per_call(piece, calls))
        sample(
            "from_dict, collector off", _cpu_per_call(pieces["from_dict"], calls, collector=False)
        )
    raw.close()
    sdk.close()
    result: dict[str, Any] = {key: statistics.median(values) for key, values in samples.items()}
    for name, clock in clocks.items():
        result[f"collector in {name} calls"] = sum(clock.seconds) / (reps * calls)
        result[f"collector in {name} calls, by generation"] = [
            s / (reps * calls) for s in clock.seconds
        ]
        result[f"collections per {name} call"] = [c / (reps * calls) for c in clock.collections]
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:8.3f} ms"


def report(workload: str, figures: dict[str, Any]) -> str:
    raw, sdk = figures["raw"], figures["sdk"]
    lines = [f"=== {workload}: CPU per call, in memory ==="]
    for key in ("raw", "sdk", "sdk, collector off"):
        lines.append(f"  {key:<28} {_ms(figures[key])}  ({figures[key] / raw:.2f}x raw)")
    for name, total in (("raw", raw), ("sdk", sdk)):
        key = f"collector in {name} calls"
        by_generation = ", ".join(f"{s * 1e3:.3f}" for s in figures[f"{key}, by generation"])
        per_call = ", ".join(f"{c:.3g}" for c in figures[f"collections per {name} call"])
        lines.append(
            f"  {key:<28} {_ms(figures[key])}  ({figures[key] / total:.0%} of the {name} call; "
            f"ms by generation {by_generation}; collections per call {per_call})"
        )
    for key in ("json.loads", "orjson.loads", "from_dict", "from_dict, collector off"):
        lines.append(f"  {key:<28} {_ms(figures[key])}  ({figures[key] / sdk:.0%} of the sdk call)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workloads", nargs="*", metavar="WORKLOAD")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    unknown = set(args.workloads) - set(CALLS)
    if unknown:
        parser.error(f"workloads are {', '.join(CALLS)}")
    for workload in args.workloads or list(CALLS):
        print(report(workload, breakdown(workload, args.reps)), end="\n\n", flush=True)


if __name__ == "__main__":
    main()

"""Where meemo_sdk spends a call: cProfile over the in-memory workloads (no sockets).

With no network in the way, what is left is the client's own work: argument
checks, request building, httpx's own machinery, JSON decoding and the model
classes. Prints the top functions by own time for each workload.

    python -m benchmarks.profile_sdk [get_meeting|list_meetings|get_transcript ...] [--top N]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

import httpx

from . import clients, payloads
from .run import IN_MEMORY_BASE_URL, _in_memory_transport, _sequential_call
from .server import Responses

CALLS = {"get_meeting": 2000, "list_meetings": 100, "list_meetings_full": 100, "get_transcript": 10}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("workloads", nargs="*", metavar="WORKLOAD")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    unknown = set(args.workloads) - set(CALLS)
    if unknown:
        parser.error(f"workloads are {', '.join(CALLS)}")
    transport = _in_memory_transport(Responses(large_transcript=False))
    driver = clients.SdkSync(IN_MEMORY_BASE_URL, httpx.Client(transport=transport))
    driver.get_meeting(payloads.MEETING_ID)
    for workload in args.workloads or list(CALLS):
        call = _sequential_call(driver, workload)
        profile = cProfile.Profile()
        profile.enable()
        for n in range(1, CALLS[workload] + 1):
            call(n)
        profile.disable()
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out)
        stats.sort_stats("tottime").print_stats(args.top)
        print(f"=== {workload} x{CALLS[workload]} (in memory, cProfile adds overhead) ===")
        print(out.getvalue().strip(), end="\n\n")
    driver.close()


if __name__ == "__main__":
    main()

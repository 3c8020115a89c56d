"""Peak RSS of one client fetching and parsing one large transcript, in a fresh process.

A process of its own per measurement, because a peak only ever grows. Prints one
JSON object: the peak before the call (interpreter, imports, a warmed-up client)
and after it, with the parsed result still alive, as a caller holds it.

The peak is `VmHWM` from /proc/self/status where there is one: on Linux
`ru_maxrss` carries over the *parent's* peak through fork/exec (measured: a child
of a 300 MiB parent reports 300 MiB), which would hide every client's own peak.

    python -m benchmarks.rss CLIENT BASE_URL MEETING_ID
"""

from __future__ import annotations

import gc
import json
import resource
import sys

from . import clients


def _peak_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


def main() -> None:
    name, base_url, meeting_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
    driver = clients.open_sync(name, base_url)
    gc.collect()
    before = _peak_kib()
    result = driver.get_transcript(meeting_id)
    peak = _peak_kib()
    segments = (
        len(result["transcripts"]) if isinstance(result, dict) else len(result.transcripts)  # type: ignore[attr-defined]
    )
    driver.close()
    json.dump({"before_kib": before, "peak_kib": peak, "segments": segments}, sys.stdout)


if __name__ == "__main__":
    main()

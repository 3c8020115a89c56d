"""What a fresh process costs: `import X` timed inside it, and whole `meemo` commands.

Both run each command in a new interpreter, as a user's shell or script does, with
byte code cached (as after `pip install`) in a cache of the benchmark's own.

httpx imports its optional command line (click, rich, pygments: ~200 ms) whenever they
are importable, and the official client's dependencies install them into the benchmark
venv. `pip install meemo-sdk` does not, so httpx, meemo_sdk and the `meemo` command run
as if they were absent (the module set then matches a minimal install exactly); the
official `meemo` package is imported as it is.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar

from . import payloads

ROOT = Path(__file__).resolve().parent.parent
HIDDEN = ("click", "rich", "pygments")

_IMPORT_CODE = (
    "import sys, time\n"
    "if sys.argv[2]:\n"
    "    sys.modules.update(dict.fromkeys(sys.argv[2].split(','), None))\n"
    "started = time.perf_counter()\n"
    "__import__(sys.argv[1], fromlist=sys.argv[3].split(',') if sys.argv[3] else ())\n"
    "sys.stdout.write(repr(time.perf_counter() - started))\n"
)
# What a program imports from a module: `meemo_sdk` loads its client on first use, so
# `import meemo_sdk` alone would leave out what every program needs.
IMPORTED_NAMES = {"meemo_sdk": "MeemoClient"}
# Loaded by `site` at start-up from PYTHONPATH: hides HIDDEN from a whole command.
_SITECUSTOMIZE = (
    '"""Written by benchmarks.startup: a minimal install has none of these modules."""\n\n'
    "import sys\n\n"
    "sys.modules.update(dict.fromkeys({modules!r}, None))\n"
)


def process_env() -> dict[str, str]:
    """The environment of a measured process: byte code cached, no MEEMO_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEEMO_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / "build" / "bench-pycache")
    return env


def import_seconds(module: str) -> float:
    """Wall seconds of `import module` in a fresh interpreter (start-up itself excluded);
    `from meemo_sdk import MeemoClient` for meemo_sdk."""
    hidden = "" if module == "meemo" else ",".join(HIDDEN)
    out = subprocess.run(  # noqa: S603 - our interpreter, fixed argv
        [sys.executable, "-c", _IMPORT_CODE, module, hidden, IMPORTED_NAMES.get(module, "")],
        cwd=ROOT / "build",
        env=process_env(),
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout)


# What `meemo meetings get ID` does, written with raw httpx: a client, a token, the call.
_RAW_GET = """\
import json, os, sys
import httpx
base = os.environ["MEEMO_BASE_URL"]
form = {"grant_type": "client_credentials", "client_id": os.environ["MEEMO_CLIENT_ID"],
        "client_secret": os.environ["MEEMO_CLIENT_SECRET"]}
with httpx.Client() as http:
    token = json.loads(http.post(f"{base}/api/auth/token/", data=form).content)["access_token"]
    response = http.get(f"{base}/api/v1/external/meeting/{sys.argv[1]}/",
                        headers={"Authorization": f"Bearer {token}"})
    print(json.loads(response.content)["title"])
"""


class Commands:
    """The start-up commands, compared by the user+sys CPU of their whole process.

    - `httpx`: `python -c "import httpx"`: an interpreter and the HTTP library;
    - `stack`: `python -c "import httpx, httpcore"`: the HTTP stack any request needs
      (httpx imports httpcore, and with it h11 and anyio, only when a client is made);
    - `raw_get`: what `meemo meetings get ID` does, as a raw httpx script: it also pays
      for an `httpx.Client` (httpcore, the CA bundle) and the two requests;
    - `help`: `meemo --help`;
    - `get`: `meemo meetings get ID` against the benchmark server (a token, then the call).
    """

    NAMES: ClassVar = ("httpx", "stack", "raw_get", "help", "get")
    # The floors: commands that run no meemo_sdk code.
    FLOORS: ClassVar = frozenset({"httpx", "stack", "raw_get"})
    SHOWN: ClassVar[Mapping[str, str]] = {
        "httpx": 'python -c "import httpx"',
        "stack": 'python -c "import httpx, httpcore"',
        "raw_get": f"python -c RAW_GET {payloads.MEETING_ID}",
        "help": "meemo --help",
        "get": f"meemo meetings get {payloads.MEETING_ID}",
    }

    def __init__(self, base_url: str) -> None:
        build = ROOT / "build"
        build.mkdir(exist_ok=True)
        site_dir = build / "bench-startup"
        site_dir.mkdir(exist_ok=True)
        (site_dir / "sitecustomize.py").write_text(_SITECUSTOMIZE.format(modules=HIDDEN))
        self._env = process_env()
        self._env.update(
            PYTHONPATH=str(site_dir),
            MEEMO_BASE_URL=base_url,
            MEEMO_CLIENT_ID=payloads.CLIENT_ID,
            MEEMO_CLIENT_SECRET=payloads.CLIENT_SECRET,
        )
        script = Path(sys.executable).with_name("meemo")
        if not script.exists():
            raise RuntimeError(f"no `meemo` command beside {sys.executable}: pip install -e .")
        self.argv: dict[str, list[str]] = {
            "httpx": [sys.executable, "-c", "import httpx"],
            "stack": [sys.executable, "-c", "import httpx, httpcore"],
            "raw_get": [sys.executable, "-c", _RAW_GET, str(payloads.MEETING_ID)],
            "help": [str(script), "--help"],
            "get": [str(script), "meetings", "get", str(payloads.MEETING_ID)],
        }
        self._expected = {
            "httpx": "",
            "stack": "",
            "raw_get": payloads.meeting_detail()["title"],
            "help": "usage: meemo",
            "get": payloads.meeting_detail()["title"],
        }

    def cpu_seconds(self, name: str) -> float:
        """User+sys CPU seconds of one run; checks that the command did its job."""
        with tempfile.TemporaryFile() as out:
            process = subprocess.Popen(  # noqa: S603 - our interpreter and script, fixed argv
                self.argv[name], cwd=ROOT / "build", env=self._env, stdout=out, stderr=out
            )
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            output = out.read().decode(errors="replace")
        if process.returncode != 0 or self._expected[name] not in output:
            raise RuntimeError(
                f"{' '.join(self.argv[name][-3:])} exited {process.returncode}: {output[-500:]}"
            )
        return usage.ru_utime + usage.ru_stime

    def sample(self, names: Sequence[str], runs: int) -> dict[str, list[float]]:
        """`runs` CPU figures per command, interleaved, after one run each to warm caches."""
        for name in names:
            self.cpu_seconds(name)  # writes the byte-code cache
        samples: dict[str, list[float]] = {name: [] for name in names}
        for rep in range(runs):
            shift = rep % len(names)
            for name in [*names[shift:], *names[:shift]]:
                samples[name].append(self.cpu_seconds(name))
        return samples

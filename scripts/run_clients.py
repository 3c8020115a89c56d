"""Run the compiled TypeScript programs (clients/e2e) against a fresh local sandbox each.

    python scripts/run_clients.py

`make clients` calls it after compiling them. Each program gets its own sandbox, started
in this process on 127.0.0.1 and a free port, and reads `MEEMO_BASE_URL`,
`MEEMO_CLIENT_ID` and `MEEMO_CLIENT_SECRET` from its environment. The sandbox stops
however the run ends (success, failure, timeout, Ctrl+C): it lives and dies with this
process. A run passes when the program exits 0 and the sandbox's log shows that each
operation the program is there for succeeded and that no request was refused with 401
(a token sent without `Bearer `, or not at all).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "build" / "spec" / "openapi.json"
# tsc mirrors the repository under its outDir (rootDir is the repository), see clients/e2e.
PROGRAMS = ROOT / "build" / "clients" / "e2e" / "clients" / "e2e"
MIN_NODE = 20
RUN_TIMEOUT = 180  # seconds; a hung program fails the run instead of hanging CI
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Program:
    script: str
    # Operations (operationIds) the program must have completed with a 2xx; None: all of them.
    operations: frozenset[str] | None
    # Non-2xx statuses the program provokes on purpose (401 is never one of them).
    expected_errors: frozenset[int] = frozenset()


PROGRAMS_TO_RUN = (
    # openapi-generator's client, used as generated: the `Bearer ` prefix check.
    Program(
        "typescript-fetch.js",
        frozenset({"create_access_token", "list_meetings", "get_meeting", "get_transcript"}),
    ),
    # Every operation through the published package; it asks for meeting 999999 once.
    Program("calls.js", None, frozenset({404})),
)


def node_problem(node: str | None, version: str) -> str | None:
    """Why this `node` (None: not on PATH; `version` as `node --version` prints it) won't do."""
    if node is None:
        return (
            f"Node.js {MIN_NODE} or later is needed and `node` is not on PATH: https://nodejs.org"
        )
    match = re.fullmatch(r"v(\d+)\.\d+\.\d+\S*", version.strip())
    if match is None:
        return f"cannot read the Node.js version from `node --version`: {version.strip()[:100]!r}"
    if int(match.group(1)) < MIN_NODE:
        return f"Node.js {MIN_NODE} or later is needed; `node --version` says {version.strip()}"
    return None


def operation_patterns(document: Mapping[str, object]) -> list[tuple[str, re.Pattern[str], str]]:
    """(METHOD, path regex, operationId) for every operation of the bundled spec, literal
    paths first: `/webhooks/available-organizations/` is not `/webhooks/{webhook_id}/`."""
    patterns = []
    paths = document["paths"]
    assert isinstance(paths, Mapping)
    for template, item in paths.items():
        regex = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        for method in METHODS:
            operation = item.get(method)
            if operation is not None:
                literal_first = template.count("{")
                patterns.append((literal_first, method.upper(), regex, operation["operationId"]))
    return [(method, regex, op) for _, method, regex, op in sorted(patterns, key=lambda p: p[0])]


def problems_in_log(
    requests: Iterable[tuple[str, str, int]],
    patterns: list[tuple[str, re.Pattern[str], str]],
    program: Program,
) -> list[str]:
    """What the sandbox's log (method, path, status) says went wrong for `program`."""
    problems = []
    succeeded: set[str] = set()
    for method, path, status in requests:
        name = next((op for m, regex, op in patterns if m == method and regex.match(path)), None)
        where = f"{method} {path} -> {status}"
        if name is None:
            problems.append(f"{where}: not an operation of the spec")
        elif 200 <= status < 300:
            succeeded.add(name)
        elif status == 401 or status not in program.expected_errors:
            problems.append(f"{where}: refused")
    wanted = program.operations or {op for _, _, op in patterns}
    problems.extend(f"{op}: never completed" for op in sorted(wanted - succeeded))
    return problems


def run(program: Program, node: str, patterns: list[tuple[str, re.Pattern[str], str]]) -> bool:
    from meemo_sdk.testing import Sandbox, SandboxServer

    script = PROGRAMS / program.script
    if not script.is_file():
        raise SystemExit(f"{script.relative_to(ROOT)} is missing; run `make clients`")
    print(f"--- node {script.relative_to(ROOT)} (against a fresh sandbox)", flush=True)
    with SandboxServer(Sandbox()) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MEEMO_")}
        env.update(server.env())
        try:
            proc = subprocess.run(  # noqa: S603 - node from PATH, a script this repository built
                [node, str(script)], env=env, cwd=ROOT, timeout=RUN_TIMEOUT, check=False
            )
        except subprocess.TimeoutExpired:
            print(f"run_clients: {program.script} ran over {RUN_TIMEOUT} s", file=sys.stderr)
            return False
        log = [(r.method, r.path, r.status) for r in server.sandbox.requests]
    if proc.returncode != 0:
        print(f"run_clients: {program.script} exited {proc.returncode}", file=sys.stderr)
        return False
    problems = problems_in_log(log, patterns, program)
    for problem in problems:
        print(f"run_clients: {program.script}: {problem}", file=sys.stderr)
    print(f"--- {program.script}: {len(log)} requests, {'ok' if not problems else 'FAILED'}")
    return not problems


def main() -> int:
    node = shutil.which("node")
    version = ""
    if node is not None:
        version = subprocess.run(  # noqa: S603 - the node found on PATH, a fixed argument
            [node, "--version"], capture_output=True, text=True, check=False
        ).stdout
    problem = node_problem(node, version)
    if problem is not None or node is None:
        print(f"run_clients: {problem}", file=sys.stderr)
        return 1
    if not BUNDLE.is_file():
        raise SystemExit(f"{BUNDLE.relative_to(ROOT)} is missing; run `make spec` first")
    patterns = operation_patterns(json.loads(BUNDLE.read_text()))
    print(f"run_clients: Node.js {version.strip()}")
    results = [run(program, node, patterns) for program in PROGRAMS_TO_RUN]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

"""The checks `make clients` and `make lint-spec` rely on: the tool versions they accept and
how a TypeScript program's run against the sandbox is judged (scripts/run_clients.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"meemo_{name}", ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


run_clients = _script("run_clients")
spec_tools = _script("spec_tools")


@pytest.fixture(scope="module")
def patterns() -> list[tuple[str, object, str]]:
    document, _ = read_from_filename(str(ROOT / "openapi.yaml"))
    result: list[tuple[str, object, str]] = run_clients.operation_patterns(document)
    return result


@pytest.mark.parametrize(
    ("node", "version", "problem"),
    [
        ("/usr/bin/node", "v20.20.2\n", None),
        ("/usr/bin/node", "v22.12.0", None),
        (
            "/usr/bin/node",
            "v18.19.1",
            "Node.js 20 or later is needed; `node --version` says v18.19.1",
        ),
        (None, "", "Node.js 20 or later is needed and `node` is not on PATH: https://nodejs.org"),
        (
            "/usr/bin/node",
            "garbage",
            "cannot read the Node.js version from `node --version`: 'garbage'",
        ),
    ],
)
def test_node_versions(node: str | None, version: str, problem: str | None) -> None:
    assert run_clients.node_problem(node, version) == problem


@pytest.mark.parametrize(
    ("output", "fine"),
    [
        ('openjdk version "17.0.15" 2025-04-15', True),
        ('openjdk version "11.0.2" 2019-01-15', True),
        ('java version "1.8.0_392"', False),
        (None, False),
    ],
)
def test_java_versions(output: str | None, fine: bool) -> None:
    problem = spec_tools.java_problem(output)

    assert (problem is None) == fine
    if not fine:
        assert "openapi-generator needs Java 11 or later" in problem
        assert "openjdk-17" in problem


def test_a_clean_run_of_the_four_calls_passes(patterns: list[tuple[str, object, str]]) -> None:
    program = run_clients.Program(
        "x.js", frozenset({"create_access_token", "list_meetings", "get_meeting", "get_transcript"})
    )
    log = [
        ("POST", "/api/auth/token/", 200),
        ("GET", "/api/v1/external/meeting/", 200),
        ("GET", "/api/v1/external/meeting/1029/", 200),
        ("GET", "/api/v1/external/meeting/1029/transcript/", 200),
    ]

    assert run_clients.problems_in_log(log, patterns, program) == []


def test_a_401_fails_the_run_even_when_the_program_recovered(
    patterns: list[tuple[str, object, str]],
) -> None:
    program = run_clients.Program("x.js", frozenset({"list_meetings"}), frozenset({401, 404}))
    log = [("GET", "/api/v1/external/meeting/", 401), ("GET", "/api/v1/external/meeting/", 200)]

    assert run_clients.problems_in_log(log, patterns, program) == [
        "GET /api/v1/external/meeting/ -> 401: refused"
    ]


def test_an_operation_never_completed_fails_the_run(
    patterns: list[tuple[str, object, str]],
) -> None:
    program = run_clients.Program("x.js", frozenset({"get_meeting", "get_transcript"}))
    log = [
        ("GET", "/api/v1/external/meeting/7/", 200),
        ("GET", "/api/v1/external/meeting/7/transcript/", 503),
        ("GET", "/api/v1/external/nowhere/", 404),
    ]

    assert run_clients.problems_in_log(log, patterns, program) == [
        "GET /api/v1/external/meeting/7/transcript/ -> 503: refused",
        "GET /api/v1/external/nowhere/ -> 404: not an operation of the spec",
        "get_transcript: never completed",
    ]


def test_every_operation_is_wanted_when_none_are_named(
    patterns: list[tuple[str, object, str]],
) -> None:
    program = run_clients.Program("calls.js", None)
    log = [("GET", "/api/v1/external/webhooks/available-organizations/", 200)]

    problems = run_clients.problems_in_log(log, patterns, program)

    # A literal path is its own operation, not `/webhooks/{webhook_id}/`.
    assert "get_webhook: never completed" in problems
    assert "list_available_organizations: never completed" not in problems
    assert len(problems) == len(patterns) - 1

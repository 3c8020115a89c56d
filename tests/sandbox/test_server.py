"""Running the sandbox: as a process, as a server object, and through the pytest plugin."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
from datetime import timedelta
from typing import Any

import httpx
import pytest
from meemo_sandbox.cli import add_arguments
from meemo_sdk.testing import DEFAULT_NOW, Sandbox, SandboxServer

from tests.sandbox.support import MEETINGS, TOKEN, TOPICS, bearer, token


def test_module_runs_a_server_and_stops_on_sigterm() -> None:
    command = [sys.executable, "-m", "meemo_sdk.testing", "--port", "0", "--quiet"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:  # noqa: S603 - fixed argv
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            base_url = first.rsplit(" ", 1)[-1].strip()
            assert first.startswith("Meemo sandbox listening on http://127.0.0.1:")
            lines = [process.stdout.readline() for _ in range(5)]
            assert f"  export MEEMO_BASE_URL={base_url}\n" in lines
            assert "  export MEEMO_CLIENT_ID=sandbox-client\n" in lines
            with httpx.Client(base_url=base_url) as http:
                response = http.post(
                    TOKEN,
                    data={
                        "grant_type": "client_credentials",
                        "client_id": "sandbox-client",
                        "client_secret": "sandbox-secret",
                    },
                )
                assert response.status_code == 200
        finally:
            process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Sandbox stopped." in out


def test_module_hides_a_secret_it_was_given() -> None:
    command = [
        sys.executable,
        "-m",
        "meemo_sdk.testing",
        "--port",
        "0",
        "--client-secret",
        "hunter2-very-secret",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:  # noqa: S603 - fixed argv
        try:
            assert process.stdout is not None
            banner = "".join(process.stdout.readline() for _ in range(6))
        finally:
            process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=10)
    assert "MEEMO_CLIENT_SECRET=<as given>" in banner
    assert "hunter2" not in banner + out


def test_server_lifecycle() -> None:
    server = SandboxServer()
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.base_url
    with server:
        assert repr(server) == f"<SandboxServer {server.base_url}>"
        with pytest.raises(RuntimeError, match="already running"):
            server.start()
        port = server.port
        with httpx.Client() as http:
            assert http.get(f"{server.base_url}{TOPICS}").status_code == 401
    server.stop()  # stopping twice is harmless
    with httpx.Client() as http, pytest.raises(httpx.ConnectError):
        http.get(f"http://127.0.0.1:{port}{TOPICS}")


def test_request_log_leaves_secrets_out(
    http: httpx.Client, server: SandboxServer, sandbox: Sandbox
) -> None:
    access = token(http, server.credentials)
    http.get(MEETINGS, headers=bearer(access), params={"size": 2})
    log = sandbox.requests
    assert [(r.method, r.path, r.status) for r in log] == [
        ("POST", TOKEN, 200),
        ("GET", MEETINGS, 200),
    ]
    assert log[1].query == "size=2"
    assert access not in repr(log)
    assert server.client_secret not in repr(log) + repr(sandbox) + repr(server.credentials)


def test_failures_hit_only_matching_paths_and_run_out(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    sandbox.fail_next(503, times=2, path_prefix=TOPICS)
    assert http.get(MEETINGS, headers=auth).status_code == 200
    assert [http.get(TOPICS, headers=auth).status_code for _ in range(3)] == [503, 503, 200]
    with pytest.raises(ValueError, match="status must be one of"):
        sandbox.fail_next(404)


def test_env_points_a_process_at_the_sandbox(server: SandboxServer) -> None:
    assert server.env() == {
        "MEEMO_BASE_URL": server.base_url,
        "MEEMO_CLIENT_ID": server.credentials.client_id,
        "MEEMO_CLIENT_SECRET": server.credentials.client_secret,
    }
    assert server.env(limited=True)["MEEMO_CLIENT_ID"] == server.limited_credentials.client_id


@pytest.fixture
def meemo_sandbox_options() -> dict[str, Any]:
    return {"token_lifetime": 42}


def test_plugin_fixture_is_registered_and_configurable(
    pytestconfig: pytest.Config, meemo_sandbox: SandboxServer
) -> None:
    assert pytestconfig.pluginmanager.has_plugin("meemo_sdk")  # loaded via the entry point
    with httpx.Client(base_url=meemo_sandbox.base_url) as http:
        creds = meemo_sandbox.credentials
        granted = http.post(
            TOKEN,
            data={
                "grant_type": "client_credentials",
                "client_id": creds.client_id,
                "client_secret": creds.client_secret,
            },
        ).json()
    assert granted["expires_in"] == 42
    # Pinned by default, so a user's tests see the same data on every run.
    assert DEFAULT_NOW <= meemo_sandbox.sandbox.clock() < DEFAULT_NOW + timedelta(hours=1)


def test_the_command_line_lays_data_out_around_now_unless_told() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)

    assert parser.parse_args([]).now is None  # Sandbox(now=None): the current time
    pinned = parser.parse_args(["--now", "2026-11-16T10:30:00+07:00"]).now
    assert pinned == DEFAULT_NOW
    assert DEFAULT_NOW.isoformat() in parser.format_help().replace("\n", "")

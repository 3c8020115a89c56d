"""`meemo webhooks`, `meemo usage`, `meemo calendar` and the newer `meetings list` filters,
run as a subprocess against the sandbox from the pytest plugin."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest
from meemo_sdk import MeemoClient
from meemo_sdk.cli import main
from meemo_sdk.testing import SandboxServer

from tests.cli.support import clean_env, meemo


@pytest.fixture
def env(meemo_sandbox: SandboxServer) -> dict[str, str]:
    return clean_env(**meemo_sandbox.env())


def _json(*args: str, env: dict[str, str]) -> Any:
    result = meemo(*args, "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def _refused(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    for needle in needles:
        assert needle in line


def _signing_keys(server: SandboxServer) -> list[str]:
    creds = server.credentials
    with MeemoClient(creds.client_id, creds.client_secret, server.base_url) as client:
        return [str(w.secret_key) for w in client.webhooks.list_webhooks().results]


def test_webhooks_list_never_prints_signing_keys(
    env: dict[str, str], meemo_sandbox: SandboxServer
) -> None:
    keys = _signing_keys(meemo_sandbox)
    hooks = _json("webhooks", "list", env=env)
    table = meemo("webhooks", "list", env=env)

    assert len(hooks) == len(keys)
    assert {w["secret_key"] for w in hooks} == {"***"}
    assert table.returncode == 0, table.stderr
    assert "https://hooks.example.com/meemo/7" in table.stdout
    assert len(table.stdout.splitlines()) == 1 + len(keys)
    for key in keys:
        assert key not in table.stdout
        assert key not in json.dumps(hooks)


def test_webhook_events_of_one_webhook(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    events = _json("webhooks", "events", "--webhook-id", "1", env=env)

    assert events
    assert {e["webhook_id"] for e in events} == {1}
    assert meemo_sandbox.sandbox.requests[-1].query == "webhook_id=1"


def test_usage(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    usage = _json("usage", "--organization-id", "7", env=env)
    table = meemo("usage", "--start-date", "2026-11-01", "--end-date", "2026-11-30", env=env)

    meetings = next(r for r in usage["results"] if r["capability_name"] == "meetings")
    assert meetings["usage"] == len(meemo_sandbox.sandbox.meeting_ids(organization_id=7))
    assert {r["organization_id"] for r in usage["results"]} == {7}
    assert table.returncode == 0, table.stderr
    assert "transcription_minutes" in table.stdout
    assert "unlimited" in table.stdout
    query = meemo_sandbox.sandbox.requests[-1].query
    assert query == "start_date=2026-11-01&end_date=2026-11-30"


def test_calendar_upcoming(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    upcoming = _json("calendar", "upcoming", "--limit", "1", env=env)

    assert upcoming["integrated"] is True
    [event] = upcoming["results"]
    found = _json("meetings", "list", "--calendar-event-id", event["event_id"], env=env)
    assert [m["calendar_event"]["event_id"] for m in found] == [event["event_id"]]


def test_new_list_filters_reach_the_service(
    env: dict[str, str], meemo_sandbox: SandboxServer
) -> None:
    found = _json(
        "meetings", "list", "--status", "past", "--start-after", "2026-10-01",
        "--search", "sync", env=env,
    )  # fmt: skip

    assert found
    assert {m["status"] for m in found} == {"past"}
    query = meemo_sandbox.sandbox.requests[-1].query
    assert query == "start_after=2026-10-01&status=past&search=sync"


def test_bad_input_is_refused_before_anything_is_sent(
    env: dict[str, str], meemo_sandbox: SandboxServer
) -> None:
    _refused(meemo("usage", "--start-date", "2026-02-30", env=env), "start_date")
    _refused(meemo("calendar", "upcoming", "--limit", "101", env=env), "limit")
    _refused(meemo("calendar", "upcoming", "--limit", "0", env=env), "--limit")
    _refused(meemo("webhooks", "events", "--webhook-id", "0", env=env), "--webhook-id")
    _refused(meemo("meetings", "list", "--status", "archived", env=env), "status")
    _refused(meemo("meetings", "list", "--search", " ", env=env), "search")
    assert meemo_sandbox.sandbox.requests == []


@pytest.mark.parametrize(
    "command",
    [["webhooks"], ["webhooks", "list"], ["webhooks", "events"], ["usage"], ["calendar"]],
)
def test_new_commands_have_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: meemo {' '.join(command)}")

"""The ``meemo`` CLI, run as a subprocess against the sandbox from the pytest plugin."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from meemo_sdk.cli import main
from meemo_sdk.testing import SandboxServer

from tests.cli.support import CLI, clean_env, meemo


@pytest.fixture
def env(meemo_sandbox: SandboxServer) -> dict[str, str]:
    return clean_env(**meemo_sandbox.env())


def _json(*args: str, env: dict[str, str]) -> object:
    result = meemo(*args, "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_list_prints_the_first_page_as_a_json_array(
    env: dict[str, str], meemo_sandbox: SandboxServer
) -> None:
    page = _json("meetings", "list", env=env)
    assert isinstance(page, list)
    assert [m["id"] for m in page] == meemo_sandbox.sandbox.meeting_ids()[:10]


def test_list_all_follows_every_page(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    items = _json("meetings", "list", "--all", "--size", "7", env=env)
    assert isinstance(items, list)
    assert [m["id"] for m in items] == meemo_sandbox.sandbox.meeting_ids()
    pages = [r for r in meemo_sandbox.sandbox.requests if r.path.endswith("/meeting/")]
    assert len(pages) == -(-len(items) // 7)


def test_list_filters_reach_the_service(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    items = _json(
        "meetings", "list", "--all", "--title", "SYNC", "--from-calendar", "--participants",
        "12,13,57", env=env,
    )  # fmt: skip
    assert isinstance(items, list)
    assert items
    assert all("sync" in m["title"].lower() and m["calendar_event"] for m in items)
    query = meemo_sandbox.sandbox.requests[-1].query
    assert "from_calendar=true" in query
    assert "participants=12%2C13%2C57" in query


def test_list_table_is_readable(env: dict[str, str]) -> None:
    page = _json("meetings", "list", "--size", "4", env=env)
    assert isinstance(page, list)
    result = meemo("meetings", "list", "--size", "4", env=env)
    assert result.returncode == 0
    assert result.stderr == ""  # no page footer: stderr is not a terminal
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["ID", "START", "STATUS", "SUMMARY", "SOURCE", "HOST", "TITLE"]
    assert len(rows) == 4
    for meeting, row in zip(page, rows, strict=True):
        assert row.startswith(str(meeting["id"]))
        assert meeting["title"] in row
        assert re.search(r" \d{4}-\d{2}-\d{2} \d{2}:\d{2} \+07:00 ", row)


@pytest.mark.parametrize("action", ["get", "transcript", "summary", "participants", "recording"])
def test_meeting_commands(env: dict[str, str], meemo_sandbox: SandboxServer, action: str) -> None:
    meeting_id = meemo_sandbox.sandbox.meeting_ids()[12]  # a finished meeting
    body = _json("meetings", action, str(meeting_id), env=env)
    assert isinstance(body, dict)
    assert body.get("meeting_id", body.get("id")) == meeting_id
    table = meemo("meetings", action, str(meeting_id), env=env)
    assert table.returncode == 0
    if action == "transcript":
        first = body["transcripts"][0]
        assert table.stdout.startswith(f"[00:00:0{int(first['start_time'])}] {first['speaker']}: ")
        assert first["text"] in table.stdout.splitlines()[0]
    else:
        assert body["title"] in table.stdout
    if action == "participants":
        assert len(table.stdout.splitlines()) == 2 + len(body["participants"])


def test_legacy_summary_is_rendered(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    oldest = str(meemo_sandbox.sandbox.meeting_ids()[-1])  # the legacy (dict) summary
    body = _json("meetings", "summary", oldest, env=env)
    assert isinstance(body, dict)
    assert isinstance(body["summary"], dict)
    table = meemo("meetings", "summary", oldest, env=env).stdout
    assert "(legacy structured summary)" in table
    assert f"ringkasan: {body['summary']['ringkasan']}" in table


def test_topics_list(env: dict[str, str]) -> None:
    topics = _json("topics", "list", "--organization-id", "9", env=env)
    assert isinstance(topics, list)
    assert topics
    table = meemo("topics", "list", "--organization-id", "9", env=env).stdout
    assert [line.split()[0] for line in table.splitlines()[1:]] == [str(t["id"]) for t in topics]


def test_create_then_get(env: dict[str, str], meemo_sandbox: SandboxServer) -> None:
    created = _json(
        "meetings", "create", "--organization-id", "7", "--title", "CLI planning",
        "--participant", "budi@nusantara-digital.example", "--participant", "x@partner.example",
        "--speaker-count", "3", "--calendar-event", '{"event_id": "cli-evt-1"}', env=env,
    )  # fmt: skip
    assert isinstance(created, dict)
    assert created["id"] in meemo_sandbox.sandbox.meeting_ids()
    fetched = _json("meetings", "get", str(created["id"]), env=env)
    assert fetched == created
    assert created["participant_count"] == 3
    assert created["calendar_event"]["event_id"] == "cli-evt-1"


def test_console_script_and_flags_override_the_environment(
    meemo_sandbox: SandboxServer,
) -> None:
    script = Path(sys.executable).parent / "meemo"
    wrong = clean_env(
        MEEMO_BASE_URL="http://127.0.0.1:9", MEEMO_CLIENT_ID="nobody", MEEMO_CLIENT_SECRET="x"
    )
    creds = meemo_sandbox.credentials
    flags = [
        "--base-url", meemo_sandbox.base_url, "--client-id", creds.client_id,
        "--client-secret", creds.client_secret,
    ]  # fmt: skip
    result = subprocess.run(  # noqa: S603 - the installed console script, fixed arguments
        [str(script), "topics", "list", *flags, "--json"],
        env=wrong,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)


def _one_line_error(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> None:
    assert result.returncode == code
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("meemo")
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_unknown_meeting_is_a_one_line_error(env: dict[str, str]) -> None:
    _one_line_error(meemo("meetings", "get", "999999", env=env), 1, "404", "request_id=req_")


def test_another_organizations_meeting_is_refused(meemo_sandbox: SandboxServer) -> None:
    limited = clean_env(**meemo_sandbox.env(limited=True))
    hidden = str(meemo_sandbox.sandbox.meeting_ids(organization_id=9)[0])
    _one_line_error(meemo("meetings", "transcript", hidden, env=limited), 1, "403")


def test_bad_input_is_refused_before_anything_is_sent(
    env: dict[str, str], meemo_sandbox: SandboxServer
) -> None:
    _one_line_error(meemo("meetings", "get", "abc", env=env), 2, "expected a whole number")
    create = ("meetings", "create", "--organization-id", "7", "--title", "x")
    _one_line_error(meemo(*create, "--speaker-count", "0", env=env), 2, "--speaker-count")
    _one_line_error(meemo(*create, "--calendar-event", "{nope", env=env), 2, "calendar-event")
    _one_line_error(meemo("meetings", "list", "--all", "--page", "2", env=env), 2, "--all")
    _one_line_error(meemo("meetings", "lst", env=env), 2, "invalid choice")
    assert meemo_sandbox.sandbox.requests == []


def test_bad_credentials_do_not_leak(env: dict[str, str]) -> None:
    result = meemo("meetings", "list", "--client-secret", "hunter2-wrong", env=env)
    _one_line_error(result, 1, "401", "invalid_client")
    assert "hunter2" not in result.stderr


def test_missing_credentials_say_what_to_set(meemo_sandbox: SandboxServer) -> None:
    result = meemo("topics", "list", env=clean_env(MEEMO_BASE_URL=meemo_sandbox.base_url))
    _one_line_error(result, 2, "MEEMO_CLIENT_ID")


def test_connection_refused_is_a_one_line_error() -> None:
    with SandboxServer() as closed:
        base_url = closed.base_url  # a port that is free again once the server stops
    env = clean_env(MEEMO_BASE_URL=base_url, MEEMO_CLIENT_ID="a", MEEMO_CLIENT_SECRET="b")
    _one_line_error(meemo("topics", "list", "--timeout", "5", env=env), 1, "Connection", base_url)


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["meetings"],
        ["meetings", "list"],
        ["meetings", "get"],
        ["meetings", "transcript"],
        ["meetings", "summary"],
        ["meetings", "participants"],
        ["meetings", "recording"],
        ["meetings", "create"],
        ["topics"],
        ["topics", "list"],
        ["sandbox"],
    ],
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: meemo {' '.join(command)}".rstrip())
    assert "--help" in out


def test_sandbox_command_serves_until_terminated() -> None:
    with subprocess.Popen(  # noqa: S603 - our own CLI
        [*CLI, "sandbox", "--port", "0", "--quiet"], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().split()[-1]
            env = clean_env(
                MEEMO_BASE_URL=base_url,
                MEEMO_CLIENT_ID="sandbox-client",
                MEEMO_CLIENT_SECRET="sandbox-secret",
            )
            assert _json("topics", "list", env=env)
        finally:
            process.send_signal(signal.SIGTERM)
        process.communicate(timeout=30)
    assert process.returncode == 0

"""The command line as scripts and people use it: output shapes, notices, safe text,
numbers, credentials, completion, and the wait, transcript-format and export commands.

Most tests run `main()` in-process against the sandbox from the pytest plugin, on
a manual clock: `meemo meetings wait` then advances it instead of sleeping. A few
run the real console script (a pseudo-terminal for stderr, an ASCII-only stdout).
"""

from __future__ import annotations

import io
import json
import os
import pty
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import srt  # type: ignore[import-untyped]
import webvtt
from meemo_sdk import _polling, _retry
from meemo_sdk.cli import main
from meemo_sdk.cli._output import clean, redact
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, SandboxServer

from tests.cli.support import CLI, clean_env, meemo

# Characters a terminal would act on; none may reach a table or plain output.
RAW_CONTROLS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
EVIL_TITLE = "Evil \x1b[31mred\x1b[0m \x1b]0;owned\x07 \u202eevil\u202c\r\x9b2J café 会议"


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def live_lines(err: str) -> list[str]:
    """What a live status line showed, one entry per redraw (each redraw clears the last)."""
    return [part for part in re.split(r"\r\x1b\[K|\n", err) if part]


def run(*argv: str, tty: bool = False) -> Result:
    out = io.StringIO()
    err = Terminal() if tty else io.StringIO()
    code = main(list(argv), out, err)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(DEFAULT_NOW)


@pytest.fixture
def meemo_sandbox_options(clock: ManualClock) -> dict[str, Any]:
    return {"clock": clock}


@pytest.fixture(autouse=True)
def env(meemo_sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in ("COLUMNS", "MEEMO_ACCESS_TOKEN", "MEEMO_LOG"):
        monkeypatch.delenv(name, raising=False)
    variables = meemo_sandbox.env()
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(_retry, "sleep", lambda _seconds: None)
    return clean_env(**variables)


class TimeMachine:
    """The wait's clock and sleep, tied to the sandbox's: sleeping moves both."""

    def __init__(self, sandbox_clock: ManualClock) -> None:
        self.sandbox_clock = sandbox_clock
        self.now = 0.0
        self.pauses: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds
        self.sandbox_clock.advance(seconds)


@pytest.fixture
def time_machine(clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> TimeMachine:
    machine = TimeMachine(clock)
    monkeypatch.setattr(_polling, "clock", lambda: machine.now)
    monkeypatch.setattr(_polling, "sleep", machine.sleep)
    return machine


def created(*extra: str, title: str = "CLI import") -> int:
    result = run("meetings", "create", "--organization-id", "7", "--title", title, *extra, "--json")
    assert result.code == 0, result.err
    meeting_id: int = result.json()["id"]
    return meeting_id


# --- help ---------------------------------------------------------------------------------------


def test_no_arguments_prints_help_and_succeeds() -> None:
    result = run()

    assert result.code == 0
    assert result.out.startswith("usage: meemo")
    for command in ("meetings", "export", "completion", "sandbox"):
        assert command in result.out


def test_the_console_script_without_arguments_prints_help() -> None:
    script = Path(sys.executable).parent / "meemo"
    done = subprocess.run(  # noqa: S603 - the installed console script, no arguments
        [str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("usage: meemo")
    assert done.stderr == ""


@pytest.mark.parametrize("group", ["meetings", "topics", "webhooks", "calendar"])
def test_a_group_without_its_action_shows_what_it_offers(group: str) -> None:
    result = run(group)

    assert result.code == 0
    assert result.out.startswith(f"usage: meemo {group}")


@pytest.mark.parametrize(
    "command",
    [["meetings", "wait"], ["meetings", "transcript"], ["export"], ["completion"]],
)
def test_new_commands_have_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])

    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: meemo {' '.join(command)}")


# --- one shape per command ----------------------------------------------------------------------


def test_a_list_is_a_json_array_with_or_without_all(meemo_sandbox: SandboxServer) -> None:
    ids = meemo_sandbox.sandbox.meeting_ids()

    page = run("meetings", "list", "--size", "5", "--json").json()
    everything = run("meetings", "list", "--all", "--size", "7", "--json").json()

    assert [m["id"] for m in page] == ids[:5]
    assert [m["id"] for m in everything] == ids


def test_jsonl_streams_one_object_per_line(meemo_sandbox: SandboxServer) -> None:
    ids = meemo_sandbox.sandbox.meeting_ids()

    everything = run("meetings", "list", "--all", "--size", "7", "--jsonl")
    one = run("meetings", "get", str(ids[0]), "--jsonl")

    assert [json.loads(line)["id"] for line in everything.out.splitlines()] == ids
    assert len(one.out.splitlines()) == 1
    assert json.loads(one.out)["id"] == ids[0]


@pytest.mark.parametrize(
    ("command", "shape"),
    [
        (["topics", "list"], list),
        (["webhooks", "list"], list),
        (["webhooks", "events"], list),
        (["usage"], dict),
        (["calendar", "upcoming"], dict),
    ],
)
def test_every_command_has_one_json_shape(command: list[str], shape: type) -> None:
    assert isinstance(run(*command, "--json").json(), shape)


# --- notices: stderr, terminals only ------------------------------------------------------------


def test_page_footer_goes_to_a_terminal_never_to_a_pipe(meemo_sandbox: SandboxServer) -> None:
    count = len(meemo_sandbox.sandbox.meeting_ids())

    piped = run("meetings", "list", "--size", "3")
    on_terminal = run("meetings", "list", "--size", "3", tty=True)

    assert piped.err == ""
    assert on_terminal.out == piped.out
    assert on_terminal.err == f"Page 1 · 3 of {count} meeting(s) · next: --page 2 (or --all)\n"
    assert run("meetings", "list", "--size", "3", "--json", tty=True).err == on_terminal.err


def test_retries_are_noticed_on_a_terminal_only(meemo_sandbox: SandboxServer) -> None:
    meemo_sandbox.sandbox.fail_next(503, path_prefix="/api/v1/")
    on_terminal = run("topics", "list", tty=True)
    meemo_sandbox.sandbox.fail_next(503, path_prefix="/api/v1/")
    piped = run("topics", "list")

    assert on_terminal.code == piped.code == 0
    assert "meemo: info: Retrying GET /api/v1/external/topics/ (retry 1 of 2)" in on_terminal.err
    assert piped.err == ""


def test_verbose_shows_each_request_once_and_no_secret(meemo_sandbox: SandboxServer) -> None:
    result = run("topics", "list", "--verbose")

    lines = result.err.splitlines()
    assert any(line.startswith("meemo: debug: POST /api/auth/token/ -> 200") for line in lines)
    assert any(
        line.startswith("meemo: debug: GET /api/v1/external/topics/ -> 200") for line in lines
    )
    assert len(lines) == len(set(lines)) == 2
    assert meemo_sandbox.credentials.client_secret not in result.err


def test_verbose_in_a_subprocess_with_meemo_log_prints_each_line_once(
    env: dict[str, str],
) -> None:
    result = meemo("topics", "list", "--verbose", env={**env, "MEEMO_LOG": "debug"})

    assert result.returncode == 0
    lines = [line for line in result.stderr.splitlines() if "/api/v1/external/topics/" in line]
    assert len(lines) == 1


def test_notices_reach_a_real_terminal_and_data_stays_on_stdout(env: dict[str, str]) -> None:
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(  # noqa: S603 - our own CLI, fixed arguments
            [*CLI, "meetings", "list", "--size", "2"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=terminal,
            text=True,
            timeout=120,
            check=False,
        )
        os.close(terminal)
        shown = _read_all(controller)
    finally:
        os.close(controller)

    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 3
    assert "Page 1 · 2 of" in shown
    assert "Page 1" not in done.stdout


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


# --- tables ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [100, 80, 72, 60])
def test_tables_fit_the_terminal_and_show_utc_offsets(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    wide = run("meetings", "list", "--size", "10").out.splitlines()
    monkeypatch.delenv("COLUMNS")
    natural = run("meetings", "list", "--size", "10").out.splitlines()

    assert max(len(line) for line in natural) > 100
    assert max(len(line) for line in wide) <= width
    assert [line.split()[0] for line in wide] == [line.split()[0] for line in natural]
    assert any(line.endswith("…") for line in wide)
    assert all(re.search(r" 2026-\d\d-\d\d \d\d:\d\d \+07:00 ", line) for line in wide[1:])


def test_wide_characters_count_double() -> None:
    from meemo_sdk.cli._render import columns, table

    text = table(("NAME", "X"), [("会议会议会议", "a"), ("ab", "b")], width=12, flexible=("NAME",))

    assert text.splitlines() == ["NAME       X", "会议会议…  a", "ab         b"]
    assert [columns(line) for line in text.splitlines()] == [12, 12, 12]


# --- server text is neutralised; JSON stays exact ------------------------------------------------


def test_control_characters_in_titles_are_neutralised(clock: ManualClock) -> None:
    meeting_id = created(title=EVIL_TITLE)

    table = run("meetings", "list", "--title", "Evil").out
    detail = run("meetings", "get", str(meeting_id)).out
    exact = run("meetings", "get", str(meeting_id), "--json").json()

    for text in (table, detail):
        assert not RAW_CONTROLS.search(text), repr(text)
        assert "Evil ␛[31mred␛[0m ␛]0;owned␇ �evil�␍�2J café 会议" in text
    assert exact["title"] == EVIL_TITLE


def test_clean_keeps_newlines_only_in_multiline_text() -> None:
    assert clean("a\nb\tc\x1b") == "a␊b␉c␛"
    assert clean("a\nb\tc\x1b\r", multiline=True) == "a\nb\tc␛␍"


def test_ascii_only_stdout_gets_replacements_not_a_traceback(env: dict[str, str]) -> None:
    created(title="Café 会议 \u202e")
    ascii_env = {**env, "PYTHONIOENCODING": "ascii"}

    table = meemo("meetings", "list", "--title", "Caf", env=ascii_env)
    as_json = meemo("meetings", "list", "--title", "Caf", "--json", env=ascii_env)

    assert table.returncode == 0, table.stderr
    assert "Caf? ?? ?" in table.stdout
    assert "Traceback" not in table.stderr
    assert as_json.returncode == 0
    assert as_json.stdout.isascii()
    assert json.loads(as_json.stdout)[0]["title"] == "Café 会议 \u202e"


def test_an_ascii_stream_in_process_gets_replacements() -> None:
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="ascii")
    meeting_id = created(title="Rapat 会议")

    code = main(["meetings", "get", str(meeting_id)], out, io.StringIO())

    out.flush()
    assert code == 0
    assert "Title:                Rapat ??" in raw.getvalue().decode("ascii")


# --- bad numbers, credentials, secrets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["topics", "list", "--timeout", "nan"], "--timeout"),
        (["topics", "list", "--timeout", "inf"], "--timeout"),
        (["topics", "list", "--timeout", "-1"], "--timeout"),
        (["topics", "list", "--timeout", "0"], "--timeout"),
        (["topics", "list", "--timeout", "1_0"], "--timeout"),
        (["topics", "list", "--timeout", "١٢"], "--timeout"),
        (["meetings", "wait", "1", "--timeout", "soon"], "--timeout"),
        (["meetings", "wait", "1", "--poll-interval", "0"], "--poll-interval"),
        (["meetings", "list", "--size", "0"], "--size"),
        (["meetings", "list", "--size", "-3"], "--size"),
        (["meetings", "list", "--page", "1.5"], "--page"),
        (["meetings", "list", "--organization-id", "٣"], "--organization-id"),
        (["meetings", "get", "1_000"], "ID"),
        (["meetings", "get", " 12"], "ID"),
        (["export", "--dir", "x", "--concurrency", "0"], "--concurrency"),
        (["calendar", "upcoming", "--limit", "ten"], "--limit"),
    ],
)
def test_invalid_numbers_exit_2_with_one_line(
    argv: list[str], option: str, capsys: pytest.CaptureFixture[str], meemo_sandbox: SandboxServer
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)

    assert exited.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert f"error: argument {option}: expected a " in line
    assert meemo_sandbox.sandbox.requests == []


@pytest.mark.parametrize(
    ("unset", "named"),
    [
        (
            ["MEEMO_CLIENT_ID", "MEEMO_CLIENT_SECRET"],
            ["MEEMO_CLIENT_ID (or --client-id)", "MEEMO_CLIENT_SECRET (or --client-secret)"],
        ),
        (["MEEMO_CLIENT_SECRET"], ["MEEMO_CLIENT_SECRET (or --client-secret)"]),
    ],
)  # fmt: skip
def test_missing_credentials_name_the_variables_and_flags(
    unset: list[str], named: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in unset:
        monkeypatch.delenv(name)

    result = run("topics", "list")

    assert result.code == 2
    [line] = result.err.splitlines()
    for text in named:
        assert text in line
    assert "MEEMO_ACCESS_TOKEN" in line
    assert "client_secret=" not in line


def test_a_static_token_from_the_environment_is_enough(
    monkeypatch: pytest.MonkeyPatch, meemo_sandbox: SandboxServer
) -> None:
    from meemo_sdk import MeemoClient

    creds = meemo_sandbox.credentials
    with MeemoClient(creds.client_id, creds.client_secret, meemo_sandbox.base_url) as client:
        client.meetings.list_topics()
        token = client._tokens.current_token()
    assert token is not None
    monkeypatch.delenv("MEEMO_CLIENT_ID")
    monkeypatch.delenv("MEEMO_CLIENT_SECRET")
    monkeypatch.setenv("MEEMO_ACCESS_TOKEN", token)

    assert run("topics", "list", "--json").code == 0


def test_a_password_in_the_base_url_never_shows(meemo_sandbox: SandboxServer) -> None:
    port = meemo_sandbox.base_url.rsplit(":", 1)[1]
    results = [
        run("topics", "list", "--base-url", url, "-v")
        for url in (
            f"http://bob:hunter2@127.0.0.1:{port}",
            "ftp://bob:hunter2@example.com",
            "bob:hunter2@example.com",
        )
    ]

    for result in results:
        assert result.code == 2, result.err
        assert result.out == ""
        [line] = result.err.splitlines()
        assert line.startswith("meemo: error: base_url")
        assert "hunter2" not in line
    assert meemo_sandbox.sandbox.requests == []


def test_redact_leaves_email_addresses_alone() -> None:
    assert redact("participants: 'rina@example.com' is fine") == (
        "participants: 'rina@example.com' is fine"
    )
    assert (
        redact("got 'https://u:p@h.example/x' and u:p@h")
        == "got 'https://***@h.example/x' and ***@h"
    )


# --- transcript formats --------------------------------------------------------------------------


def finished_meeting(meemo_sandbox: SandboxServer) -> str:
    return str(meemo_sandbox.sandbox.meeting_ids()[12])


def test_transcript_formats(meemo_sandbox: SandboxServer) -> None:
    meeting_id = finished_meeting(meemo_sandbox)
    body = run("meetings", "transcript", meeting_id, "--json").json()
    segments = body["transcripts"]

    subtitles = list(srt.parse(run("meetings", "transcript", meeting_id, "--format", "srt").out))
    vtt = run("meetings", "transcript", meeting_id, "--format", "vtt").out
    captions = webvtt.from_string(vtt).captions
    markdown = run("meetings", "transcript", meeting_id, "--format", "md").out
    text = run("meetings", "transcript", meeting_id).out

    assert len(subtitles) == len(captions) == len(segments)
    assert subtitles[0].content == f"{segments[0]['speaker']}: {segments[0]['text']}"
    assert captions[-1].voice == segments[-1]["speaker"]
    assert markdown.startswith(f"# {body['title']}\n\n**{segments[0]['speaker']}** (00:00:0")
    assert text == run("meetings", "transcript", meeting_id, "--format", "text").out
    assert len(text.splitlines()) < len(segments)  # speaker turns merged
    assert run("meetings", "transcript", meeting_id, "--format", "json").json() == body


def test_transcript_header_is_a_notice(meemo_sandbox: SandboxServer) -> None:
    meeting_id = finished_meeting(meemo_sandbox)

    result = run("meetings", "transcript", meeting_id, "--format", "srt", tty=True)

    assert result.err.startswith(f"Transcript of meeting {meeting_id}: ")
    assert result.out.startswith("1\n00:00:")


def test_a_subtitle_format_does_not_go_with_json(meemo_sandbox: SandboxServer) -> None:
    result = run(
        "meetings", "transcript", finished_meeting(meemo_sandbox), "--format", "srt", "--json"
    )

    assert result.code == 2
    assert "--format srt does not go with --json" in result.err
    assert meemo_sandbox.sandbox.requests == []


# --- meetings wait --------------------------------------------------------------------------------


def test_import_then_wait_until_the_summary_is_ready(
    time_machine: TimeMachine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a live line is cut to the terminal's width
    meeting_id = created("--file-url", "https://files.example.com/all-hands.mp3")

    result = run("meetings", "wait", str(meeting_id), tty=True)

    assert result.code == 0, result.err
    assert "Summarization stage:  completed (Summary ready.)" in result.out
    assert time_machine.pauses == [2.0, 3.0]
    statuses = live_lines(result.err)
    assert statuses[0] == (
        f"Meeting {meeting_id}: recording in_progress · transcription pending · "
        "summarization pending (0 s)"
    )
    assert statuses[1:] == [
        f"Meeting {meeting_id}: recording completed · transcription completed · "
        "summarization in_progress (2 s)",
        f"Meeting {meeting_id}: recording completed · transcription completed · "
        "summarization completed (5 s)",
        f"Meeting {meeting_id}: summarization completed",
    ]
    assert result.err.endswith(f"Meeting {meeting_id}: summarization completed\n")
    summary = run("meetings", "summary", str(meeting_id)).out
    assert "Imported recording of **CLI import**" in summary


def test_wait_for_an_earlier_stage_with_a_fixed_interval(time_machine: TimeMachine) -> None:
    meeting_id = created("--file-url", "https://files.example.com/all-hands.mp3")

    result = run(
        "meetings", "wait", str(meeting_id), "--stage", "recording", "--poll-interval", "0.5",
        "--json",
    )  # fmt: skip

    assert result.code == 0
    assert result.json()["recording"]["status"] == "completed"
    assert time_machine.pauses == [0.5, 0.5]


def test_wait_gives_up_with_exit_124(time_machine: TimeMachine) -> None:
    meeting_id = created()  # not an import: nothing ever progresses

    result = run("meetings", "wait", str(meeting_id), "--timeout", "30")

    assert result.code == 124
    assert result.out == ""
    assert result.err == (
        f"meemo: error: Meeting {meeting_id}: summarization not completed after 30 s "
        "(last status: pending)\n"
    )
    assert sum(time_machine.pauses) == 30


def test_a_failed_stage_exits_1(meemo_sandbox: SandboxServer, time_machine: TimeMachine) -> None:
    failed = [
        m["id"]
        for m in run("meetings", "list", "--all", "--json").json()
        if (m.get("summarization") or {}).get("status") == "failed"
    ]

    result = run("meetings", "wait", str(failed[0]))

    assert result.code == 1
    assert re.fullmatch(r"meemo: error: Meeting \d+: summarization failed: .+\n", result.err)
    assert time_machine.pauses == []


def test_the_request_timeout_goes_before_wait(time_machine: TimeMachine) -> None:
    meeting_id = created("--file-url", "https://files.example.com/a.mp3")

    result = run("--timeout", "5", "meetings", "wait", str(meeting_id), "--timeout", "60")

    assert result.code == 0, result.err


# --- export ---------------------------------------------------------------------------------------


def test_export_then_resume(meemo_sandbox: SandboxServer, tmp_path: Path) -> None:
    ids = meemo_sandbox.sandbox.meeting_ids(organization_id=7)
    target = str(tmp_path / "archive")

    first = run("export", "--dir", target, "--organization-id", "7", tty=True)
    second = run("export", "--dir", target, "--organization-id", "7", "--jsonl")
    summary = run("export", "--dir", target, "--organization-id", "7", "--json").json()

    assert first.code == 0, first.err
    assert first.out.startswith(f"{len(ids)} meeting(s) in {target}\n")
    assert "  unchanged:  0\n  failed:     0" in first.out
    bars = live_lines(first.err)
    assert bars[0].endswith(f" 0/{len(ids)} meetings")
    assert bars[-1].endswith(f" {len(ids)}/{len(ids)} meetings")
    assert second.err == ""
    entries = [json.loads(line) for line in second.out.splitlines()]
    assert sorted(e["id"] for e in entries) == sorted(ids)
    assert {e["outcome"] for e in entries} == {"unchanged"}
    assert sorted(summary["unchanged"]) == sorted(ids)
    assert summary["failed"] == []
    index = (tmp_path / "archive" / "index.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in index] == ids


def test_export_picks_up_an_import_once_it_is_processed(tmp_path: Path, clock: ManualClock) -> None:
    meeting_id = created("--file-url", "https://files.example.com/a.mp3")
    target = str(tmp_path)

    first = run("export", "--dir", target, "--title", "CLI import", "--json").json()
    clock.advance(5)
    second = run("export", "--dir", target, "--title", "CLI import", "--json").json()

    assert first["incomplete"] == [meeting_id]
    assert second["exported"] == [meeting_id]
    document = json.loads((tmp_path / "meetings" / f"{meeting_id}.json").read_text())
    assert document["missing"] == {}
    assert document["summary"]["summary"].startswith("## Summary")


def test_export_failures_exit_1_and_are_listed(
    meemo_sandbox: SandboxServer, tmp_path: Path
) -> None:
    meeting_id = created(title="Doomed")
    meemo_sandbox.sandbox.fail_next(
        500, times=3, path_prefix=f"/api/v1/external/meeting/{meeting_id}/transcript/"
    )

    result = run("export", "--dir", str(tmp_path), "--title", "Doomed")

    assert result.code == 1
    assert f"  failed:     1\n    {meeting_id}: transcript: 500" in result.out


def test_export_into_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")

    result = run("export", "--dir", str(tmp_path / "taken"))

    assert result.code == 2
    assert result.err.startswith("meemo: error: --dir: ")


# --- shell completion -----------------------------------------------------------------------------


def completion_script(shell: str) -> str:
    out = io.StringIO()
    assert main(["completion", shell], out, io.StringIO()) == 0
    return out.getvalue()


def in_shell(shell: list[str], program: str) -> list[str]:
    """The lines a shell prints running `program` (no rc files)."""
    done = subprocess.run(  # noqa: S603 - a shell from PATH, our generated script
        [*shell, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    return [line for line in done.stdout.splitlines() if line]


def _bash_complete(words: list[str], script: str) -> list[str]:
    program = (
        f"{script}\nCOMP_WORDS=({' '.join(repr(w) for w in words)})\n"
        "COMP_CWORD=$((${#COMP_WORDS[@]}-1))\n_meemo\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    return in_shell(["bash", "--norc"], program)


@pytest.fixture(scope="module")
def bash_script() -> str:
    return completion_script("bash")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["meemo", ""], ["meetings", "export", "topics", "webhooks", "usage", "calendar",
                         "completion", "sandbox"]),
        (["meemo", "meetings", "w"], ["wait"]),
        (["meemo", "--timeout", "5", "meetings", "tr"], ["transcript"]),
        (["meemo", "meetings", "wait", "12", "--st"], ["--stage"]),
        (["meemo", "meetings", "wait", "12", "--stage", ""],
         ["recording", "transcription", "summarization"]),
        (["meemo", "meetings", "transcript", "12", "--format", "s"], ["srt"]),
        (["meemo", "meetings", "list", "--title", "x", "--from"], ["--from-calendar"]),
        (["meemo", "export", "--con"], ["--concurrency"]),
        (["meemo", "completion", ""], ["bash", "zsh"]),
    ],
)  # fmt: skip
def test_bash_completion(words: list[str], expected: list[str], bash_script: str) -> None:
    assert _bash_complete(words, bash_script) == expected


def test_bash_completes_directories_for_export(bash_script: str, tmp_path: Path) -> None:
    (tmp_path / "exports").mkdir()
    (tmp_path / "notes.txt").write_text("")

    found = _bash_complete(["meemo", "export", "--dir", f"{tmp_path}/"], bash_script)

    assert found == [f"{tmp_path}/exports"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completion() -> None:
    program = (
        'compadd() { shift; print -r -- "${(j: :)@}"; }\n'  # stands in for zsh's builtin
        '_files() { print -r -- "FILES $*"; }\n'
        f"{completion_script('zsh')}\n"
        "words=(meemo meetings wait 12 --stage ''); CURRENT=6; _meemo\n"
        "words=(meemo --timeout 5 meetings ''); CURRENT=5; _meemo\n"
        "words=(meemo export --dir ''); CURRENT=4; _meemo\n"
    )
    assert in_shell(["zsh", "-f"], program) == [
        "recording transcription summarization",
        "list get summary participants recording transcript wait create",
        "FILES -/",
    ]


def test_the_script_is_static_text_for_both_shells() -> None:
    for shell in ("bash", "zsh"):
        script = completion_script(shell)
        assert f"generated by `meemo completion {shell}`" in script
        assert "python" not in script.lower()


def test_help_loads_no_model_and_no_command_module() -> None:
    """`meemo --help` costs about half of importing httpx: the client loads only for a command."""
    probe = (
        "import sys\n"
        "from meemo_sdk.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(done.stderr.split())
    assert done.stdout.startswith("usage: meemo")
    for heavy in (
        "meemo_api_client.models",
        "meemo_sdk.models",
        "meemo_sdk.export",
        "meemo_sdk.transcript_formats",
        "meemo_sdk.cli._completion",
        "meemo_sandbox",
        "asyncio",
        "httpx",
        "attrs",
        "orjson",
        "meemo_sdk._client",
    ):
        assert heavy not in loaded

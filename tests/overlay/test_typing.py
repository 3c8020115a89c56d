"""What type checkers, editors and help() see of the public surface.

- `pyright --verifytypes` on a plain `pip install .` (in a throwaway venv) scores 100%;
- a typed user program (create_task, TaskGroup, wait_for, raw responses, iterators)
  passes `mypy --strict` and pyright strict;
- jedi shows every operation method's parameters and docstring, sync, async and raw;
- help() shows every method, `iter_*` included, with its parameters and docstring.
"""

from __future__ import annotations

import inspect
import json
import os
import pydoc
import subprocess
import sys
from pathlib import Path
from typing import Any

import jedi  # type: ignore[import-untyped]
import meemo_sdk
import pytest

from tests.overlay import surface

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
CLIENTS = ("MeemoClient", "AsyncMeemoClient")

USER_PROGRAM = """\
# pyright: strict
import asyncio
from collections.abc import AsyncIterator, Iterator

from meemo_sdk import AsyncMeemoClient, MeemoClient, MeetingDetail, MeetingListItem, RawResponse
from meemo_sdk.resources.meetings import AsyncMeetings, Meetings


async def main(client: AsyncMeemoClient) -> None:
    meetings: AsyncMeetings = client.meetings
    task: asyncio.Task[MeetingDetail] = asyncio.create_task(meetings.get_meeting(1))
    detail: MeetingDetail = await task
    async with asyncio.TaskGroup() as group:
        later = group.create_task(client.meetings.get_meeting(2, timeout=5))
    soon: MeetingDetail = await asyncio.wait_for(client.meetings.get_meeting(3), timeout=10)
    raw: RawResponse[MeetingDetail] = await client.meetings.with_raw_response.get_meeting(4)
    request_id: str | None = raw.request_id
    pages: AsyncIterator[MeetingListItem] = client.meetings.iter_meetings(size=50)
    async for item in pages:
        print(item.id)
    print(detail.id, later.result().id, soon.id, raw.parse().id, request_id)


def optional_fields(client: MeemoClient) -> None:
    # Absent fields read as plain defaults: no sentinel to import or narrow away.
    detail = client.meetings.get_meeting(1)
    location: str = detail.location.upper()
    keywords: list[str] = [k.lower() for k in detail.keywords]
    duration: float = detail.duration_seconds or 0.0
    stage = detail.summarization.status if detail.summarization is not None else None
    event_id = detail.calendar_event.event_id if detail.calendar_event else None
    recording = client.meetings.get_recording(1)
    url: str | None = recording.recording_url
    formats: list[str] = [asset.format for asset in recording.assets]
    page = client.meetings.list_meetings()
    following: str | None = page.next
    summary = client.meetings.get_summary(1).summary
    text: str = summary if isinstance(summary, str) else ""
    video = client.meetings.get_summary_with_video(1)
    mapping: dict[str, str] = video.media_mapping
    print(location, keywords, duration, stage, event_id, url, formats, following, text)
    print(mapping, video.has_video, [t.alias for t in client.meetings.list_topics()])


def sync(client: MeemoClient) -> None:
    meetings: Meetings = client.meetings
    detail: MeetingDetail = meetings.get_meeting(1, extra_headers={"X-Trace": "1"})
    raw: RawResponse[MeetingDetail] = client.meetings.with_raw_response.get_meeting(1)
    items: Iterator[MeetingListItem] = client.meetings.iter_meetings(title="sync")
    print(detail.id, raw.status_code, raw.elapsed, next(items).id)
    print([hook.id for hook in client.webhooks.iter_webhooks()])
    print([event.id for event in client.webhooks.iter_webhook_events(webhook_id=31)])
"""


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(  # noqa: S603 - the project's own tools
        [str(a) for a in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _pyright() -> Path:
    if not PYRIGHT.exists():
        pytest.fail("pyright is not installed: run `make node_modules` (part of `make test`)")
    return PYRIGHT


@pytest.mark.slow
@pytest.mark.node
def test_verifytypes_scores_100_percent_on_a_plain_install(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            venv / "bin" / "python",
            "install",
            "--quiet",
            ROOT,
        ],
        cwd=tmp_path,
    )
    env = {"VIRTUAL_ENV": str(venv), "PATH": f"{venv / 'bin'}:{os.environ['PATH']}"}

    report = json.loads(
        subprocess.run(  # noqa: S603 - the pinned pyright
            [_pyright(), "--verifytypes", "meemo_sdk", "--ignoreexternal", "--outputjson"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            env={**os.environ, **env},
        ).stdout
    )

    completeness = report["typeCompleteness"]
    problems = [
        f"{d.get('file', '')}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert problems == []
    assert completeness["completenessScore"] == 1.0
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 150


def _user_program(tmp_path: Path) -> Path:
    program = tmp_path / "user_program.py"
    program.write_text(USER_PROGRAM)
    return program


def test_a_typed_user_program_passes_mypy_strict(tmp_path: Path) -> None:
    program = _user_program(tmp_path)

    _run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", program], cwd=tmp_path)


@pytest.mark.node
def test_a_typed_user_program_passes_pyright_strict(tmp_path: Path) -> None:
    program = _user_program(tmp_path)
    env = {"VIRTUAL_ENV": sys.prefix, "PATH": f"{Path(sys.prefix) / 'bin'}:{os.environ['PATH']}"}

    output = _run([_pyright(), program], cwd=tmp_path, env=env)

    assert "0 errors" in output


def test_a_type_error_in_the_user_program_is_caught(tmp_path: Path) -> None:
    """The check above can fail: awaiting a sync result is an error."""
    program = tmp_path / "wrong.py"
    program.write_text(
        "from meemo_sdk import MeemoClient\n"
        "async def f(c: MeemoClient) -> None:\n"
        "    await c.meetings.get_meeting(1)\n"
    )
    result = subprocess.run(  # noqa: S603 - the test's own interpreter
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(program)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1
    assert 'Incompatible types in "await" (actual type "MeetingDetail"' in result.stdout


def _help(thing: object) -> str:
    """What `help(thing)` prints."""
    return pydoc.render_doc(thing, renderer=getattr(pydoc, "plaintext"))  # noqa: B009  # untyped


def _parameters(build: Any) -> list[str]:
    return [p.name for p in inspect.signature(build).parameters.values()]


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("view", ["", "with_raw_response."])
def test_jedi_shows_each_operation_s_parameters_and_docstring(client: str, view: str) -> None:
    for method in surface.sdk_methods(meemo_sdk.MeemoClient):
        expression = f"c.{method.resource}.{view}{method.name}("
        source = f"import meemo_sdk\nc = meemo_sdk.{client}()\n{expression}"
        signatures = jedi.Script(source).get_signatures(3, len(expression))

        assert signatures, expression
        shown = [p.name for p in signatures[0].params]
        assert shown == _parameters(method.method.build), expression
        summary = inspect.getdoc(method.method.build) or ""
        assert summary.splitlines()[0] in signatures[0].docstring(), expression


def test_jedi_completes_the_resources_with_their_docs() -> None:
    source = "import meemo_sdk\nc = meemo_sdk.AsyncMeemoClient()\nc.web"
    [completion] = jedi.Script(source).complete(3, 5)

    assert completion.name == "webhooks"
    assert "Webhook registrations" in completion.docstring()


@pytest.mark.parametrize("client_class", [meemo_sdk.MeemoClient, meemo_sdk.AsyncMeemoClient])
def test_help_shows_every_method_with_its_signature_and_docstring(client_class: Any) -> None:
    client = client_class(base_url="http://127.0.0.1:9", access_token="t")
    client_help = _help(client_class)
    for name in ("meetings", "webhooks", "usage", "calendar"):
        assert f" |  {name}\n" in client_help
    for resource_name, cls in surface.resources(client_class).items():
        text = _help(cls)
        resource = getattr(client, resource_name)
        members = [m for m in surface.sdk_methods(client_class) if m.resource == resource_name]
        iterators = [
            (name, pager)
            for name, pager in surface.pagers(client_class).items()
            if hasattr(resource, name)
        ]
        for name, build in [
            *((m.name, m.method.build) for m in members),
            *((name, pager.build) for name, pager in iterators),
        ]:
            bound = getattr(resource, name)
            assert _parameters(bound) == _parameters(build), name
            assert inspect.signature(bound).parameters == inspect.signature(build).parameters
            summary = (inspect.getdoc(build) or "").splitlines()[0]
            assert summary in (inspect.getdoc(bound) or ""), name
            assert f"{name}(self, /, " in text or f"{name}(self, /)" in text, name
        if members:
            raw = getattr(resource.with_raw_response, members[0].name)
            assert "RawResponse[" in str(inspect.signature(raw).return_annotation)

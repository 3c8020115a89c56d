"""The documented way to import a recording: `create_meeting(file_url=...)`, then
`wait_until_ready`, then read the summary; against the sandbox, sync and async.

The wait's sleep moves the sandbox's manual clock, so the import progresses
exactly as far as the SDK waited, and nothing sleeps for real.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from meemo_sdk import AsyncMeemoClient, MeemoClient, WaitTimeoutError, _polling
from meemo_sdk.export import async_export_meetings, export_meetings
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, SandboxServer

FILE_URL = "https://files.example.com/recordings/all-hands.m4a"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(DEFAULT_NOW)


@pytest.fixture
def meemo_sandbox_options(clock: ManualClock) -> dict[str, Any]:
    return {"clock": clock}


@pytest.fixture
def pauses(clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    taken: list[float] = []
    elapsed = [0.0]

    def sleep(seconds: float) -> None:
        taken.append(seconds)
        elapsed[0] += seconds
        clock.advance(seconds)

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    monkeypatch.setattr(_polling, "clock", lambda: elapsed[0])
    monkeypatch.setattr(_polling, "sleep", sleep)
    monkeypatch.setattr(_polling, "async_sleep", async_sleep)
    return taken


@pytest.fixture(params=["sync", "async"])
async def client(
    request: pytest.FixtureRequest, meemo_sandbox: SandboxServer
) -> AsyncIterator[MeemoClient | AsyncMeemoClient]:
    if request.param == "sync":
        with meemo_sandbox.client() as sync_client:
            yield sync_client
    else:
        async with meemo_sandbox.async_client() as async_client:
            yield async_client


async def call(result: Any) -> Any:
    return await result if inspect.isawaitable(result) else result


async def test_import_wait_and_read_the_summary(
    client: MeemoClient | AsyncMeemoClient, pauses: list[float]
) -> None:
    created = await call(
        client.meetings.create_meeting(
            organization_id=7, title="All-hands recording", file_url=FILE_URL
        )
    )
    assert _polling.progress(created)["recording"] == "in_progress"

    transcribed = await call(client.meetings.wait_until_ready(created.id, stage="transcription"))
    assert _polling.progress(transcribed)["transcription"] == "completed"
    assert pauses == [2.0]
    transcript = await call(client.meetings.get_transcript(created.id))
    assert transcript.transcripts
    assert transcript.to_vtt().startswith("WEBVTT\n\n00:00:01.000 --> ")

    ready = await call(client.meetings.wait_until_ready(created.id))
    assert ready.summary_complete is True
    summary = await call(client.meetings.get_summary(created.id))
    assert isinstance(summary.summary, str)
    assert "All-hands recording" in summary.summary


async def test_a_meeting_that_never_progresses_times_out(
    client: MeemoClient | AsyncMeemoClient, pauses: list[float]
) -> None:
    created = await call(client.meetings.create_meeting(organization_id=7, title="Just a plan"))

    with pytest.raises(WaitTimeoutError) as raised:
        await call(client.meetings.wait_until_ready(created.id, timeout=20))

    assert raised.value.detail.id == created.id
    assert raised.value.last_status == "pending"
    assert sum(pauses) == 20


async def test_export_fetches_the_import_again_once_it_is_done(
    client: MeemoClient | AsyncMeemoClient, clock: ManualClock, tmp_path: Any
) -> None:
    created = await call(
        client.meetings.create_meeting(organization_id=7, title="Imported later", file_url=FILE_URL)
    )

    async def export() -> Any:
        if isinstance(client, AsyncMeemoClient):
            return await async_export_meetings(client, tmp_path, title="Imported later")
        return export_meetings(client, tmp_path, title="Imported later")

    first = await export()
    unchanged = await export()
    clock.advance(3)
    done = await export()

    assert first.incomplete == [created.id]
    assert unchanged.unchanged == [created.id]
    assert done.exported == [created.id]


README = Path(__file__).resolve().parents[2] / "README.md"


def readme_block(marker: str) -> str:
    """The README's Python example that contains `marker`, exactly as written there."""
    text = README.read_text(encoding="utf-8")
    blocks: list[str] = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    [block] = [b for b in blocks if marker in b]
    return block


@pytest.mark.parametrize(
    ("marker", "printed"),
    [
        ("wait_until_ready(meeting.id, timeout=900)", "Imported recording of **All-hands"),
        ("transcript.to_srt()", "# "),
        ('export_meetings(client, "meemo-export"', " fetched, 0 unchanged"),
    ],
)
def test_the_readme_examples_run_as_written(
    marker: str,
    printed: str,
    meemo_sandbox: SandboxServer,
    pauses: list[float],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in meemo_sandbox.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)

    exec(compile(readme_block(marker), "README.md", "exec"), {})  # noqa: S102 - our own README

    assert printed in capsys.readouterr().out

"""An imported recording (`file_url`) moves through its stages as the sandbox clock goes."""

from __future__ import annotations

from typing import Any

import httpx
from meemo_sdk.testing import ManualClock

from tests.sandbox.support import MEETINGS

USAGE = MEETINGS.replace("/meeting/", "/usage/")


def _stages(body: dict[str, Any]) -> list[str]:
    return [body[name]["status"] for name in ("recording", "transcription", "summarization")]


def _import(http: httpx.Client, auth: dict[str, str]) -> httpx.Response:
    """A meeting created from a recording file: it goes through its stages by itself."""
    created = http.post(
        MEETINGS,
        headers=auth,
        json={"organization_id": 7, "title": "Imported", "file_url": "https://f.example/a.mp3"},
    )
    assert created.status_code == 201
    return created


def test_an_import_completes_one_stage_per_second_of_sandbox_time(
    http: httpx.Client, auth: dict[str, str], clock: ManualClock
) -> None:
    created = _import(http, auth)
    meeting = f"{MEETINGS}{created.json()['id']}/"

    seen = []
    for _ in range(4):
        detail = http.get(meeting, headers=auth).json()
        transcript = http.get(f"{meeting}transcript/", headers=auth).json()
        summary = http.get(f"{meeting}summary/", headers=auth).json()
        listed = http.get(MEETINGS, headers=auth, params={"title": "Imported"}).json()
        assert _stages(listed["results"][0]) == _stages(detail)
        seen.append(
            (
                _stages(detail),
                detail["summary_complete"],
                transcript["total_segments"] > 0,
                summary.get("summary") is not None,  # absent until written
            )
        )
        clock.advance(1)

    assert seen == [
        (["in_progress", "pending", "pending"], False, False, False),
        (["completed", "in_progress", "pending"], False, False, False),
        (["completed", "completed", "in_progress"], False, True, False),
        (["completed", "completed", "completed"], True, True, True),
    ]
    recording = http.get(f"{meeting}recording/", headers=auth).json()
    assert recording["recording_url"].endswith("/recording.mp3")
    assert recording["duration"] > 0


def test_a_plain_meeting_does_not_move(
    http: httpx.Client, auth: dict[str, str], clock: ManualClock
) -> None:
    created = http.post(MEETINGS, headers=auth, json={"organization_id": 7, "title": "Plain"})
    clock.advance(60)

    detail = http.get(f"{MEETINGS}{created.json()['id']}/", headers=auth).json()

    assert _stages(detail) == ["pending", "pending", "pending"]


def test_every_answer_sees_an_import_as_of_now(
    http: httpx.Client, auth: dict[str, str], clock: ManualClock
) -> None:
    """Usage counts an imported recording once it is recorded, whatever was read before."""
    _import(http, auth)
    before = http.get(USAGE, headers=auth).json()
    clock.advance(10)

    after = http.get(USAGE, headers=auth).json()  # no read of the meeting in between

    assert after != before

"""The response bodies the benchmark server sends, encoded once.

They follow openapi.yaml and also fit the official client's pydantic models, so
all three clients parse exactly the same bytes. Content is deterministic (a fixed
seed) so that runs are comparable.
"""

from __future__ import annotations

import json
import random
from typing import Any

TOKEN = "bench-access-token-0123456789abcdef"  # noqa: S105 - dummy, local server only
CLIENT_ID = "bench-client"
CLIENT_SECRET = "bench-secret"  # noqa: S105 - dummy, local server only

MEETING_ID = 1042
# get_transcript on this id answers with LARGE_TRANSCRIPT_SEGMENTS segments, any other id
# with TRANSCRIPT_SEGMENTS.
LARGE_TRANSCRIPT_ID = 9000
TRANSCRIPT_SEGMENTS = 12_000
LARGE_TRANSCRIPT_SEGMENTS = 100_000
PAGE_SIZE = 100

_SPEAKERS = ("Rina Hartono", "Budi Santoso", "Speaker 3", "Dewi Lestari")
_WORDS = (
    *("release", "build", "QA", "login", "test", "we", "should", "ship", "the", "fix"),
    *("on", "Friday", "and", "then", "check", "metrics", "dashboard", "customer"),
    *("feedback", "budget", "rapat", "anggaran", "minggu", "depan", "okay"),
)
_AGENDA = "Agenda: release status, QA sign-off, budget for next sprint."


def _stage(status: str, description: str) -> dict[str, Any]:
    return {"status": status, "description": description}


def _calendar_event(n: int, description: str | None = None) -> dict[str, Any]:
    return {
        "event_id": f"5q9hd7k2m1t0c8v6a{n:04d}",
        "summary": "Weekly product sync",
        "organizer_email": "rina@example.com",
        "meeting_link": "https://meet.google.com/abc-defg-hij",
        "description": description,
        "start_time": "2026-11-20T09:00:00+07:00",
        "end_time": "2026-11-20T09:45:00+07:00",
        "attendees": [
            {
                "email": "rina@example.com",
                "display_name": "Rina Hartono",
                "response_status": "accepted",
            },
            {
                "email": "guest@partner.example",
                "display_name": None,
                "response_status": "needsAction",
            },
        ],
    }


def meeting_detail() -> dict[str, Any]:
    return {
        "id": MEETING_ID,
        "title": "Weekly product sync",
        "start_time": "2026-11-20T09:00:00+07:00",
        "end_time": "2026-11-20T09:45:12+07:00",
        "created_at": "2026-11-18T14:02:55+07:00",
        "location": "Room 4B",
        "status": "past",
        "summary_complete": True,
        "host": {"id": 12, "name": "Rina Hartono", "email": "rina@example.com"},
        "language": "en",
        "keywords": ["release", "QA", "budget"],
        "participant_count": 5,
        "duration_seconds": 2712.5,
        "num_cluster": 3,
        "calendar_event": _calendar_event(0),
        "recording": _stage("completed", "Recording saved."),
        "transcription": _stage("completed", "Transcript ready."),
        "summarization": _stage("completed", "Summary ready."),
    }


def meeting_list_page(size: int = PAGE_SIZE, *, full: bool = False) -> dict[str, Any]:
    """A page of `size` meetings.

    Mixed (the default): every third meeting came from a calendar, every fifth is still
    running (no transcription or summarization stage yet). `full`: every meeting came
    from a calendar (an event with attendees) and carries all three stage objects, the
    most a list row holds.
    """
    results = []
    for n in range(size):
        running = not full and n % 5 == 4
        item: dict[str, Any] = {
            "id": 5000 - n,
            "title": f"Weekly product sync #{n}",
            "start_time": f"2026-11-{1 + n % 28:02d}T09:00:00+07:00",
            "end_time": None if running else f"2026-11-{1 + n % 28:02d}T09:45:12+07:00",
            "created_at": "2026-10-18T14:02:55+07:00",
            "status": "ongoing" if running else "past",
            "summary_complete": not running,
            "host_name": _SPEAKERS[n % 2],
            "calendar_event": (
                _calendar_event(n, _AGENDA if full else None) if full or n % 3 == 0 else None
            ),
            "recording": _stage("completed", "Recording saved."),
        }
        if not running:
            item["transcription"] = _stage("completed", "Transcript ready.")
            item["summarization"] = _stage("completed", "Summary ready.")
        results.append(item)
    return {
        "count": 20_000,
        "next": "http://127.0.0.1/api/v1/external/meeting/?page=2&size=100",
        "previous": None,
        "results": results,
    }


def transcript(segments: int) -> dict[str, Any]:
    """`segments` segments of 6-20 words each, like a real diarised transcript."""
    rng = random.Random(segments)  # noqa: S311 - deterministic filler text, not crypto
    items = []
    clock = 0.0
    for n in range(segments):
        words = rng.randint(6, 20)
        text = " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."
        start = round(clock, 2)
        clock += words * 0.38
        items.append(
            {
                "speaker": _SPEAKERS[(n // 3) % len(_SPEAKERS)],
                "text": text,
                "start_time": start,
                "end_time": round(clock, 2),
            }
        )
        clock += 0.4
    return {
        "meeting_id": MEETING_ID,
        "title": "Weekly product sync",
        "total_segments": segments,
        "transcripts": items,
    }


def token() -> dict[str, Any]:
    return {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 10800, "scope": "read"}


def encode(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()

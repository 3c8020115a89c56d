"""Realistic Meemo API response bodies, shared by every test suite.

Each function returns a fresh object, so a test may mutate what it gets. Every
body is valid per openapi.yaml (tests/test_spec.py proves it) and several carry
what the live service adds over time: enum values and fields the spec does not
list. The constants name the values tests assert on, so a payload and its
assertions cannot drift apart.
"""

from __future__ import annotations

from typing import Any, Final

JSON = dict[str, Any]

MEETING_ID: Final = 1042
ORGANIZATION_ID: Final = 7
# Values the live service sends that openapi.yaml does not list yet.
UNKNOWN_MEETING_STATUS: Final = "archived"
UNKNOWN_STAGE_STATUS: Final = "queued"
UNKNOWN_RECORDING_FORMAT: Final = "flac"
UNKNOWN_MEDIA_KIND: Final = "3d"
UNKNOWN_FIELD: Final = "retention_policy"
UNKNOWN_FIELD_VALUE: Final = {"days": 365, "legal_hold": False}


def calendar_event() -> JSON:
    """A Google Calendar snapshot with a guest whose name the calendar does not know."""
    return {
        "event_id": "5q9hd7k2m1t0c8v6a4b2",
        "summary": "Weekly product sync",
        "organizer_email": "rina@example.com",
        "meeting_link": "https://meet.google.com/abc-defg-hij",
        "description": None,
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


def meeting_list_page() -> JSON:
    """Page 1 of 3 meetings: a finished one, one in a state the spec does not know, a live one.

    The second item carries an unknown status, an unknown stage status and an
    unknown field; the third has no stage objects at all (older deployments).
    """
    return {
        "count": 3,
        "next": "https://api-meemo.glair.ai/api/v1/external/meeting/?page=2&size=3",
        "previous": None,
        "results": [
            {
                "id": MEETING_ID,
                "title": "Weekly product sync",
                "start_time": "2026-11-20T09:00:00+07:00",
                "end_time": "2026-11-20T09:45:12+07:00",
                "created_at": "2026-11-18T14:02:55+07:00",
                "status": "past",
                "summary_complete": True,
                "host_name": "Rina Hartono",
                "calendar_event": calendar_event(),
                "recording": {"status": "completed", "description": "Recording saved."},
                "transcription": {"status": "completed", "description": "Transcript ready."},
                "summarization": {"status": "failed", "description": "Summarizer timed out."},
            },
            {
                "id": 977,
                "title": "Rapat anggaran Q3",
                "start_time": "2026-08-03T13:30:00Z",
                "end_time": "2026-08-03T14:10:00Z",
                "created_at": "2026-08-01T02:00:00Z",
                "status": UNKNOWN_MEETING_STATUS,
                "summary_complete": True,
                "host_name": "Budi Santoso",
                "calendar_event": None,
                "recording": {"status": UNKNOWN_STAGE_STATUS},
                UNKNOWN_FIELD: UNKNOWN_FIELD_VALUE,
            },
            {
                "id": 1043,
                "title": "Design review",
                "start_time": "2026-11-21T15:00:00+07:00",
                "end_time": None,
                "created_at": "2026-11-21T14:58:03+07:00",
                "status": "ongoing",
                "summary_complete": False,
                "host_name": "Rina Hartono",
                "calendar_event": None,
            },
        ],
    }


def meeting_list_last_page() -> JSON:
    """The page after `meeting_list_page` when paging one meeting at a time: no `next`."""
    return {
        "count": 2,
        "next": None,
        "previous": "https://api-meemo.glair.ai/api/v1/external/meeting/?size=1",
        "results": [
            {
                "id": 1043,
                "title": "Design review",
                "start_time": "2026-11-21T15:00:00+07:00",
                "end_time": None,
                "created_at": "2026-11-21T14:58:03+07:00",
                "status": "recording",
                "summary_complete": False,
                "host_name": "Rina Hartono",
                "calendar_event": None,
                "recording": {"status": "in_progress", "description": "Recording."},
            }
        ],
    }


def meeting_detail() -> JSON:
    """A finished calendar meeting, with a field the spec does not list."""
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
        "keywords": ["release", "QA"],
        "participant_count": 5,
        "duration_seconds": 2712.5,
        "num_cluster": 3,
        "calendar_event": calendar_event(),
        "recording": {"status": "completed", "description": "Recording saved."},
        "transcription": {"status": "completed", "description": "Transcript ready."},
        "summarization": {"status": "in_progress", "description": "Summarizing."},
        UNKNOWN_FIELD: UNKNOWN_FIELD_VALUE,
    }


def meeting_detail_in_progress() -> JSON:
    """A meeting still running: every nullable field is null, no stage objects yet."""
    return {
        "id": 1043,
        "title": "Design review",
        "start_time": "2026-11-21T15:00:00+07:00",
        "end_time": None,
        "created_at": "2026-11-21T14:58:03+07:00",
        "location": "",
        "status": "ongoing",
        "summary_complete": False,
        "host": {"id": 12, "name": "Rina Hartono", "email": "rina@example.com"},
        "language": "id",
        "keywords": [],
        "participant_count": 0,
        "duration_seconds": None,
        "num_cluster": 0,
        "calendar_event": None,
    }


def created_meeting() -> JSON:
    """What create_meeting answers: an upcoming meeting, not started, so nothing measured."""
    return {
        "id": 1101,
        "title": "Quarterly planning",
        "start_time": "2026-12-01T10:00:00+07:00",
        "end_time": None,
        "created_at": "2026-11-23T08:15:00+07:00",
        "location": "",
        "status": "upcoming",
        "summary_complete": False,
        "host": {"id": 12, "name": "Rina Hartono", "email": "rina@example.com"},
        "language": "en",
        "keywords": [],
        "participant_count": 2,
        "duration_seconds": None,
        "num_cluster": 4,
        "calendar_event": None,
        "recording": {"status": "pending", "description": "Waiting for the meeting to start."},
    }


def transcript() -> JSON:
    """Three segments; the first starts at an integer second, as the service sends it."""
    return {
        "meeting_id": MEETING_ID,
        "title": "Weekly product sync",
        "total_segments": 3,
        "transcripts": [
            {
                "speaker": "Rina Hartono",
                "text": "Let's start with the release status.",
                "start_time": 0,
                "end_time": 3.42,
            },
            {
                "speaker": "Speaker 2",
                "text": "The build went out yesterday evening.",
                "start_time": 3.9,
                "end_time": 6.75,
            },
            {
                "speaker": "Rina Hartono",
                "text": "Great, then QA can start today.",
                "start_time": 7.1,
                "end_time": 9.0,
            },
        ],
    }


def summary_markdown() -> JSON:
    """The usual summary: Markdown text."""
    return {
        "meeting_id": MEETING_ID,
        "title": "Weekly product sync",
        "summary": "## Decisions\n- Ship 2.4 on Friday.\n\n## Action items\n- QA: login test.\n",
        "notes": "Follow up with QA on the flaky login test.",
        "keywords": ["release", "QA"],
    }


def summary_legacy() -> JSON:
    """A summary from before summaries were Markdown: a JSON object with Indonesian keys."""
    return {
        "meeting_id": 87,
        "title": "Rapat mingguan",
        "summary": {
            "ringkasan": "Tim sepakat merilis versi 2.4 hari Jumat.",
            "poin_penting": ["Rilis 2.4", "Uji login"],
        },
        "notes": "",
        "keywords": ["rilis"],
    }


def summary_pending() -> JSON:
    """A meeting whose summary is not ready: `summary` is null."""
    return {
        "meeting_id": 1043,
        "title": "Design review",
        "summary": None,
        "notes": "",
        "keywords": [],
    }


def participants() -> JSON:
    """A member and an external guest, who has no user id and no known email."""
    return {
        "meeting_id": MEETING_ID,
        "title": "Weekly product sync",
        "total_participants": 2,
        "participants": [
            {
                "id": 12,
                "name": "Rina Hartono",
                "email": "rina@example.com",
                "position": "Product Manager",
                "department": "Product",
            },
            {
                "id": None,
                "name": "Guest from Partner",
                "email": None,
                "position": "",
                "department": "",
            },
        ],
    }


def recording() -> JSON:
    """An audio recording with a video rendition; every enum value is one the spec lists."""
    return {
        "meeting_id": MEETING_ID,
        "title": "Weekly product sync",
        "recording_url": "https://storage.example.com/recordings/1042.mp3",
        "duration": 2712.5,
        "format": "mp3",
        "assets": [
            {
                "media_kind": "audio",
                "url": "https://storage.example.com/recordings/1042.mp3",
                "mime_type": "audio/mpeg",
                "format": "mp3",
            },
            {
                "media_kind": "video",
                "url": "https://storage.example.com/recordings/1042.mp4",
                "mime_type": "video/mp4",
                "format": "mp4",
            },
        ],
        "video_url": "https://storage.example.com/recordings/1042.mp4",
        "video_format": "mp4",
    }


def recording_with_new_formats() -> JSON:
    """A recording in a format, and with an asset kind, that the spec does not list yet."""
    return {
        "meeting_id": 1050,
        "title": "Board meeting",
        "recording_url": "https://storage.example.com/recordings/1050.flac",
        "duration": 5400,
        "format": UNKNOWN_RECORDING_FORMAT,
        "assets": [
            {
                "media_kind": "audio",
                "url": "https://storage.example.com/recordings/1050.flac",
                "mime_type": "audio/flac",
                "format": UNKNOWN_RECORDING_FORMAT,
            },
            {
                "media_kind": UNKNOWN_MEDIA_KIND,
                "url": None,
                "mime_type": "model/gltf-binary",
                UNKNOWN_FIELD: UNKNOWN_FIELD_VALUE,
            },
        ],
        "video_url": None,
    }


def recording_missing() -> JSON:
    """A meeting without a recording: no URL, zero length."""
    return {
        "meeting_id": 1043,
        "title": "Design review",
        "recording_url": None,
        "duration": 0,
        "format": "mp3",
    }


def topics() -> list[JSON]:
    """Two topics, one with a field the spec does not list."""
    return [
        {"id": 3, "name": "General meeting", "alias": "general", "language": "en"},
        {
            "id": 4,
            "name": "Rapat umum",
            "alias": "rapat-umum",
            "language": "id",
            UNKNOWN_FIELD: UNKNOWN_FIELD_VALUE,
        },
    ]


def error_structured(code: str = "rate_limited", retry_after_seconds: int = 30) -> JSON:
    """The structured error body, with its recovery hint."""
    return {
        "error": {
            "code": code,
            "message": f"Request failed: {code}.",
            "params": {"limit": 60, "window_seconds": 60},
            "request_id": "req_01HZX3K8Q4",
            "recovery": {"retryable": True, "retry_after_seconds": retry_after_seconds},
        }
    }


def error_detail_message() -> JSON:
    """The framework's plain error body, e.g. for 401 and 404."""
    return {"detail": "Not found."}


def error_detail_list() -> JSON:
    """The framework's validation error body, one entry per problem."""
    return {
        "detail": [
            {"msg": "page must be at least 1.", "loc": ["query", "page"], "type": "greater_than"},
            {"msg": "organization_id must be an integer.", "loc": ["query", "organization_id"]},
        ]
    }


def error_oauth() -> JSON:
    """The token endpoint's OAuth 2.0 error body."""
    return {"error": "invalid_client", "error_description": "Client authentication failed."}

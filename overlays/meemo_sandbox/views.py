"""Render sandbox records as the JSON bodies the service sends."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from meemo_sandbox.data import SERVICE_TZ, Meeting, Stage, Topic

JSON = dict[str, Any]


def timestamp(when: datetime) -> str:
    return when.astimezone(SERVICE_TZ).isoformat(timespec="seconds")


def _stages(stages: dict[str, Stage] | None) -> JSON:
    if stages is None:
        return {}
    return {name: {"status": s.status, "description": s.description} for name, s in stages.items()}


def meeting_list_item(meeting: Meeting) -> JSON:
    return {
        "id": meeting.id,
        "title": meeting.title,
        "start_time": timestamp(meeting.start_time),
        "end_time": timestamp(meeting.end_time) if meeting.end_time else None,
        "created_at": timestamp(meeting.created_at),
        "status": meeting.status,
        "summary_complete": meeting.summary_complete,
        "host_name": meeting.host.name,
        "calendar_event": meeting.calendar_event,
        **_stages(meeting.stages),
    }


def meeting_detail(meeting: Meeting) -> JSON:
    return {
        "id": meeting.id,
        "title": meeting.title,
        "start_time": timestamp(meeting.start_time),
        "end_time": timestamp(meeting.end_time) if meeting.end_time else None,
        "created_at": timestamp(meeting.created_at),
        "location": meeting.location,
        "status": meeting.status,
        "summary_complete": meeting.summary_complete,
        "host": {"id": meeting.host.id, "name": meeting.host.name, "email": meeting.host.email},
        "language": meeting.language,
        "keywords": list(meeting.keywords),
        "participant_count": len(meeting.participants),
        "duration_seconds": meeting.duration_seconds,
        "num_cluster": meeting.num_cluster,
        "calendar_event": meeting.calendar_event,
        **_stages(meeting.stages),
    }


def transcript(meeting: Meeting) -> JSON:
    return {
        "meeting_id": meeting.id,
        "title": meeting.title,
        "total_segments": len(meeting.transcript),
        "transcripts": [
            {"speaker": s.speaker, "text": s.text, "start_time": s.start, "end_time": s.end}
            for s in meeting.transcript
        ],
    }


def summary(meeting: Meeting) -> JSON:
    return {
        "meeting_id": meeting.id,
        "title": meeting.title,
        "summary": meeting.summary,
        "notes": meeting.notes,
        "keywords": list(meeting.keywords),
    }


def participants(meeting: Meeting) -> JSON:
    return {
        "meeting_id": meeting.id,
        "title": meeting.title,
        "total_participants": len(meeting.participants),
        "participants": [
            {
                "id": p.id,
                "name": p.name,
                "email": p.email,
                "position": p.position,
                "department": p.department,
            }
            for p in meeting.participants
        ],
    }


def recording(meeting: Meeting) -> JSON:
    rec = meeting.recording
    body: JSON = {
        "meeting_id": meeting.id,
        "title": meeting.title,
        "recording_url": rec.url,
        "duration": rec.duration,
        "format": rec.format,
    }
    if rec.assets is not None:
        body["assets"] = [
            {"media_kind": a.media_kind, "url": a.url, "mime_type": a.mime_type, "format": a.format}
            for a in rec.assets
        ]
        body["video_url"] = rec.video_url
        if rec.video_format is not None:  # the service leaves it out when there is no video
            body["video_format"] = rec.video_format
    return body


def topic(item: Topic) -> JSON:
    return {"id": item.id, "name": item.name, "alias": item.alias, "language": item.language}

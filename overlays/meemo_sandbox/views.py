"""Render sandbox records as the JSON bodies the service sends.

Optional fields are left out where the service leaves them out (a client reads each
absent one as its documented default): a ``sparse`` meeting's detail and list row, the
summary of a meeting with nothing produced yet, a guest known only by name, a
``sparse`` topic, an asset without a URL, and the recording shapes of ``Recording.wire``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from meemo_sandbox.data import SERVICE_TZ, Asset, Meeting, Participant, Stage, Topic

JSON = dict[str, Any]


def timestamp(when: datetime) -> str:
    return when.astimezone(SERVICE_TZ).isoformat(timespec="seconds")


def _stages(stages: dict[str, Stage] | None) -> JSON:
    if stages is None:
        return {}
    return {name: {"status": s.status, "description": s.description} for name, s in stages.items()}


def meeting_list_item(meeting: Meeting) -> JSON:
    row: JSON = {
        "id": meeting.id,
        "title": meeting.title,
        "start_time": timestamp(meeting.start_time),
        "end_time": timestamp(meeting.end_time) if meeting.end_time else None,
        "created_at": timestamp(meeting.created_at),
        "status": meeting.status,
        "summary_complete": meeting.summary_complete,
        "host_name": meeting.host.name,
    }
    if not meeting.sparse:
        row["calendar_event"] = meeting.calendar_event
    return {**row, **_stages(meeting.stages)}


def meeting_detail(meeting: Meeting) -> JSON:
    detail: JSON = {
        "id": meeting.id,
        "title": meeting.title,
        "start_time": timestamp(meeting.start_time),
        "end_time": timestamp(meeting.end_time) if meeting.end_time else None,
        "created_at": timestamp(meeting.created_at),
        "status": meeting.status,
        "summary_complete": meeting.summary_complete,
        "host": {"id": meeting.host.id, "name": meeting.host.name, "email": meeting.host.email},
    }
    if not meeting.sparse:
        detail.update(
            location=meeting.location,
            language=meeting.language,
            keywords=list(meeting.keywords),
            participant_count=len(meeting.participants),
            duration_seconds=meeting.duration_seconds,
            num_cluster=meeting.num_cluster,
            calendar_event=meeting.calendar_event,
        )
    return {**detail, **_stages(meeting.stages)}


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


def nothing_yet(meeting: Meeting) -> bool:
    """Neither a transcript nor a summary: the summary endpoints send only id and title."""
    return meeting.summary is None and not meeting.transcript


def summary(meeting: Meeting) -> JSON:
    body: JSON = {"meeting_id": meeting.id, "title": meeting.title}
    if not nothing_yet(meeting):
        body.update(summary=meeting.summary, notes=meeting.notes, keywords=list(meeting.keywords))
    return body


def participants(meeting: Meeting) -> JSON:
    return {
        "meeting_id": meeting.id,
        "title": meeting.title,
        "total_participants": len(meeting.participants),
        "participants": [_participant(p) for p in meeting.participants],
    }


def _participant(person: Participant) -> JSON:
    if person.id is None and person.email is None:
        return {"name": person.name}  # a guest Meemo knows only by the name shown in the call
    return {
        "id": person.id,
        "name": person.name,
        "email": person.email,
        "position": person.position,
        "department": person.department,
    }


def recording(meeting: Meeting) -> JSON:
    rec = meeting.recording
    body: JSON = {"meeting_id": meeting.id, "title": meeting.title}
    if rec.wire != "assets_only":
        body.update(recording_url=rec.url, duration=rec.duration, format=rec.format)
    if rec.wire == "assets_null":
        body["assets"] = None
    elif rec.assets is not None:
        body["assets"] = [_asset(a) for a in rec.assets]
        if rec.wire == "full":
            body["video_url"] = rec.video_url
            if rec.video_format is not None:  # left out when there is no video
                body["video_format"] = rec.video_format
    return body


def _asset(asset: Asset) -> JSON:
    body: JSON = {"media_kind": asset.media_kind}
    if asset.url is not None:  # absent while the rendition is being made
        body["url"] = asset.url
    return {**body, "mime_type": asset.mime_type, "format": asset.format}


def topic(item: Topic) -> JSON:
    if item.sparse:
        return {"id": item.id, "name": item.name}
    return {"id": item.id, "name": item.name, "alias": item.alias, "language": item.language}

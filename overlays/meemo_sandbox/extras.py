"""Sandbox state and bodies for the operations beyond meetings: webhooks and their delivery
log, usage against quotas, upcoming calendar events, and summaries with video references.

Kept apart from `_app` so the meetings service stays readable; `Sandbox` owns one
`WebhookStore` and calls the pure functions below.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Final
from urllib.parse import urlsplit

from meemo_sandbox.data import SERVICE_TZ, Meeting, Organization
from meemo_sandbox.input import MAX_ID
from meemo_sandbox.views import nothing_yet, timestamp

JSON = dict[str, Any]

WEBHOOK_EVENTS: Final = (
    "meeting.created",
    "meeting.recording_completed",
    "meeting.transcription_completed",
    "meeting.summary_completed",
)
UPCOMING_DEFAULT_LIMIT: Final = 10
UPCOMING_MAX_LIMIT: Final = 100
TRANSCRIPTION_QUOTA_MINUTES: Final = 6000
_LOCAL_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1"})
_WEBHOOK_KEYS: Final = frozenset({"target_url", "events", "organization_ids", "description"})


@dataclass(frozen=True)
class Webhook:
    id: int
    organization_id: int
    target_url: str
    secret_key: str = field(repr=False)
    events: tuple[str, ...]
    description: str
    created_at: datetime
    is_active: bool = True
    failure_count: int = 0
    last_failure_reason: str = ""


@dataclass(frozen=True)
class Delivery:
    id: int
    webhook_id: int
    organization_id: int
    event_uuid: str
    event_type: str
    status: str
    response_status: int | None
    attempt_count: int
    created_at: datetime


@dataclass(frozen=True)
class NewWebhook:
    target_url: str
    events: tuple[str, ...]
    organization_ids: tuple[int, ...]
    description: str


def _secret(seed: int, webhook_id: int) -> str:
    return "whsec_" + hashlib.sha256(f"{seed}:{webhook_id}".encode()).hexdigest()[:32]


def _uuid(seed: int, delivery_id: int) -> str:
    digest = hashlib.sha256(f"{seed}:delivery:{delivery_id}".encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-4{digest[13:16]}-a{digest[17:20]}-{digest[20:32]}"


class WebhookStore:
    """Webhooks and deliveries; the caller holds the sandbox lock around every call."""

    def __init__(self, seed: int, now: datetime, organizations: Iterable[Organization]) -> None:
        self._seed = seed
        self.webhooks: dict[int, Webhook] = {}
        self.deliveries: dict[int, Delivery] = {}
        created = (now - timedelta(days=14)).astimezone(SERVICE_TZ).replace(microsecond=0)
        for organization in organizations:
            hook = self.add(
                NewWebhook(
                    f"https://hooks.example.com/meemo/{organization.id}",
                    ("meeting.created", "meeting.summary_completed"),
                    (organization.id,),
                    f"CRM sync for {organization.name}",
                ),
                created,
            )[0]
            self._deliver(hook, "meeting.created", "SUCCESS", 200, 1, created + timedelta(days=1))
            self._deliver(
                hook, "meeting.summary_completed", "FAILED", 503, 3, created + timedelta(days=2)
            )
            self.webhooks[hook.id] = replace(
                hook, failure_count=3, last_failure_reason="Target answered HTTP 503."
            )

    def add(self, new: NewWebhook, now: datetime) -> list[Webhook]:
        created: list[Webhook] = []
        for organization_id in new.organization_ids:
            webhook_id = max(self.webhooks, default=0) + 1
            hook = Webhook(
                id=webhook_id,
                organization_id=organization_id,
                target_url=new.target_url,
                secret_key=_secret(self._seed, webhook_id),
                events=new.events,
                description=new.description,
                created_at=now.astimezone(SERVICE_TZ).replace(microsecond=0),
            )
            self.webhooks[webhook_id] = hook
            created.append(hook)
        return created

    def remove(self, webhook_id: int) -> None:
        del self.webhooks[webhook_id]
        self.deliveries = {k: d for k, d in self.deliveries.items() if d.webhook_id != webhook_id}

    def _deliver(
        self,
        hook: Webhook,
        event_type: str,
        status: str,
        response_status: int | None,
        attempts: int,
        when: datetime,
    ) -> None:
        delivery_id = max(self.deliveries, default=0) + 1
        self.deliveries[delivery_id] = Delivery(
            delivery_id,
            hook.id,
            hook.organization_id,
            _uuid(self._seed, delivery_id),
            event_type,
            status,
            response_status,
            attempts,
            when,
        )


def _webhook_target(target: object) -> bool:
    """https, or plain http to this machine (a receiver under development)."""
    if not isinstance(target, str):
        return False
    try:
        parts = urlsplit(target)
        host, _ = parts.hostname, parts.port
    except ValueError:  # an unclosed IPv6 bracket, a port out of range
        return False
    return bool(host) and (
        parts.scheme == "https" or (parts.scheme == "http" and host in _LOCAL_HOSTS)
    )


def read_new_webhook(body: object) -> NewWebhook | list[tuple[str, str]]:
    """The webhook to create, or `(field, message)` problems."""
    if not isinstance(body, Mapping):
        return [("body", "Send the webhook as a JSON object.")]
    problems: list[tuple[str, str]] = [
        (key[:64], f"{key[:64]} is not a webhook field.")
        for key in sorted(set(body) - _WEBHOOK_KEYS)
    ]
    if not _webhook_target(body.get("target_url")):
        problems.append(("target_url", "target_url must be an https URL."))
    events = body.get("events")
    if not isinstance(events, list) or not events:
        problems.append(("events", "events must be a non-empty list of event types."))
        events = []
    for index, event in enumerate(events):
        if event not in WEBHOOK_EVENTS:
            message = f"events[{index}] is not an event type: {', '.join(WEBHOOK_EVENTS)}."
            problems.append(("events", message))
    organization_ids = body.get("organization_ids")
    if (
        not isinstance(organization_ids, list)
        or not organization_ids
        or not all(type(i) is int and 1 <= i <= MAX_ID for i in organization_ids)
    ):
        problems.append(("organization_ids", "organization_ids must be a non-empty list of ids."))
        organization_ids = []
    description = body.get("description")
    if description is None:  # null reads as no description
        description = ""
    elif not isinstance(description, str):
        problems.append(("description", "description must be a string."))
        description = ""
    if problems:
        return problems
    return NewWebhook(
        str(body["target_url"]), tuple(events), tuple(dict.fromkeys(organization_ids)), description
    )


def webhook_view(hook: Webhook, *, detail: bool) -> JSON:
    body: JSON = {
        "id": hook.id,
        "target_url": hook.target_url,
        "secret_key": hook.secret_key,
        "events": list(hook.events),
        "is_active": hook.is_active,
        "description": hook.description,
        "created_at": timestamp(hook.created_at),
        "organization_id": hook.organization_id,
    }
    if detail:
        body["failure_count"] = hook.failure_count
        body["last_failure_reason"] = hook.last_failure_reason
    return body


def delivery_view(delivery: Delivery) -> JSON:
    return {
        "id": delivery.id,
        "webhook_id": delivery.webhook_id,
        "event_uuid": delivery.event_uuid,
        "event_type": delivery.event_type,
        "status": delivery.status,
        "response_status": delivery.response_status,
        "attempt_count": delivery.attempt_count,
        "created_at": timestamp(delivery.created_at),
    }


def usage_view(
    organizations: Iterable[Organization],
    meetings: Iterable[Meeting],
    start: date | None,
    end: date | None,
) -> JSON:
    """Meetings held and minutes transcribed per organization, between `start` and `end`."""
    held = [
        m
        for m in meetings
        if (start is None or m.start_time.astimezone(SERVICE_TZ).date() >= start)
        and (end is None or m.start_time.astimezone(SERVICE_TZ).date() <= end)
    ]
    results = []
    for organization in organizations:
        own = [m for m in held if m.organization_id == organization.id]
        seconds = sum(m.duration_seconds or 0.0 for m in own if m.transcript)
        results += [
            {
                "organization_id": organization.id,
                "organization_name": organization.name,
                "capability_name": "transcription_minutes",
                "usage": round(seconds / 60, 1),
                "quota": TRANSCRIPTION_QUOTA_MINUTES,
            },
            {
                "organization_id": organization.id,
                "organization_name": organization.name,
                "capability_name": "meetings",
                "usage": len(own),
                "quota": None,
            },
        ]
    return {"results": results}


def upcoming_view(
    organizations: Iterable[Organization], meetings: Iterable[Meeting], now: datetime, limit: int
) -> JSON:
    """The calendar events still ahead, soonest first; Meemo's record id is derived from the
    meeting's, as the service keeps calendar events in a table of their own."""
    names = {o.id: o.name for o in organizations}
    ahead = sorted(
        (
            m
            for m in meetings
            if m.organization_id in names and m.calendar_event is not None and m.start_time > now
        ),
        key=lambda m: (m.start_time, m.id),
    )
    results = []
    for meeting in ahead[:limit]:
        event = meeting.calendar_event or {}
        row = {
            "id": 50000 + meeting.id,
            "organization_id": meeting.organization_id,
            "organization_name": names[meeting.organization_id],
            "event_id": event["event_id"],
            "start_time": event.get("start_time") or timestamp(meeting.start_time),
            "end_time": event.get("end_time") or timestamp(meeting.start_time),
            "status": "confirmed",
        }
        # The optional fields are sent when the calendar has them, left out otherwise.
        optional = ("summary", "description", "meeting_link", "organizer_email")
        row.update({key: event[key] for key in optional if event.get(key) is not None})
        results.append(row)
    # Calendars are connected per organization: a calendar-created meeting proves one.
    integrated = any(m.calendar_event is not None for m in meetings if m.organization_id in names)
    return {"integrated": integrated, "results": results}


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def summary_with_video_view(meeting: Meeting) -> JSON:
    """The summary with its first transcript stretches cited against the video, if any;
    only id and title while the meeting has produced nothing."""
    if nothing_yet(meeting):
        return {"meeting_id": meeting.id, "title": meeting.title}
    video = next(
        (a.url for a in meeting.recording.assets or () if a.media_kind == "video" and a.url), None
    )
    markdown = meeting.summary if isinstance(meeting.summary, str) else None
    has_record = meeting.recording.url is not None or video is not None
    video_id = f"video_meeting_{meeting.id}"
    citations = []
    if markdown is not None:
        for index, segment in enumerate(meeting.transcript[:3]):
            label = f"{video_id}@{_clock(segment.start)}-{_clock(segment.end)}"
            citations.append(
                {
                    "segment_ids": [index + 1],
                    "start_seconds": segment.start,
                    "end_seconds": segment.end,
                    "placeholder": f"[{label}]" if video else "",
                    "inline_embed": (
                        f"![{label}]({video}#t={segment.start:g},{segment.end:g})" if video else ""
                    ),
                }
            )
    body = markdown or ""
    return {
        "meeting_id": meeting.id,
        "title": meeting.title,
        "record_id": meeting.id + 20000 if has_record else None,
        "summary_markdown": markdown,
        "placeholder_message_markdown": f"[{video_id}]\n\n{body}" if video and body else body,
        "inline_message_markdown": f"![{video_id}]({video})\n\n{body}" if video and body else body,
        "video_id": video_id,
        "media_mapping": {f"[{video_id}]": f"![{meeting.title}]({video})"} if video else {},
        "citations": citations,
        "video_url": video,
    }

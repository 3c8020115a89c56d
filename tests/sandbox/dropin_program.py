"""A program written for the official `meemo` client; `meemo_sdk` runs it by changing the import.

    python dropin_program.py meemo|meemo_sdk OUT.json      (MEEMO_* from the environment)

It uses the official client's documented call forms, positional arguments included, and
writes what it read as JSON: the two runs must write the same.
"""

from __future__ import annotations

import json
import sys
from typing import Any

if sys.argv[1] == "meemo":
    from meemo import MeemoClient  # type: ignore[import-not-found]
else:
    from meemo_sdk import MeemoClient

TRACE = {"X-Trace-Id": "drop-in"}


def main() -> dict[str, Any]:
    client = MeemoClient()
    seen: dict[str, Any] = {"token": bool(client.get_access_token())}
    page = client.meetings.list_meetings(TRACE, size=100)
    seen["list"] = [
        [
            m.id,
            m.title,
            m.start_time,
            m.end_time,
            m.created_at,
            m.status,
            m.summary_complete,
            m.host_name,
            m.calendar_event.event_id if m.calendar_event else None,
            m.summarization.status if m.summarization else None,
        ]
        for m in page.results
    ]
    seen["count"] = page.count
    for m in page.results[:12]:
        d = client.meetings.get_meeting(m.id, TRACE)
        seen[f"detail {m.id}"] = [
            d.title,
            d.location,
            d.language,
            d.keywords,
            d.participant_count,
            d.duration_seconds,
            d.num_cluster,
            d.host.email,
            d.status,
            d.recording.status if d.recording else None,
        ]
        try:
            t = client.meetings.get_transcript(m.id)
            seen[f"transcript {m.id}"] = [
                t.total_segments,
                [(s.speaker, s.text, s.start_time) for s in t.transcripts[:5]],
            ]
            s = client.meetings.get_summary(m.id, TRACE)
            seen[f"summary {m.id}"] = [s.summary, s.notes, s.keywords]
            p = client.meetings.get_participants(m.id)
            seen[f"participants {m.id}"] = [
                [x.id, x.name, x.email, x.position, x.department] for x in p.participants
            ]
            r = client.meetings.get_recording(m.id)
            seen[f"recording {m.id}"] = [
                r.recording_url,
                r.duration,
                r.format,
                r.video_url,
                r.video_format,
                [[a.media_kind, a.url, a.mime_type, a.format] for a in r.assets],
            ]
            v = client.meetings.get_summary_with_video(m.id)
            seen[f"video {m.id}"] = [
                v.video_url,
                v.has_video,
                v.video_id,
                v.media_mapping,
                len(v.citations),
            ]
        except Exception as exc:
            seen[f"failed {m.id}"] = exc.__class__.__name__.replace("Meemo", "").replace(
                "Error", ""
            )
    seen["topics"] = [
        [t.id, t.name, t.alias, t.language] for t in client.meetings.list_topics(None, TRACE)
    ]
    organizations = client.webhooks.list_available_organizations(TRACE)
    org = organizations[0].id
    seen["usage"] = [
        [u.capability_name, u.usage, u.quota]
        for u in client.usage.get_usage(org, None, None, TRACE).results
    ]
    upcoming = client.calendar.get_upcoming_meetings(org, 5, TRACE)
    seen["upcoming"] = [
        upcoming.integrated,
        [[e.event_id, e.summary, e.start_time] for e in upcoming.results],
    ]
    event_ids = [m.calendar_event.event_id for m in page.results if m.calendar_event]
    found = client.meetings.find_meeting_by_calendar_event_id(event_ids[0], organization_id=None)
    seen["found"] = found.id if found else None
    created = client.meetings.create_meeting(
        TRACE,
        organization_id=org,
        title="Drop-in check",
        participants=["rina@example.com"],
        calendar_event={
            "event_id": "dropin-1",
            "start_time": "2026-12-01",
            "attendees": [{"email": "a@example.com"}],
        },
    )
    seen["created"] = [
        created.title,
        created.status,
        created.calendar_event.event_id if created.calendar_event else None,
    ]
    hooks = client.webhooks.create_webhook(
        "https://hooks.example.com/x", ["meeting.created"], [org], "", TRACE
    )
    seen["hooks"] = [[h.target_url, h.events, h.description, h.is_active] for h in hooks]
    hook = client.webhooks.get_webhook(hooks[0].id, TRACE)
    seen["hook"] = [hook.failure_count, hook.last_failure_reason]
    seen["hook list"] = client.webhooks.list_webhooks(TRACE).count
    seen["deliveries"] = client.webhooks.list_webhook_events(hooks[0].id, TRACE).count
    client.webhooks.delete_webhook(hooks[0].id, TRACE)
    client.revoke_token()
    return seen


if __name__ == "__main__":
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(main(), out, default=str, indent=1)

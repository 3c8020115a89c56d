"""Human-readable output for the CLI: aligned tables and label/value blocks."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from typing import Any

from meemo_api_client.models import Webhook  # the base class: the static type of list results

from meemo_sdk import (
    MeetingDetail,
    MeetingListItem,
    ParticipantsResponse,
    RecordingResponse,
    SummaryResponse,
    Topic,
    TranscriptResponse,
    UpcomingMeeting,
    UsageItem,
    WebhookEvent,
)

_TITLE_WIDTH = 48


def show(value: object) -> str:
    """One value as text; open enums may hold a plain string the spec does not know yet."""
    if value is None:
        return "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def when(value: str | None) -> str:
    """An ISO 8601 time from the service as `YYYY-MM-DD HH:MM +HHMM`; as sent if it is not one."""
    if value is None:
        return "-"
    try:
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M %z").rstrip()
    except ValueError:
        return value


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h {minutes:02d}m {secs:02d}s" if hours else f"{minutes}m {secs:02d}s"


def offset(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    materialised = [list(row) for row in rows]
    widths = [len(h) for h in headers]
    for row in materialised:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = [headers, *materialised]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def block(pairs: Sequence[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in pairs) + 1
    return "\n".join(f"{(label + ':').ljust(width)}  {value}" for label, value in pairs)


def meetings(items: Iterable[MeetingListItem]) -> str:
    return table(
        ("ID", "START", "STATUS", "SUMMARY", "SOURCE", "HOST", "TITLE"),
        (
            (
                str(m.id),
                when(m.start_time)[:16],
                show(m.status),
                "ready" if m.summary_complete else "-",
                "calendar" if m.calendar_event is not None else "manual",
                m.host_name,
                _cut(m.title, _TITLE_WIDTH),
            )
            for m in items
        ),
    )


def _stages(item: Any) -> list[tuple[str, str]]:
    pairs = []
    for name in ("recording", "transcription", "summarization"):
        stage = getattr(item, name, None)
        if stage is not None:
            detail = f" ({stage.description})" if stage.description else ""
            pairs.append((f"{name.capitalize()} stage", show(stage.status) + detail))
    return pairs


def meeting(m: MeetingDetail) -> str:
    event = m.calendar_event
    pairs = [
        ("ID", str(m.id)),
        ("Title", m.title),
        ("Status", show(m.status)),
        ("Start", when(m.start_time)),
        ("End", when(m.end_time)),
        ("Duration", duration(m.duration_seconds)),
        ("Created", when(m.created_at)),
        ("Host", f"{m.host.name} <{m.host.email}>"),
        ("Location", m.location or "-"),
        ("Language", m.language),
        ("Participants", str(m.participant_count)),
        ("Speakers", str(m.num_cluster)),
        ("Keywords", ", ".join(m.keywords) or "-"),
        ("Summary ready", show(m.summary_complete)),
        ("Calendar event", "-" if event is None else show(event.event_id)),
    ]
    if event is not None:
        pairs.append(("Meeting link", show(event.meeting_link)))
    return block(pairs + _stages(m))


def transcript(t: TranscriptResponse) -> str:
    lines = [f"Transcript of meeting {t.meeting_id}: {t.title} ({t.total_segments} segments)"]
    lines += [f"[{offset(s.start_time)}] {s.speaker}: {s.text}" for s in t.transcripts]
    return "\n".join(lines)


def _legacy(summary: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, value in summary.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            for item in value:
                if isinstance(item, dict):
                    item = ", ".join(f"{k}: {v}" for k, v in item.items())
                lines.append(f"  - {item}")
        else:
            lines.append(f"{key}: {value}")
    return lines


def summary(s: SummaryResponse) -> str:
    lines = [f"Summary of meeting {s.meeting_id}: {s.title}", ""]
    if s.summary is None:
        lines.append("(no summary yet)")
    elif isinstance(s.summary, dict):
        lines += ["(legacy structured summary)", *_legacy(s.summary)]
    else:
        lines.append(s.summary.rstrip())
    lines += ["", f"Notes: {s.notes or '-'}", f"Keywords: {', '.join(s.keywords) or '-'}"]
    return "\n".join(lines)


def participants(p: ParticipantsResponse) -> str:
    rows = (
        (
            "guest" if person.id is None else str(person.id),
            person.name,
            show(person.email),
            person.position or "-",
            person.department or "-",
        )
        for person in p.participants
    )
    header = f"Participants of meeting {p.meeting_id}: {p.title} ({p.total_participants})"
    return header + "\n" + table(("ID", "NAME", "EMAIL", "POSITION", "DEPARTMENT"), rows)


def recording(r: RecordingResponse) -> str:
    pairs = [
        ("Meeting", f"{r.meeting_id}: {r.title}"),
        ("URL", show(r.recording_url)),
        ("Duration", duration(r.duration)),
        ("Format", show(r.format) if r.format else "-"),
    ]
    if r.video_url is not None:
        pairs.append(("Video URL", r.video_url))
    text = block(pairs)
    if r.assets:
        rows = ((show(a.media_kind), show(a.format), show(a.url)) for a in r.assets)
        text += "\n\n" + table(("ASSET", "FORMAT", "URL"), rows)
    return text


def topics(items: Sequence[Topic]) -> str:
    rows = ((str(t.id), t.name, t.alias, t.language) for t in items)
    return table(("ID", "NAME", "ALIAS", "LANGUAGE"), rows)


def webhooks(items: Sequence[Webhook]) -> str:
    return table(
        ("ID", "ORG", "ACTIVE", "FAILURES", "EVENTS", "TARGET"),
        (
            (
                str(w.id),
                str(w.organization_id),
                show(w.is_active),
                show(w.failure_count),
                ", ".join(w.events),
                w.target_url,
            )
            for w in items
        ),
    )


def deliveries(items: Sequence[WebhookEvent]) -> str:
    return table(
        ("ID", "WEBHOOK", "WHEN", "EVENT", "STATUS", "HTTP", "ATTEMPTS"),
        (
            (
                str(e.id),
                str(e.webhook_id),
                when(e.created_at),
                e.event_type,
                e.status,
                show(e.response_status),
                show(e.attempt_count),
            )
            for e in items
        ),
    )


def usage(items: Sequence[UsageItem]) -> str:
    return table(
        ("ORG", "NAME", "CAPABILITY", "USED", "QUOTA"),
        (
            (
                str(u.organization_id),
                show(u.organization_name),
                u.capability_name,
                f"{u.usage:g}",
                "unlimited" if u.quota is None else f"{u.quota:g}",
            )
            for u in items
        ),
    )


def upcoming(items: Sequence[UpcomingMeeting]) -> str:
    return table(
        ("START", "ORG", "EVENT ID", "LINK", "TITLE"),
        (
            (
                e.start_time[:16],
                str(e.organization_id),
                e.event_id,
                show(e.meeting_link),
                _cut(show(e.summary), _TITLE_WIDTH),
            )
            for e in items
        ),
    )

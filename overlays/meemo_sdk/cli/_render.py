"""Human-readable output: tables that fit the terminal, and label/value blocks.

Every value the service sent passes through `clean` (no terminal control
characters) and every time through `when` (shown with its UTC offset). Absent
values (`None`, `""`, `[]`: what the models hold for a field the service left out)
are shown as `-`.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from meemo_sdk.cli._output import clean, when

if TYPE_CHECKING:
    from meemo_api_client.models import Webhook  # the static type of list results

    from meemo_sdk import (
        MeetingDetail,
        MeetingListItem,
        ParticipantsResponse,
        RecordingResponse,
        SummaryResponse,
        Topic,
        UpcomingMeeting,
        UsageItem,
        WebhookEvent,
    )

_MIN_FLEXIBLE = 8  # a shrunk column keeps at least this many characters
_STAGES = ("recording", "transcription", "summarization")


def present(value: object) -> bool:
    """False for None, "", [] and {}; numbers (0 included) count as present."""
    return bool(value) or isinstance(value, int | float)


def show(value: object) -> str:
    """One value as one clean line of text."""
    if not present(value):
        return "-"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "yes" if value else "no"
    return clean(value)


def columns(text: str) -> int:
    """Terminal columns `text` takes: wide (CJK) characters take two, combining marks none."""
    if text.isascii():
        return len(text)
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _fit(text: str, width: int) -> str:
    """`text` cut to `width` columns (with an ellipsis when cut), then padded to it."""
    if columns(text) > width:
        kept, used = [], 0
        for c in text:
            size = columns(c)
            if used + size > width - 1:
                break
            kept.append(c)
            used += size
        text = "".join(kept) + "…"
    return text + " " * (width - columns(text))


def _shrunk(
    headers: Sequence[str], widths: list[int], width: int, flexible: Sequence[str]
) -> list[int] | None:
    """Widths that fit `width` by shrinking the `flexible` columns, or None if they cannot."""
    widths = list(widths)
    over = sum(widths) + 2 * (len(widths) - 1) - width
    for name in flexible:  # the first named gives up room first
        if over <= 0:
            break
        if name in headers:
            column = headers.index(name)
            spare = max(widths[column] - max(_MIN_FLEXIBLE, len(name)), 0)
            taken = min(spare, over)
            widths[column] -= taken
            over -= taken
    return widths if over <= 0 else None


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    width: int | None = None,
    flexible: Sequence[str] = (),
    optional: Sequence[str] = (),
) -> str:
    """Aligned columns; when `width` is given, the `flexible` ones shrink to fit it, and
    if that is not enough the `optional` ones are left out, in that order."""
    headers = list(headers)
    cells = [[clean(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, columns(cell)) for w, cell in zip(widths, row, strict=True)]
    if width is not None:
        dropped = iter(optional)
        while (fitted := _shrunk(headers, widths, width, flexible)) is None:
            name = next(dropped, None)
            if name is None:  # as narrow as it gets; the terminal wraps the rest
                fitted = [
                    min(w, max(_MIN_FLEXIBLE, len(h))) if h in flexible else w
                    for h, w in zip(headers, widths, strict=True)
                ]
                break
            column = headers.index(name)
            del headers[column], widths[column]
            for row in cells:
                del row[column]
        widths = fitted
    lines = [headers, *cells]
    return "\n".join(
        "  ".join(_fit(cell, size) for cell, size in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def block(pairs: Sequence[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in pairs) + 1
    return "\n".join(f"{(label + ':').ljust(width)}  {value}" for label, value in pairs)


def duration(seconds: object) -> str:
    if not isinstance(seconds, int | float) or isinstance(seconds, bool):
        return "-"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h {minutes:02d}m {secs:02d}s" if hours else f"{minutes}m {secs:02d}s"


def stage_status(item: Any, name: str) -> str:
    stage = getattr(item, name, None)
    return show(getattr(stage, "status", None)) if present(stage) else "-"


def meetings(items: Iterable[MeetingListItem], width: int | None = None) -> str:
    return table(
        ("ID", "START", "STATUS", "SUMMARY", "SOURCE", "HOST", "TITLE"),
        (
            (
                str(m.id),
                when(m.start_time),
                show(m.status),
                "ready" if m.summary_complete else "-",
                "calendar" if present(m.calendar_event) else "manual",
                show(m.host_name),
                show(m.title),
            )
            for m in items
        ),
        width=width,
        flexible=("TITLE", "HOST"),
        optional=("SOURCE", "SUMMARY", "HOST"),
    )


def _stages(item: Any) -> list[tuple[str, str]]:
    pairs = []
    for name in _STAGES:
        stage = getattr(item, name, None)
        if present(stage):
            description = getattr(stage, "description", None)
            detail = f" ({show(description)})" if present(description) else ""
            pairs.append((f"{name.capitalize()} stage", stage_status(item, name) + detail))
    return pairs


def meeting(m: MeetingDetail) -> str:
    event = m.calendar_event if present(m.calendar_event) else None
    host = m.host
    pairs = [
        ("ID", str(m.id)),
        ("Title", show(m.title)),
        ("Status", show(m.status)),
        ("Start", when(m.start_time)),
        ("End", when(m.end_time)),
        ("Duration", duration(m.duration_seconds)),
        ("Created", when(m.created_at)),
        ("Host", f"{show(host.name)} <{show(host.email)}>"),
        ("Location", show(m.location)),
        ("Language", show(m.language)),
        ("Participants", show(m.participant_count)),
        ("Speakers", show(m.num_cluster)),
        ("Keywords", show(", ".join(m.keywords))),
        ("Summary ready", show(m.summary_complete)),
        ("Calendar event", "-" if event is None else show(event.event_id)),
    ]
    if event is not None:
        pairs.append(("Meeting link", show(event.meeting_link)))
    return block(pairs + _stages(m))


def _legacy(summary: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key, value in summary.items():
        if isinstance(value, list):
            lines.append(f"{clean(key)}:")
            for item in value:
                if isinstance(item, dict):
                    item = ", ".join(f"{k}: {v}" for k, v in item.items())
                lines.append(f"  - {clean(item)}")
        else:
            lines.append(f"{clean(key)}: {clean(value)}")
    return lines


def summary(s: SummaryResponse) -> str:
    lines = [f"Summary of meeting {s.meeting_id}: {show(s.title)}", ""]
    if not present(s.summary):
        lines.append("(no summary yet)")
    elif isinstance(s.summary, dict):
        lines += ["(legacy structured summary)", *_legacy(s.summary)]
    else:
        lines.append(clean(s.summary, multiline=True).rstrip())
    lines += ["", f"Notes: {show(s.notes)}", f"Keywords: {show(', '.join(s.keywords))}"]
    return "\n".join(lines)


def participants(p: ParticipantsResponse, width: int | None = None) -> str:
    rows = (
        (
            "guest" if person.id is None else show(person.id),
            show(person.name),
            show(person.email),
            show(person.position),
            show(person.department),
        )
        for person in p.participants
    )
    header = f"Participants of meeting {p.meeting_id}: {show(p.title)} ({p.total_participants})"
    return (
        header
        + "\n"
        + table(
            ("ID", "NAME", "EMAIL", "POSITION", "DEPARTMENT"),
            rows,
            width=width,
            flexible=("DEPARTMENT", "POSITION", "NAME"),
        )
    )


def recording(r: RecordingResponse, width: int | None = None) -> str:
    pairs = [
        ("Meeting", f"{r.meeting_id}: {show(r.title)}"),
        ("URL", show(r.recording_url)),
        ("Duration", duration(r.duration)),
        ("Format", show(r.format)),
    ]
    if present(r.video_url):
        pairs.append(("Video URL", show(r.video_url)))
    text = block(pairs)
    if present(r.assets):
        rows = ((show(a.media_kind), show(a.format), show(a.url)) for a in r.assets)
        text += "\n\n" + table(("ASSET", "FORMAT", "URL"), rows, width=width)
    return text


def topics(items: Sequence[Topic], width: int | None = None) -> str:
    rows = ((str(t.id), show(t.name), show(t.alias), show(t.language)) for t in items)
    return table(("ID", "NAME", "ALIAS", "LANGUAGE"), rows, width=width, flexible=("NAME",))


def webhooks(items: Sequence[Webhook], width: int | None = None) -> str:
    return table(
        ("ID", "ORG", "ACTIVE", "FAILURES", "EVENTS", "TARGET"),
        (
            (
                str(w.id),
                str(w.organization_id),
                show(w.is_active),
                show(w.failure_count),
                show(", ".join(w.events)),
                show(w.target_url),
            )
            for w in items
        ),
        width=width,
        flexible=("EVENTS", "TARGET"),
    )


def deliveries(items: Sequence[WebhookEvent], width: int | None = None) -> str:
    return table(
        ("ID", "WEBHOOK", "WHEN", "EVENT", "STATUS", "HTTP", "ATTEMPTS"),
        (
            (
                str(e.id),
                str(e.webhook_id),
                when(e.created_at),
                show(e.event_type),
                show(e.status),
                show(e.response_status),
                show(e.attempt_count),
            )
            for e in items
        ),
        width=width,
        flexible=("EVENT",),
    )


def usage(items: Sequence[UsageItem], width: int | None = None) -> str:
    return table(
        ("ORG", "NAME", "CAPABILITY", "USED", "QUOTA"),
        (
            (
                str(u.organization_id),
                show(u.organization_name),
                show(u.capability_name),
                f"{u.usage:g}",
                "unlimited" if u.quota is None else f"{u.quota:g}",
            )
            for u in items
        ),
        width=width,
        flexible=("NAME",),
    )


def upcoming(items: Sequence[UpcomingMeeting], width: int | None = None) -> str:
    return table(
        ("START", "ORG", "EVENT ID", "LINK", "TITLE"),
        (
            (
                when(e.start_time),
                str(e.organization_id),
                show(e.event_id),
                show(e.meeting_link),
                show(e.summary),
            )
            for e in items
        ),
        width=width,
        flexible=("TITLE", "LINK"),
    )


def wait_status(meeting_id: int, progress: dict[str, str], elapsed: float) -> str:
    stages = " · ".join(f"{name} {clean(status)}" for name, status in progress.items())
    return f"Meeting {meeting_id}: {stages} ({elapsed:.0f} s)"


def progress_bar(done: int, total: int, failed: int, width: int) -> str:
    tail = f" {done}/{total} meetings" + (f" · {failed} failed" if failed else "")
    room = max(width - len(tail) - 3, 10)
    filled = room if total == 0 else room * done // total
    return "[" + "#" * filled + "." * (room - filled) + "]" + tail

"""What each `meemo` command does: one SDK call (or a few), then output through the console.

Each command takes the client, the parsed arguments and the console, and
returns the exit code. Data goes to `console.json`/`items`/`text` (stdout); page
footers, progress and status lines to `console.notice`/`live` (stderr, terminals only).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from meemo_sdk.cli import _render as render
from meemo_sdk.cli._output import Console, clean
from meemo_sdk.errors import InvalidRequestError

if TYPE_CHECKING:
    from meemo_sdk import MeemoClient

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_TIMEOUT = 124  # as timeout(1): the wait gave up

LIST_FILTERS = (
    "organization_id",
    "title",
    "participants",
    "created_after",
    "created_before",
    "summary_complete",
    "from_calendar",
    "start_after",
    "start_before",
    "status",
    "calendar_event_id",
    "meeting_link",
    "calendar_event_name",
    "calendar_event_description",
    "search",
    "size",
)


def filters(args: argparse.Namespace) -> dict[str, Any]:
    """The list filters given on the command line (absent ones are left out)."""
    given = {name: getattr(args, name, None) for name in LIST_FILTERS}
    return {name: value for name, value in given.items() if value is not None}


def _one(console: Console, value: Any, text: str | None = None) -> int:
    """A single object: JSON (one line with --jsonl), or the given text."""
    if console.mode == "table" and text is not None:
        console.text(text)
    else:
        console.json(value)
    return EXIT_OK


# ------------------------------------------------------------------ meetings


def list_meetings(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    chosen = filters(args)
    if args.all:
        if args.page is not None:
            raise InvalidRequestError("page", "--all and --page do not go together")
        found = client.meetings.iter_meetings(**chosen)
        if console.mode == "table":
            items = list(found)
            console.text(render.meetings(items, console.width))
            console.notice(f"{len(items)} meeting(s)")
        else:
            console.items(item.to_dict() for item in found)  # --jsonl: one line per meeting
        return EXIT_OK
    page = client.meetings.list_meetings(page=args.page, **chosen)
    if console.mode == "table":
        console.text(render.meetings(page.results, console.width))
    else:
        console.items(item.to_dict() for item in page.results)
    number = args.page or 1
    footer = f"Page {number} · {len(page.results)} of {page.count} meeting(s)"
    if page.next:
        footer += f" · next: --page {number + 1} (or --all)"
    console.notice(footer)
    return EXIT_OK


def get_meeting(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.meetings.get_meeting(args.meeting_id)
    return _one(console, found.to_dict(), render.meeting(found))


def transcript(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    chosen = args.format
    if console.mode != "table" and chosen not in (None, "json"):
        raise InvalidRequestError("format", f"--format {chosen} does not go with --json/--jsonl")
    found = client.meetings.get_transcript(args.meeting_id)
    if console.mode != "table" or chosen == "json":
        return _one(console, found.to_dict())
    from meemo_sdk import transcript_formats as formats

    write = {
        "text": formats.to_text,
        "md": formats.to_markdown,
        "srt": formats.to_srt,
        "vtt": formats.to_vtt,
    }[chosen or "text"]
    console.notice(
        f"Transcript of meeting {found.meeting_id}: {render.show(found.title)} "
        f"({len(found.transcripts)} segments)"
    )
    console.text(clean(write(found), multiline=True))
    return EXIT_OK


def summary(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.meetings.get_summary(args.meeting_id)
    return _one(console, found.to_dict(), render.summary(found))


def participants(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.meetings.get_participants(args.meeting_id)
    return _one(console, found.to_dict(), render.participants(found, console.width))


def recording(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.meetings.get_recording(args.meeting_id)
    return _one(console, found.to_dict(), render.recording(found, console.width))


def create_meeting(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    event = None
    if args.calendar_event is not None:
        try:
            event = json.loads(args.calendar_event)
        except ValueError:
            raise InvalidRequestError("calendar_event", "--calendar-event is not JSON") from None
    created = client.meetings.create_meeting(
        organization_id=args.organization_id,
        title=args.title,
        start_time=args.start_time,
        user_token=args.user_token,
        topic_id=args.topic_id,
        participants=args.participant,
        bot_meeting_url=args.bot_meeting_url,
        file_url=args.file_url,
        bot_join_at=args.bot_join_at,
        speaker_count=args.speaker_count,
        calendar_event=event,
    )
    console.notice(f"Created meeting {created.id}")
    return _one(console, created.to_dict(), render.meeting(created))


def wait(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    from meemo_sdk import _polling

    started = _polling.clock()  # the clock the wait's deadline is measured on

    def show(detail: Any) -> None:
        progress = _polling.progress(detail)
        console.live(render.wait_status(args.meeting_id, progress, _polling.clock() - started))

    try:
        ready = client.meetings.wait_until_ready(
            args.meeting_id,
            stage=args.stage,
            timeout=args.wait_timeout,
            poll_interval=args.poll_interval,
            on_poll=show,
        )
    finally:
        console.end_live()
    console.notice(f"Meeting {ready.id}: {args.stage} completed")
    return _one(console, ready.to_dict(), render.meeting(ready))


# ------------------------------------------------------------------ export


def export(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    from meemo_sdk.export import ExportProgress, export_meetings

    failures = 0

    def progress(event: ExportProgress) -> None:
        nonlocal failures
        if event.entry is not None:
            failures += event.entry["outcome"] == "failed"
            if console.mode == "jsonl":
                console.json(event.entry)
        console.live(render.progress_bar(event.done, event.total, failures, console.live_width))

    try:
        result = export_meetings(
            client,
            args.directory,
            concurrency=args.concurrency,
            force=args.force,
            on_progress=progress,
            **filters(args),
        )
    finally:
        console.end_live()
    failed = [{"id": key, "error": error} for key, error in result.failed.items()]
    if console.mode == "json":
        console.json(
            {
                "directory": str(result.directory),
                "total": len(result.entries),
                "exported": result.exported,
                "incomplete": result.incomplete,
                "unchanged": result.unchanged,
                "failed": failed,
            }
        )
    elif console.mode == "table":
        lines = [
            f"{len(result.entries)} meeting(s) in {clean(result.directory)}",
            f"  fetched:    {len(result.exported) + len(result.incomplete)}"
            + (
                f" ({len(result.incomplete)} incomplete: transcript or summary not ready)"
                if result.incomplete
                else ""
            ),
            f"  unchanged:  {len(result.unchanged)}",
            f"  failed:     {len(failed)}",
            *(f"    {f['id']}: {clean(f['error'])}" for f in failed),
        ]
        console.text("\n".join(lines))
    return EXIT_FAILED if failed else EXIT_OK


# ------------------------------------------------------------------ other resources


def list_topics(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.meetings.list_topics(organization_id=args.organization_id)
    if console.mode == "table":
        console.text(render.topics(found, console.width))
    else:
        console.items(t.to_dict() for t in found)
    return EXIT_OK


def list_webhooks(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    page = client.webhooks.list_webhooks()
    if console.mode == "table":
        console.text(render.webhooks(page.results, console.width))
    else:
        # A signing key lets anyone forge deliveries: it stays out of terminals and logs.
        console.items({**w.to_dict(), "secret_key": "***"} for w in page.results)
    console.notice(f"{page.count} webhook(s)")
    return EXIT_OK


def list_webhook_events(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    page = client.webhooks.list_webhook_events(args.webhook_id)
    if console.mode == "table":
        console.text(render.deliveries(page.results, console.width))
    else:
        console.items(e.to_dict() for e in page.results)
    console.notice(f"{page.count} delivery(ies)")
    return EXIT_OK


def usage(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.usage.get_usage(args.organization_id, args.start_date, args.end_date)
    return _one(console, found.to_dict(), render.usage(found.results, console.width))


def upcoming(client: MeemoClient, args: argparse.Namespace, console: Console) -> int:
    found = client.calendar.get_upcoming_meetings(args.organization_id, args.limit)
    if not found.integrated:
        console.notice("No calendar is connected.")
    return _one(console, found.to_dict(), render.upcoming(found.results, console.width))

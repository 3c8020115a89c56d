"""The ``meemo`` command: the SDK's operations from a shell.

Exit codes: 0 success, 1 the service refused or could not be reached, 2 bad
input (caught before anything is sent). Errors are one line on stderr, never a
traceback, and never contain a secret.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from meemo_sdk import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidRequestError,
    MeemoClient,
    MeemoError,
    __version__,
)
from meemo_sdk.cli import _render as render

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """Reports a usage error as one line (with where to get help) instead of the usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _common() -> _Parser:
    """Options taken before or after the command (SUPPRESS: a later one never resets them)."""
    common = _Parser(add_help=False)
    group = common.add_argument_group("connection (flags override MEEMO_* environment variables)")
    group.add_argument(
        "--base-url", default=argparse.SUPPRESS, help="API origin (env MEEMO_BASE_URL)"
    )
    group.add_argument(
        "--client-id", default=argparse.SUPPRESS, help="OAuth2 client id (env MEEMO_CLIENT_ID)"
    )
    group.add_argument(
        "--client-secret",
        default=argparse.SUPPRESS,
        help="OAuth2 client secret (env MEEMO_CLIENT_SECRET; prefer the environment)",
    )
    group.add_argument(
        "--timeout", type=float, default=argparse.SUPPRESS, help="seconds per request (60)"
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON, not tables"
    )
    return common


def _meeting_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", type=int, metavar="ID", help="the meeting's id")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="meemo",
        description="Meemo External API from the command line: meetings, transcripts, "
        "summaries, participants, recordings, topics, webhooks, usage and upcoming events.",
        epilog="Try it with no account: run `meemo sandbox`, then point MEEMO_BASE_URL at it.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"meemo-sdk {__version__}")
    groups = parser.add_subparsers(dest="group", metavar="COMMAND", required=True)

    meetings = groups.add_parser("meetings", help="meetings and what Meemo made of them")
    actions = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", parents=[common], help="list meetings, newest start time first"
    )
    listing.add_argument("--organization-id", type=int, help="only this organization")
    listing.add_argument("--title", help="title contains this text (ignoring case)")
    listing.add_argument("--participants", help="user ids, comma-separated; matches any")
    listing.add_argument("--created-after", metavar="YYYY-MM-DD", help="created on or after")
    listing.add_argument("--created-before", metavar="YYYY-MM-DD", help="created on or before")
    listing.add_argument(
        "--summary-complete", action=argparse.BooleanOptionalAction, help="summary finished or not"
    )
    listing.add_argument(
        "--from-calendar", action=argparse.BooleanOptionalAction, help="from a calendar or not"
    )
    listing.add_argument("--start-after", metavar="YYYY-MM-DD", help="starts on or after")
    listing.add_argument("--start-before", metavar="YYYY-MM-DD", help="starts on or before")
    listing.add_argument("--status", help="upcoming, ongoing, recording or past")
    listing.add_argument("--calendar-event-id", metavar="ID", help="linked to this calendar event")
    listing.add_argument("--meeting-link", metavar="URL", help="calendar event has this link")
    listing.add_argument("--calendar-event-name", help="calendar event title contains this")
    listing.add_argument(
        "--calendar-event-description", help="calendar event description contains this"
    )
    listing.add_argument("--search", help="free text over titles, calendar events and summaries")
    listing.add_argument("--page", type=int, help="page number (1 = first)")
    listing.add_argument("--size", type=int, help="meetings per page (10)")
    listing.add_argument("--all", action="store_true", help="follow every page to the end")
    listing.set_defaults(run=_list_meetings)

    for name, helptext, run in (
        ("get", "one meeting's details", _get_meeting),
        ("transcript", "the timed transcript", _transcript),
        ("summary", "the summary, notes and keywords", _summary),
        ("participants", "who took part", _participants),
        ("recording", "where to download the recording", _recording),
    ):
        command = actions.add_parser(name, parents=[common], help=helptext)
        _meeting_id(command)
        command.set_defaults(run=run)

    create = actions.add_parser("create", parents=[common], help="create a meeting")
    create.add_argument("--organization-id", type=int, required=True, help="owning organization")
    create.add_argument("--title", required=True, help="the meeting's title")
    create.add_argument("--start-time", metavar="ISO8601", help="when it starts")
    create.add_argument("--topic-id", type=int, help="topic (sets language and context)")
    create.add_argument(
        "--participant", action="append", metavar="EMAIL", help="a participant; repeatable"
    )
    create.add_argument("--bot-meeting-url", metavar="URL", help="a bot joins this meeting")
    create.add_argument("--bot-join-at", metavar="ISO8601", help="when the bot joins (future)")
    create.add_argument("--file-url", metavar="URL", help="import this audio or video file")
    create.add_argument("--speaker-count", type=int, help="expected number of speakers")
    create.add_argument("--user-token", help="User Personal Token to attribute the meeting to")
    create.add_argument(
        "--calendar-event", metavar="JSON", help='calendar event object, e.g. \'{"event_id": "x"}\''
    )
    create.set_defaults(run=_create_meeting)

    topics = groups.add_parser("topics", help="meeting topics (contexts and languages)")
    topic_actions = topics.add_subparsers(dest="action", metavar="ACTION", required=True)
    topic_list = topic_actions.add_parser("list", parents=[common], help="list topics")
    topic_list.add_argument("--organization-id", type=int, help="only this organization")
    topic_list.set_defaults(run=_list_topics)

    webhooks = groups.add_parser("webhooks", help="webhook registrations and their deliveries")
    webhook_actions = webhooks.add_subparsers(dest="action", metavar="ACTION", required=True)
    webhook_list = webhook_actions.add_parser(
        "list", parents=[common], help="list webhooks (signing keys are never printed)"
    )
    webhook_list.set_defaults(run=_list_webhooks)
    deliveries = webhook_actions.add_parser(
        "events", parents=[common], help="list webhook deliveries, newest first"
    )
    deliveries.add_argument("--webhook-id", type=int, help="only this webhook's deliveries")
    deliveries.set_defaults(run=_list_webhook_events)

    usage = groups.add_parser("usage", parents=[common], help="usage against quotas")
    usage.add_argument("--organization-id", type=int, help="only this organization")
    usage.add_argument("--start-date", metavar="YYYY-MM-DD", help="count from this day on")
    usage.add_argument("--end-date", metavar="YYYY-MM-DD", help="count up to this day")
    usage.set_defaults(run=_usage)

    calendar = groups.add_parser("calendar", help="connected calendars")
    calendar_actions = calendar.add_subparsers(dest="action", metavar="ACTION", required=True)
    upcoming = calendar_actions.add_parser(
        "upcoming", parents=[common], help="upcoming calendar events, soonest first"
    )
    upcoming.add_argument("--organization-id", type=int, help="only this organization")
    upcoming.add_argument("--limit", type=int, help="at most this many events (10; up to 100)")
    upcoming.set_defaults(run=_upcoming)

    groups.add_parser(
        "sandbox",
        add_help=False,
        help="run a local sandbox API with sample data (see meemo sandbox --help)",
    )
    return parser


# ------------------------------------------------------------------ commands

Output = tuple[Any, Callable[[], str]]  # (JSON-ready value, table renderer)


def _list_meetings(client: MeemoClient, args: argparse.Namespace) -> Output:
    filters: dict[str, Any] = {
        "organization_id": args.organization_id,
        "title": args.title,
        "participants": args.participants,
        "created_after": args.created_after,
        "created_before": args.created_before,
        "summary_complete": args.summary_complete,
        "from_calendar": args.from_calendar,
        "start_after": args.start_after,
        "start_before": args.start_before,
        "status": args.status,
        "calendar_event_id": args.calendar_event_id,
        "meeting_link": args.meeting_link,
        "calendar_event_name": args.calendar_event_name,
        "calendar_event_description": args.calendar_event_description,
        "search": args.search,
        "size": args.size,
    }
    if args.all:
        if args.page is not None:
            raise InvalidRequestError("page", "--all and --page do not go together")
        items = list(client.meetings.iter_meetings(**filters))
        return [
            m.to_dict() for m in items
        ], lambda: render.meetings(items) + f"\n\n{len(items)} meeting(s)"
    page = client.meetings.list_meetings(page=args.page, **filters)

    def text() -> str:
        number = args.page or 1
        footer = f"Page {number} · {len(page.results)} of {page.count} meeting(s)"
        if page.next:
            footer += f" · next: --page {number + 1} (or --all)"
        return render.meetings(page.results) + "\n\n" + footer

    return page.to_dict(), text


def _get_meeting(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.meetings.get_meeting(args.meeting_id)
    return found.to_dict(), lambda: render.meeting(found)


def _transcript(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.meetings.get_transcript(args.meeting_id)
    return found.to_dict(), lambda: render.transcript(found)


def _summary(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.meetings.get_summary(args.meeting_id)
    return found.to_dict(), lambda: render.summary(found)


def _participants(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.meetings.get_participants(args.meeting_id)
    return found.to_dict(), lambda: render.participants(found)


def _recording(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.meetings.get_recording(args.meeting_id)
    return found.to_dict(), lambda: render.recording(found)


def _create_meeting(client: MeemoClient, args: argparse.Namespace) -> Output:
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
    return created.to_dict(), lambda: f"Created meeting {created.id}\n\n" + render.meeting(created)


def _list_topics(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.meetings.list_topics(organization_id=args.organization_id)
    return [t.to_dict() for t in found], lambda: render.topics(found)


def _list_webhooks(client: MeemoClient, args: argparse.Namespace) -> Output:
    page = client.webhooks.list_webhooks()
    # A signing key lets anyone forge deliveries: it stays out of terminals and logs.
    hidden = [{**w.to_dict(), "secret_key": "***"} for w in page.results]
    return (
        {**page.to_dict(), "results": hidden},
        lambda: render.webhooks(page.results) + f"\n\n{page.count} webhook(s)",
    )


def _list_webhook_events(client: MeemoClient, args: argparse.Namespace) -> Output:
    page = client.webhooks.list_webhook_events(args.webhook_id)
    return (
        page.to_dict(),
        lambda: render.deliveries(page.results) + f"\n\n{page.count} delivery(ies)",
    )


def _usage(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.usage.get_usage(args.organization_id, args.start_date, args.end_date)
    return found.to_dict(), lambda: render.usage(found.results)


def _upcoming(client: MeemoClient, args: argparse.Namespace) -> Output:
    found = client.calendar.get_upcoming_meetings(args.organization_id, args.limit)

    def text() -> str:
        if not found.integrated:
            return "No calendar is connected."
        return render.upcoming(found.results)

    return found.to_dict(), text


# ------------------------------------------------------------------ entry point


def _client(args: argparse.Namespace) -> MeemoClient:
    options: dict[str, Any] = {
        "client_id": getattr(args, "client_id", None),
        "client_secret": getattr(args, "client_secret", None),
        "base_url": getattr(args, "base_url", None),
    }
    if getattr(args, "timeout", None) is not None:
        options["timeout"] = args.timeout
    return MeemoClient(**options)


def _fail(code: int, message: str, err: TextIO) -> int:
    print(f"meemo: error: {' '.join(message.split())}", file=err)
    return code


def _sandbox(argv: Sequence[str]) -> int:
    from meemo_sdk.testing import require_extra

    try:
        require_extra()
    except ImportError as exc:
        return _fail(EXIT_USAGE, str(exc), sys.stderr)
    from meemo_sandbox.cli import main as sandbox_main

    return sandbox_main(list(argv), prog="meemo sandbox")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = sys.stderr
    if argv[:1] == ["sandbox"]:
        return _sandbox(argv[1:])
    args = build_parser().parse_args(argv)
    client: MeemoClient | None = None
    try:
        client = _client(args)
        with client:
            value, text = args.run(client, args)
    except (InvalidRequestError, ConfigurationError) as exc:
        return _fail(EXIT_USAGE, str(exc), err)
    except APIConnectionError as exc:
        where = client.base_url if client is not None else "the base URL"
        return _fail(EXIT_API, f"{exc} (is the service reachable at {where}?)", err)
    except (APIError, MeemoError) as exc:
        return _fail(EXIT_API, str(exc), err)
    except KeyboardInterrupt:
        return _fail(130, "interrupted", err)
    if getattr(args, "json", False):
        out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(text() + "\n")
    return EXIT_OK


def console() -> None:
    """Console-script entry point: exits quietly when the reader of stdout goes away."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # As the Python docs advise: point stdout at devnull so the exit flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_OK
    sys.exit(code)

"""The ``meemo`` command: the SDK's operations from a shell.

Exit codes: 0 success; 1 the service refused, failed or could not be reached (or
an export left meetings behind); 2 bad input, refused before anything is sent;
124 `meetings wait` gave up at its timeout; 130 interrupted. Errors are one line
on stderr, never a traceback, and never contain a secret.

Start-up stays cheap (`meemo --help` loads no model): the SDK's models, the
renderers' dependencies and the client are imported only when a command runs.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from meemo_sdk._version import __version__
from meemo_sdk.cli import _commands as commands
from meemo_sdk.cli._output import Console

if TYPE_CHECKING:
    from meemo_sdk import MeemoClient

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

_DECIMAL = re.compile(r"\d+(\.\d*)?|\.\d+")


class _Parser(argparse.ArgumentParser):
    """Reports a usage error as one line (with where to get help) instead of the usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def whole_number(text: str) -> int:
    """1 or more, in ASCII digits: no sign, no `1_000`, no other scripts' digits."""
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return int(text)


def seconds(text: str) -> float:
    """A positive, finite number of seconds, such as `30` or `2.5`."""
    value = float(text) if text.isascii() and _DECIMAL.fullmatch(text) else math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def _common(*, request_timeout: bool = True) -> _Parser:
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
    if request_timeout:
        group.add_argument(
            "--timeout",
            type=seconds,
            default=argparse.SUPPRESS,
            metavar="SECONDS",
            help="time limit of each request (60)",
        )
    output = common.add_argument_group("output")
    output.add_argument(
        "--json",
        dest="output",
        action="store_const",
        const="json",
        default=argparse.SUPPRESS,
        help="print JSON: an array for lists, an object otherwise",
    )
    output.add_argument(
        "--jsonl",
        dest="output",
        action="store_const",
        const="jsonl",
        default=argparse.SUPPRESS,
        help="print JSON lines: one object per line, streamed as it comes",
    )
    output.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the SDK's log lines (each request, each retry) on stderr",
    )
    return common


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--organization-id", type=whole_number, help="only this organization")
    parser.add_argument("--title", help="title contains this text (ignoring case)")
    parser.add_argument("--participants", help="user ids, comma-separated; matches any")
    parser.add_argument("--created-after", metavar="YYYY-MM-DD", help="created on or after")
    parser.add_argument("--created-before", metavar="YYYY-MM-DD", help="created on or before")
    parser.add_argument(
        "--summary-complete", action=argparse.BooleanOptionalAction, help="summary finished or not"
    )
    parser.add_argument(
        "--from-calendar", action=argparse.BooleanOptionalAction, help="from a calendar or not"
    )
    parser.add_argument("--start-after", metavar="YYYY-MM-DD", help="starts on or after")
    parser.add_argument("--start-before", metavar="YYYY-MM-DD", help="starts on or before")
    parser.add_argument("--status", help="upcoming, ongoing, recording or past")
    parser.add_argument("--calendar-event-id", metavar="ID", help="linked to this calendar event")
    parser.add_argument("--meeting-link", metavar="URL", help="calendar event has this link")
    parser.add_argument("--calendar-event-name", help="calendar event title contains this")
    parser.add_argument(
        "--calendar-event-description", help="calendar event description contains this"
    )
    parser.add_argument("--search", help="free text over titles, calendar events and summaries")
    parser.add_argument("--size", type=whole_number, help="meetings per page (10)")


def _meeting_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting_id", type=whole_number, metavar="ID", help="the meeting's id")


def _group(groups: Any, name: str, helptext: str) -> tuple[argparse.ArgumentParser, Any]:
    parser = groups.add_parser(name, help=helptext, description=helptext)
    parser.set_defaults(help_parser=parser)
    return parser, parser.add_subparsers(dest="action", metavar="ACTION")


def _command(
    actions: Any, name: str, helptext: str, run: Any, common: argparse.ArgumentParser
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(
        name, parents=[common], help=helptext, description=helptext
    )
    parser.set_defaults(run=run, help_parser=parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="meemo",
        description="Meemo External API from the command line: meetings, transcripts, "
        "summaries, participants, recordings, topics, webhooks, usage and upcoming events.",
        epilog="Try it with no account: run `meemo sandbox`, then point MEEMO_BASE_URL at it. "
        "Shell completion: `source <(meemo completion bash)` (or zsh).",
        parents=[common],
    )
    parser.set_defaults(help_parser=parser)
    parser.add_argument("--version", action="version", version=f"meemo-sdk {__version__}")
    groups = parser.add_subparsers(dest="group", metavar="COMMAND")

    meetings, actions = _group(groups, "meetings", "meetings and what Meemo made of them")
    listing = _command(
        actions, "list", "list meetings, newest start time first", commands.list_meetings, common
    )
    _filter_arguments(listing)
    listing.add_argument("--page", type=whole_number, help="page number (1 = first)")
    listing.add_argument("--all", action="store_true", help="follow every page to the end")

    for name, helptext, run in (
        ("get", "one meeting's details", commands.get_meeting),
        ("summary", "the summary, notes and keywords", commands.summary),
        ("participants", "who took part", commands.participants),
        ("recording", "where to download the recording", commands.recording),
    ):
        _meeting_id(_command(actions, name, helptext, run, common))

    text = _command(
        actions, "transcript", "the timed transcript, as text or subtitles", commands.transcript,
        common,
    )  # fmt: skip
    _meeting_id(text)
    text.add_argument(
        "--format",
        choices=("json", "text", "md", "srt", "vtt"),
        help="text: one line per speaker turn (default); md: Markdown; srt, vtt: subtitles",
    )

    wait = _command(
        actions,
        "wait",
        "wait until a processing stage is completed, then show the meeting",
        commands.wait,
        _common(request_timeout=False),
    )
    _meeting_id(wait)
    wait.add_argument(
        "--stage",
        choices=("recording", "transcription", "summarization"),
        default="summarization",
        help="the stage to wait for (summarization)",
    )
    wait.add_argument(
        "--timeout",
        dest="wait_timeout",
        type=seconds,
        default=600.0,
        metavar="SECONDS",
        help="give up after this long (600), exit code 124; "
        "the time limit of each request goes before the command: meemo --timeout 10 meetings wait",
    )
    wait.add_argument(
        "--poll-interval",
        type=seconds,
        metavar="SECONDS",
        help="look this often (default: from 2 s, growing to 30 s)",
    )

    create = _command(actions, "create", "create a meeting", commands.create_meeting, common)
    create.add_argument(
        "--organization-id", type=whole_number, required=True, help="owning organization"
    )
    create.add_argument("--title", required=True, help="the meeting's title")
    create.add_argument("--start-time", metavar="ISO8601", help="when it starts")
    create.add_argument("--topic-id", type=whole_number, help="topic (sets language and context)")
    create.add_argument(
        "--participant", action="append", metavar="EMAIL", help="a participant; repeatable"
    )
    create.add_argument("--bot-meeting-url", metavar="URL", help="a bot joins this meeting")
    create.add_argument("--bot-join-at", metavar="ISO8601", help="when the bot joins (future)")
    create.add_argument(
        "--file-url",
        metavar="URL",
        help="import this audio or video file (then: meemo meetings wait ID)",
    )
    create.add_argument("--speaker-count", type=whole_number, help="expected number of speakers")
    create.add_argument("--user-token", help="User Personal Token to attribute the meeting to")
    create.add_argument(
        "--calendar-event", metavar="JSON", help='calendar event object, e.g. \'{"event_id": "x"}\''
    )

    export = groups.add_parser(
        "export",
        parents=[common],
        help="write every matching meeting to a directory; a second run fetches only changes",
        description="Write each matching meeting's detail, transcript, summary and participants "
        "to DIR/meetings/ID.json, and DIR/index.jsonl. A meeting is fetched again only when its "
        "list row changed (status, stages, summary, end time, title, calendar event), when its "
        "last export failed, or with --force.",
    )
    export.set_defaults(run=commands.export, help_parser=export)
    export.add_argument(
        "--dir", dest="directory", required=True, metavar="DIR", help="where to write"
    )
    _filter_arguments(export)
    export.add_argument(
        "--concurrency", type=whole_number, default=4, help="meetings fetched at once (4)"
    )
    export.add_argument("--force", action="store_true", help="fetch every meeting again")

    topics, topic_actions = _group(groups, "topics", "meeting topics (contexts and languages)")
    topic_list = _command(topic_actions, "list", "list topics", commands.list_topics, common)
    topic_list.add_argument("--organization-id", type=whole_number, help="only this organization")

    webhooks, webhook_actions = _group(
        groups, "webhooks", "webhook registrations and their deliveries"
    )
    _command(
        webhook_actions,
        "list",
        "list webhooks (signing keys are never printed)",
        commands.list_webhooks,
        common,
    )
    deliveries = _command(
        webhook_actions,
        "events",
        "list webhook deliveries, newest first",
        commands.list_webhook_events,
        common,
    )
    deliveries.add_argument("--webhook-id", type=whole_number, help="only this webhook's")

    usage = groups.add_parser(
        "usage", parents=[common], help="usage against quotas", description="usage against quotas"
    )
    usage.set_defaults(run=commands.usage, help_parser=usage)
    usage.add_argument("--organization-id", type=whole_number, help="only this organization")
    usage.add_argument("--start-date", metavar="YYYY-MM-DD", help="count from this day on")
    usage.add_argument("--end-date", metavar="YYYY-MM-DD", help="count up to this day")

    calendar, calendar_actions = _group(groups, "calendar", "connected calendars")
    upcoming = _command(
        calendar_actions,
        "upcoming",
        "upcoming calendar events, soonest first",
        commands.upcoming,
        common,
    )
    upcoming.add_argument("--organization-id", type=whole_number, help="only this organization")
    upcoming.add_argument(
        "--limit", type=whole_number, help="at most this many events (10; up to 100)"
    )

    completion = groups.add_parser(
        "completion",
        help="print a shell completion script: source <(meemo completion bash)",
        description="Print a completion script for bash or zsh. bash: add "
        "`source <(meemo completion bash)` to ~/.bashrc. zsh: add "
        "`source <(meemo completion zsh)` to ~/.zshrc (after compinit).",
    )
    completion.set_defaults(run=_completion, offline=True, help_parser=completion)
    completion.add_argument("shell", choices=("bash", "zsh"))

    groups.add_parser(
        "sandbox",
        add_help=False,
        help="run a local sandbox API with sample data (see meemo sandbox --help)",
    )
    del meetings, topics, webhooks, calendar
    return parser


def _completion(client: object, args: argparse.Namespace, console: Console) -> int:
    from meemo_sdk.cli._completion import script

    console.text(script(build_parser(), args.shell))
    return EXIT_OK


# ------------------------------------------------------------------ entry point


def _client(args: argparse.Namespace) -> MeemoClient:
    from meemo_sdk import ConfigurationError, MeemoClient

    client_id = getattr(args, "client_id", None) or os.environ.get("MEEMO_CLIENT_ID")
    secret = getattr(args, "client_secret", None) or os.environ.get("MEEMO_CLIENT_SECRET")
    flags = hasattr(args, "client_id") or hasattr(args, "client_secret")
    static = not flags and bool(os.environ.get("MEEMO_ACCESS_TOKEN"))
    if not static and not (client_id and secret):
        missing = [
            f"{env} (or {flag})"
            for value, env, flag in (
                (client_id, "MEEMO_CLIENT_ID", "--client-id"),
                (secret, "MEEMO_CLIENT_SECRET", "--client-secret"),
            )
            if not value
        ]
        raise ConfigurationError(
            f"missing credentials: set {' and '.join(missing)}; "
            "or set MEEMO_ACCESS_TOKEN to a bearer token"
        )
    options: dict[str, Any] = {"base_url": getattr(args, "base_url", None)}
    if not static:
        options |= {"client_id": client_id, "client_secret": secret}
    if getattr(args, "timeout", None) is not None:
        options["timeout"] = args.timeout
    return MeemoClient(**options)


def _flag(args: argparse.Namespace, argument: str) -> str | None:
    """The command-line flag for an SDK argument name, if this command has one."""
    parser = getattr(args, "help_parser", None)
    for action in getattr(parser, "_actions", ()):
        if action.dest == argument and action.option_strings:
            return str(action.option_strings[-1])
    return None


def _sandbox(argv: Sequence[str], console: Console) -> int:
    from meemo_sdk.testing import require_extra

    try:
        require_extra()
    except ImportError as exc:
        console.error(str(exc))
        return EXIT_USAGE
    from meemo_sandbox.cli import main as sandbox_main

    return sandbox_main(list(argv), prog="meemo sandbox")


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = out or sys.stdout
    err = err or sys.stderr
    if argv[:1] == ["sandbox"]:
        return _sandbox(argv[1:], Console(out, err))
    parser = build_parser()
    if not argv:
        parser.print_help(out)
        return EXIT_OK
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):  # a group without its action: show what it offers
        args.help_parser.print_help(out)
        return EXIT_OK
    console = Console(out, err, getattr(args, "output", "table"))
    stop_logging = console.capture_logs(verbose=getattr(args, "verbose", False))
    try:
        return _run(args, console)
    finally:
        stop_logging()


def _run(args: argparse.Namespace, console: Console) -> int:
    from meemo_sdk import (
        APIConnectionError,
        ConfigurationError,
        InvalidRequestError,
        MeemoError,
        ProcessingFailedError,
        WaitTimeoutError,
    )

    if getattr(args, "offline", False):
        code: int = args.run(None, args, console)
        return code
    client: MeemoClient | None = None
    try:
        client = _client(args)
        with client:
            code = args.run(client, args, console)
            return code
    except InvalidRequestError as exc:
        flag = _flag(args, exc.argument)
        console.error(f"{flag}: {exc}" if flag and flag not in str(exc) else str(exc))
        return EXIT_USAGE
    except ConfigurationError as exc:
        console.error(str(exc))
        return EXIT_USAGE
    except WaitTimeoutError as exc:
        console.error(str(exc))
        return commands.EXIT_TIMEOUT
    except ProcessingFailedError as exc:
        console.error(str(exc))
        return EXIT_API
    except APIConnectionError as exc:
        where = client.base_url if client is not None else "the base URL"
        console.error(f"{exc} (is the service reachable at {where}?)")
        return EXIT_API
    except MeemoError as exc:
        console.error(str(exc))
        return EXIT_API
    except KeyboardInterrupt:
        console.error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # the reader of stdout went away: `console()` exits quietly
    except OSError as exc:  # e.g. export: the directory cannot be written
        console.error(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        return EXIT_API


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

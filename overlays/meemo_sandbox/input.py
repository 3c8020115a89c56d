"""Parse and check what clients send to the sandbox, the way the service does.

Query problems come back as ``{"msg", "loc", "type"}`` items (the service's
``{"detail": [...]}`` shape); body problems as ``(field, message)`` pairs that the
app wraps in the structured ``{"error": {...}}`` shape. Messages never echo a
value the client sent, since some of them (``user_token``) are secrets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final
from urllib.parse import urlsplit

from meemo_sandbox.data import SERVICE_TZ, Meeting

MEETING_STATUSES: Final = ("upcoming", "ongoing", "recording", "past")
DEFAULT_PAGE_SIZE: Final = 10
MAX_PAGE_SIZE: Final = 100
MAX_ID: Final = 2**63 - 1
"""Ids are 64-bit database keys: a larger number names nothing and is refused as input."""
MAX_LISTED_IDS: Final = 1000

# Plain ASCII digits only: int() would also take " 12", "1_000", "+5", "٣" and "²" (which
# isdigit() admits and int() then refuses).
_INTEGER = re.compile(r"-?[0-9]{1,4000}")  # int() refuses more than 4300 digits
_IDS = re.compile(r"[1-9][0-9]{0,18}(,[1-9][0-9]{0,18})*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TRUE: Final = frozenset({"true", "1"})
_FALSE: Final = frozenset({"false", "0"})

Problem = dict[str, Any]


def parse_integer(raw: str) -> int | None:
    """The integer ``raw`` spells in plain ASCII digits (an optional ``-``), else None."""
    return int(raw) if _INTEGER.fullmatch(raw) else None


def parse_id(raw: str) -> int | None:
    """A positive 64-bit id spelled in ASCII digits, else None."""
    value = parse_integer(raw)
    return value if value is not None and 1 <= value <= MAX_ID else None


class QueryReader:
    """Reads typed query parameters, collecting every problem instead of stopping at the first."""

    def __init__(self, args: Mapping[str, str]) -> None:
        self._args = args
        self.problems: list[Problem] = []

    def _raw(self, name: str) -> str | None:
        # An empty value counts as "not given", as with the service's filter backends.
        value = self._args.get(name)
        return value if value else None

    def _fail(self, name: str, message: str, kind: str) -> None:
        self.problems.append({"msg": message, "loc": ["query", name], "type": kind})

    def integer(self, name: str, minimum: int = 1, maximum: int = MAX_ID) -> int | None:
        raw = self._raw(name)
        if raw is None:
            return None
        value = parse_integer(raw)
        if value is None:
            self._fail(name, f"{name} must be an integer.", "int_parsing")
            return None
        if value < minimum:
            self._fail(name, f"{name} must be at least {minimum}.", "greater_than_equal")
            return None
        if value > maximum:
            self._fail(name, f"{name} must be at most {maximum}.", "less_than_equal")
            return None
        return value

    def text(self, name: str) -> str | None:
        return self._raw(name)

    def day(self, name: str) -> date | None:
        raw = self._raw(name)
        if raw is None:
            return None
        try:
            if len(raw) != 10 or not raw.isascii():
                raise ValueError(raw)
            return date.fromisoformat(raw)
        except ValueError:
            self._fail(name, f"{name} must be a date in YYYY-MM-DD form.", "date_parsing")
            return None

    def boolean(self, name: str) -> bool | None:
        raw = self._raw(name)
        if raw is None:
            return None
        if raw.lower() in _TRUE:
            return True
        if raw.lower() in _FALSE:
            return False
        self._fail(name, f"{name} must be true or false.", "bool_parsing")
        return None

    def choice(self, name: str, options: tuple[str, ...]) -> str | None:
        raw = self._raw(name)
        if raw is None or raw in options:
            return raw
        self._fail(name, f"{name} must be one of: {', '.join(options)}.", "enum")
        return None

    def ids(self, name: str) -> frozenset[int] | None:
        raw = self._raw(name)
        if raw is None:
            return None
        if not _IDS.fullmatch(raw) or raw.count(",") >= MAX_LISTED_IDS:
            message = (
                f"{name} must be comma-separated user ids (at most {MAX_LISTED_IDS}), e.g. 12,57."
            )
            self._fail(name, message, "pattern")
            return None
        return frozenset(int(part) for part in raw.split(","))


def _contains(haystack: str | None, needle: str) -> bool:
    return haystack is not None and needle.casefold() in haystack.casefold()


@dataclass(frozen=True)
class MeetingQuery:
    organization_id: int | None = None
    title: str | None = None
    participants: frozenset[int] | None = None
    created_after: date | None = None
    created_before: date | None = None
    summary_complete: bool | None = None
    from_calendar: bool | None = None
    start_after: date | None = None
    start_before: date | None = None
    status: str | None = None
    calendar_event_id: str | None = None
    meeting_link: str | None = None
    calendar_event_name: str | None = None
    calendar_event_description: str | None = None
    search: str | None = None
    page: int = 1
    size: int = DEFAULT_PAGE_SIZE

    def matches(self, m: Meeting) -> bool:
        """Apply every given filter (AND); dates compare in the service's time zone."""
        event = m.calendar_event or {}
        created = m.created_at.astimezone(SERVICE_TZ).date()
        started = m.start_time.astimezone(SERVICE_TZ).date()
        checks = (
            self.organization_id is None or m.organization_id == self.organization_id,
            self.title is None or _contains(m.title, self.title),
            self.participants is None or bool(self.participants & m.participant_ids),
            self.created_after is None or created >= self.created_after,
            self.created_before is None or created <= self.created_before,
            self.summary_complete is None or m.summary_complete == self.summary_complete,
            self.from_calendar is None or m.from_calendar == self.from_calendar,
            self.start_after is None or started >= self.start_after,
            self.start_before is None or started <= self.start_before,
            self.status is None or m.status == self.status,
            self.calendar_event_id is None or event.get("event_id") == self.calendar_event_id,
            self.meeting_link is None or event.get("meeting_link") == self.meeting_link,
            self.calendar_event_name is None
            or _contains(event.get("summary"), self.calendar_event_name),
            self.calendar_event_description is None
            or _contains(event.get("description"), self.calendar_event_description),
            self.search is None
            or any(
                _contains(text, self.search)
                for text in (m.title, event.get("summary"), event.get("description"))
            ),
        )
        return all(checks)


def read_meeting_query(args: Mapping[str, str]) -> MeetingQuery | list[Problem]:
    q = QueryReader(args)
    query = MeetingQuery(
        organization_id=q.integer("organization_id"),
        title=q.text("title"),
        participants=q.ids("participants"),
        created_after=q.day("created_after"),
        created_before=q.day("created_before"),
        summary_complete=q.boolean("summary_complete"),
        from_calendar=q.boolean("from_calendar"),
        start_after=q.day("start_after"),
        start_before=q.day("start_before"),
        status=q.choice("status", MEETING_STATUSES),
        calendar_event_id=q.text("calendar_event_id"),
        meeting_link=q.text("meeting_link"),
        calendar_event_name=q.text("calendar_event_name"),
        calendar_event_description=q.text("calendar_event_description"),
        search=q.text("search"),
        page=q.integer("page") or 1,
        # Like the service's paginator, an oversized page is capped rather than refused.
        size=min(q.integer("size") or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    )
    return q.problems or query


@dataclass(frozen=True)
class NewMeeting:
    organization_id: int
    title: str
    start_time: datetime | None
    user_token: str | None
    topic_id: int | None
    participants: tuple[str, ...]
    bot_meeting_url: str | None
    file_url: str | None
    bot_join_at: datetime | None
    speaker_count: int | None
    calendar_event: dict[str, Any] | None


_CREATE_FIELDS: Final = frozenset(
    {
        "organization_id",
        "title",
        "start_time",
        "user_token",
        "topic_id",
        "participants",
        "bot_meeting_url",
        "file_url",
        "bot_join_at",
        "speaker_count",
        "calendar_event",
    }
)
_EVENT_FIELDS: Final = frozenset(
    {
        "event_id",
        "summary",
        "organizer_email",
        "attendees",
        "meeting_link",
        "start_time",
        "end_time",
    }
)
_ATTENDEE_FIELDS: Final = frozenset({"email", "display_name", "response_status"})


class _BodyReader:
    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append((field, message))

    def integer(self, field: str, value: object, minimum: int) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(field, f"{field} must be an integer.")
            return None
        if value < minimum:
            self.fail(field, f"{field} must be at least {minimum}.")
            return None
        if value > MAX_ID:
            self.fail(field, f"{field} must be at most {MAX_ID}.")
            return None
        return value

    def text(self, field: str, value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(field, f"{field} must be a non-empty string.")
            return None
        return value

    def moment(self, field: str, value: object) -> datetime | None:
        raw = self.text(field, value)
        if raw is None:
            return None
        try:
            parsed = datetime.fromisoformat(raw) if raw.isascii() else None
        except ValueError:
            parsed = None
        if parsed is None:
            self.fail(field, f"{field} must be an ISO 8601 date-time.")
            return None
        # Like the service, a time without a UTC offset is read in the service's time zone.
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=SERVICE_TZ)

    def email(self, field: str, value: object) -> str | None:
        raw = self.text(field, value)
        if raw is not None and not _EMAIL.fullmatch(raw):
            self.fail(field, f"{field} must be an email address.")
            return None
        return raw

    def url(self, field: str, value: object) -> str | None:
        raw = self.text(field, value)
        if raw is None:
            return None
        try:
            parts = urlsplit(raw)
            host, _ = parts.hostname, parts.port
        except ValueError:  # an unclosed IPv6 bracket, a port out of range
            host = None
        if host is None or parts.scheme not in ("http", "https"):
            self.fail(field, f"{field} must be an absolute http(s) URL.")
            return None
        return raw

    def unknown(self, where: str, data: Mapping[str, object], allowed: frozenset[str]) -> None:
        for key in sorted(set(data) - allowed):
            name = f"{where}{key[:64]}"  # a name the client made up: bounded in the message
            self.fail(name, f"Unknown field {name}.")

    def calendar_event(self, value: object) -> dict[str, Any] | None:
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail("calendar_event", "calendar_event must be an object.")
            return None
        self.unknown("calendar_event.", value, _EVENT_FIELDS)
        if value.get("event_id") is None:
            self.fail("calendar_event.event_id", "calendar_event.event_id is required.")
        else:
            self.text("calendar_event.event_id", value["event_id"])
        for key in ("summary", "meeting_link"):
            if value.get(key) is not None and not isinstance(value[key], str):
                self.fail(f"calendar_event.{key}", f"calendar_event.{key} must be a string.")
        self.email("calendar_event.organizer_email", value.get("organizer_email"))
        self.moment("calendar_event.start_time", value.get("start_time"))
        self.moment("calendar_event.end_time", value.get("end_time"))
        attendees = value.get("attendees")
        if attendees is not None:
            if not isinstance(attendees, list):
                self.fail("calendar_event.attendees", "calendar_event.attendees must be a list.")
            else:
                for index, attendee in enumerate(attendees):
                    self._attendee(index, attendee)
        return {key: value[key] for key in sorted(_EVENT_FIELDS) if key in value}

    def _attendee(self, index: int, attendee: object) -> None:
        where = f"calendar_event.attendees[{index}]"
        if not isinstance(attendee, dict):
            self.fail(where, f"{where} must be an object.")
            return
        self.unknown(where + ".", attendee, _ATTENDEE_FIELDS)
        for key in sorted(_ATTENDEE_FIELDS & set(attendee)):
            if attendee[key] is not None and not isinstance(attendee[key], str):
                self.fail(f"{where}.{key}", f"{where}.{key} must be a string or null.")


def read_new_meeting(body: object, now: datetime) -> NewMeeting | list[tuple[str, str]]:
    """Check a create-meeting body; ``now`` decides whether ``bot_join_at`` is in the future."""
    r = _BodyReader()
    if not isinstance(body, dict):
        return [("body", "The body must be a JSON object.")]
    r.unknown("", body, _CREATE_FIELDS)
    if body.get("organization_id") is None:
        r.fail("organization_id", "organization_id is required.")
    if body.get("title") is None:
        r.fail("title", "title is required.")
    organization_id = r.integer("organization_id", body.get("organization_id"), 1)
    title = r.text("title", body.get("title"))
    participants: list[str] = []
    raw_participants = body.get("participants")
    if raw_participants is not None:
        if not isinstance(raw_participants, list):
            r.fail("participants", "participants must be a list of email addresses.")
        else:
            for index, item in enumerate(raw_participants):
                email = r.email(f"participants[{index}]", item)
                if email is not None:
                    participants.append(email)
    bot_meeting_url = r.url("bot_meeting_url", body.get("bot_meeting_url"))
    file_url = r.url("file_url", body.get("file_url"))
    if body.get("bot_meeting_url") is not None and body.get("file_url") is not None:
        r.fail("bot_meeting_url", "bot_meeting_url and file_url are mutually exclusive.")
        r.fail("file_url", "bot_meeting_url and file_url are mutually exclusive.")
    bot_join_at = r.moment("bot_join_at", body.get("bot_join_at"))
    if body.get("bot_join_at") is not None and body.get("bot_meeting_url") is None:
        r.fail("bot_join_at", "bot_join_at needs bot_meeting_url.")
    if bot_join_at is not None and bot_join_at <= now:
        r.fail("bot_join_at", "bot_join_at must be in the future.")
    new = NewMeeting(
        organization_id=organization_id or 0,
        title=title or "",
        start_time=r.moment("start_time", body.get("start_time")),
        user_token=r.text("user_token", body.get("user_token")),
        topic_id=r.integer("topic_id", body.get("topic_id"), 1),
        participants=tuple(participants),
        bot_meeting_url=bot_meeting_url,
        file_url=file_url,
        bot_join_at=bot_join_at,
        speaker_count=r.integer("speaker_count", body.get("speaker_count"), 1),
        calendar_event=r.calendar_event(body.get("calendar_event")),
    )
    return r.problems or new

"""Client-side argument checks: bad input fails here, before any request is sent.

Each check returns the value in the form the generated request builders expect
and raises `InvalidRequestError` naming the argument and the fix. Messages never
echo values of secret arguments.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import attrs
from meemo_api_client.models import CalendarAttendee, CreateMeetingCalendarEvent, MeetingStatus

from .errors import InvalidRequestError

T = TypeVar("T")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ID_LIST = re.compile(r"[1-9]\d*(,[1-9]\d*)*")
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def _field_names(model: type[Any]) -> frozenset[str]:
    """The model's documented fields (its attrs fields, less the bookkeeping ones)."""
    return frozenset(f.name for f in attrs.fields(model) if f.init and not f.name.startswith("_"))


_CALENDAR_EVENT_KEYS = _field_names(CreateMeetingCalendarEvent)
_ATTENDEE_KEYS = _field_names(CalendarAttendee)


def _fail(argument: str, message: str) -> InvalidRequestError:
    return InvalidRequestError(argument, f"{argument}: {message}")


def _describe(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def positive_int(argument: str, value: object) -> int:
    # bool is an int subclass; True as an id is always a bug.
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(
            argument,
            f"expected a positive integer, got {type(value).__name__} {_describe(value)}; "
            "pass an int such as 42",
        )
    if value < 1:
        raise _fail(argument, f"must be 1 or greater, got {value}")
    return value


def optional_positive_int(argument: str, value: object) -> int | None:
    return None if value is None else positive_int(argument, value)


def optional_bool(argument: str, value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _fail(argument, f"expected True, False or None, got {_describe(value)}")


def non_blank(argument: str, value: object) -> str:
    if not isinstance(value, str):
        raise _fail(argument, f"expected a string, got {type(value).__name__}")
    if not value.strip():
        raise _fail(argument, "must not be empty or only whitespace")
    return value


def optional_non_blank(argument: str, value: object) -> str | None:
    return None if value is None else non_blank(argument, value)


def calendar_date(argument: str, value: object) -> dt.date | None:
    """A real calendar date from `YYYY-MM-DD` or a `date` (a `datetime` is ambiguous: refused)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        raise _fail(argument, "expected a date, got a datetime; pass value.date() or 'YYYY-MM-DD'")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _fail(argument, f"{value!r} is not a real calendar date") from None
    raise _fail(
        argument, f"expected a date as 'YYYY-MM-DD' or datetime.date, got {_describe(value)}"
    )


def date_range(
    after_name: str, after: dt.date | None, before_name: str, before: dt.date | None
) -> None:
    if after is not None and before is not None and after > before:
        raise _fail(
            after_name,
            f"{after.isoformat()} is later than {before_name} {before.isoformat()}; "
            "swap them or widen the range",
        )


def _parse_date_time(argument: str, value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise _fail(
            argument,
            f"{_describe(value)} is not an ISO 8601 date-time; use e.g. "
            "'2026-12-01T10:00:00+07:00'",
        ) from None


def date_time(argument: str, value: object) -> str:
    """An ISO 8601 date-time, sent exactly as the caller wrote it (a `datetime` as `isoformat()`).

    A naive value (no UTC offset) is sent naive: the service, not this machine, decides
    what it means.
    """
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        _parse_date_time(argument, value)
        return value
    raise _fail(argument, f"expected an ISO 8601 string or datetime, got {type(value).__name__}")


# A naive time means some UTC offset the service picks: at most UTC-12, so a naive
# value more than 12 hours behind UTC's wall clock is in the past wherever it is read.
_LATEST_OFFSET = dt.timedelta(hours=12)


def future_date_time(argument: str, value: object, now: dt.datetime) -> str:
    """`date_time`, refused when it is in the past whatever offset the service reads it in."""
    text = date_time(argument, value)
    parsed = dt.datetime.fromisoformat(text)
    naive = parsed.tzinfo is None
    latest = parsed.replace(tzinfo=dt.UTC) + _LATEST_OFFSET if naive else parsed
    if latest <= now:
        raise _fail(argument, f"{text} is not in the future; omit it to join now")
    return text


def calendar_time(argument: str, value: object) -> str:
    """A calendar event time: an ISO 8601 date-time, or a date for an all-day event, as given."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise _fail(argument, f"{value!r} is not a real calendar date") from None
        return value
    return date_time(argument, value)


def string(argument: str, value: object) -> str:
    """Any string, the empty one included (the service decides what an empty one means)."""
    if not isinstance(value, str):
        raise _fail(argument, f"expected a string, got {type(value).__name__}")
    return value


def non_empty(argument: str, value: object) -> str:
    text = string(argument, value)
    if not text:
        raise _fail(argument, "must not be empty")
    return text


def http_url(argument: str, value: object) -> str:
    if not isinstance(value, str):
        raise _fail(argument, f"expected a URL string, got {type(value).__name__}")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise _fail(argument, f"{_describe(value)} is not an http(s) URL")
    return value


def _each(
    argument: str,
    value: object,
    check: Callable[[str, object], T],
    *,
    expected: str,
    example: str,
    empty: str | None = None,
) -> list[T]:
    """Each item of a list argument, checked; a bare string is refused, not split into chars."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise _fail(
            argument,
            f"expected a list of {expected}, got {type(value).__name__}; "
            f"wrap a single value in a list: {example}",
        )
    items = [check(f"{argument}[{index}]", item) for index, item in enumerate(value)]
    if not items and empty is not None:
        raise _fail(argument, empty)
    return items


def email_list(argument: str, value: object) -> list[str]:
    return _each(argument, value, email, expected="email addresses", example="['a@example.com']")


def email(argument: str, value: object) -> str:
    if not isinstance(value, str) or not _EMAIL.fullmatch(value):
        raise _fail(argument, f"{_describe(value)} is not an email address")
    return value


def id_list(argument: str, value: object) -> str | None:
    """User ids for the list filter: `"1,2"` or an iterable of ints, sent as `"1,2"`."""
    if value is None:
        return None
    if isinstance(value, str):
        compact = value.replace(" ", "")
        if not _ID_LIST.fullmatch(compact):
            raise _fail(
                argument, f"{_describe(value)} is not comma-separated user ids like '12,57'"
            )
        return compact
    ids = _each(
        argument,
        value,
        positive_int,
        expected="user ids (or a string like '12,57')",
        example="[12]",
        empty="must name at least one user id; omit it to match everyone",
    )
    return ",".join(str(i) for i in ids)


def _attendee(argument: str, value: object) -> CalendarAttendee:
    if isinstance(value, CalendarAttendee):
        return value
    if not isinstance(value, Mapping):
        raise _fail(
            argument,
            f"expected a dict with email, display_name, response_status, got {_describe(value)}",
        )
    for key in _ATTENDEE_KEYS & set(value):
        item = value[key]
        if item is not None and not isinstance(item, str):
            raise _fail(
                f"{argument}.{key}", f"expected a string or None, got {type(item).__name__}"
            )
    return CalendarAttendee.from_dict(value)


def calendar_event(argument: str, value: object) -> CreateMeetingCalendarEvent:
    """A `CreateMeetingCalendarEvent`, from one or from a dict with only the documented keys.

    Times stay as given (a date for an all-day event stays a date); attendees may be
    `CalendarAttendee`s or dicts, in either form.
    """
    if isinstance(value, CreateMeetingCalendarEvent):
        data: Mapping[str, Any] = {
            name: getattr(value, name)
            for name in _CALENDAR_EVENT_KEYS
            if getattr(value, name) is not None
        }
    elif isinstance(value, Mapping):
        data = value
    else:
        raise _fail(
            argument, f"expected CreateMeetingCalendarEvent or dict, got {type(value).__name__}"
        )
    unknown = sorted(set(data) - _CALENDAR_EVENT_KEYS)
    if unknown:
        raise _fail(argument, f"unknown key(s) {unknown}; allowed: {sorted(_CALENDAR_EVENT_KEYS)}")
    if "event_id" not in data:
        raise _fail(f"{argument}.event_id", "is required: the event's id in the external calendar")
    event = CreateMeetingCalendarEvent(event_id=non_empty(f"{argument}.event_id", data["event_id"]))
    for key in ("summary", "meeting_link", "description"):
        if data.get(key) is not None:
            setattr(event, key, string(f"{argument}.{key}", data[key]))
    if data.get("organizer_email") is not None:
        event.organizer_email = email(f"{argument}.organizer_email", data["organizer_email"])
    for key in ("start_time", "end_time"):
        if data.get(key) is not None:
            setattr(event, key, calendar_time(f"{argument}.{key}", data[key]))
    if data.get("attendees") is not None:
        event.attendees = _each(
            f"{argument}.attendees",
            data["attendees"],
            _attendee,
            expected="attendee dicts",
            example="[{'email': 'a@example.com'}]",
        )
    return event


# RFC 9110: a header name is a token; a value is visible ASCII with inner spaces or tabs.
# Anything else (CR/LF above all, which would split the request) is refused here, before
# any request, rather than by httpx halfway through a call (or, for non-ASCII, not at all).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"([\x21-\x7e]([\t\x20-\x7e]*[\x21-\x7e])?)?")


def headers(argument: str, value: object) -> dict[str, str] | None:
    """Header names and values httpx can send as given; values are never echoed (secrets)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(argument, f"expected a dict of str to str, got {type(value).__name__}")
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise _fail(argument, f"header {_describe(key)} must map a str name to a str value")
        if not _HEADER_NAME.fullmatch(key):
            raise _fail(
                argument,
                f"{_describe(key)} is not a valid header name; use letters, digits and "
                "!#$%&'*+-.^_`|~ only",
            )
        if not _HEADER_VALUE.fullmatch(item):
            if "\r" in item or "\n" in item:
                problem = "a line break (CR or LF)"
            elif item != item.strip(" \t"):
                problem = "leading or trailing whitespace"
            else:
                problem = "a control or non-ASCII character"
            raise _fail(
                argument,
                f"the value of header {key!r} contains {problem}; a header value must be one "
                "line of printable ASCII (percent-encode other text)",
            )
    return dict(value)


def extra_headers(value: object) -> dict[str, str] | None:
    return headers("extra_headers", value)


def meeting_status(argument: str, value: object) -> MeetingStatus | None:
    """A `MeetingStatus` from the enum or its string; the filter only takes known states."""
    if value is None or isinstance(value, MeetingStatus):
        return value
    if isinstance(value, str):
        try:
            return MeetingStatus(value)
        except ValueError:
            pass
    allowed = ", ".join(repr(s.value) for s in MeetingStatus)
    raise _fail(argument, f"{_describe(value)} is not a meeting status; use one of {allowed}")


def webhook_url(argument: str, value: object) -> str:
    """Deliveries carry signed meeting data: HTTPS only, plain HTTP just for a local receiver."""
    if not isinstance(value, str):
        raise _fail(argument, f"expected a URL string, got {type(value).__name__}")
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        return value
    if parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS:
        return value
    raise _fail(
        argument,
        f"{_describe(value)} is not an https URL (plain http is allowed only for localhost)",
    )


def positive_int_list(argument: str, value: object) -> list[int]:
    return _each(
        argument,
        value,
        positive_int,
        expected="positive ints",
        example="[7]",
        empty="must name at least one id",
    )


def non_blank_list(argument: str, value: object) -> list[str]:
    return _each(
        argument,
        value,
        non_blank,
        expected="strings",
        example="['meeting.created']",
        empty="must name at least one value",
    )


def int_in_range(argument: str, value: object, low: int, high: int) -> int:
    number = positive_int(argument, value)
    if not low <= number <= high:
        raise _fail(argument, f"must be between {low} and {high}, got {number}")
    return number

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    FieldError,
    as_object,
    missing,
    parse_items,
    wrong,
)

T = TypeVar("T", bound="CreateMeetingCalendarEvent")
_new = object.__new__


@_attrs_define
class CreateMeetingCalendarEvent:
    """Calendar event metadata to attach to a new meeting."""

    event_id: str
    """ The event's id in the external calendar. """
    summary: str | None = None
    """ The event's title. """
    organizer_email: str | None = None
    """ Email address of the event's organizer. """
    attendees: list[CalendarAttendee] | None = None
    """ The event's invitees. """
    meeting_link: str | None = None
    """ Video-conference link of the event. """
    description: str | None = None
    """ The event's description; may contain HTML. """
    start_time: str | None = None
    """ When the event starts, as the calendar gives it (ISO 8601; a date for an all-day event). """
    end_time: str | None = None
    """ When the event ends, as the calendar gives it (ISO 8601; a date for an all-day event). """
    # The optional fields that were absent when read (None: built by hand).
    _absent: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        absent = self._absent
        value: Any
        field_dict: dict[str, Any] = {}
        value = self.event_id
        field_dict["event_id"] = value
        value = self.summary
        if (
            (value is not None)
            if absent is None
            else ("summary" not in absent or value is not None)
        ):
            field_dict["summary"] = value
        value = self.organizer_email
        if (
            (value is not None)
            if absent is None
            else ("organizer_email" not in absent or value is not None)
        ):
            field_dict["organizer_email"] = value
        value = self.attendees
        if (
            (value is not None)
            if absent is None
            else ("attendees" not in absent or value is not None)
        ):
            field_dict["attendees"] = (
                [item.to_dict() for item in value] if isinstance(value, list) else value
            )
        value = self.meeting_link
        if (
            (value is not None)
            if absent is None
            else ("meeting_link" not in absent or value is not None)
        ):
            field_dict["meeting_link"] = value
        value = self.description
        if (
            (value is not None)
            if absent is None
            else ("description" not in absent or value is not None)
        ):
            field_dict["description"] = value
        value = self.start_time
        if (
            (value is not None)
            if absent is None
            else ("start_time" not in absent or value is not None)
        ):
            field_dict["start_time"] = value
        value = self.end_time
        if (
            (value is not None)
            if absent is None
            else ("end_time" not in absent or value is not None)
        ):
            field_dict["end_time"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        absent: tuple[str, ...] = ()
        try:
            f_event_id = d["event_id"]
            if not isinstance(f_event_id, str):
                raise wrong("event_id", "string", f_event_id)
            f_summary = d.get("summary", MISSING)
            if f_summary is MISSING:
                f_summary = None
                absent += ("summary",)
            else:
                if not isinstance(f_summary, str):
                    raise wrong("summary", "string", f_summary)
            f_organizer_email = d.get("organizer_email", MISSING)
            if f_organizer_email is MISSING:
                f_organizer_email = None
                absent += ("organizer_email",)
            else:
                if not isinstance(f_organizer_email, str):
                    raise wrong("organizer_email", "string", f_organizer_email)
            f_attendees = d.get("attendees", MISSING)
            if f_attendees is MISSING:
                f_attendees = None
                absent += ("attendees",)
            else:
                if isinstance(f_attendees, list):
                    try:
                        f_attendees = parse_items(
                            CalendarAttendee.from_dict, f_attendees
                        )
                    except FieldError as exc:
                        raise exc.within("attendees") from None
                else:
                    raise wrong("attendees", "array", f_attendees)
            f_meeting_link = d.get("meeting_link", MISSING)
            if f_meeting_link is MISSING:
                f_meeting_link = None
                absent += ("meeting_link",)
            else:
                if not isinstance(f_meeting_link, str):
                    raise wrong("meeting_link", "string", f_meeting_link)
            f_description = d.get("description", MISSING)
            if f_description is MISSING:
                f_description = None
                absent += ("description",)
            else:
                if not isinstance(f_description, str):
                    raise wrong("description", "string", f_description)
            f_start_time = d.get("start_time", MISSING)
            if f_start_time is MISSING:
                f_start_time = None
                absent += ("start_time",)
            else:
                if not isinstance(f_start_time, str):
                    raise wrong("start_time", "string", f_start_time)
            f_end_time = d.get("end_time", MISSING)
            if f_end_time is MISSING:
                f_end_time = None
                absent += ("end_time",)
            else:
                if not isinstance(f_end_time, str):
                    raise wrong("end_time", "string", f_end_time)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.event_id = f_event_id
        obj.summary = f_summary
        obj.organizer_email = f_organizer_email
        obj.attendees = f_attendees
        obj.meeting_link = f_meeting_link
        obj.description = f_description
        obj.start_time = f_start_time
        obj.end_time = f_end_time
        obj._absent = absent
        return obj


from ..models.calendar_attendee import CalendarAttendee

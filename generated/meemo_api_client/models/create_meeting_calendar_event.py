from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_attendee import CalendarAttendee


T = TypeVar("T", bound="CreateMeetingCalendarEvent")


@_attrs_define
class CreateMeetingCalendarEvent:
    """Calendar event metadata to attach to a new meeting."""

    event_id: str
    """ The event's id in the external calendar. """
    summary: str | Unset = UNSET
    """ The event's title. """
    organizer_email: str | Unset = UNSET
    """ Email address of the event's organizer. """
    attendees: list[CalendarAttendee] | Unset = UNSET
    """ The event's invitees. """
    meeting_link: str | Unset = UNSET
    """ Video-conference link of the event. """
    start_time: datetime.datetime | Unset = UNSET
    """ When the event starts (ISO 8601). """
    end_time: datetime.datetime | Unset = UNSET
    """ When the event ends (ISO 8601). """

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        summary = self.summary

        organizer_email = self.organizer_email

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        meeting_link = self.meeting_link

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if organizer_email is not UNSET:
            field_dict["organizer_email"] = organizer_email
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if meeting_link is not UNSET:
            field_dict["meeting_link"] = meeting_link
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_attendee import CalendarAttendee  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        summary = d.pop("summary", UNSET)

        organizer_email = d.pop("organizer_email", UNSET)

        _attendees = d.pop("attendees", UNSET)
        attendees: list[CalendarAttendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = CalendarAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        meeting_link = d.pop("meeting_link", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        create_meeting_calendar_event = cls(
            event_id=event_id,
            summary=summary,
            organizer_email=organizer_email,
            attendees=attendees,
            meeting_link=meeting_link,
            start_time=start_time,
            end_time=end_time,
        )

        return create_meeting_calendar_event

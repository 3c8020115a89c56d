from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_attendee import CalendarAttendee


T = TypeVar("T", bound="CalendarEvent")


@_attrs_define
class CalendarEvent:
    """Snapshot of the external calendar event a meeting came from."""

    event_id: str
    """ The event's id in the external calendar. """
    summary: None | str | Unset = UNSET
    """ The event's title. """
    organizer_email: None | str | Unset = UNSET
    """ Email address of the event's organizer. """
    meeting_link: None | str | Unset = UNSET
    """ Video-conference link of the event. """
    description: None | str | Unset = UNSET
    """ The event's description. """
    start_time: None | str | Unset = UNSET
    """ When the event starts (ISO 8601), as the calendar reports it. """
    end_time: None | str | Unset = UNSET
    """ When the event ends (ISO 8601), as the calendar reports it. """
    attendees: list[CalendarAttendee] | Unset = UNSET
    """ The event's invitees. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        organizer_email: None | str | Unset
        if isinstance(self.organizer_email, Unset):
            organizer_email = UNSET
        else:
            organizer_email = self.organizer_email

        meeting_link: None | str | Unset
        if isinstance(self.meeting_link, Unset):
            meeting_link = UNSET
        else:
            meeting_link = self.meeting_link

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if organizer_email is not UNSET:
            field_dict["organizer_email"] = organizer_email
        if meeting_link is not UNSET:
            field_dict["meeting_link"] = meeting_link
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if attendees is not UNSET:
            field_dict["attendees"] = attendees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_attendee import CalendarAttendee  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("event_id")

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_organizer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organizer_email = _parse_organizer_email(d.pop("organizer_email", UNSET))

        def _parse_meeting_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_link = _parse_meeting_link(d.pop("meeting_link", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        _attendees = d.pop("attendees", UNSET)
        attendees: list[CalendarAttendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = CalendarAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        calendar_event = cls(
            event_id=event_id,
            summary=summary,
            organizer_email=organizer_email,
            meeting_link=meeting_link,
            description=description,
            start_time=start_time,
            end_time=end_time,
            attendees=attendees,
        )

        calendar_event.additional_properties = d
        return calendar_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

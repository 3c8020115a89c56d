from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpcomingMeeting")


@_attrs_define
class UpcomingMeeting:
    """One upcoming event of a connected calendar. Fields beyond the required ones
    are optional here, a conservative reading.

    """

    id: int
    """ Id of Meemo's record of the event. """
    organization_id: int
    """ Organization whose calendar has the event. """
    event_id: str
    """ The event's id in the external calendar; the `calendar_event_id` filter of `list_meetings` takes it. """
    start_time: str
    """ When the event starts (ISO 8601), as the calendar reports it. """
    end_time: str
    """ When the event ends (ISO 8601), as the calendar reports it. """
    organization_name: str | Unset = UNSET
    """ That organization's name. """
    summary: None | str | Unset = UNSET
    """ The event's title. """
    description: None | str | Unset = UNSET
    """ The event's description; may contain HTML. """
    meeting_link: None | str | Unset = UNSET
    """ Video-conference link of the event. """
    organizer_email: None | str | Unset = UNSET
    """ Email address of the event's organizer. """
    status: str | Unset = UNSET
    """ The event's status as the calendar reports it (open set), e.g. `confirmed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        event_id = self.event_id

        start_time = self.start_time

        end_time = self.end_time

        organization_name = self.organization_name

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        meeting_link: None | str | Unset
        if isinstance(self.meeting_link, Unset):
            meeting_link = UNSET
        else:
            meeting_link = self.meeting_link

        organizer_email: None | str | Unset
        if isinstance(self.organizer_email, Unset):
            organizer_email = UNSET
        else:
            organizer_email = self.organizer_email

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "event_id": event_id,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if meeting_link is not UNSET:
            field_dict["meeting_link"] = meeting_link
        if organizer_email is not UNSET:
            field_dict["organizer_email"] = organizer_email
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        event_id = d.pop("event_id")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        organization_name = d.pop("organization_name", UNSET)

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_meeting_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_link = _parse_meeting_link(d.pop("meeting_link", UNSET))

        def _parse_organizer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organizer_email = _parse_organizer_email(d.pop("organizer_email", UNSET))

        status = d.pop("status", UNSET)

        upcoming_meeting = cls(
            id=id,
            organization_id=organization_id,
            event_id=event_id,
            start_time=start_time,
            end_time=end_time,
            organization_name=organization_name,
            summary=summary,
            description=description,
            meeting_link=meeting_link,
            organizer_email=organizer_email,
            status=status,
        )

        upcoming_meeting.additional_properties = d
        return upcoming_meeting

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

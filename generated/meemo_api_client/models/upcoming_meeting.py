from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    as_object,
    missing,
    no_extras_is_empty,
    wrong,
)

T = TypeVar("T", bound="UpcomingMeeting")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "organization_id",
        "organization_name",
        "event_id",
        "start_time",
        "end_time",
        "status",
        "summary",
        "description",
        "meeting_link",
        "organizer_email",
    }
)


@_attrs_define
class UpcomingMeeting:
    """One upcoming event of a connected calendar. An absent optional field reads as
    its `default`.

    """

    id: int
    """ Id of Meemo's record of the event. """
    organization_id: int
    """ Organization whose calendar has the event. """
    organization_name: str
    """ That organization's name. """
    event_id: str
    """ The event's id in the external calendar; the `calendar_event_id` filter of `list_meetings` takes it. """
    start_time: str
    """ When the event starts (ISO 8601), as the calendar reports it. """
    end_time: str
    """ When the event ends (ISO 8601), as the calendar reports it. """
    status: str
    """ The event's status as the calendar reports it (open set), e.g. `confirmed`. """
    summary: str | None = None
    """ The event's title. """
    description: str | None = None
    """ The event's description; may contain HTML. """
    meeting_link: str | None = None
    """ Video-conference link of the event. """
    organizer_email: str | None = None
    """ Email address of the event's organizer. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )
    # The optional fields that were absent when read (None: built by hand).
    _absent: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        absent = self._absent
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.id
        field_dict["id"] = value
        value = self.organization_id
        field_dict["organization_id"] = value
        value = self.organization_name
        field_dict["organization_name"] = value
        value = self.event_id
        field_dict["event_id"] = value
        value = self.start_time
        field_dict["start_time"] = value
        value = self.end_time
        field_dict["end_time"] = value
        value = self.status
        field_dict["status"] = value
        value = self.summary
        if (
            (value is not None)
            if absent is None
            else ("summary" not in absent or value is not None)
        ):
            field_dict["summary"] = value
        value = self.description
        if (
            (value is not None)
            if absent is None
            else ("description" not in absent or value is not None)
        ):
            field_dict["description"] = value
        value = self.meeting_link
        if (
            (value is not None)
            if absent is None
            else ("meeting_link" not in absent or value is not None)
        ):
            field_dict["meeting_link"] = value
        value = self.organizer_email
        if (
            (value is not None)
            if absent is None
            else ("organizer_email" not in absent or value is not None)
        ):
            field_dict["organizer_email"] = value
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
            f_id = d["id"]
            if type(f_id) is int:
                pass
            elif type(f_id) is float and f_id.is_integer():
                f_id = int(f_id)
            else:
                raise wrong("id", "integer", f_id)
            f_organization_id = d["organization_id"]
            if type(f_organization_id) is int:
                pass
            elif type(f_organization_id) is float and f_organization_id.is_integer():
                f_organization_id = int(f_organization_id)
            else:
                raise wrong("organization_id", "integer", f_organization_id)
            f_organization_name = d["organization_name"]
            if not isinstance(f_organization_name, str):
                raise wrong("organization_name", "string", f_organization_name)
            f_event_id = d["event_id"]
            if not isinstance(f_event_id, str):
                raise wrong("event_id", "string", f_event_id)
            f_start_time = d["start_time"]
            if not isinstance(f_start_time, str):
                raise wrong("start_time", "string", f_start_time)
            f_end_time = d["end_time"]
            if not isinstance(f_end_time, str):
                raise wrong("end_time", "string", f_end_time)
            f_status = d["status"]
            if not isinstance(f_status, str):
                raise wrong("status", "string", f_status)
            f_summary = d.get("summary", MISSING)
            if f_summary is MISSING:
                f_summary = None
                absent += ("summary",)
            else:
                if not (isinstance(f_summary, str) or f_summary is None):
                    raise wrong("summary", "string or null", f_summary)
            f_description = d.get("description", MISSING)
            if f_description is MISSING:
                f_description = None
                absent += ("description",)
            else:
                if not (isinstance(f_description, str) or f_description is None):
                    raise wrong("description", "string or null", f_description)
            f_meeting_link = d.get("meeting_link", MISSING)
            if f_meeting_link is MISSING:
                f_meeting_link = None
                absent += ("meeting_link",)
            else:
                if not (isinstance(f_meeting_link, str) or f_meeting_link is None):
                    raise wrong("meeting_link", "string or null", f_meeting_link)
            f_organizer_email = d.get("organizer_email", MISSING)
            if f_organizer_email is MISSING:
                f_organizer_email = None
                absent += ("organizer_email",)
            else:
                if not (
                    isinstance(f_organizer_email, str) or f_organizer_email is None
                ):
                    raise wrong("organizer_email", "string or null", f_organizer_email)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.id = f_id
        obj.organization_id = f_organization_id
        obj.organization_name = f_organization_name
        obj.event_id = f_event_id
        obj.start_time = f_start_time
        obj.end_time = f_end_time
        obj.status = f_status
        obj.summary = f_summary
        obj.description = f_description
        obj.meeting_link = f_meeting_link
        obj.organizer_email = f_organizer_email
        obj._absent = absent
        obj._additional = None
        if len(d) != 11 - len(absent):
            extra = {k: v for k, v in d.items() if k not in _FIELDS}
            obj._additional = extra
        return obj

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the document does not define, as the service sent them."""
        extra = self._additional
        if extra is None:
            extra = self._additional = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

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

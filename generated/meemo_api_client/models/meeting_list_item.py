from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_status import MeetingStatus
from ..types import (
    MISSING,
    FieldError,
    as_object,
    members,
    missing,
    no_extras_is_empty,
    wrong,
)

_MeetingStatus_MEMBERS = members(MeetingStatus)

T = TypeVar("T", bound="MeetingListItem")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "title",
        "start_time",
        "end_time",
        "created_at",
        "status",
        "summary_complete",
        "host_name",
        "calendar_event",
        "recording",
        "transcription",
        "summarization",
    }
)


@_attrs_define
class MeetingListItem:
    """A meeting as it appears in a list."""

    id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    start_time: str
    """ When the meeting starts or started. """
    end_time: str | None
    """ When the meeting ended; null until it ends. """
    created_at: str
    """ When the meeting was created in Meemo. """
    status: MeetingStatus | str
    """ A `MeetingStatus`, or a state this document does not know yet. """
    summary_complete: bool
    """ Whether the summary is finished. """
    host_name: str
    """ Name of the meeting's host. """
    calendar_event: CalendarEvent | None = None
    """ The calendar event the meeting came from; null for meetings created by hand. """
    recording: ProcessingStage | None = None
    """ Progress of a processing stage; absent on older deployments, null when the stage does not apply. """
    transcription: ProcessingStage | None = None
    """ Progress of a processing stage; absent on older deployments, null when the stage does not apply. """
    summarization: ProcessingStage | None = None
    """ Progress of a processing stage; absent on older deployments, null when the stage does not apply. """
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
        value = self.title
        field_dict["title"] = value
        value = self.start_time
        field_dict["start_time"] = value
        value = self.end_time
        field_dict["end_time"] = value
        value = self.created_at
        field_dict["created_at"] = value
        value = self.status
        field_dict["status"] = (
            value.value if isinstance(value, MeetingStatus) else value
        )
        value = self.summary_complete
        field_dict["summary_complete"] = value
        value = self.host_name
        field_dict["host_name"] = value
        value = self.calendar_event
        if (
            (value is not None)
            if absent is None
            else ("calendar_event" not in absent or value is not None)
        ):
            field_dict["calendar_event"] = (
                value.to_dict() if isinstance(value, CalendarEvent) else value
            )
        value = self.recording
        if (
            (value is not None)
            if absent is None
            else ("recording" not in absent or value is not None)
        ):
            field_dict["recording"] = (
                value.to_dict() if isinstance(value, ProcessingStage) else value
            )
        value = self.transcription
        if (
            (value is not None)
            if absent is None
            else ("transcription" not in absent or value is not None)
        ):
            field_dict["transcription"] = (
                value.to_dict() if isinstance(value, ProcessingStage) else value
            )
        value = self.summarization
        if (
            (value is not None)
            if absent is None
            else ("summarization" not in absent or value is not None)
        ):
            field_dict["summarization"] = (
                value.to_dict() if isinstance(value, ProcessingStage) else value
            )
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
            f_title = d["title"]
            if not isinstance(f_title, str):
                raise wrong("title", "string", f_title)
            f_start_time = d["start_time"]
            if not isinstance(f_start_time, str):
                raise wrong("start_time", "string", f_start_time)
            f_end_time = d["end_time"]
            if not (isinstance(f_end_time, str) or f_end_time is None):
                raise wrong("end_time", "string or null", f_end_time)
            f_created_at = d["created_at"]
            if not isinstance(f_created_at, str):
                raise wrong("created_at", "string", f_created_at)
            f_status = d["status"]
            if isinstance(f_status, str):
                f_status = _MeetingStatus_MEMBERS.get(f_status, f_status)
            else:
                raise wrong("status", "string", f_status)
            f_summary_complete = d["summary_complete"]
            if type(f_summary_complete) is not bool:
                raise wrong("summary_complete", "boolean", f_summary_complete)
            f_host_name = d["host_name"]
            if not isinstance(f_host_name, str):
                raise wrong("host_name", "string", f_host_name)
            f_calendar_event = d.get("calendar_event", MISSING)
            if f_calendar_event is MISSING:
                f_calendar_event = None
                absent += ("calendar_event",)
            else:
                if isinstance(f_calendar_event, dict):
                    try:
                        f_calendar_event = CalendarEvent.from_dict(f_calendar_event)
                    except FieldError as exc:
                        raise exc.within("calendar_event") from None
                elif f_calendar_event is None:
                    pass
                else:
                    raise wrong("calendar_event", "object or null", f_calendar_event)
            f_recording = d.get("recording", MISSING)
            if f_recording is MISSING:
                f_recording = None
                absent += ("recording",)
            else:
                if isinstance(f_recording, dict):
                    try:
                        f_recording = ProcessingStage.from_dict(f_recording)
                    except FieldError as exc:
                        raise exc.within("recording") from None
                elif f_recording is None:
                    pass
                else:
                    raise wrong("recording", "object or null", f_recording)
            f_transcription = d.get("transcription", MISSING)
            if f_transcription is MISSING:
                f_transcription = None
                absent += ("transcription",)
            else:
                if isinstance(f_transcription, dict):
                    try:
                        f_transcription = ProcessingStage.from_dict(f_transcription)
                    except FieldError as exc:
                        raise exc.within("transcription") from None
                elif f_transcription is None:
                    pass
                else:
                    raise wrong("transcription", "object or null", f_transcription)
            f_summarization = d.get("summarization", MISSING)
            if f_summarization is MISSING:
                f_summarization = None
                absent += ("summarization",)
            else:
                if isinstance(f_summarization, dict):
                    try:
                        f_summarization = ProcessingStage.from_dict(f_summarization)
                    except FieldError as exc:
                        raise exc.within("summarization") from None
                elif f_summarization is None:
                    pass
                else:
                    raise wrong("summarization", "object or null", f_summarization)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.id = f_id
        obj.title = f_title
        obj.start_time = f_start_time
        obj.end_time = f_end_time
        obj.created_at = f_created_at
        obj.status = f_status
        obj.summary_complete = f_summary_complete
        obj.host_name = f_host_name
        obj.calendar_event = f_calendar_event
        obj.recording = f_recording
        obj.transcription = f_transcription
        obj.summarization = f_summarization
        obj._absent = absent
        obj._additional = None
        if len(d) != 12 - len(absent):
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


from ..models.calendar_event import CalendarEvent
from ..models.processing_stage import ProcessingStage

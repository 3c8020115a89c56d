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

T = TypeVar("T", bound="MeetingDetail")
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
        "host",
        "location",
        "language",
        "keywords",
        "participant_count",
        "duration_seconds",
        "num_cluster",
        "calendar_event",
        "recording",
        "transcription",
        "summarization",
    }
)


@_attrs_define
class MeetingDetail:
    """Everything known about one meeting."""

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
    host: MeetingHost
    """ The user who owns the meeting. """
    location: str = ""
    """ Where the meeting takes place; may be empty. """
    language: str = ""
    """ Language code of the meeting, e.g. `en` or `id`. """
    keywords: list[str] = _attrs_field(factory=list)
    """ Keywords extracted from the meeting. """
    participant_count: int = 0
    """ How many people took part. """
    duration_seconds: float | None = None
    """ Length of the meeting in seconds; null while it is in progress. """
    num_cluster: int = 0
    """ Number of distinct speakers the transcription found. """
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
        value = self.host
        field_dict["host"] = (
            value.to_dict() if isinstance(value, MeetingHost) else value
        )
        value = self.location
        if (
            (value is not None)
            if absent is None
            else ("location" not in absent or value != "")
        ):
            field_dict["location"] = value
        value = self.language
        if (
            (value is not None)
            if absent is None
            else ("language" not in absent or value != "")
        ):
            field_dict["language"] = value
        value = self.keywords
        if (
            (value is not None)
            if absent is None
            else ("keywords" not in absent or value != [])
        ):
            field_dict["keywords"] = list(value) if isinstance(value, list) else value
        value = self.participant_count
        if (
            (value is not None)
            if absent is None
            else ("participant_count" not in absent or value != 0)
        ):
            field_dict["participant_count"] = value
        value = self.duration_seconds
        if (
            (value is not None)
            if absent is None
            else ("duration_seconds" not in absent or value is not None)
        ):
            field_dict["duration_seconds"] = value
        value = self.num_cluster
        if (
            (value is not None)
            if absent is None
            else ("num_cluster" not in absent or value != 0)
        ):
            field_dict["num_cluster"] = value
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
            f_host = d["host"]
            if isinstance(f_host, dict):
                try:
                    f_host = MeetingHost.from_dict(f_host)
                except FieldError as exc:
                    raise exc.within("host") from None
            else:
                raise wrong("host", "object", f_host)
            f_location = d.get("location", MISSING)
            if f_location is MISSING:
                f_location = ""
                absent += ("location",)
            else:
                if not isinstance(f_location, str):
                    raise wrong("location", "string", f_location)
            f_language = d.get("language", MISSING)
            if f_language is MISSING:
                f_language = ""
                absent += ("language",)
            else:
                if not isinstance(f_language, str):
                    raise wrong("language", "string", f_language)
            f_keywords = d.get("keywords", MISSING)
            if f_keywords is MISSING:
                f_keywords = []
                absent += ("keywords",)
            else:
                if isinstance(f_keywords, list):
                    for index, item in enumerate(f_keywords):
                        if not (isinstance(item, str)):
                            raise wrong(index, "string", item).within("keywords")
                else:
                    raise wrong("keywords", "array", f_keywords)
            f_participant_count = d.get("participant_count", MISSING)
            if f_participant_count is MISSING:
                f_participant_count = 0
                absent += ("participant_count",)
            else:
                if type(f_participant_count) is int:
                    pass
                elif (
                    type(f_participant_count) is float
                    and f_participant_count.is_integer()
                ):
                    f_participant_count = int(f_participant_count)
                else:
                    raise wrong("participant_count", "integer", f_participant_count)
            f_duration_seconds = d.get("duration_seconds", MISSING)
            if f_duration_seconds is MISSING:
                f_duration_seconds = None
                absent += ("duration_seconds",)
            else:
                if type(f_duration_seconds) is float:
                    pass
                elif type(f_duration_seconds) is int:
                    f_duration_seconds = float(f_duration_seconds)
                elif f_duration_seconds is None:
                    pass
                else:
                    raise wrong(
                        "duration_seconds", "number or null", f_duration_seconds
                    )
            f_num_cluster = d.get("num_cluster", MISSING)
            if f_num_cluster is MISSING:
                f_num_cluster = 0
                absent += ("num_cluster",)
            else:
                if type(f_num_cluster) is int:
                    pass
                elif type(f_num_cluster) is float and f_num_cluster.is_integer():
                    f_num_cluster = int(f_num_cluster)
                else:
                    raise wrong("num_cluster", "integer", f_num_cluster)
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
        obj.host = f_host
        obj.location = f_location
        obj.language = f_language
        obj.keywords = f_keywords
        obj.participant_count = f_participant_count
        obj.duration_seconds = f_duration_seconds
        obj.num_cluster = f_num_cluster
        obj.calendar_event = f_calendar_event
        obj.recording = f_recording
        obj.transcription = f_transcription
        obj.summarization = f_summarization
        obj._absent = absent
        obj._additional = None
        if len(d) != 18 - len(absent):
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
from ..models.meeting_host import MeetingHost
from ..models.processing_stage import ProcessingStage

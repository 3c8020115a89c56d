from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_status import MeetingStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_event import CalendarEvent
    from ..models.meeting_host import MeetingHost
    from ..models.processing_stage import ProcessingStage


T = TypeVar("T", bound="MeetingDetail")


@_attrs_define
class MeetingDetail:
    """Everything known about one meeting."""

    id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    start_time: datetime.datetime
    """ When the meeting starts or started. """
    end_time: datetime.datetime | None
    """ When the meeting ended; null until it ends. """
    created_at: datetime.datetime
    """ When the meeting was created in Meemo. """
    location: str
    """ Where the meeting takes place; may be empty. """
    status: MeetingStatus | str
    """ A `MeetingStatus`, or a state this document does not know yet. """
    summary_complete: bool
    """ Whether the summary is finished. """
    host: MeetingHost
    """ The user who owns the meeting. """
    language: str
    """ Language code of the meeting, e.g. `en` or `id`. """
    keywords: list[str]
    """ Keywords extracted from the meeting. """
    participant_count: int
    """ How many people took part. """
    duration_seconds: float | None
    """ Length of the meeting in seconds; null while it is in progress. """
    num_cluster: int
    """ Number of distinct speakers the transcription found. """
    calendar_event: CalendarEvent | None
    """ The calendar event the meeting came from; null for meetings created by hand. """
    recording: None | ProcessingStage | Unset = UNSET
    """ Progress of a processing stage; absent on older deployments, null when the stage does not apply. """
    transcription: None | ProcessingStage | Unset = UNSET
    """ Progress of a processing stage; absent on older deployments, null when the stage does not apply. """
    summarization: None | ProcessingStage | Unset = UNSET
    """ Progress of a processing stage; absent on older deployments, null when the stage does not apply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.calendar_event import CalendarEvent  # noqa: PLC0415
        from ..models.processing_stage import ProcessingStage  # noqa: PLC0415

        id = self.id

        title = self.title

        start_time = self.start_time.isoformat()

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        created_at = self.created_at.isoformat()

        location = self.location

        status: str
        if isinstance(self.status, MeetingStatus):
            status = self.status.value
        else:
            status = self.status

        summary_complete = self.summary_complete

        host = self.host.to_dict()

        language = self.language

        keywords = self.keywords

        participant_count = self.participant_count

        duration_seconds: float | None
        duration_seconds = self.duration_seconds

        num_cluster = self.num_cluster

        calendar_event: dict[str, Any] | None
        if isinstance(self.calendar_event, CalendarEvent):
            calendar_event = self.calendar_event.to_dict()
        else:
            calendar_event = self.calendar_event

        recording: dict[str, Any] | None | Unset
        if isinstance(self.recording, Unset):
            recording = UNSET
        elif isinstance(self.recording, ProcessingStage):
            recording = self.recording.to_dict()
        else:
            recording = self.recording

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, ProcessingStage):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        summarization: dict[str, Any] | None | Unset
        if isinstance(self.summarization, Unset):
            summarization = UNSET
        elif isinstance(self.summarization, ProcessingStage):
            summarization = self.summarization.to_dict()
        else:
            summarization = self.summarization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "start_time": start_time,
                "end_time": end_time,
                "created_at": created_at,
                "location": location,
                "status": status,
                "summary_complete": summary_complete,
                "host": host,
                "language": language,
                "keywords": keywords,
                "participant_count": participant_count,
                "duration_seconds": duration_seconds,
                "num_cluster": num_cluster,
                "calendar_event": calendar_event,
            }
        )
        if recording is not UNSET:
            field_dict["recording"] = recording
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if summarization is not UNSET:
            field_dict["summarization"] = summarization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_event import CalendarEvent  # noqa: PLC0415
        from ..models.meeting_host import MeetingHost  # noqa: PLC0415
        from ..models.processing_stage import ProcessingStage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        location = d.pop("location")

        def _parse_status(data: object) -> MeetingStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_meeting_status_value_type_0 = MeetingStatus(data)

                return componentsschemas_meeting_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeetingStatus | str, data)

        status = _parse_status(d.pop("status"))

        summary_complete = d.pop("summary_complete")

        host = MeetingHost.from_dict(d.pop("host"))

        language = d.pop("language")

        keywords = cast(list[str], d.pop("keywords"))

        participant_count = d.pop("participant_count")

        def _parse_duration_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds"))

        num_cluster = d.pop("num_cluster")

        def _parse_calendar_event(data: object) -> CalendarEvent | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calendar_event_type_0 = CalendarEvent.from_dict(data)

                return calendar_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CalendarEvent | None, data)

        calendar_event = _parse_calendar_event(d.pop("calendar_event"))

        def _parse_recording(data: object) -> None | ProcessingStage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_processing_stage_value_type_0 = (
                    ProcessingStage.from_dict(data)
                )

                return componentsschemas_processing_stage_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingStage | Unset, data)

        recording = _parse_recording(d.pop("recording", UNSET))

        def _parse_transcription(data: object) -> None | ProcessingStage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_processing_stage_value_type_0 = (
                    ProcessingStage.from_dict(data)
                )

                return componentsschemas_processing_stage_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingStage | Unset, data)

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        def _parse_summarization(data: object) -> None | ProcessingStage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_processing_stage_value_type_0 = (
                    ProcessingStage.from_dict(data)
                )

                return componentsschemas_processing_stage_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcessingStage | Unset, data)

        summarization = _parse_summarization(d.pop("summarization", UNSET))

        meeting_detail = cls(
            id=id,
            title=title,
            start_time=start_time,
            end_time=end_time,
            created_at=created_at,
            location=location,
            status=status,
            summary_complete=summary_complete,
            host=host,
            language=language,
            keywords=keywords,
            participant_count=participant_count,
            duration_seconds=duration_seconds,
            num_cluster=num_cluster,
            calendar_event=calendar_event,
            recording=recording,
            transcription=transcription,
            summarization=summarization,
        )

        meeting_detail.additional_properties = d
        return meeting_detail

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

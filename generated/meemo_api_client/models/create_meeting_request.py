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
    wrong,
)
from ..types import masked as _masked

T = TypeVar("T", bound="CreateMeetingRequest")
_new = object.__new__


@_attrs_define
class CreateMeetingRequest:
    """A meeting to create. `bot_meeting_url` and `file_url` are mutually
    exclusive; `bot_join_at` requires `bot_meeting_url`.

    """

    organization_id: int
    """ Organization that will own the meeting. """
    title: str
    """ The meeting's title. """
    start_time: str | None = None
    """ When the meeting starts (ISO 8601). With a UTC offset it is an instant; without
    one, the service reads it in its own time zone.
     """
    user_token: str | None = _attrs_field(default=None, repr=_masked)
    """ A User Personal Token that attributes the meeting to that user. A secret. """
    topic_id: int | None = None
    """ Topic that sets the meeting's language and context. """
    participants: list[str] | None = None
    """ Email addresses of the participants. """
    bot_meeting_url: str | None = None
    """ Meeting URL a bot joins to record. Not together with `file_url`. """
    file_url: str | None = None
    """ URL of an audio or video file to import. Not together with `bot_meeting_url`. """
    bot_join_at: str | None = None
    """ When the bot joins (ISO 8601, in the future; without a UTC offset, the
    service reads it in its own time zone). Needs `bot_meeting_url`;
    without it the bot joins at once. Bots are dispatched up to two minutes
    early.
     """
    speaker_count: int | None = None
    """ Expected number of speakers. """
    calendar_event: CreateMeetingCalendarEvent | None = None
    """ Calendar event metadata to attach to a new meeting. """
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
        value = self.organization_id
        field_dict["organization_id"] = value
        value = self.title
        field_dict["title"] = value
        value = self.start_time
        if (
            (value is not None)
            if absent is None
            else ("start_time" not in absent or value is not None)
        ):
            field_dict["start_time"] = value
        value = self.user_token
        if (
            (value is not None)
            if absent is None
            else ("user_token" not in absent or value is not None)
        ):
            field_dict["user_token"] = value
        value = self.topic_id
        if (
            (value is not None)
            if absent is None
            else ("topic_id" not in absent or value is not None)
        ):
            field_dict["topic_id"] = value
        value = self.participants
        if (
            (value is not None)
            if absent is None
            else ("participants" not in absent or value is not None)
        ):
            field_dict["participants"] = (
                list(value) if isinstance(value, list) else value
            )
        value = self.bot_meeting_url
        if (
            (value is not None)
            if absent is None
            else ("bot_meeting_url" not in absent or value is not None)
        ):
            field_dict["bot_meeting_url"] = value
        value = self.file_url
        if (
            (value is not None)
            if absent is None
            else ("file_url" not in absent or value is not None)
        ):
            field_dict["file_url"] = value
        value = self.bot_join_at
        if (
            (value is not None)
            if absent is None
            else ("bot_join_at" not in absent or value is not None)
        ):
            field_dict["bot_join_at"] = value
        value = self.speaker_count
        if (
            (value is not None)
            if absent is None
            else ("speaker_count" not in absent or value is not None)
        ):
            field_dict["speaker_count"] = value
        value = self.calendar_event
        if (
            (value is not None)
            if absent is None
            else ("calendar_event" not in absent or value is not None)
        ):
            field_dict["calendar_event"] = (
                value.to_dict()
                if isinstance(value, CreateMeetingCalendarEvent)
                else value
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
            f_organization_id = d["organization_id"]
            if type(f_organization_id) is int:
                pass
            elif type(f_organization_id) is float and f_organization_id.is_integer():
                f_organization_id = int(f_organization_id)
            else:
                raise wrong("organization_id", "integer", f_organization_id)
            f_title = d["title"]
            if not isinstance(f_title, str):
                raise wrong("title", "string", f_title)
            f_start_time = d.get("start_time", MISSING)
            if f_start_time is MISSING:
                f_start_time = None
                absent += ("start_time",)
            else:
                if not isinstance(f_start_time, str):
                    raise wrong("start_time", "string", f_start_time)
            f_user_token = d.get("user_token", MISSING)
            if f_user_token is MISSING:
                f_user_token = None
                absent += ("user_token",)
            else:
                if not isinstance(f_user_token, str):
                    raise wrong("user_token", "string", f_user_token)
            f_topic_id = d.get("topic_id", MISSING)
            if f_topic_id is MISSING:
                f_topic_id = None
                absent += ("topic_id",)
            else:
                if type(f_topic_id) is int:
                    pass
                elif type(f_topic_id) is float and f_topic_id.is_integer():
                    f_topic_id = int(f_topic_id)
                else:
                    raise wrong("topic_id", "integer", f_topic_id)
            f_participants = d.get("participants", MISSING)
            if f_participants is MISSING:
                f_participants = None
                absent += ("participants",)
            else:
                if isinstance(f_participants, list):
                    for index, item in enumerate(f_participants):
                        if not (isinstance(item, str)):
                            raise wrong(index, "string", item).within("participants")
                else:
                    raise wrong("participants", "array", f_participants)
            f_bot_meeting_url = d.get("bot_meeting_url", MISSING)
            if f_bot_meeting_url is MISSING:
                f_bot_meeting_url = None
                absent += ("bot_meeting_url",)
            else:
                if not isinstance(f_bot_meeting_url, str):
                    raise wrong("bot_meeting_url", "string", f_bot_meeting_url)
            f_file_url = d.get("file_url", MISSING)
            if f_file_url is MISSING:
                f_file_url = None
                absent += ("file_url",)
            else:
                if not isinstance(f_file_url, str):
                    raise wrong("file_url", "string", f_file_url)
            f_bot_join_at = d.get("bot_join_at", MISSING)
            if f_bot_join_at is MISSING:
                f_bot_join_at = None
                absent += ("bot_join_at",)
            else:
                if not isinstance(f_bot_join_at, str):
                    raise wrong("bot_join_at", "string", f_bot_join_at)
            f_speaker_count = d.get("speaker_count", MISSING)
            if f_speaker_count is MISSING:
                f_speaker_count = None
                absent += ("speaker_count",)
            else:
                if type(f_speaker_count) is int:
                    pass
                elif type(f_speaker_count) is float and f_speaker_count.is_integer():
                    f_speaker_count = int(f_speaker_count)
                else:
                    raise wrong("speaker_count", "integer", f_speaker_count)
            f_calendar_event = d.get("calendar_event", MISSING)
            if f_calendar_event is MISSING:
                f_calendar_event = None
                absent += ("calendar_event",)
            else:
                if isinstance(f_calendar_event, dict):
                    try:
                        f_calendar_event = CreateMeetingCalendarEvent.from_dict(
                            f_calendar_event
                        )
                    except FieldError as exc:
                        raise exc.within("calendar_event") from None
                else:
                    raise wrong("calendar_event", "object", f_calendar_event)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.organization_id = f_organization_id
        obj.title = f_title
        obj.start_time = f_start_time
        obj.user_token = f_user_token
        obj.topic_id = f_topic_id
        obj.participants = f_participants
        obj.bot_meeting_url = f_bot_meeting_url
        obj.file_url = f_file_url
        obj.bot_join_at = f_bot_join_at
        obj.speaker_count = f_speaker_count
        obj.calendar_event = f_calendar_event
        obj._absent = absent
        return obj


from ..models.create_meeting_calendar_event import CreateMeetingCalendarEvent

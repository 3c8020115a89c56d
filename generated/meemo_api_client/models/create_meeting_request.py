from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_meeting_calendar_event import CreateMeetingCalendarEvent


T = TypeVar("T", bound="CreateMeetingRequest")


@_attrs_define
class CreateMeetingRequest:
    """A meeting to create. `bot_meeting_url` and `file_url` are mutually
    exclusive; `bot_join_at` requires `bot_meeting_url`.

    """

    organization_id: int
    """ Organization that will own the meeting. """
    title: str
    """ The meeting's title. """
    start_time: datetime.datetime | Unset = UNSET
    """ When the meeting starts (ISO 8601 with a UTC offset). """
    user_token: str | Unset = UNSET
    """ A User Personal Token that attributes the meeting to that user. A secret. """
    topic_id: int | Unset = UNSET
    """ Topic that sets the meeting's language and context. """
    participants: list[str] | Unset = UNSET
    """ Email addresses of the participants. """
    bot_meeting_url: str | Unset = UNSET
    """ Meeting URL a bot joins to record. Not together with `file_url`. """
    file_url: str | Unset = UNSET
    """ URL of an audio or video file to import. Not together with `bot_meeting_url`. """
    bot_join_at: datetime.datetime | Unset = UNSET
    """ When the bot joins (ISO 8601, in the future). Needs `bot_meeting_url`;
    without it the bot joins at once. Bots are dispatched up to two minutes
    early.
     """
    speaker_count: int | Unset = UNSET
    """ Expected number of speakers. """
    calendar_event: CreateMeetingCalendarEvent | Unset = UNSET
    """ Calendar event metadata to attach to a new meeting. """

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        title = self.title

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        user_token = self.user_token

        topic_id = self.topic_id

        participants: list[str] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = self.participants

        bot_meeting_url = self.bot_meeting_url

        file_url = self.file_url

        bot_join_at: str | Unset = UNSET
        if not isinstance(self.bot_join_at, Unset):
            bot_join_at = self.bot_join_at.isoformat()

        speaker_count = self.speaker_count

        calendar_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calendar_event, Unset):
            calendar_event = self.calendar_event.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "title": title,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if user_token is not UNSET:
            field_dict["user_token"] = user_token
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id
        if participants is not UNSET:
            field_dict["participants"] = participants
        if bot_meeting_url is not UNSET:
            field_dict["bot_meeting_url"] = bot_meeting_url
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if bot_join_at is not UNSET:
            field_dict["bot_join_at"] = bot_join_at
        if speaker_count is not UNSET:
            field_dict["speaker_count"] = speaker_count
        if calendar_event is not UNSET:
            field_dict["calendar_event"] = calendar_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_meeting_calendar_event import CreateMeetingCalendarEvent  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        title = d.pop("title")

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        user_token = d.pop("user_token", UNSET)

        topic_id = d.pop("topic_id", UNSET)

        participants = cast(list[str], d.pop("participants", UNSET))

        bot_meeting_url = d.pop("bot_meeting_url", UNSET)

        file_url = d.pop("file_url", UNSET)

        _bot_join_at = d.pop("bot_join_at", UNSET)
        bot_join_at: datetime.datetime | Unset
        if isinstance(_bot_join_at, Unset):
            bot_join_at = UNSET
        else:
            bot_join_at = datetime.datetime.fromisoformat(_bot_join_at)

        speaker_count = d.pop("speaker_count", UNSET)

        _calendar_event = d.pop("calendar_event", UNSET)
        calendar_event: CreateMeetingCalendarEvent | Unset
        if isinstance(_calendar_event, Unset):
            calendar_event = UNSET
        else:
            calendar_event = CreateMeetingCalendarEvent.from_dict(_calendar_event)

        create_meeting_request = cls(
            organization_id=organization_id,
            title=title,
            start_time=start_time,
            user_token=user_token,
            topic_id=topic_id,
            participants=participants,
            bot_meeting_url=bot_meeting_url,
            file_url=file_url,
            bot_join_at=bot_join_at,
            speaker_count=speaker_count,
            calendar_event=calendar_event,
        )

        return create_meeting_request

"""`client.meetings`: meetings, what Meemo produced from them, and topics, on both clients.

Each builder below validates its arguments (raising `InvalidRequestError` before
anything is sent) and returns an `Operation` from the generated request builder;
`@operation` makes it a method of `Meetings` and of `AsyncMeetings`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from meemo_api_client import models as generated
from meemo_api_client.api.meetings import create_meeting as _create_meeting
from meemo_api_client.api.meetings import get_meeting as _get_meeting
from meemo_api_client.api.meetings import get_participants as _get_participants
from meemo_api_client.api.meetings import get_recording as _get_recording
from meemo_api_client.api.meetings import get_summary as _get_summary
from meemo_api_client.api.meetings import get_summary_with_video as _get_summary_with_video
from meemo_api_client.api.meetings import get_transcript as _get_transcript
from meemo_api_client.api.meetings import list_meetings as _list_meetings
from meemo_api_client.api.topics import list_topics as _list_topics

from .. import _polling, models
from .. import _validation as v
from .._driver import run_async, run_sync
from .._logging import logger
from .._operation import NOT_GIVEN, NotGiven, Operation, TimeoutTypes, by_id, list_of, unset
from ..errors import InvalidRequestError
from ..pagination import paginate
from ._base import Async, ModeT, Raw, Resource, Sync, operation

if TYPE_CHECKING:
    from meemo_api_client.models import (
        CreateMeetingCalendarEvent,
        MeetingStatus,
    )

    from ..models import (
        MeetingDetail,
        MeetingListItem,
        MeetingListResponse,
        ParticipantsResponse,
        RecordingResponse,
        SummaryResponse,
        SummaryWithVideoResponse,
        Topic,
        TranscriptResponse,
    )

__all__ = ["AsyncMeetings", "Meetings"]


def _matching_event(event_id: str) -> Callable[[Any], MeetingListItem | None]:
    def parse(data: Any) -> MeetingListItem | None:
        page = models.MeetingListResponse.from_dict(data)
        if not page.results:
            return None
        meeting = page.results[0]
        event = meeting.calendar_event
        found = None if event is None else event.event_id
        if found != event_id:
            # A server without the calendar_event_id filter answers with the newest meeting.
            logger.warning(
                "Discarding meeting %d returned for calendar event id %s: it carries %s; "
                "the server may not support the calendar_event_id filter",
                meeting.id,
                event_id,
                found,
            )
            return None
        return meeting

    return parse


class _MeetingsAPI(Resource[ModeT]):
    """The operations on meetings, shared by `Meetings` and `AsyncMeetings`."""

    @operation
    @staticmethod
    def list_meetings(
        extra_headers: Mapping[str, str] | None = None,
        *,
        organization_id: int | None = None,
        title: str | None = None,
        participants: str | Iterable[int] | None = None,
        created_after: str | dt.date | None = None,
        created_before: str | dt.date | None = None,
        summary_complete: bool | None = None,
        from_calendar: bool | None = None,
        start_after: str | dt.date | None = None,
        start_before: str | dt.date | None = None,
        status: MeetingStatus | str | None = None,
        calendar_event_id: str | None = None,
        meeting_link: str | None = None,
        calendar_event_name: str | None = None,
        calendar_event_description: str | None = None,
        search: str | None = None,
        page: int | None = None,
        size: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[MeetingListResponse]:
        """One page of meetings, newest start time first (by relevance with `search`).

        `participants` takes user ids as `"12,57"` or `[12, 57]` (matches any);
        the date filters take `YYYY-MM-DD` or a `date` (inclusive); `status` a
        `MeetingStatus` or its string. Text filters must not be blank: the service
        would match nothing. Servers without the calendar filters ignore them.
        """
        after = v.calendar_date("created_after", created_after)
        before = v.calendar_date("created_before", created_before)
        v.date_range("created_after", after, "created_before", before)
        starts_after = v.calendar_date("start_after", start_after)
        starts_before = v.calendar_date("start_before", start_before)
        v.date_range("start_after", starts_after, "start_before", starts_before)
        request = _list_meetings._get_kwargs(
            organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
            title=unset(v.optional_non_blank("title", title)),
            participants=unset(v.id_list("participants", participants)),
            created_after=unset(after),
            created_before=unset(before),
            summary_complete=unset(v.optional_bool("summary_complete", summary_complete)),
            from_calendar=unset(v.optional_bool("from_calendar", from_calendar)),
            start_after=unset(starts_after),
            start_before=unset(starts_before),
            status=unset(v.meeting_status("status", status)),
            calendar_event_id=unset(v.optional_non_blank("calendar_event_id", calendar_event_id)),
            meeting_link=unset(v.optional_non_blank("meeting_link", meeting_link)),
            calendar_event_name=unset(
                v.optional_non_blank("calendar_event_name", calendar_event_name)
            ),
            calendar_event_description=unset(
                v.optional_non_blank("calendar_event_description", calendar_event_description)
            ),
            search=unset(v.optional_non_blank("search", search)),
            page=unset(v.optional_positive_int("page", page)),
            size=unset(v.optional_positive_int("size", size)),
        )
        return Operation.from_generated(
            request,
            models.MeetingListResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    iter_meetings: Final = paginate(list_meetings)

    @operation
    @staticmethod
    def get_meeting(
        meeting_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[MeetingDetail]:
        """Full details of one meeting."""
        return by_id(
            _get_meeting._get_kwargs,
            "meeting_id",
            meeting_id,
            models.MeetingDetail.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def create_meeting(
        extra_headers: Mapping[str, str] | None = None,
        *,
        organization_id: int,
        title: str,
        start_time: str | dt.datetime | None = None,
        user_token: str | None = None,
        topic_id: int | None = None,
        participants: Sequence[str] | None = None,
        bot_meeting_url: str | None = None,
        file_url: str | None = None,
        bot_join_at: str | dt.datetime | None = None,
        speaker_count: int | None = None,
        calendar_event: CreateMeetingCalendarEvent | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[MeetingDetail]:
        """Create a meeting: plain, bot-joined (`bot_meeting_url`) or imported (`file_url`).

        Times are ISO 8601 strings, sent as given, or `datetime`s. `bot_join_at` must be
        in the future and needs `bot_meeting_url`. Never retried once it may have reached
        the server, so a meeting is never created twice.
        """
        if bot_meeting_url is not None and file_url is not None:
            raise InvalidRequestError(
                "file_url",
                "bot_meeting_url and file_url are mutually exclusive: pass one of them",
            )
        if bot_join_at is not None and bot_meeting_url is None:
            raise InvalidRequestError(
                "bot_join_at",
                "bot_join_at requires bot_meeting_url: the bot needs a meeting to join",
            )
        if user_token is not None and (not isinstance(user_token, str) or not user_token):
            raise InvalidRequestError("user_token", "user_token must be a non-empty string")
        now = dt.datetime.now(dt.UTC)
        body = generated.CreateMeetingRequest(
            organization_id=v.positive_int("organization_id", organization_id),
            title=v.non_empty("title", title),
            start_time=None if start_time is None else v.date_time("start_time", start_time),
            user_token=user_token,
            topic_id=v.optional_positive_int("topic_id", topic_id),
            participants=(
                None if participants is None else v.email_list("participants", participants)
            ),
            bot_meeting_url=(
                None if bot_meeting_url is None else v.http_url("bot_meeting_url", bot_meeting_url)
            ),
            file_url=None if file_url is None else v.http_url("file_url", file_url),
            bot_join_at=(
                None if bot_join_at is None else v.future_date_time("bot_join_at", bot_join_at, now)
            ),
            speaker_count=v.optional_positive_int("speaker_count", speaker_count),
            calendar_event=(
                None
                if calendar_event is None
                else v.calendar_event("calendar_event", calendar_event)
            ),
        )
        return Operation.from_generated(
            _create_meeting._get_kwargs(body=body),
            models.MeetingDetail.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def get_transcript(
        meeting_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[TranscriptResponse]:
        """The meeting's transcript as timed, speaker-attributed segments."""
        return by_id(
            _get_transcript._get_kwargs,
            "meeting_id",
            meeting_id,
            models.TranscriptResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def get_summary(
        meeting_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[SummaryResponse]:
        """The meeting's summary (Markdown `str`, legacy `dict`, or `None`), notes and keywords."""
        return by_id(
            _get_summary._get_kwargs,
            "meeting_id",
            meeting_id,
            models.SummaryResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def get_summary_with_video(
        meeting_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[SummaryWithVideoResponse]:
        """The summary with citations resolved to recording timestamps, ready for a chat message.

        Media URLs are signed and expire: fetch close to when the message is sent.
        """
        return by_id(
            _get_summary_with_video._get_kwargs,
            "meeting_id",
            meeting_id,
            models.SummaryWithVideoResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def find_meeting_by_calendar_event_id(
        calendar_event_id: str,
        organization_id: int | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[MeetingListItem | None]:
        """The newest meeting linked to this calendar event, or None.

        The returned row is checked to really carry `calendar_event_id`, so a server
        that ignores the filter yields None instead of an unrelated meeting.
        """
        event_id = v.non_blank("calendar_event_id", calendar_event_id).strip()
        request = _list_meetings._get_kwargs(
            organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
            calendar_event_id=event_id,
            size=1,
        )
        return Operation.from_generated(
            request, _matching_event(event_id), extra_headers=extra_headers, timeout=timeout
        )

    @operation
    @staticmethod
    def get_participants(
        meeting_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[ParticipantsResponse]:
        """The meeting's participants; external guests have `id` None."""
        return by_id(
            _get_participants._get_kwargs,
            "meeting_id",
            meeting_id,
            models.ParticipantsResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def get_recording(
        meeting_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[RecordingResponse]:
        """The meeting's recording URL, duration and format."""
        return by_id(
            _get_recording._get_kwargs,
            "meeting_id",
            meeting_id,
            models.RecordingResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def list_topics(
        organization_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[list[Topic]]:
        """Every topic (meeting context and language) the application can use."""
        request = _list_topics._get_kwargs(
            organization_id=unset(v.optional_positive_int("organization_id", organization_id))
        )
        return Operation.from_generated(
            request,
            list_of(models.Topic.from_dict, "topics"),
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @property
    def with_raw_response(self) -> _MeetingsAPI[Raw[ModeT]]:
        """These operations returning `RawResponse`: status, headers, request id, `.parse()`."""
        return _MeetingsAPI[Raw[ModeT]](self._client, raw=True)


class Meetings(_MeetingsAPI[Sync]):
    """Meetings and what Meemo produced from them (`client.meetings`)."""

    def wait_until_ready(
        self,
        meeting_id: int,
        *,
        stage: _polling.StageName = "summarization",
        timeout: float = _polling.DEFAULT_TIMEOUT,
        poll_interval: float | None = None,
        on_poll: Callable[[MeetingDetail], object] | None = None,
    ) -> MeetingDetail:
        """Poll `get_meeting` until `stage` is completed; returns that `MeetingDetail`.

        `stage`: `recording`, `transcription` or `summarization`. Polls every
        `poll_interval` seconds, or from 2 s growing to 30 s. Raises
        `ProcessingFailedError` when the stage (or one before it) failed, and
        `WaitTimeoutError`, carrying the last detail seen, after `timeout` seconds.
        Deployments without stage objects are judged by `summary_complete`.
        `on_poll` is called with every detail fetched, e.g. to show progress.
        """
        flow = _polling.wait_flow(
            meeting_id, stage=stage, timeout=timeout, poll_interval=poll_interval, on_poll=on_poll
        )
        return run_sync(flow, lambda _: self.get_meeting(meeting_id), _polling.sleep)


class AsyncMeetings(_MeetingsAPI[Async]):
    """Meetings and what Meemo produced from them (`client.meetings`), awaitable."""

    async def wait_until_ready(
        self,
        meeting_id: int,
        *,
        stage: _polling.StageName = "summarization",
        timeout: float = _polling.DEFAULT_TIMEOUT,  # noqa: ASYNC109 - the wait's own deadline, same as sync
        poll_interval: float | None = None,
        on_poll: Callable[[MeetingDetail], object] | None = None,
    ) -> MeetingDetail:
        flow = _polling.wait_flow(
            meeting_id, stage=stage, timeout=timeout, poll_interval=poll_interval, on_poll=on_poll
        )
        return await run_async(flow, lambda _: self.get_meeting(meeting_id), _polling.async_sleep)

    wait_until_ready.__doc__ = Meetings.wait_until_ready.__doc__

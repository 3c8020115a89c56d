"""`client.meetings`: the seed's eight operations and their later additions, on both clients.

Each builder below validates its arguments (raising `InvalidRequestError` before
anything is sent) and returns an `Operation` from the generated request builder.
`Meetings` and `AsyncMeetings` expose the same builders as methods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from meemo_api_client.api.meetings import (
    create_meeting as _create_meeting,
)
from meemo_api_client.api.meetings import (
    get_meeting as _get_meeting,
)
from meemo_api_client.api.meetings import (
    get_participants as _get_participants,
)
from meemo_api_client.api.meetings import (
    get_recording as _get_recording,
)
from meemo_api_client.api.meetings import (
    get_summary as _get_summary,
)
from meemo_api_client.api.meetings import (
    get_summary_with_video as _get_summary_with_video,
)
from meemo_api_client.api.meetings import (
    get_transcript as _get_transcript,
)
from meemo_api_client.api.meetings import (
    list_meetings as _list_meetings,
)
from meemo_api_client.api.topics import list_topics as _list_topics
from meemo_api_client.models import CreateMeetingCalendarEvent, CreateMeetingRequest, MeetingStatus

from .. import _polling
from .. import _validation as v
from .._driver import run_async, run_sync
from .._logging import logger
from .._operation import Operation, by_id, list_of, unset
from ..errors import InvalidRequestError
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
    parse_transcript,
)
from ..pagination import async_pages, sync_pages
from ._base import AsyncResource, SyncResource, async_method, sync_method

__all__ = ["AsyncMeetings", "Meetings"]

T = TypeVar("T")


def list_meetings(
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
    extra_headers: dict[str, str] | None = None,
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
    kwargs = _list_meetings._get_kwargs(
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
        calendar_event_name=unset(v.optional_non_blank("calendar_event_name", calendar_event_name)),
        calendar_event_description=unset(
            v.optional_non_blank("calendar_event_description", calendar_event_description)
        ),
        search=unset(v.optional_non_blank("search", search)),
        page=unset(v.optional_positive_int("page", page)),
        size=unset(v.optional_positive_int("size", size)),
    )
    return Operation.from_generated(kwargs, MeetingListResponse.from_dict, extra_headers)


def get_meeting(
    meeting_id: int, *, extra_headers: dict[str, str] | None = None
) -> Operation[MeetingDetail]:
    """Full details of one meeting."""
    return by_id(_get_meeting, "meeting_id", meeting_id, MeetingDetail.from_dict, extra_headers)


def create_meeting(
    organization_id: int,
    title: str,
    *,
    start_time: str | dt.datetime | None = None,
    user_token: str | None = None,
    topic_id: int | None = None,
    participants: Sequence[str] | None = None,
    bot_meeting_url: str | None = None,
    file_url: str | None = None,
    bot_join_at: str | dt.datetime | None = None,
    speaker_count: int | None = None,
    calendar_event: CreateMeetingCalendarEvent | dict[str, Any] | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Operation[MeetingDetail]:
    """Create a meeting: plain, bot-joined (`bot_meeting_url`) or imported (`file_url`).

    Date-times are ISO 8601 strings or `datetime`s; naive ones mean local time.
    `bot_join_at` must be in the future and needs `bot_meeting_url`. Never retried
    once it may have reached the server, so a meeting is never created twice.
    """
    if bot_meeting_url is not None and file_url is not None:
        raise InvalidRequestError(
            "file_url",
            "bot_meeting_url and file_url are mutually exclusive: pass one of them",
        )
    if bot_join_at is not None and bot_meeting_url is None:
        raise InvalidRequestError(
            "bot_join_at", "bot_join_at requires bot_meeting_url: the bot needs a meeting to join"
        )
    if user_token is not None and (not isinstance(user_token, str) or not user_token.strip()):
        raise InvalidRequestError("user_token", "user_token must be a non-empty string")
    body = CreateMeetingRequest(
        organization_id=v.positive_int("organization_id", organization_id),
        title=v.non_blank("title", title),
    )
    if start_time is not None:
        body.start_time = v.date_time("start_time", start_time)
    if user_token is not None:
        body.user_token = user_token
    if topic_id is not None:
        body.topic_id = v.positive_int("topic_id", topic_id)
    if participants is not None:
        body.participants = v.email_list("participants", participants)
    if bot_meeting_url is not None:
        body.bot_meeting_url = v.http_url("bot_meeting_url", bot_meeting_url)
    if file_url is not None:
        body.file_url = v.http_url("file_url", file_url)
    if bot_join_at is not None:
        now = dt.datetime.now(dt.UTC)
        body.bot_join_at = v.future_date_time("bot_join_at", bot_join_at, now)
    if speaker_count is not None:
        body.speaker_count = v.positive_int("speaker_count", speaker_count)
    if calendar_event is not None:
        body.calendar_event = v.calendar_event("calendar_event", calendar_event)
    kwargs = _create_meeting._get_kwargs(body=body)
    return Operation.from_generated(kwargs, MeetingDetail.from_dict, extra_headers)


def get_transcript(
    meeting_id: int, *, extra_headers: dict[str, str] | None = None
) -> Operation[TranscriptResponse]:
    """The meeting's transcript as timed, speaker-attributed segments."""
    return by_id(_get_transcript, "meeting_id", meeting_id, parse_transcript, extra_headers)


def get_summary(
    meeting_id: int, *, extra_headers: dict[str, str] | None = None
) -> Operation[SummaryResponse]:
    """The meeting's summary (Markdown `str`, legacy `dict`, or `None`), notes and keywords."""
    return by_id(_get_summary, "meeting_id", meeting_id, SummaryResponse.from_dict, extra_headers)


def get_summary_with_video(
    meeting_id: int, *, extra_headers: dict[str, str] | None = None
) -> Operation[SummaryWithVideoResponse]:
    """The summary with citations resolved to recording timestamps, ready for a chat message.

    Media URLs are signed and expire: fetch close to when the message is sent.
    """
    return by_id(
        _get_summary_with_video,
        "meeting_id",
        meeting_id,
        SummaryWithVideoResponse.from_dict,
        extra_headers,
    )


def _matching_event(event_id: str) -> Callable[[Any], MeetingListItem | None]:
    def parse(data: Any) -> MeetingListItem | None:
        page = MeetingListResponse.from_dict(data)
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


def find_meeting_by_calendar_event_id(
    calendar_event_id: str,
    organization_id: int | None = None,
    *,
    extra_headers: dict[str, str] | None = None,
) -> Operation[MeetingListItem | None]:
    """The newest meeting linked to this calendar event, or None.

    The returned row is checked to really carry `calendar_event_id`, so a server
    that ignores the filter yields None instead of an unrelated meeting.
    """
    event_id = v.non_blank("calendar_event_id", calendar_event_id).strip()
    kwargs = _list_meetings._get_kwargs(
        organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
        calendar_event_id=event_id,
        size=1,
    )
    return Operation.from_generated(kwargs, _matching_event(event_id), extra_headers)


def get_participants(
    meeting_id: int, *, extra_headers: dict[str, str] | None = None
) -> Operation[ParticipantsResponse]:
    """The meeting's participants; external guests have `id` None."""
    return by_id(
        _get_participants, "meeting_id", meeting_id, ParticipantsResponse.from_dict, extra_headers
    )


def get_recording(
    meeting_id: int, *, extra_headers: dict[str, str] | None = None
) -> Operation[RecordingResponse]:
    """The meeting's recording URL, duration and format."""
    return by_id(
        _get_recording, "meeting_id", meeting_id, RecordingResponse.from_dict, extra_headers
    )


def list_topics(
    *, organization_id: int | None = None, extra_headers: dict[str, str] | None = None
) -> Operation[list[Topic]]:
    """Every topic (meeting context and language) the application can use."""
    kwargs = _list_topics._get_kwargs(
        organization_id=unset(v.optional_positive_int("organization_id", organization_id))
    )
    return Operation.from_generated(kwargs, list_of(Topic.from_dict, "topics"), extra_headers)


class Meetings(SyncResource):
    """Meetings and what Meemo produced from them (`client.meetings`)."""

    # Before list_meetings is rebound in this class body: the pager wraps the builder.
    iter_meetings = sync_pages(list_meetings)
    list_meetings = sync_method(list_meetings)
    get_meeting = sync_method(get_meeting)
    create_meeting = sync_method(create_meeting)
    get_transcript = sync_method(get_transcript)
    get_summary = sync_method(get_summary)
    get_summary_with_video = sync_method(get_summary_with_video)
    find_meeting_by_calendar_event_id = sync_method(find_meeting_by_calendar_event_id)
    get_participants = sync_method(get_participants)
    get_recording = sync_method(get_recording)
    list_topics = sync_method(list_topics)

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


class AsyncMeetings(AsyncResource):
    """Meetings and what Meemo produced from them (`client.meetings`), awaitable."""

    # Before list_meetings is rebound in this class body: the pager wraps the builder.
    iter_meetings = async_pages(list_meetings)
    list_meetings = async_method(list_meetings)
    get_meeting = async_method(get_meeting)
    create_meeting = async_method(create_meeting)
    get_transcript = async_method(get_transcript)
    get_summary = async_method(get_summary)
    get_summary_with_video = async_method(get_summary_with_video)
    find_meeting_by_calendar_event_id = async_method(find_meeting_by_calendar_event_id)
    get_participants = async_method(get_participants)
    get_recording = async_method(get_recording)
    list_topics = async_method(list_topics)

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

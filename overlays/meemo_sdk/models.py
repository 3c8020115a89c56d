"""The models users see, under the API's names.

They are the generated attrs classes: every field typed as the service sends it, an
absent field read as its documented default, `to_dict()` giving back what was read.
Three responses add derived values on top, without re-declaring any field:
`RecordingResponse` (the audio and video aliases fall back to the first matching
asset), `SummaryWithVideoResponse` (`video_url` from `media_mapping`, `has_video`) and
`TranscriptResponse` (text renderings), defined in `_derived`.

Each model is imported when first asked for (PEP 562): a program that reads meetings
never creates the webhook classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from meemo_api_client.models import (
        AvailableOrganization,
        CalendarAttendee,
        CalendarEvent,
        CreateMeetingCalendarEvent,
        CreateMeetingRequest,
        ErrorResponse,
        MediaKind,
        MediaMapping,
        MeetingDetail,
        MeetingHost,
        MeetingListItem,
        MeetingListResponse,
        MeetingStatus,
        Participant,
        ParticipantsResponse,
        ProcessingStage,
        RecordingAsset,
        RecordingFormat,
        StageStatus,
        SummaryResponse,
        SummaryWithVideoCitation,
        TokenResponse,
        Topic,
        TranscriptSegment,
        UpcomingMeeting,
        UpcomingMeetingsResponse,
        UsageItem,
        UsageResponse,
        Webhook,
        WebhookEvent,
        WebhookEventListResponse,
        WebhookListResponse,
    )

    from ._derived import RecordingResponse, SummaryWithVideoResponse, TranscriptResponse

__all__ = [
    "AvailableOrganization",
    "CalendarAttendee",
    "CalendarEvent",
    "CreateMeetingCalendarEvent",
    "CreateMeetingRequest",
    "ErrorResponse",
    "MediaKind",
    "MediaMapping",
    "MeetingDetail",
    "MeetingHost",
    "MeetingListItem",
    "MeetingListResponse",
    "MeetingStatus",
    "Participant",
    "ParticipantsResponse",
    "ProcessingStage",
    "RecordingAsset",
    "RecordingFormat",
    "RecordingResponse",
    "StageStatus",
    "SummaryResponse",
    "SummaryWithVideoCitation",
    "SummaryWithVideoResponse",
    "TokenResponse",
    "Topic",
    "TranscriptResponse",
    "TranscriptSegment",
    "UpcomingMeeting",
    "UpcomingMeetingsResponse",
    "UsageItem",
    "UsageResponse",
    "Webhook",
    "WebhookEvent",
    "WebhookEventListResponse",
    "WebhookListResponse",
]

_DERIVED = frozenset({"RecordingResponse", "SummaryWithVideoResponse", "TranscriptResponse"})

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error

    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        if name in _DERIVED:
            from . import _derived as source
        else:
            import meemo_api_client.models as source
        value = getattr(source, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

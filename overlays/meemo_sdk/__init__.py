"""Python SDK for the Meemo External API.

from meemo_sdk import MeemoClient
with MeemoClient() as client:          # MEEMO_CLIENT_ID / MEEMO_CLIENT_SECRET
    page = client.meetings.list_meetings(size=20)
"""

from ._client import AsyncMeemoClient, MeemoClient
from ._logging import configure_from_env as _configure_logging
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    InvalidRequestError,
    MeemoError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from .models import (
    CalendarAttendee,
    CalendarEvent,
    CreateMeetingCalendarEvent,
    CreateMeetingRequest,
    ErrorResponse,
    MediaKind,
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
    RecordingResponse,
    StageStatus,
    SummaryResponse,
    TokenResponse,
    Topic,
    TranscriptResponse,
    TranscriptSegment,
)

_configure_logging()

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMeemoClient",
    "AuthenticationError",
    "BadRequestError",
    "CalendarAttendee",
    "CalendarEvent",
    "ConfigurationError",
    "CreateMeetingCalendarEvent",
    "CreateMeetingRequest",
    "ErrorResponse",
    "InternalServerError",
    "InvalidRequestError",
    "MediaKind",
    "MeemoClient",
    "MeemoError",
    "MeetingDetail",
    "MeetingHost",
    "MeetingListItem",
    "MeetingListResponse",
    "MeetingStatus",
    "NotFoundError",
    "Participant",
    "ParticipantsResponse",
    "PermissionDeniedError",
    "ProcessingStage",
    "RateLimitError",
    "RecordingAsset",
    "RecordingFormat",
    "RecordingResponse",
    "StageStatus",
    "SummaryResponse",
    "TokenResponse",
    "Topic",
    "TranscriptResponse",
    "TranscriptSegment",
    "__version__",
]

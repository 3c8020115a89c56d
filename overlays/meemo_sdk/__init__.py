"""Python SDK for the Meemo External API.

from meemo_sdk import MeemoClient
with MeemoClient() as client:          # MEEMO_CLIENT_ID / MEEMO_CLIENT_SECRET
    page = client.meetings.list_meetings(size=20)
"""

# The models' names in __all__ come from `models` by the star import below.
# ruff: noqa: F405

from typing import TYPE_CHECKING, Any

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
    ProcessingFailedError,
    RateLimitError,
    WaitTimeoutError,
)

if TYPE_CHECKING:  # for type checkers and IDEs; at run time these load on first use
    from ._client import AsyncMeemoClient, MeemoClient
    from ._response import RawResponse
    from .models import *  # noqa: F403  # exactly models.__all__

# The clients bring httpx, attrs and orjson: a program (or `meemo --help`) that never makes
# a client never imports them.
_LAZY_CLIENT = {"AsyncMeemoClient": "_client", "MeemoClient": "_client", "RawResponse": "_response"}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error

    def __getattr__(name: str) -> Any:
        from importlib import import_module

        if name in _LAZY_CLIENT:
            value = getattr(import_module(f".{_LAZY_CLIENT[name]}", __name__), name)
        elif name in _LAZY_MODELS:
            value = getattr(import_module(".models", __name__), name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


_configure_logging()

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMeemoClient",
    "AuthenticationError",
    "AvailableOrganization",
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
    "MediaMapping",
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
    "ProcessingFailedError",
    "ProcessingStage",
    "RateLimitError",
    "RawResponse",
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
    "WaitTimeoutError",
    "Webhook",
    "WebhookEvent",
    "WebhookEventListResponse",
    "WebhookListResponse",
    "__version__",
]

# The models: the public names not bound above. Importing them loads every generated
# model module, about a third of `import meemo_sdk`, so they load on first use.
_LAZY_MODELS = frozenset(__all__) - globals().keys() - _LAZY_CLIENT.keys()

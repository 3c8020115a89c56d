"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first asked for (PEP 562), so a
program that uses a few models never pays for creating every class. Type checkers read
the imports below as usual.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .available_organization import AvailableOrganization
    from .calendar_attendee import CalendarAttendee
    from .calendar_event import CalendarEvent
    from .create_meeting_calendar_event import CreateMeetingCalendarEvent
    from .create_meeting_request import CreateMeetingRequest
    from .create_webhook_request import CreateWebhookRequest
    from .delete_webhook_response import DeleteWebhookResponse
    from .error_detail import ErrorDetail
    from .error_recovery import ErrorRecovery
    from .error_response import ErrorResponse
    from .legacy_summary import LegacySummary
    from .media_kind import MediaKind
    from .media_mapping import MediaMapping
    from .meeting_detail import MeetingDetail
    from .meeting_host import MeetingHost
    from .meeting_list_item import MeetingListItem
    from .meeting_list_response import MeetingListResponse
    from .meeting_status import MeetingStatus
    from .participant import Participant
    from .participants_response import ParticipantsResponse
    from .processing_stage import ProcessingStage
    from .recording_asset import RecordingAsset
    from .recording_format import RecordingFormat
    from .recording_response import RecordingResponse
    from .revoke_token_request import RevokeTokenRequest
    from .revoke_token_response import RevokeTokenResponse
    from .stage_status import StageStatus
    from .summary_response import SummaryResponse
    from .summary_with_video_citation import SummaryWithVideoCitation
    from .summary_with_video_response import SummaryWithVideoResponse
    from .token_request import TokenRequest
    from .token_response import TokenResponse
    from .topic import Topic
    from .transcript_response import TranscriptResponse
    from .transcript_segment import TranscriptSegment
    from .upcoming_meeting import UpcomingMeeting
    from .upcoming_meetings_response import UpcomingMeetingsResponse
    from .usage_item import UsageItem
    from .usage_response import UsageResponse
    from .validation_error_item import ValidationErrorItem
    from .webhook import Webhook
    from .webhook_event import WebhookEvent
    from .webhook_event_list_response import WebhookEventListResponse
    from .webhook_list_response import WebhookListResponse

# Each model's name and the module that defines it.
_MODULES = {
    "AvailableOrganization": ".available_organization",
    "CalendarAttendee": ".calendar_attendee",
    "CalendarEvent": ".calendar_event",
    "CreateMeetingCalendarEvent": ".create_meeting_calendar_event",
    "CreateMeetingRequest": ".create_meeting_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "DeleteWebhookResponse": ".delete_webhook_response",
    "ErrorDetail": ".error_detail",
    "ErrorRecovery": ".error_recovery",
    "ErrorResponse": ".error_response",
    "LegacySummary": ".legacy_summary",
    "MediaKind": ".media_kind",
    "MediaMapping": ".media_mapping",
    "MeetingDetail": ".meeting_detail",
    "MeetingHost": ".meeting_host",
    "MeetingListItem": ".meeting_list_item",
    "MeetingListResponse": ".meeting_list_response",
    "MeetingStatus": ".meeting_status",
    "Participant": ".participant",
    "ParticipantsResponse": ".participants_response",
    "ProcessingStage": ".processing_stage",
    "RecordingAsset": ".recording_asset",
    "RecordingFormat": ".recording_format",
    "RecordingResponse": ".recording_response",
    "RevokeTokenRequest": ".revoke_token_request",
    "RevokeTokenResponse": ".revoke_token_response",
    "StageStatus": ".stage_status",
    "SummaryResponse": ".summary_response",
    "SummaryWithVideoCitation": ".summary_with_video_citation",
    "SummaryWithVideoResponse": ".summary_with_video_response",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "Topic": ".topic",
    "TranscriptResponse": ".transcript_response",
    "TranscriptSegment": ".transcript_segment",
    "UpcomingMeeting": ".upcoming_meeting",
    "UpcomingMeetingsResponse": ".upcoming_meetings_response",
    "UsageItem": ".usage_item",
    "UsageResponse": ".usage_response",
    "ValidationErrorItem": ".validation_error_item",
    "Webhook": ".webhook",
    "WebhookEvent": ".webhook_event",
    "WebhookEventListResponse": ".webhook_event_list_response",
    "WebhookListResponse": ".webhook_list_response",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = (
    "AvailableOrganization",
    "CalendarAttendee",
    "CalendarEvent",
    "CreateMeetingCalendarEvent",
    "CreateMeetingRequest",
    "CreateWebhookRequest",
    "DeleteWebhookResponse",
    "ErrorDetail",
    "ErrorRecovery",
    "ErrorResponse",
    "LegacySummary",
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
    "RevokeTokenRequest",
    "RevokeTokenResponse",
    "StageStatus",
    "SummaryResponse",
    "SummaryWithVideoCitation",
    "SummaryWithVideoResponse",
    "TokenRequest",
    "TokenResponse",
    "Topic",
    "TranscriptResponse",
    "TranscriptSegment",
    "UpcomingMeeting",
    "UpcomingMeetingsResponse",
    "UsageItem",
    "UsageResponse",
    "ValidationErrorItem",
    "Webhook",
    "WebhookEvent",
    "WebhookEventListResponse",
    "WebhookListResponse",
)

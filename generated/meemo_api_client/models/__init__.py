"""Contains all the data models used in inputs/outputs"""

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

"""The models users see, under the seed's names.

They are the generated attrs classes, with exceptions the generator cannot
express: `next` on the list responses and `RecordingResponse.format` (the generator
renames these fields with a trailing `_` to avoid builtins), `Webhook`'s repr
hides its `secret_key`, and
`SummaryResponse.summary` is the plain `str | dict | None` the service sends
rather than a `LegacySummary` object.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from meemo_api_client.models import (
    AvailableOrganization,
    CalendarAttendee,
    CalendarEvent,
    CreateMeetingCalendarEvent,
    CreateMeetingRequest,
    ErrorResponse,
    LegacySummary,
    MediaKind,
    MediaMapping,
    MeetingDetail,
    MeetingHost,
    MeetingListItem,
    MeetingStatus,
    Participant,
    ParticipantsResponse,
    ProcessingStage,
    RecordingAsset,
    RecordingFormat,
    StageStatus,
    SummaryWithVideoCitation,
    SummaryWithVideoResponse,
    TokenResponse,
    Topic,
    TranscriptResponse,
    TranscriptSegment,
    UpcomingMeeting,
    UpcomingMeetingsResponse,
    UsageItem,
    UsageResponse,
    WebhookEvent,
)
from meemo_api_client.models import MeetingListResponse as _GeneratedMeetingListResponse
from meemo_api_client.models import RecordingResponse as _GeneratedRecordingResponse
from meemo_api_client.models import SummaryResponse as _GeneratedSummaryResponse
from meemo_api_client.models import Webhook as _GeneratedWebhook
from meemo_api_client.models import WebhookEventListResponse as _GeneratedWebhookEventListResponse
from meemo_api_client.models import WebhookListResponse as _GeneratedWebhookListResponse
from meemo_api_client.types import Unset

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


class _NextPage:
    """`next` on list pages: the generator names the field `next_` (it clashes with a builtin)."""

    __slots__ = ()

    @property
    def next(self) -> str | None:
        """Absolute URL of the next page; None on the last page (or when the list is not paged)."""
        link = getattr(self, "next_", None)
        return link if isinstance(link, str) else None


class MeetingListResponse(_NextPage, _GeneratedMeetingListResponse):
    """One page of meetings: `count`, `next`, `previous`, `results`."""


class RecordingResponse(_GeneratedRecordingResponse):
    """A meeting's recording: `recording_url`, `duration`, `format`, and newer renditions."""

    @property
    def format(self) -> RecordingFormat | str:
        """Container format (`mp3`, `wav`, `mp4`, `webm`, `mov`, or a newer one as `str`)."""
        return self.format_


@attrs.define
class SummaryResponse:
    """A meeting's summary: Markdown `str`, a legacy `dict`, or `None` when not ready."""

    meeting_id: int
    title: str
    summary: str | dict[str, Any] | None
    notes: str
    keywords: list[str]
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SummaryResponse:
        parsed = _GeneratedSummaryResponse.from_dict(src_dict)
        summary = parsed.summary
        return cls(
            meeting_id=parsed.meeting_id,
            title=parsed.title,
            summary=summary.to_dict() if isinstance(summary, LegacySummary) else summary,
            notes=parsed.notes,
            keywords=parsed.keywords,
            additional_properties=dict(parsed.additional_properties),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.additional_properties,
            "meeting_id": self.meeting_id,
            "title": self.title,
            "summary": self.summary,
            "notes": self.notes,
            "keywords": list(self.keywords),
        }


class Webhook(_GeneratedWebhook):
    """A registered webhook; its `secret_key` signs deliveries, so the repr never shows it."""

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{field.name}={_shown(field.name, getattr(self, field.name))}"
            for field in attrs.fields(type(self))
            if field.name != "additional_properties"
        )
        return f"Webhook({fields})"


def _shown(name: str, value: object) -> str:
    if name == "secret_key" and not isinstance(value, Unset):
        return "'***'"
    return repr(value)


class WebhookListResponse(_NextPage, _GeneratedWebhookListResponse):
    """One page of webhooks: `count`, `next`, `previous`, `results`."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> WebhookListResponse:
        parsed = super().from_dict(src_dict)
        parsed.results = [Webhook.from_dict(item) for item in src_dict["results"]]
        return parsed


class WebhookEventListResponse(_NextPage, _GeneratedWebhookEventListResponse):
    """One page of webhook deliveries: `count`, `next`, `previous`, `results`."""


_SEGMENT_FIELDS = frozenset(
    f.name for f in attrs.fields(TranscriptSegment) if f.name != "additional_properties"
)


def parse_transcript(data: Mapping[str, Any]) -> TranscriptResponse:
    """`TranscriptResponse.from_dict` with a fast path for the (many) segments.

    A segment with exactly the spec's fields goes straight to the attrs constructor,
    skipping the generated copy-and-pop, whose leftover 4-slot dict each segment would
    keep as `additional_properties` (~12 MiB per 100 000 segments). Any other segment
    (extra or missing fields, not an object) takes the generated `from_dict`, so the
    result and the errors are exactly the generated ones.
    """
    segments = data["transcripts"]
    if type(segments) is not list:
        return TranscriptResponse.from_dict(data)
    parsed = [
        TranscriptSegment(
            speaker=s["speaker"], text=s["text"], start_time=s["start_time"], end_time=s["end_time"]
        )
        if type(s) is dict and s.keys() == _SEGMENT_FIELDS
        else TranscriptSegment.from_dict(s)
        for s in segments
    ]
    response = TranscriptResponse.from_dict({**data, "transcripts": []})
    response.transcripts = parsed
    return response

"""The three responses that add derived values to their generated models.

`RecordingResponse` (the audio and video aliases fall back to the first matching asset),
`SummaryWithVideoResponse` (`video_url` from `media_mapping`, `has_video`) and
`TranscriptResponse` (text renderings). Users import them from `meemo_sdk.models`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from meemo_api_client.models.media_kind import MediaKind
from meemo_api_client.models.recording_asset import RecordingAsset
from meemo_api_client.models.recording_response import RecordingResponse as _RecordingResponse
from meemo_api_client.models.summary_with_video_response import (
    SummaryWithVideoResponse as _SummaryWithVideoResponse,
)
from meemo_api_client.models.transcript_response import TranscriptResponse as _TranscriptResponse

__all__ = ["RecordingResponse", "SummaryWithVideoResponse", "TranscriptResponse"]

_MISSING: Any = object()
RecordingT = TypeVar("RecordingT", bound="RecordingResponse")
SummaryT = TypeVar("SummaryT", bound="SummaryWithVideoResponse")


class _Derived:
    """A response that fills some fields from others after reading.

    The values the service sent for those fields are kept in `_sent`, with the values
    derived for them, so `to_dict()` still gives back exactly what was read (an absent
    field stays absent) unless the field has been set to something else since.
    """

    __slots__ = ()  # `_sent` is each subclass's own slot: two bases with slots cannot mix

    def _derive(self, name: str, value: object, data: Mapping[str, Any]) -> None:
        sent: dict[str, tuple[Any, object]] = getattr(self, "_sent", None) or {}
        sent[name] = (data.get(name, _MISSING), value)
        object.__setattr__(self, "_sent", sent)
        setattr(self, name, value)

    def _restore(self, field_dict: dict[str, Any]) -> dict[str, Any]:
        sent: dict[str, tuple[Any, object]] = getattr(self, "_sent", None) or {}
        for name, (value, derived) in sent.items():
            if getattr(self, name) != derived:
                continue  # set since it was read: `to_dict` wrote the new value
            if value is _MISSING:
                field_dict.pop(name, None)
            else:
                field_dict[name] = value
        return field_dict


def _first(assets: Iterable[RecordingAsset], kind: MediaKind) -> RecordingAsset | None:
    return next((asset for asset in assets if asset.media_kind == kind), None)


class RecordingResponse(_Derived, _RecordingResponse):
    """A meeting's recording and its renditions (`assets`).

    `recording_url` and `format` describe the audio; when the service leaves them empty
    they are the first audio asset's, as `video_url` and `video_format` are the first
    video asset's.
    """

    __slots__ = ("_sent",)

    @classmethod
    def from_dict(cls: type[RecordingT], src_dict: Mapping[str, Any]) -> RecordingT:
        response = super().from_dict(src_dict)
        for kind, url_field, format_field in (
            (MediaKind.AUDIO, "recording_url", "format"),
            (MediaKind.VIDEO, "video_url", "video_format"),
        ):
            url, fmt = getattr(response, url_field), getattr(response, format_field)
            if url and fmt:
                continue
            asset = _first(response.assets, kind)
            if asset is None:
                continue
            if not url and asset.url:
                response._derive(url_field, asset.url, src_dict)
            if not fmt and asset.format:
                response._derive(format_field, asset.format, src_dict)
        return response

    def to_dict(self) -> dict[str, Any]:
        return self._restore(super().to_dict())


# `![title](url)`: the media Markdown that `media_mapping` values are made of.
_MEDIA_MARKDOWN = re.compile(r"!\[[^\]]*\]\((?P<url>[^)\s]+)\)")


class SummaryWithVideoResponse(_Derived, _SummaryWithVideoResponse):
    """A summary with citations resolved to recording timestamps, ready for a chat message.

    `video_url` falls back to the URL in `media_mapping`'s entry for `video_id`.
    """

    __slots__ = ("_sent",)

    @classmethod
    def from_dict(cls: type[SummaryT], src_dict: Mapping[str, Any]) -> SummaryT:
        response = super().from_dict(src_dict)
        if not response.video_url:
            entry = response.media_mapping.get(f"[{response.video_id}]", "")
            match = _MEDIA_MARKDOWN.search(entry)
            if match is not None:
                response._derive("video_url", match.group("url"), src_dict)
        return response

    def to_dict(self) -> dict[str, Any]:
        return self._restore(super().to_dict())

    @property
    def has_video(self) -> bool:
        """Whether the meeting has a recording to show (`video_url` may still be None)."""
        return self.video_url is not None or bool(self.media_mapping)


class TranscriptResponse(_TranscriptResponse):
    """A meeting's transcript: timed, speaker-attributed segments."""

    __slots__ = ()

    def to_srt(self, *, speakers: bool = True) -> str:
        """SubRip subtitles, one cue per segment (`meemo_sdk.transcript_formats.to_srt`)."""
        from .transcript_formats import to_srt

        return to_srt(self, speakers=speakers)

    def to_vtt(self, *, speakers: bool = True) -> str:
        """WebVTT subtitles, speakers as voice tags (`meemo_sdk.transcript_formats.to_vtt`)."""
        from .transcript_formats import to_vtt

        return to_vtt(self, speakers=speakers)

    def to_markdown(self) -> str:
        """A Markdown document, one paragraph per speaker turn (`transcript_formats`)."""
        from .transcript_formats import to_markdown

        return to_markdown(self)

    def to_text(self) -> str:
        """Plain text, one `[HH:MM:SS] Speaker: text` line per speaker turn."""
        from .transcript_formats import to_text

        return to_text(self)

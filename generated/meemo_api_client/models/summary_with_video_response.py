from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_mapping import MediaMapping
    from ..models.summary_with_video_citation import SummaryWithVideoCitation


T = TypeVar("T", bound="SummaryWithVideoResponse")


@_attrs_define
class SummaryWithVideoResponse:
    """A meeting's summary with citations resolved to recording timestamps. Only
    `meeting_id` and `title` are required: the other fields may be absent or null
    (no recording, no summary, older deployments), a conservative reading.

    """

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    record_id: int | None | Unset = UNSET
    """ The recording this export describes; null when the meeting has none. """
    summary_markdown: None | str | Unset = UNSET
    """ The raw Markdown summary, still with `(segment:id)` links; null without a Markdown summary. """
    placeholder_message_markdown: str | Unset = UNSET
    """ Message for pipelines that resolve bracket references through `media_mapping`. """
    inline_message_markdown: str | Unset = UNSET
    """ Self-contained message with inline media, for agents; send it verbatim. """
    video_id: str | Unset = UNSET
    """ Stable id of the video shared by the player and every timestamp reference. """
    media_mapping: MediaMapping | None | Unset = UNSET
    """ Bracket reference to media Markdown, for `placeholder_message_markdown`; null or empty without a video. """
    citations: list[SummaryWithVideoCitation] | None | Unset = UNSET
    """ The resolved citations, one per distinct set of segments. """
    video_url: None | str | Unset = UNSET
    """ Signed, time-limited URL of the recording's video; null when there is none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.media_mapping import MediaMapping  # noqa: PLC0415

        meeting_id = self.meeting_id

        title = self.title

        record_id: int | None | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id

        summary_markdown: None | str | Unset
        if isinstance(self.summary_markdown, Unset):
            summary_markdown = UNSET
        else:
            summary_markdown = self.summary_markdown

        placeholder_message_markdown = self.placeholder_message_markdown

        inline_message_markdown = self.inline_message_markdown

        video_id = self.video_id

        media_mapping: dict[str, Any] | None | Unset
        if isinstance(self.media_mapping, Unset):
            media_mapping = UNSET
        elif isinstance(self.media_mapping, MediaMapping):
            media_mapping = self.media_mapping.to_dict()
        else:
            media_mapping = self.media_mapping

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item = citations_type_0_item_data.to_dict()
                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "title": title,
            }
        )
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if summary_markdown is not UNSET:
            field_dict["summary_markdown"] = summary_markdown
        if placeholder_message_markdown is not UNSET:
            field_dict["placeholder_message_markdown"] = placeholder_message_markdown
        if inline_message_markdown is not UNSET:
            field_dict["inline_message_markdown"] = inline_message_markdown
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if media_mapping is not UNSET:
            field_dict["media_mapping"] = media_mapping
        if citations is not UNSET:
            field_dict["citations"] = citations
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_mapping import MediaMapping  # noqa: PLC0415
        from ..models.summary_with_video_citation import SummaryWithVideoCitation  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meeting_id")

        title = d.pop("title")

        def _parse_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_id = _parse_record_id(d.pop("record_id", UNSET))

        def _parse_summary_markdown(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary_markdown = _parse_summary_markdown(d.pop("summary_markdown", UNSET))

        placeholder_message_markdown = d.pop("placeholder_message_markdown", UNSET)

        inline_message_markdown = d.pop("inline_message_markdown", UNSET)

        video_id = d.pop("video_id", UNSET)

        def _parse_media_mapping(data: object) -> MediaMapping | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_mapping_type_0 = MediaMapping.from_dict(data)

                return media_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaMapping | None | Unset, data)

        media_mapping = _parse_media_mapping(d.pop("media_mapping", UNSET))

        def _parse_citations(
            data: object,
        ) -> list[SummaryWithVideoCitation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                citations_type_0 = []
                _citations_type_0 = data
                for citations_type_0_item_data in _citations_type_0:
                    citations_type_0_item = SummaryWithVideoCitation.from_dict(
                        citations_type_0_item_data
                    )

                    citations_type_0.append(citations_type_0_item)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SummaryWithVideoCitation] | None | Unset, data)

        citations = _parse_citations(d.pop("citations", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        summary_with_video_response = cls(
            meeting_id=meeting_id,
            title=title,
            record_id=record_id,
            summary_markdown=summary_markdown,
            placeholder_message_markdown=placeholder_message_markdown,
            inline_message_markdown=inline_message_markdown,
            video_id=video_id,
            media_mapping=media_mapping,
            citations=citations,
            video_url=video_url,
        )

        summary_with_video_response.additional_properties = d
        return summary_with_video_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryWithVideoCitation")


@_attrs_define
class SummaryWithVideoCitation:
    """One citation of the summary, resolved to a stretch of the recording."""

    segment_ids: list[int] | Unset = UNSET
    """ Transcript segments the cited sentence came from. """
    start_seconds: float | Unset = UNSET
    """ Earliest start of those segments, in seconds from the start of the recording. """
    end_seconds: float | Unset = UNSET
    """ Latest end of those segments, in seconds from the start of the recording. """
    placeholder: str | Unset = UNSET
    """ Bracket reference such as `[video_meeting_42@05:30-05:45]`, resolved through `media_mapping`; empty without
    a video. """
    inline_embed: str | Unset = UNSET
    """ Self-contained inline media Markdown for the same stretch; empty without an embeddable video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.segment_ids, Unset):
            segment_ids = self.segment_ids

        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        placeholder = self.placeholder

        inline_embed = self.inline_embed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_ids is not UNSET:
            field_dict["segment_ids"] = segment_ids
        if start_seconds is not UNSET:
            field_dict["start_seconds"] = start_seconds
        if end_seconds is not UNSET:
            field_dict["end_seconds"] = end_seconds
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if inline_embed is not UNSET:
            field_dict["inline_embed"] = inline_embed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        segment_ids = cast(list[int], d.pop("segment_ids", UNSET))

        start_seconds = d.pop("start_seconds", UNSET)

        end_seconds = d.pop("end_seconds", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        inline_embed = d.pop("inline_embed", UNSET)

        summary_with_video_citation = cls(
            segment_ids=segment_ids,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            placeholder=placeholder,
            inline_embed=inline_embed,
        )

        summary_with_video_citation.additional_properties = d
        return summary_with_video_citation

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

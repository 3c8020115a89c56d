from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TranscriptSegment")


@_attrs_define
class TranscriptSegment:
    """One stretch of speech by one speaker."""

    speaker: str
    """ Who spoke (a name, or a label such as `Speaker 2`). """
    text: str
    """ What was said. """
    start_time: float
    """ Seconds from the start of the recording. """
    end_time: float
    """ Seconds from the start of the recording. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker = self.speaker

        text = self.text

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speaker": speaker,
                "text": text,
                "start_time": start_time,
                "end_time": end_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        speaker = d.pop("speaker")

        text = d.pop("text")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        transcript_segment = cls(
            speaker=speaker,
            text=text,
            start_time=start_time,
            end_time=end_time,
        )

        transcript_segment.additional_properties = d
        return transcript_segment

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

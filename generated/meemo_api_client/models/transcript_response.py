from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transcript_segment import TranscriptSegment


T = TypeVar("T", bound="TranscriptResponse")


@_attrs_define
class TranscriptResponse:
    """A meeting's transcript."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    total_segments: int
    """ Number of segments. """
    transcripts: list[TranscriptSegment]
    """ The segments in time order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        title = self.title

        total_segments = self.total_segments

        transcripts = []
        for transcripts_item_data in self.transcripts:
            transcripts_item = transcripts_item_data.to_dict()
            transcripts.append(transcripts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "title": title,
                "total_segments": total_segments,
                "transcripts": transcripts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcript_segment import TranscriptSegment  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meeting_id")

        title = d.pop("title")

        total_segments = d.pop("total_segments")

        transcripts = []
        _transcripts = d.pop("transcripts")
        for transcripts_item_data in _transcripts:
            transcripts_item = TranscriptSegment.from_dict(transcripts_item_data)

            transcripts.append(transcripts_item)

        transcript_response = cls(
            meeting_id=meeting_id,
            title=title,
            total_segments=total_segments,
            transcripts=transcripts,
        )

        transcript_response.additional_properties = d
        return transcript_response

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

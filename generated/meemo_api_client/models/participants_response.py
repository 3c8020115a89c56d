from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.participant import Participant


T = TypeVar("T", bound="ParticipantsResponse")


@_attrs_define
class ParticipantsResponse:
    """A meeting's participants."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    total_participants: int
    """ Number of participants. """
    participants: list[Participant]
    """ The participants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        title = self.title

        total_participants = self.total_participants

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "title": title,
                "total_participants": total_participants,
                "participants": participants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant import Participant  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meeting_id")

        title = d.pop("title")

        total_participants = d.pop("total_participants")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = Participant.from_dict(participants_item_data)

            participants.append(participants_item)

        participants_response = cls(
            meeting_id=meeting_id,
            title=title,
            total_participants=total_participants,
            participants=participants,
        )

        participants_response.additional_properties = d
        return participants_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage_status import StageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingStage")


@_attrs_define
class ProcessingStage:
    """Progress of one processing stage (recording, transcription or summarization)."""

    status: StageStatus | str
    """ A `StageStatus`, or a state this document does not know yet. """
    description: str | Unset = UNSET
    """ Human-readable detail of the state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, StageStatus):
            status = self.status.value
        else:
            status = self.status

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> StageStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_stage_status_value_type_0 = StageStatus(data)

                return componentsschemas_stage_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StageStatus | str, data)

        status = _parse_status(d.pop("status"))

        description = d.pop("description", UNSET)

        processing_stage = cls(
            status=status,
            description=description,
        )

        processing_stage.additional_properties = d
        return processing_stage

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageItem")


@_attrs_define
class UsageItem:
    """Use of one metered capability by one organization. `organization_name` is optional here, a conservative reading."""

    organization_id: int
    """ The organization's id. """
    capability_name: str
    """ The capability measured (open set), e.g. `transcription_minutes`. """
    usage: float
    """ How much was used. """
    quota: float | None
    """ How much may be used; null when the capability has no quota. """
    organization_name: str | Unset = UNSET
    """ The organization's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        capability_name = self.capability_name

        usage = self.usage

        quota: float | None
        quota = self.quota

        organization_name = self.organization_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "capability_name": capability_name,
                "usage": usage,
                "quota": quota,
            }
        )
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        capability_name = d.pop("capability_name")

        usage = d.pop("usage")

        def _parse_quota(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        quota = _parse_quota(d.pop("quota"))

        organization_name = d.pop("organization_name", UNSET)

        usage_item = cls(
            organization_id=organization_id,
            capability_name=capability_name,
            usage=usage,
            quota=quota,
            organization_name=organization_name,
        )

        usage_item.additional_properties = d
        return usage_item

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

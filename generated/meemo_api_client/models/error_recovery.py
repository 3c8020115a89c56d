from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorRecovery")


@_attrs_define
class ErrorRecovery:
    """Whether and when the failed request may be retried."""

    retryable: bool | Unset = UNSET
    """ Whether retrying the same request can succeed. """
    retry_after_seconds: int | Unset = UNSET
    """ Seconds to wait before retrying. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retryable = self.retryable

        retry_after_seconds = self.retry_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = retry_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retryable = d.pop("retryable", UNSET)

        retry_after_seconds = d.pop("retry_after_seconds", UNSET)

        error_recovery = cls(
            retryable=retryable,
            retry_after_seconds=retry_after_seconds,
        )

        error_recovery.additional_properties = d
        return error_recovery

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

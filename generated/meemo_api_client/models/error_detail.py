from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_recovery import ErrorRecovery


T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """A structured error."""

    code: str | Unset = UNSET
    """ Machine-readable error code. """
    message: str | Unset = UNSET
    """ Human-readable explanation. """
    params: Any | Unset = UNSET
    """ Values that explain the error, such as the offending fields. """
    request_id: str | Unset = UNSET
    """ Identifies the request in the service's logs. """
    recovery: ErrorRecovery | Unset = UNSET
    """ Whether and when the failed request may be retried. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        params = self.params

        request_id = self.request_id

        recovery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recovery, Unset):
            recovery = self.recovery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if params is not UNSET:
            field_dict["params"] = params
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if recovery is not UNSET:
            field_dict["recovery"] = recovery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_recovery import ErrorRecovery  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        params = d.pop("params", UNSET)

        request_id = d.pop("request_id", UNSET)

        _recovery = d.pop("recovery", UNSET)
        recovery: ErrorRecovery | Unset
        if isinstance(_recovery, Unset):
            recovery = UNSET
        else:
            recovery = ErrorRecovery.from_dict(_recovery)

        error_detail = cls(
            code=code,
            message=message,
            params=params,
            request_id=request_id,
            recovery=recovery,
        )

        error_detail.additional_properties = d
        return error_detail

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

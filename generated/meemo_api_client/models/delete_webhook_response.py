from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_object

T = TypeVar("T", bound="DeleteWebhookResponse")

_FIELDS: frozenset[str] = frozenset({})


@_attrs_define
class DeleteWebhookResponse:
    """Acknowledgement of a deletion; carries no required fields."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields the document does not define, as the service sent them. """
    _absent: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent when read stays absent."""
        value: Any
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        obj = cls()
        obj._absent = ()
        if len(d) != 0:
            extra = {k: v for k, v in d.items() if k not in _FIELDS}
            obj.additional_properties = extra
        return obj

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

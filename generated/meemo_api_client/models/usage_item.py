from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    as_object,
    missing,
    no_extras_is_empty,
    wrong,
)

T = TypeVar("T", bound="UsageItem")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "organization_id",
        "organization_name",
        "capability_name",
        "usage",
        "quota",
    }
)


@_attrs_define
class UsageItem:
    """Use of one metered capability by one organization."""

    organization_id: int
    """ The organization's id. """
    organization_name: str
    """ The organization's name. """
    capability_name: str
    """ The capability measured (open set), e.g. `transcription_minutes`. """
    usage: float
    """ How much was used. """
    quota: float | None
    """ How much may be used; null when the capability has no quota. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.organization_id
        field_dict["organization_id"] = value
        value = self.organization_name
        field_dict["organization_name"] = value
        value = self.capability_name
        field_dict["capability_name"] = value
        value = self.usage
        field_dict["usage"] = value
        value = self.quota
        field_dict["quota"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        try:
            f_organization_id = d["organization_id"]
            if type(f_organization_id) is int:
                pass
            elif type(f_organization_id) is float and f_organization_id.is_integer():
                f_organization_id = int(f_organization_id)
            else:
                raise wrong("organization_id", "integer", f_organization_id)
            f_organization_name = d["organization_name"]
            if not isinstance(f_organization_name, str):
                raise wrong("organization_name", "string", f_organization_name)
            f_capability_name = d["capability_name"]
            if not isinstance(f_capability_name, str):
                raise wrong("capability_name", "string", f_capability_name)
            f_usage = d["usage"]
            if type(f_usage) is float:
                pass
            elif type(f_usage) is int:
                f_usage = float(f_usage)
            else:
                raise wrong("usage", "number", f_usage)
            f_quota = d["quota"]
            if type(f_quota) is float:
                pass
            elif type(f_quota) is int:
                f_quota = float(f_quota)
            elif f_quota is None:
                pass
            else:
                raise wrong("quota", "number or null", f_quota)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.organization_id = f_organization_id
        obj.organization_name = f_organization_name
        obj.capability_name = f_capability_name
        obj.usage = f_usage
        obj.quota = f_quota
        obj._additional = None
        if len(d) != 5:
            extra = {k: v for k, v in d.items() if k not in _FIELDS}
            obj._additional = extra
        return obj

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the document does not define, as the service sent them."""
        extra = self._additional
        if extra is None:
            extra = self._additional = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

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

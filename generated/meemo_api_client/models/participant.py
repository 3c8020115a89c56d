from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    as_object,
    missing,
    no_extras_is_empty,
    wrong,
)

T = TypeVar("T", bound="Participant")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "email",
        "position",
        "department",
    }
)


@_attrs_define
class Participant:
    """One participant of a meeting."""

    name: str
    """ The participant's name. """
    id: int | None = None
    """ The participant's user id; null for an external guest. """
    email: str | None = None
    """ The participant's email address, if known. """
    position: str = ""
    """ Job title; may be empty. """
    department: str = ""
    """ Department; may be empty. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )
    # The optional fields that were absent when read (None: built by hand).
    _absent: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        absent = self._absent
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.name
        field_dict["name"] = value
        value = self.id
        if (
            (value is not None)
            if absent is None
            else ("id" not in absent or value is not None)
        ):
            field_dict["id"] = value
        value = self.email
        if (
            (value is not None)
            if absent is None
            else ("email" not in absent or value is not None)
        ):
            field_dict["email"] = value
        value = self.position
        if (
            (value is not None)
            if absent is None
            else ("position" not in absent or value != "")
        ):
            field_dict["position"] = value
        value = self.department
        if (
            (value is not None)
            if absent is None
            else ("department" not in absent or value != "")
        ):
            field_dict["department"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        absent: tuple[str, ...] = ()
        try:
            f_name = d["name"]
            if not isinstance(f_name, str):
                raise wrong("name", "string", f_name)
            f_id = d.get("id", MISSING)
            if f_id is MISSING:
                f_id = None
                absent += ("id",)
            else:
                if type(f_id) is int:
                    pass
                elif type(f_id) is float and f_id.is_integer():
                    f_id = int(f_id)
                elif f_id is None:
                    pass
                else:
                    raise wrong("id", "integer or null", f_id)
            f_email = d.get("email", MISSING)
            if f_email is MISSING:
                f_email = None
                absent += ("email",)
            else:
                if not (isinstance(f_email, str) or f_email is None):
                    raise wrong("email", "string or null", f_email)
            f_position = d.get("position", MISSING)
            if f_position is MISSING:
                f_position = ""
                absent += ("position",)
            else:
                if not isinstance(f_position, str):
                    raise wrong("position", "string", f_position)
            f_department = d.get("department", MISSING)
            if f_department is MISSING:
                f_department = ""
                absent += ("department",)
            else:
                if not isinstance(f_department, str):
                    raise wrong("department", "string", f_department)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.name = f_name
        obj.id = f_id
        obj.email = f_email
        obj.position = f_position
        obj.department = f_department
        obj._absent = absent
        obj._additional = None
        if len(d) != 5 - len(absent):
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

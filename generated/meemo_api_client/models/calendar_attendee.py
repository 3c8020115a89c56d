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

T = TypeVar("T", bound="CalendarAttendee")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "email",
        "display_name",
        "response_status",
    }
)


@_attrs_define
class CalendarAttendee:
    """One invitee of a calendar event."""

    email: str | None = None
    """ The invitee's email address. """
    display_name: str | None = None
    """ The invitee's name as the calendar shows it. """
    response_status: str | None = None
    """ The invitee's answer, as the calendar provider reports it (e.g. `accepted`, `declined`, `needsAction`). """
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
        value = self.email
        if (
            (value is not None)
            if absent is None
            else ("email" not in absent or value is not None)
        ):
            field_dict["email"] = value
        value = self.display_name
        if (
            (value is not None)
            if absent is None
            else ("display_name" not in absent or value is not None)
        ):
            field_dict["display_name"] = value
        value = self.response_status
        if (
            (value is not None)
            if absent is None
            else ("response_status" not in absent or value is not None)
        ):
            field_dict["response_status"] = value
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
            f_email = d.get("email", MISSING)
            if f_email is MISSING:
                f_email = None
                absent += ("email",)
            else:
                if not (isinstance(f_email, str) or f_email is None):
                    raise wrong("email", "string or null", f_email)
            f_display_name = d.get("display_name", MISSING)
            if f_display_name is MISSING:
                f_display_name = None
                absent += ("display_name",)
            else:
                if not (isinstance(f_display_name, str) or f_display_name is None):
                    raise wrong("display_name", "string or null", f_display_name)
            f_response_status = d.get("response_status", MISSING)
            if f_response_status is MISSING:
                f_response_status = None
                absent += ("response_status",)
            else:
                if not (
                    isinstance(f_response_status, str) or f_response_status is None
                ):
                    raise wrong("response_status", "string or null", f_response_status)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.email = f_email
        obj.display_name = f_display_name
        obj.response_status = f_response_status
        obj._absent = absent
        obj._additional = None
        if len(d) != 3 - len(absent):
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

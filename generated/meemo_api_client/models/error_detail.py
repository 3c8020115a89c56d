from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    FieldError,
    as_object,
    missing,
    no_extras_is_empty,
    wrong,
)

T = TypeVar("T", bound="ErrorDetail")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "code",
        "message",
        "params",
        "request_id",
        "recovery",
    }
)


@_attrs_define
class ErrorDetail:
    """A structured error."""

    code: str | None = None
    """ Machine-readable error code. """
    message: str | None = None
    """ Human-readable explanation. """
    params: Any | None = None
    """ Values that explain the error, such as the offending fields. """
    request_id: str | None = None
    """ Identifies the request in the service's logs. """
    recovery: ErrorRecovery | None = None
    """ Whether and when the failed request may be retried. """
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
        value = self.code
        if (
            (value is not None)
            if absent is None
            else ("code" not in absent or value is not None)
        ):
            field_dict["code"] = value
        value = self.message
        if (
            (value is not None)
            if absent is None
            else ("message" not in absent or value is not None)
        ):
            field_dict["message"] = value
        value = self.params
        if (
            (value is not None)
            if absent is None
            else ("params" not in absent or value is not None)
        ):
            field_dict["params"] = value
        value = self.request_id
        if (
            (value is not None)
            if absent is None
            else ("request_id" not in absent or value is not None)
        ):
            field_dict["request_id"] = value
        value = self.recovery
        if (
            (value is not None)
            if absent is None
            else ("recovery" not in absent or value is not None)
        ):
            field_dict["recovery"] = (
                value.to_dict() if isinstance(value, ErrorRecovery) else value
            )
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
            f_code = d.get("code", MISSING)
            if f_code is MISSING:
                f_code = None
                absent += ("code",)
            else:
                if not isinstance(f_code, str):
                    raise wrong("code", "string", f_code)
            f_message = d.get("message", MISSING)
            if f_message is MISSING:
                f_message = None
                absent += ("message",)
            else:
                if not isinstance(f_message, str):
                    raise wrong("message", "string", f_message)
            f_params = d.get("params", MISSING)
            if f_params is MISSING:
                f_params = None
                absent += ("params",)
            else:
                pass
            f_request_id = d.get("request_id", MISSING)
            if f_request_id is MISSING:
                f_request_id = None
                absent += ("request_id",)
            else:
                if not isinstance(f_request_id, str):
                    raise wrong("request_id", "string", f_request_id)
            f_recovery = d.get("recovery", MISSING)
            if f_recovery is MISSING:
                f_recovery = None
                absent += ("recovery",)
            else:
                if isinstance(f_recovery, dict):
                    try:
                        f_recovery = ErrorRecovery.from_dict(f_recovery)
                    except FieldError as exc:
                        raise exc.within("recovery") from None
                else:
                    raise wrong("recovery", "object", f_recovery)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.code = f_code
        obj.message = f_message
        obj.params = f_params
        obj.request_id = f_request_id
        obj.recovery = f_recovery
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


from ..models.error_recovery import ErrorRecovery

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

T = TypeVar("T", bound="ErrorRecovery")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "retryable",
        "retry_after_seconds",
    }
)


@_attrs_define
class ErrorRecovery:
    """Whether and when the failed request may be retried."""

    retryable: bool | None = None
    """ Whether retrying the same request can succeed. """
    retry_after_seconds: int | None = None
    """ Seconds to wait before retrying. """
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
        value = self.retryable
        if (
            (value is not None)
            if absent is None
            else ("retryable" not in absent or value is not None)
        ):
            field_dict["retryable"] = value
        value = self.retry_after_seconds
        if (
            (value is not None)
            if absent is None
            else ("retry_after_seconds" not in absent or value is not None)
        ):
            field_dict["retry_after_seconds"] = value
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
            f_retryable = d.get("retryable", MISSING)
            if f_retryable is MISSING:
                f_retryable = None
                absent += ("retryable",)
            else:
                if type(f_retryable) is not bool:
                    raise wrong("retryable", "boolean", f_retryable)
            f_retry_after_seconds = d.get("retry_after_seconds", MISSING)
            if f_retry_after_seconds is MISSING:
                f_retry_after_seconds = None
                absent += ("retry_after_seconds",)
            else:
                if type(f_retry_after_seconds) is int:
                    pass
                elif (
                    type(f_retry_after_seconds) is float
                    and f_retry_after_seconds.is_integer()
                ):
                    f_retry_after_seconds = int(f_retry_after_seconds)
                else:
                    raise wrong("retry_after_seconds", "integer", f_retry_after_seconds)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.retryable = f_retryable
        obj.retry_after_seconds = f_retry_after_seconds
        obj._absent = absent
        obj._additional = None
        if len(d) != 2 - len(absent):
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

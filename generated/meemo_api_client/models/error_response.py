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
    parse_items,
    wrong,
)

T = TypeVar("T", bound="ErrorResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "error",
        "error_description",
        "detail",
    }
)


@_attrs_define
class ErrorResponse:
    """Body of an error response. The service uses several shapes; exactly one of
    these groups appears:
    - `error` as an `ErrorDetail` object (structured errors);
    - `error` as an OAuth 2.0 error code string, with `error_description`;
    - `detail` as a string or as a list of `ValidationErrorItem`.
    Some failures (e.g. from a proxy) have a non-JSON body instead.

    """

    error: ErrorDetail | str | None = None
    """ A structured error, or an OAuth 2.0 error code. """
    error_description: str | None = None
    """ Human-readable explanation of an OAuth 2.0 error. """
    detail: str | list[ValidationErrorItem] | None = None
    """ A message, or a list of validation problems. """
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
        value = self.error
        if (
            (value is not None)
            if absent is None
            else ("error" not in absent or value is not None)
        ):
            field_dict["error"] = (
                value.to_dict() if isinstance(value, ErrorDetail) else value
            )
        value = self.error_description
        if (
            (value is not None)
            if absent is None
            else ("error_description" not in absent or value is not None)
        ):
            field_dict["error_description"] = value
        value = self.detail
        if (
            (value is not None)
            if absent is None
            else ("detail" not in absent or value is not None)
        ):
            field_dict["detail"] = (
                [item.to_dict() for item in value] if isinstance(value, list) else value
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
            f_error = d.get("error", MISSING)
            if f_error is MISSING:
                f_error = None
                absent += ("error",)
            else:
                if isinstance(f_error, dict):
                    try:
                        f_error = ErrorDetail.from_dict(f_error)
                    except FieldError as exc:
                        raise exc.within("error") from None
                elif isinstance(f_error, str):
                    pass
                else:
                    raise wrong("error", "object or string", f_error)
            f_error_description = d.get("error_description", MISSING)
            if f_error_description is MISSING:
                f_error_description = None
                absent += ("error_description",)
            else:
                if not isinstance(f_error_description, str):
                    raise wrong("error_description", "string", f_error_description)
            f_detail = d.get("detail", MISSING)
            if f_detail is MISSING:
                f_detail = None
                absent += ("detail",)
            else:
                if isinstance(f_detail, str):
                    pass
                elif isinstance(f_detail, list):
                    try:
                        f_detail = parse_items(ValidationErrorItem.from_dict, f_detail)
                    except FieldError as exc:
                        raise exc.within("detail") from None
                else:
                    raise wrong("detail", "string or array", f_detail)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.error = f_error
        obj.error_description = f_error_description
        obj.detail = f_detail
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


from ..models.error_detail import ErrorDetail
from ..models.validation_error_item import ValidationErrorItem

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

T = TypeVar("T", bound="ValidationErrorItem")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "msg",
        "loc",
        "type",
    }
)


@_attrs_define
class ValidationErrorItem:
    """One problem with the request, in a list under `detail`."""

    msg: str
    """ What is wrong. """
    loc: list[str | int] | None = None
    """ Where the problem is, e.g. `["query", "page"]`. """
    type_: str | None = None
    """ Machine-readable kind of problem. """
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
        value = self.msg
        field_dict["msg"] = value
        value = self.loc
        if (
            (value is not None)
            if absent is None
            else ("loc" not in absent or value is not None)
        ):
            field_dict["loc"] = list(value) if isinstance(value, list) else value
        value = self.type_
        if (
            (value is not None)
            if absent is None
            else ("type" not in absent or value is not None)
        ):
            field_dict["type"] = value
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
            f_msg = d["msg"]
            if not isinstance(f_msg, str):
                raise wrong("msg", "string", f_msg)
            f_loc = d.get("loc", MISSING)
            if f_loc is MISSING:
                f_loc = None
                absent += ("loc",)
            else:
                if isinstance(f_loc, list):
                    for index, item in enumerate(f_loc):
                        if not (isinstance(item, str) or type(item) is int):
                            raise wrong(index, "string or integer", item).within("loc")
                else:
                    raise wrong("loc", "array", f_loc)
            f_type_ = d.get("type", MISSING)
            if f_type_ is MISSING:
                f_type_ = None
                absent += ("type",)
            else:
                if not isinstance(f_type_, str):
                    raise wrong("type", "string", f_type_)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.msg = f_msg
        obj.loc = f_loc
        obj.type_ = f_type_
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

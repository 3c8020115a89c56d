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

T = TypeVar("T", bound="Topic")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "alias",
        "language",
    }
)


@_attrs_define
class Topic:
    """A meeting context; it sets the language and vocabulary of processing."""

    id: int
    """ The topic's id. """
    name: str
    """ The topic's name. """
    alias: str = ""
    """ Short machine-friendly name. """
    language: str = ""
    """ Language code, e.g. `en` or `id`. """
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
        value = self.id
        field_dict["id"] = value
        value = self.name
        field_dict["name"] = value
        value = self.alias
        if (
            (value is not None)
            if absent is None
            else ("alias" not in absent or value != "")
        ):
            field_dict["alias"] = value
        value = self.language
        if (
            (value is not None)
            if absent is None
            else ("language" not in absent or value != "")
        ):
            field_dict["language"] = value
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
            f_id = d["id"]
            if type(f_id) is int:
                pass
            elif type(f_id) is float and f_id.is_integer():
                f_id = int(f_id)
            else:
                raise wrong("id", "integer", f_id)
            f_name = d["name"]
            if not isinstance(f_name, str):
                raise wrong("name", "string", f_name)
            f_alias = d.get("alias", MISSING)
            if f_alias is MISSING:
                f_alias = ""
                absent += ("alias",)
            else:
                if not isinstance(f_alias, str):
                    raise wrong("alias", "string", f_alias)
            f_language = d.get("language", MISSING)
            if f_language is MISSING:
                f_language = ""
                absent += ("language",)
            else:
                if not isinstance(f_language, str):
                    raise wrong("language", "string", f_language)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.id = f_id
        obj.name = f_name
        obj.alias = f_alias
        obj.language = f_language
        obj._absent = absent
        obj._additional = None
        if len(d) != 4 - len(absent):
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

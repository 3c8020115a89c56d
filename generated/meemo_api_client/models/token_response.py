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
from ..types import masked as _masked

T = TypeVar("T", bound="TokenResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "access_token",
        "token_type",
        "expires_in",
        "scope",
    }
)


@_attrs_define
class TokenResponse:
    """A bearer token issued by the token endpoint."""

    access_token: str = _attrs_field(repr=_masked)
    """ The bearer token to send in `Authorization`. A secret. """
    token_type: str
    """ Token type; `Bearer`. """
    expires_in: int
    """ Seconds until the token expires (about three hours). """
    scope: str
    """ Space-separated scopes granted. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.access_token
        field_dict["access_token"] = value
        value = self.token_type
        field_dict["token_type"] = value
        value = self.expires_in
        field_dict["expires_in"] = value
        value = self.scope
        field_dict["scope"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        try:
            f_access_token = d["access_token"]
            if not isinstance(f_access_token, str):
                raise wrong("access_token", "string", f_access_token)
            f_token_type = d["token_type"]
            if not isinstance(f_token_type, str):
                raise wrong("token_type", "string", f_token_type)
            f_expires_in = d["expires_in"]
            if type(f_expires_in) is int:
                pass
            elif type(f_expires_in) is float and f_expires_in.is_integer():
                f_expires_in = int(f_expires_in)
            else:
                raise wrong("expires_in", "integer", f_expires_in)
            f_scope = d["scope"]
            if not isinstance(f_scope, str):
                raise wrong("scope", "string", f_scope)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.access_token = f_access_token
        obj.token_type = f_token_type
        obj.expires_in = f_expires_in
        obj.scope = f_scope
        obj._additional = None
        if len(d) != 4:
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

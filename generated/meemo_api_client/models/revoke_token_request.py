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

T = TypeVar("T", bound="RevokeTokenRequest")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "client_id",
        "client_secret",
        "token",
    }
)


@_attrs_define
class RevokeTokenRequest:
    """Form fields to revoke a token."""

    client_id: str
    """ The application's client id. """
    client_secret: str = _attrs_field(repr=_masked)
    """ The application's client secret. Never log it. """
    token: str = _attrs_field(repr=_masked)
    """ The access token to revoke. A secret. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.client_id
        field_dict["client_id"] = value
        value = self.client_secret
        field_dict["client_secret"] = value
        value = self.token
        field_dict["token"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        try:
            f_client_id = d["client_id"]
            if not isinstance(f_client_id, str):
                raise wrong("client_id", "string", f_client_id)
            f_client_secret = d["client_secret"]
            if not isinstance(f_client_secret, str):
                raise wrong("client_secret", "string", f_client_secret)
            f_token = d["token"]
            if not isinstance(f_token, str):
                raise wrong("token", "string", f_token)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.client_id = f_client_id
        obj.client_secret = f_client_secret
        obj.token = f_token
        obj._additional = None
        if len(d) != 3:
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

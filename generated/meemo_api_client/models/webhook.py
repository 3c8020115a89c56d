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
from ..types import masked as _masked

T = TypeVar("T", bound="Webhook")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "target_url",
        "secret_key",
        "events",
        "is_active",
        "created_at",
        "organization_id",
        "description",
        "failure_count",
        "last_failure_reason",
    }
)


@_attrs_define
class Webhook:
    """A registered webhook. `failure_count` and `last_failure_reason` come with the
    detail view; an absent optional field reads as its `default`.

    """

    id: int
    """ The webhook's id. """
    target_url: str
    """ Where deliveries are POSTed. """
    secret_key: str = _attrs_field(repr=_masked)
    """ Key that signs the deliveries, e.g. `whsec_...`. A secret. """
    events: list[str]
    """ Event types delivered (open set; unknown types may appear). """
    is_active: bool
    """ Whether deliveries are being sent. """
    created_at: str
    """ When the webhook was created. """
    organization_id: int
    """ Organization whose events are delivered. """
    description: str = ""
    """ The note given at creation; may be empty. """
    failure_count: int = 0
    """ How many deliveries failed. """
    last_failure_reason: str = ""
    """ Why the last delivery failed; may be empty. """
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
        value = self.target_url
        field_dict["target_url"] = value
        value = self.secret_key
        field_dict["secret_key"] = value
        value = self.events
        field_dict["events"] = list(value) if isinstance(value, list) else value
        value = self.is_active
        field_dict["is_active"] = value
        value = self.created_at
        field_dict["created_at"] = value
        value = self.organization_id
        field_dict["organization_id"] = value
        value = self.description
        if (
            (value is not None)
            if absent is None
            else ("description" not in absent or value != "")
        ):
            field_dict["description"] = value
        value = self.failure_count
        if (
            (value is not None)
            if absent is None
            else ("failure_count" not in absent or value != 0)
        ):
            field_dict["failure_count"] = value
        value = self.last_failure_reason
        if (
            (value is not None)
            if absent is None
            else ("last_failure_reason" not in absent or value != "")
        ):
            field_dict["last_failure_reason"] = value
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
            f_target_url = d["target_url"]
            if not isinstance(f_target_url, str):
                raise wrong("target_url", "string", f_target_url)
            f_secret_key = d["secret_key"]
            if not isinstance(f_secret_key, str):
                raise wrong("secret_key", "string", f_secret_key)
            f_events = d["events"]
            if isinstance(f_events, list):
                for index, item in enumerate(f_events):
                    if not (isinstance(item, str)):
                        raise wrong(index, "string", item).within("events")
            else:
                raise wrong("events", "array", f_events)
            f_is_active = d["is_active"]
            if type(f_is_active) is not bool:
                raise wrong("is_active", "boolean", f_is_active)
            f_created_at = d["created_at"]
            if not isinstance(f_created_at, str):
                raise wrong("created_at", "string", f_created_at)
            f_organization_id = d["organization_id"]
            if type(f_organization_id) is int:
                pass
            elif type(f_organization_id) is float and f_organization_id.is_integer():
                f_organization_id = int(f_organization_id)
            else:
                raise wrong("organization_id", "integer", f_organization_id)
            f_description = d.get("description", MISSING)
            if f_description is MISSING:
                f_description = ""
                absent += ("description",)
            else:
                if not isinstance(f_description, str):
                    raise wrong("description", "string", f_description)
            f_failure_count = d.get("failure_count", MISSING)
            if f_failure_count is MISSING:
                f_failure_count = 0
                absent += ("failure_count",)
            else:
                if type(f_failure_count) is int:
                    pass
                elif type(f_failure_count) is float and f_failure_count.is_integer():
                    f_failure_count = int(f_failure_count)
                else:
                    raise wrong("failure_count", "integer", f_failure_count)
            f_last_failure_reason = d.get("last_failure_reason", MISSING)
            if f_last_failure_reason is MISSING:
                f_last_failure_reason = ""
                absent += ("last_failure_reason",)
            else:
                if not isinstance(f_last_failure_reason, str):
                    raise wrong("last_failure_reason", "string", f_last_failure_reason)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.id = f_id
        obj.target_url = f_target_url
        obj.secret_key = f_secret_key
        obj.events = f_events
        obj.is_active = f_is_active
        obj.created_at = f_created_at
        obj.organization_id = f_organization_id
        obj.description = f_description
        obj.failure_count = f_failure_count
        obj.last_failure_reason = f_last_failure_reason
        obj._absent = absent
        obj._additional = None
        if len(d) != 10 - len(absent):
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

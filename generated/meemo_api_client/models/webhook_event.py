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

T = TypeVar("T", bound="WebhookEvent")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "webhook_id",
        "event_uuid",
        "event_type",
        "status",
        "response_status",
        "attempt_count",
        "created_at",
    }
)


@_attrs_define
class WebhookEvent:
    """One delivery of an event to a webhook. `event_type` and `status` are open
    strings (e.g. `meeting.created`; `SUCCESS`, `FAILED`).

    """

    id: int
    """ The delivery's id. """
    webhook_id: int
    """ The webhook the event was delivered to. """
    event_uuid: str
    """ Unique id of the event, the same across retries. """
    event_type: str
    """ The event's type, e.g. `meeting.created`. """
    status: str
    """ Delivery outcome as the service reports it, e.g. `SUCCESS`. """
    response_status: int | None
    """ HTTP status the target answered; null when it did not answer. """
    attempt_count: int
    """ How many times delivery was tried. """
    created_at: str
    """ When the event was processed. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.id
        field_dict["id"] = value
        value = self.webhook_id
        field_dict["webhook_id"] = value
        value = self.event_uuid
        field_dict["event_uuid"] = value
        value = self.event_type
        field_dict["event_type"] = value
        value = self.status
        field_dict["status"] = value
        value = self.response_status
        field_dict["response_status"] = value
        value = self.attempt_count
        field_dict["attempt_count"] = value
        value = self.created_at
        field_dict["created_at"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        try:
            f_id = d["id"]
            if type(f_id) is int:
                pass
            elif type(f_id) is float and f_id.is_integer():
                f_id = int(f_id)
            else:
                raise wrong("id", "integer", f_id)
            f_webhook_id = d["webhook_id"]
            if type(f_webhook_id) is int:
                pass
            elif type(f_webhook_id) is float and f_webhook_id.is_integer():
                f_webhook_id = int(f_webhook_id)
            else:
                raise wrong("webhook_id", "integer", f_webhook_id)
            f_event_uuid = d["event_uuid"]
            if not isinstance(f_event_uuid, str):
                raise wrong("event_uuid", "string", f_event_uuid)
            f_event_type = d["event_type"]
            if not isinstance(f_event_type, str):
                raise wrong("event_type", "string", f_event_type)
            f_status = d["status"]
            if not isinstance(f_status, str):
                raise wrong("status", "string", f_status)
            f_response_status = d["response_status"]
            if type(f_response_status) is int:
                pass
            elif type(f_response_status) is float and f_response_status.is_integer():
                f_response_status = int(f_response_status)
            elif f_response_status is None:
                pass
            else:
                raise wrong("response_status", "integer or null", f_response_status)
            f_attempt_count = d["attempt_count"]
            if type(f_attempt_count) is int:
                pass
            elif type(f_attempt_count) is float and f_attempt_count.is_integer():
                f_attempt_count = int(f_attempt_count)
            else:
                raise wrong("attempt_count", "integer", f_attempt_count)
            f_created_at = d["created_at"]
            if not isinstance(f_created_at, str):
                raise wrong("created_at", "string", f_created_at)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.id = f_id
        obj.webhook_id = f_webhook_id
        obj.event_uuid = f_event_uuid
        obj.event_type = f_event_type
        obj.status = f_status
        obj.response_status = f_response_status
        obj.attempt_count = f_attempt_count
        obj.created_at = f_created_at
        obj._additional = None
        if len(d) != 8:
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

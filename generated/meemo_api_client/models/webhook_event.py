from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEvent")


@_attrs_define
class WebhookEvent:
    """One delivery of an event to a webhook. `event_type` and `status` are open
    strings (e.g. `meeting.created`; `SUCCESS`, `FAILED`); fields beyond the
    required ones are optional here, a conservative reading.

    """

    id: int
    """ The delivery's id. """
    webhook_id: int
    """ The webhook the event was delivered to. """
    event_type: str
    """ The event's type, e.g. `meeting.created`. """
    status: str
    """ Delivery outcome as the service reports it, e.g. `SUCCESS`. """
    event_uuid: str | Unset = UNSET
    """ Unique id of the event, the same across retries. """
    response_status: int | None | Unset = UNSET
    """ HTTP status the target answered; null when it did not answer. """
    attempt_count: int | Unset = UNSET
    """ How many times delivery was tried. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the event was processed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        event_type = self.event_type

        status = self.status

        event_uuid = self.event_uuid

        response_status: int | None | Unset
        if isinstance(self.response_status, Unset):
            response_status = UNSET
        else:
            response_status = self.response_status

        attempt_count = self.attempt_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "webhook_id": webhook_id,
                "event_type": event_type,
                "status": status,
            }
        )
        if event_uuid is not UNSET:
            field_dict["event_uuid"] = event_uuid
        if response_status is not UNSET:
            field_dict["response_status"] = response_status
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        webhook_id = d.pop("webhook_id")

        event_type = d.pop("event_type")

        status = d.pop("status")

        event_uuid = d.pop("event_uuid", UNSET)

        def _parse_response_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_status = _parse_response_status(d.pop("response_status", UNSET))

        attempt_count = d.pop("attempt_count", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        webhook_event = cls(
            id=id,
            webhook_id=webhook_id,
            event_type=event_type,
            status=status,
            event_uuid=event_uuid,
            response_status=response_status,
            attempt_count=attempt_count,
            created_at=created_at,
        )

        webhook_event.additional_properties = d
        return webhook_event

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A registered webhook. Fields beyond the required ones are optional here (a
    conservative reading; `failure_count` and `last_failure_reason` come with the
    detail view).

    """

    id: int
    """ The webhook's id. """
    target_url: str
    """ Where deliveries are POSTed. """
    events: list[str]
    """ Event types delivered (open set; unknown types may appear). """
    organization_id: int
    """ Organization whose events are delivered. """
    secret_key: str | Unset = UNSET
    """ Key that signs the deliveries, e.g. `whsec_...`. A secret. """
    is_active: bool | Unset = UNSET
    """ Whether deliveries are being sent. """
    description: str | Unset = UNSET
    """ The note given at creation; may be empty. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the webhook was created. """
    failure_count: int | Unset = UNSET
    """ How many deliveries failed. """
    last_failure_reason: str | Unset = UNSET
    """ Why the last delivery failed; may be empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target_url = self.target_url

        events = self.events

        organization_id = self.organization_id

        secret_key = self.secret_key

        is_active = self.is_active

        description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        failure_count = self.failure_count

        last_failure_reason = self.last_failure_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target_url": target_url,
                "events": events,
                "organization_id": organization_id,
            }
        )
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if failure_count is not UNSET:
            field_dict["failure_count"] = failure_count
        if last_failure_reason is not UNSET:
            field_dict["last_failure_reason"] = last_failure_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        target_url = d.pop("target_url")

        events = cast(list[str], d.pop("events"))

        organization_id = d.pop("organization_id")

        secret_key = d.pop("secret_key", UNSET)

        is_active = d.pop("is_active", UNSET)

        description = d.pop("description", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        failure_count = d.pop("failure_count", UNSET)

        last_failure_reason = d.pop("last_failure_reason", UNSET)

        webhook = cls(
            id=id,
            target_url=target_url,
            events=events,
            organization_id=organization_id,
            secret_key=secret_key,
            is_active=is_active,
            description=description,
            created_at=created_at,
            failure_count=failure_count,
            last_failure_reason=last_failure_reason,
        )

        webhook.additional_properties = d
        return webhook

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

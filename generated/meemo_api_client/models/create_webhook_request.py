from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWebhookRequest")


@_attrs_define
class CreateWebhookRequest:
    """A webhook to register, for one or more organizations."""

    target_url: str
    """ Where deliveries are POSTed; HTTPS (plain HTTP only for localhost while developing). """
    events: list[str]
    """ Event types to deliver, e.g. `meeting.created`, `meeting.transcription_completed`. The service defines the
    set and may add types. """
    organization_ids: list[int]
    """ Organizations whose events are delivered; one webhook is created per organization. """
    description: str | Unset = UNSET
    """ A note for people reading the webhook list. """

    def to_dict(self) -> dict[str, Any]:
        target_url = self.target_url

        events = self.events

        organization_ids = self.organization_ids

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_url": target_url,
                "events": events,
                "organization_ids": organization_ids,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_url = d.pop("target_url")

        events = cast(list[str], d.pop("events"))

        organization_ids = cast(list[int], d.pop("organization_ids"))

        description = d.pop("description", UNSET)

        create_webhook_request = cls(
            target_url=target_url,
            events=events,
            organization_ids=organization_ids,
            description=description,
        )

        return create_webhook_request

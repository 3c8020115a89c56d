"""`client.webhooks`: register HTTPS endpoints for meeting events and read their delivery log.

Builders validate their arguments (raising `InvalidRequestError` before anything
is sent) and return an `Operation`; `@operation` makes each a method of `Webhooks`
and of `AsyncWebhooks`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from meemo_api_client import models as generated
from meemo_api_client.api.webhooks import create_webhook as _create_webhook
from meemo_api_client.api.webhooks import delete_webhook as _delete_webhook
from meemo_api_client.api.webhooks import get_webhook as _get_webhook
from meemo_api_client.api.webhooks import get_webhook_event as _get_webhook_event
from meemo_api_client.api.webhooks import (
    list_available_organizations as _list_available_organizations,
)
from meemo_api_client.api.webhooks import list_webhook_events as _list_webhook_events
from meemo_api_client.api.webhooks import list_webhooks as _list_webhooks

from .. import _validation as v
from .. import models
from .._operation import (
    NOT_GIVEN,
    NotGiven,
    Operation,
    TimeoutTypes,
    by_id,
    ignore_body,
    list_of,
    unset,
)
from ..pagination import paginate
from ._base import Async, ModeT, Raw, Resource, Sync, operation

if TYPE_CHECKING:
    from ..models import (
        AvailableOrganization,
        Webhook,
        WebhookEvent,
        WebhookEventListResponse,
        WebhookListResponse,
    )

__all__ = ["AsyncWebhooks", "Webhooks"]


class _WebhooksAPI(Resource[ModeT]):
    """The operations on webhooks, shared by `Webhooks` and `AsyncWebhooks`."""

    @operation
    @staticmethod
    def list_available_organizations(
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[list[AvailableOrganization]]:
        """The organizations the application can access: the ids `create_webhook` takes."""
        return Operation.from_generated(
            _list_available_organizations._get_kwargs(),
            list_of(models.AvailableOrganization.from_dict, "organizations"),
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def create_webhook(
        target_url: str,
        events: Sequence[str],
        organization_ids: Sequence[int],
        description: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[list[Webhook]]:
        """Deliver `events` for each organization to `target_url`; one webhook per organization.

        `target_url` must be https (http only for localhost). Never retried once it
        may have reached the server, so no webhook is registered twice.
        """
        body = generated.CreateWebhookRequest(
            target_url=v.webhook_url("target_url", target_url),
            events=v.non_blank_list("events", events),
            organization_ids=v.positive_int_list("organization_ids", organization_ids),
        )
        if description is not None:
            body.description = v.string("description", description)
        return Operation.from_generated(
            _create_webhook._get_kwargs(body=body),
            list_of(models.Webhook.from_dict, "webhooks"),
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def list_webhooks(
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[WebhookListResponse]:
        """The webhooks registered for the accessible organizations."""
        return Operation.from_generated(
            _list_webhooks._get_kwargs(),
            models.WebhookListResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    iter_webhooks: Final = paginate(list_webhooks)

    @operation
    @staticmethod
    def get_webhook(
        webhook_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[Webhook]:
        """One webhook, with its failure count and last failure reason."""
        return by_id(
            _get_webhook._get_kwargs,
            "webhook_id",
            webhook_id,
            models.Webhook.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @operation
    @staticmethod
    def delete_webhook(
        webhook_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[None]:
        """Stop deliveries to the webhook and remove it."""
        return by_id(
            _delete_webhook._get_kwargs,
            "webhook_id",
            webhook_id,
            ignore_body,
            extra_headers=extra_headers,
            timeout=timeout,
            empty_body_ok=True,
        )

    @operation
    @staticmethod
    def list_webhook_events(
        webhook_id: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[WebhookEventListResponse]:
        """The delivery log, optionally of one webhook."""
        return Operation.from_generated(
            _list_webhook_events._get_kwargs(
                webhook_id=unset(v.optional_positive_int("webhook_id", webhook_id))
            ),
            models.WebhookEventListResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    iter_webhook_events: Final = paginate(list_webhook_events)

    @operation
    @staticmethod
    def get_webhook_event(
        event_id: int,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[WebhookEvent]:
        """One entry of the delivery log."""
        return by_id(
            _get_webhook_event._get_kwargs,
            "event_id",
            event_id,
            models.WebhookEvent.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @property
    def with_raw_response(self) -> _WebhooksAPI[Raw[ModeT]]:
        """These operations returning `RawResponse`: status, headers, request id, `.parse()`."""
        return _WebhooksAPI[Raw[ModeT]](self._client, raw=True)


class Webhooks(_WebhooksAPI[Sync]):
    """Webhook registrations and their delivery log (`client.webhooks`)."""


class AsyncWebhooks(_WebhooksAPI[Async]):
    """Webhook registrations and their delivery log (`client.webhooks`), awaitable."""

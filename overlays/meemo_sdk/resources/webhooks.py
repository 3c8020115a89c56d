"""`client.webhooks`: register HTTPS endpoints for meeting events and read their delivery log.

Builders validate their arguments (raising `InvalidRequestError` before anything
is sent) and return an `Operation`; `Webhooks` and `AsyncWebhooks` expose them.
"""

from __future__ import annotations

from collections.abc import Sequence

from meemo_api_client.api.webhooks import create_webhook as _create_webhook
from meemo_api_client.api.webhooks import delete_webhook as _delete_webhook
from meemo_api_client.api.webhooks import get_webhook as _get_webhook
from meemo_api_client.api.webhooks import get_webhook_event as _get_webhook_event
from meemo_api_client.api.webhooks import (
    list_available_organizations as _list_available_organizations,
)
from meemo_api_client.api.webhooks import list_webhook_events as _list_webhook_events
from meemo_api_client.api.webhooks import list_webhooks as _list_webhooks
from meemo_api_client.models import CreateWebhookRequest

from .. import _validation as v
from .._operation import Operation, by_id, ignore_body, list_of, unset
from ..models import (
    AvailableOrganization,
    Webhook,
    WebhookEvent,
    WebhookEventListResponse,
    WebhookListResponse,
)
from ._base import AsyncResource, SyncResource, async_method, sync_method

__all__ = ["AsyncWebhooks", "Webhooks"]


def list_available_organizations(
    extra_headers: dict[str, str] | None = None,
) -> Operation[list[AvailableOrganization]]:
    """The organizations the application can access: the ids `create_webhook` takes."""
    kwargs = _list_available_organizations._get_kwargs()
    return Operation.from_generated(
        kwargs, list_of(AvailableOrganization.from_dict, "organizations"), extra_headers
    )


def create_webhook(
    target_url: str,
    events: Sequence[str],
    organization_ids: Sequence[int],
    description: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Operation[list[Webhook]]:
    """Deliver `events` for each organization to `target_url`; one webhook per organization.

    `target_url` must be https (http only for localhost). Never retried once it
    may have reached the server, so no webhook is registered twice.
    """
    body = CreateWebhookRequest(
        target_url=v.webhook_url("target_url", target_url),
        events=v.non_blank_list("events", events),
        organization_ids=v.positive_int_list("organization_ids", organization_ids),
    )
    if description is not None:
        body.description = v.string("description", description)
    kwargs = _create_webhook._get_kwargs(body=body)
    return Operation.from_generated(kwargs, list_of(Webhook.from_dict, "webhooks"), extra_headers)


def list_webhooks(extra_headers: dict[str, str] | None = None) -> Operation[WebhookListResponse]:
    """The webhooks registered for the accessible organizations."""
    kwargs = _list_webhooks._get_kwargs()
    return Operation.from_generated(kwargs, WebhookListResponse.from_dict, extra_headers)


def get_webhook(webhook_id: int, extra_headers: dict[str, str] | None = None) -> Operation[Webhook]:
    """One webhook, with its failure count and last failure reason."""
    return by_id(_get_webhook, "webhook_id", webhook_id, Webhook.from_dict, extra_headers)


def delete_webhook(webhook_id: int, extra_headers: dict[str, str] | None = None) -> Operation[None]:
    """Stop deliveries to the webhook and remove it."""
    return by_id(
        _delete_webhook, "webhook_id", webhook_id, ignore_body, extra_headers, empty_body_ok=True
    )


def list_webhook_events(
    webhook_id: int | None = None, extra_headers: dict[str, str] | None = None
) -> Operation[WebhookEventListResponse]:
    """The delivery log, optionally of one webhook."""
    kwargs = _list_webhook_events._get_kwargs(
        webhook_id=unset(v.optional_positive_int("webhook_id", webhook_id))
    )
    return Operation.from_generated(kwargs, WebhookEventListResponse.from_dict, extra_headers)


def get_webhook_event(
    event_id: int, extra_headers: dict[str, str] | None = None
) -> Operation[WebhookEvent]:
    """One entry of the delivery log."""
    return by_id(_get_webhook_event, "event_id", event_id, WebhookEvent.from_dict, extra_headers)


class Webhooks(SyncResource):
    """Webhook registrations and their delivery log (`client.webhooks`)."""

    list_available_organizations = sync_method(list_available_organizations)
    create_webhook = sync_method(create_webhook)
    list_webhooks = sync_method(list_webhooks)
    get_webhook = sync_method(get_webhook)
    delete_webhook = sync_method(delete_webhook)
    list_webhook_events = sync_method(list_webhook_events)
    get_webhook_event = sync_method(get_webhook_event)


class AsyncWebhooks(AsyncResource):
    """Webhook registrations and their delivery log (`client.webhooks`), awaitable."""

    list_available_organizations = async_method(list_available_organizations)
    create_webhook = async_method(create_webhook)
    list_webhooks = async_method(list_webhooks)
    get_webhook = async_method(get_webhook)
    delete_webhook = async_method(delete_webhook)
    list_webhook_events = async_method(list_webhook_events)
    get_webhook_event = async_method(get_webhook_event)

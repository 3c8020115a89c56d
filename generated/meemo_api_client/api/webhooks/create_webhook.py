from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.create_webhook_request import CreateWebhookRequest
    from ...models.error_response import ErrorResponse
    from ...models.webhook import Webhook


def _get_kwargs(
    *,
    body: CreateWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/external/webhooks/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Webhook] | None:
    from ...models.error_response import ErrorResponse
    from ...models.webhook import Webhook

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = Webhook.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Webhook]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Response[ErrorResponse | list[Webhook]]:
    """Create a webhook

     Registers `target_url` to receive the given events for each organization in
    `organization_ids`; the service creates one webhook per organization and
    answers with all of them. Each carries a `secret_key` for verifying the
    deliveries' signatures: a secret, shown when the webhook is read.

    Args:
        body (CreateWebhookRequest): A webhook to register, for one or more organizations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Webhook]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> ErrorResponse | list[Webhook] | None:
    """Create a webhook

     Registers `target_url` to receive the given events for each organization in
    `organization_ids`; the service creates one webhook per organization and
    answers with all of them. Each carries a `secret_key` for verifying the
    deliveries' signatures: a secret, shown when the webhook is read.

    Args:
        body (CreateWebhookRequest): A webhook to register, for one or more organizations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Webhook]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> Response[ErrorResponse | list[Webhook]]:
    """Create a webhook

     Registers `target_url` to receive the given events for each organization in
    `organization_ids`; the service creates one webhook per organization and
    answers with all of them. Each carries a `secret_key` for verifying the
    deliveries' signatures: a secret, shown when the webhook is read.

    Args:
        body (CreateWebhookRequest): A webhook to register, for one or more organizations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Webhook]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookRequest,
) -> ErrorResponse | list[Webhook] | None:
    """Create a webhook

     Registers `target_url` to receive the given events for each organization in
    `organization_ids`; the service creates one webhook per organization and
    answers with all of them. Each carries a `secret_key` for verifying the
    deliveries' signatures: a secret, shown when the webhook is read.

    Args:
        body (CreateWebhookRequest): A webhook to register, for one or more organizations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Webhook]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

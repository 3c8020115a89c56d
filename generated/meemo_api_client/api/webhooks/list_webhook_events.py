from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.webhook_event_list_response import WebhookEventListResponse


def _get_kwargs(
    *,
    webhook_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["webhook_id"] = webhook_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/external/webhook-events/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WebhookEventListResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.webhook_event_list_response import WebhookEventListResponse

    if response.status_code == 200:
        response_200 = WebhookEventListResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | WebhookEventListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    webhook_id: int | Unset = UNSET,
) -> Response[ErrorResponse | WebhookEventListResponse]:
    """List webhook deliveries

     The delivery log of the application's webhooks, newest first, optionally for
    one webhook. `next` and `previous` are optional here, as for `list_webhooks`.

    Args:
        webhook_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookEventListResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    webhook_id: int | Unset = UNSET,
) -> ErrorResponse | WebhookEventListResponse | None:
    """List webhook deliveries

     The delivery log of the application's webhooks, newest first, optionally for
    one webhook. `next` and `previous` are optional here, as for `list_webhooks`.

    Args:
        webhook_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookEventListResponse
    """

    return sync_detailed(
        client=client,
        webhook_id=webhook_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    webhook_id: int | Unset = UNSET,
) -> Response[ErrorResponse | WebhookEventListResponse]:
    """List webhook deliveries

     The delivery log of the application's webhooks, newest first, optionally for
    one webhook. `next` and `previous` are optional here, as for `list_webhooks`.

    Args:
        webhook_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WebhookEventListResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    webhook_id: int | Unset = UNSET,
) -> ErrorResponse | WebhookEventListResponse | None:
    """List webhook deliveries

     The delivery log of the application's webhooks, newest first, optionally for
    one webhook. `next` and `previous` are optional here, as for `list_webhooks`.

    Args:
        webhook_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WebhookEventListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            webhook_id=webhook_id,
        )
    ).parsed

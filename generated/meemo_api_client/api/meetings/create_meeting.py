from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.create_meeting_request import CreateMeetingRequest
    from ...models.error_response import ErrorResponse
    from ...models.meeting_detail import MeetingDetail


def _get_kwargs(
    *,
    body: CreateMeetingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/external/meeting/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MeetingDetail | None:
    from ...models.error_response import ErrorResponse
    from ...models.meeting_detail import MeetingDetail

    if response.status_code == 200:
        response_200 = MeetingDetail.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = MeetingDetail.from_dict(response.json())

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
) -> Response[ErrorResponse | MeetingDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMeetingRequest,
) -> Response[ErrorResponse | MeetingDetail]:
    """Create a meeting

     Creates a meeting in an organization. Three kinds:
    - a plain meeting (neither `bot_meeting_url` nor `file_url`);
    - a bot meeting: a bot joins `bot_meeting_url`, at once or at `bot_join_at`;
    - a file import: Meemo fetches and processes the audio or video at `file_url`.

    `bot_meeting_url` and `file_url` are mutually exclusive, and `bot_join_at`
    needs `bot_meeting_url`. Omitted fields are not sent.

    Args:
        body (CreateMeetingRequest): A meeting to create. `bot_meeting_url` and `file_url` are
            mutually
            exclusive; `bot_join_at` requires `bot_meeting_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MeetingDetail]
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
    body: CreateMeetingRequest,
) -> ErrorResponse | MeetingDetail | None:
    """Create a meeting

     Creates a meeting in an organization. Three kinds:
    - a plain meeting (neither `bot_meeting_url` nor `file_url`);
    - a bot meeting: a bot joins `bot_meeting_url`, at once or at `bot_join_at`;
    - a file import: Meemo fetches and processes the audio or video at `file_url`.

    `bot_meeting_url` and `file_url` are mutually exclusive, and `bot_join_at`
    needs `bot_meeting_url`. Omitted fields are not sent.

    Args:
        body (CreateMeetingRequest): A meeting to create. `bot_meeting_url` and `file_url` are
            mutually
            exclusive; `bot_join_at` requires `bot_meeting_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MeetingDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMeetingRequest,
) -> Response[ErrorResponse | MeetingDetail]:
    """Create a meeting

     Creates a meeting in an organization. Three kinds:
    - a plain meeting (neither `bot_meeting_url` nor `file_url`);
    - a bot meeting: a bot joins `bot_meeting_url`, at once or at `bot_join_at`;
    - a file import: Meemo fetches and processes the audio or video at `file_url`.

    `bot_meeting_url` and `file_url` are mutually exclusive, and `bot_join_at`
    needs `bot_meeting_url`. Omitted fields are not sent.

    Args:
        body (CreateMeetingRequest): A meeting to create. `bot_meeting_url` and `file_url` are
            mutually
            exclusive; `bot_join_at` requires `bot_meeting_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MeetingDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMeetingRequest,
) -> ErrorResponse | MeetingDetail | None:
    """Create a meeting

     Creates a meeting in an organization. Three kinds:
    - a plain meeting (neither `bot_meeting_url` nor `file_url`);
    - a bot meeting: a bot joins `bot_meeting_url`, at once or at `bot_join_at`;
    - a file import: Meemo fetches and processes the audio or video at `file_url`.

    `bot_meeting_url` and `file_url` are mutually exclusive, and `bot_join_at`
    needs `bot_meeting_url`. Omitted fields are not sent.

    Args:
        body (CreateMeetingRequest): A meeting to create. `bot_meeting_url` and `file_url` are
            mutually
            exclusive; `bot_join_at` requires `bot_meeting_url`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MeetingDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.summary_with_video_response import SummaryWithVideoResponse


def _get_kwargs(
    meeting_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/external/meeting/{meeting_id}/summary-with-video/".format(
            meeting_id=quote(str(meeting_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SummaryWithVideoResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.summary_with_video_response import SummaryWithVideoResponse

    if response.status_code == 200:
        response_200 = SummaryWithVideoResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | SummaryWithVideoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SummaryWithVideoResponse]:
    """Get a meeting's summary with video references

     The meeting's Markdown summary with its `(segment:id)` citations resolved to
    timestamps in the recording, ready to post to a chat: a message with bracket
    placeholders plus `media_mapping` (for pipelines that resolve them) and a
    self-contained message with inline media (for agents). Media URLs are signed
    and time-limited; fetch them close to use.

    Only `meeting_id` and `title` are always sent. The other fields may be absent
    or null (older deployments, meetings without a recording or summary); each then
    reads as its `default` (see "Absent fields" in the API description).

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SummaryWithVideoResponse]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SummaryWithVideoResponse | None:
    """Get a meeting's summary with video references

     The meeting's Markdown summary with its `(segment:id)` citations resolved to
    timestamps in the recording, ready to post to a chat: a message with bracket
    placeholders plus `media_mapping` (for pipelines that resolve them) and a
    self-contained message with inline media (for agents). Media URLs are signed
    and time-limited; fetch them close to use.

    Only `meeting_id` and `title` are always sent. The other fields may be absent
    or null (older deployments, meetings without a recording or summary); each then
    reads as its `default` (see "Absent fields" in the API description).

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SummaryWithVideoResponse
    """

    return sync_detailed(
        meeting_id=meeting_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SummaryWithVideoResponse]:
    """Get a meeting's summary with video references

     The meeting's Markdown summary with its `(segment:id)` citations resolved to
    timestamps in the recording, ready to post to a chat: a message with bracket
    placeholders plus `media_mapping` (for pipelines that resolve them) and a
    self-contained message with inline media (for agents). Media URLs are signed
    and time-limited; fetch them close to use.

    Only `meeting_id` and `title` are always sent. The other fields may be absent
    or null (older deployments, meetings without a recording or summary); each then
    reads as its `default` (see "Absent fields" in the API description).

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SummaryWithVideoResponse]
    """

    kwargs = _get_kwargs(
        meeting_id=meeting_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meeting_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SummaryWithVideoResponse | None:
    """Get a meeting's summary with video references

     The meeting's Markdown summary with its `(segment:id)` citations resolved to
    timestamps in the recording, ready to post to a chat: a message with bracket
    placeholders plus `media_mapping` (for pipelines that resolve them) and a
    self-contained message with inline media (for agents). Media URLs are signed
    and time-limited; fetch them close to use.

    Only `meeting_id` and `title` are always sent. The other fields may be absent
    or null (older deployments, meetings without a recording or summary); each then
    reads as its `default` (see "Absent fields" in the API description).

    Args:
        meeting_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SummaryWithVideoResponse
    """

    return (
        await asyncio_detailed(
            meeting_id=meeting_id,
            client=client,
        )
    ).parsed

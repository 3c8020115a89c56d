from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.meeting_list_response import MeetingListResponse
    from ...models.meeting_status import MeetingStatus


def _get_kwargs(
    *,
    organization_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    participants: str | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    summary_complete: bool | Unset = UNSET,
    from_calendar: bool | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
    calendar_event_id: str | Unset = UNSET,
    meeting_link: str | Unset = UNSET,
    calendar_event_name: str | Unset = UNSET,
    calendar_event_description: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["organization_id"] = organization_id

    params["title"] = title

    params["participants"] = participants

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["summary_complete"] = summary_complete

    params["from_calendar"] = from_calendar

    json_start_after: str | Unset = UNSET
    if not isinstance(start_after, Unset):
        json_start_after = start_after.isoformat()
    params["start_after"] = json_start_after

    json_start_before: str | Unset = UNSET
    if not isinstance(start_before, Unset):
        json_start_before = start_before.isoformat()
    params["start_before"] = json_start_before

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["calendar_event_id"] = calendar_event_id

    params["meeting_link"] = meeting_link

    params["calendar_event_name"] = calendar_event_name

    params["calendar_event_description"] = calendar_event_description

    params["search"] = search

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/external/meeting/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MeetingListResponse | None:
    from ...models.error_response import ErrorResponse
    from ...models.meeting_list_response import MeetingListResponse

    if response.status_code == 200:
        response_200 = MeetingListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MeetingListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    participants: str | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    summary_complete: bool | Unset = UNSET,
    from_calendar: bool | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
    calendar_event_id: str | Unset = UNSET,
    meeting_link: str | Unset = UNSET,
    calendar_event_name: str | Unset = UNSET,
    calendar_event_description: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[ErrorResponse | MeetingListResponse]:
    """List meetings

     One page of the meetings in the organizations the application can access,
    newest start time first. All filters are optional and combine with AND.

    Args:
        organization_id (int | Unset):
        title (str | Unset):
        participants (str | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        summary_complete (bool | Unset):
        from_calendar (bool | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        status (MeetingStatus | Unset): Lifecycle state of a meeting: `upcoming` (not started),
            `ongoing` (in
            progress), `recording` (being recorded), `past` (ended). Responses may carry
            values added later; see `MeetingStatusValue`.
        calendar_event_id (str | Unset):
        meeting_link (str | Unset):
        calendar_event_name (str | Unset):
        calendar_event_description (str | Unset):
        search (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MeetingListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        title=title,
        participants=participants,
        created_after=created_after,
        created_before=created_before,
        summary_complete=summary_complete,
        from_calendar=from_calendar,
        start_after=start_after,
        start_before=start_before,
        status=status,
        calendar_event_id=calendar_event_id,
        meeting_link=meeting_link,
        calendar_event_name=calendar_event_name,
        calendar_event_description=calendar_event_description,
        search=search,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    organization_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    participants: str | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    summary_complete: bool | Unset = UNSET,
    from_calendar: bool | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
    calendar_event_id: str | Unset = UNSET,
    meeting_link: str | Unset = UNSET,
    calendar_event_name: str | Unset = UNSET,
    calendar_event_description: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> ErrorResponse | MeetingListResponse | None:
    """List meetings

     One page of the meetings in the organizations the application can access,
    newest start time first. All filters are optional and combine with AND.

    Args:
        organization_id (int | Unset):
        title (str | Unset):
        participants (str | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        summary_complete (bool | Unset):
        from_calendar (bool | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        status (MeetingStatus | Unset): Lifecycle state of a meeting: `upcoming` (not started),
            `ongoing` (in
            progress), `recording` (being recorded), `past` (ended). Responses may carry
            values added later; see `MeetingStatusValue`.
        calendar_event_id (str | Unset):
        meeting_link (str | Unset):
        calendar_event_name (str | Unset):
        calendar_event_description (str | Unset):
        search (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MeetingListResponse
    """

    return sync_detailed(
        client=client,
        organization_id=organization_id,
        title=title,
        participants=participants,
        created_after=created_after,
        created_before=created_before,
        summary_complete=summary_complete,
        from_calendar=from_calendar,
        start_after=start_after,
        start_before=start_before,
        status=status,
        calendar_event_id=calendar_event_id,
        meeting_link=meeting_link,
        calendar_event_name=calendar_event_name,
        calendar_event_description=calendar_event_description,
        search=search,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    organization_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    participants: str | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    summary_complete: bool | Unset = UNSET,
    from_calendar: bool | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
    calendar_event_id: str | Unset = UNSET,
    meeting_link: str | Unset = UNSET,
    calendar_event_name: str | Unset = UNSET,
    calendar_event_description: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[ErrorResponse | MeetingListResponse]:
    """List meetings

     One page of the meetings in the organizations the application can access,
    newest start time first. All filters are optional and combine with AND.

    Args:
        organization_id (int | Unset):
        title (str | Unset):
        participants (str | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        summary_complete (bool | Unset):
        from_calendar (bool | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        status (MeetingStatus | Unset): Lifecycle state of a meeting: `upcoming` (not started),
            `ongoing` (in
            progress), `recording` (being recorded), `past` (ended). Responses may carry
            values added later; see `MeetingStatusValue`.
        calendar_event_id (str | Unset):
        meeting_link (str | Unset):
        calendar_event_name (str | Unset):
        calendar_event_description (str | Unset):
        search (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MeetingListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        title=title,
        participants=participants,
        created_after=created_after,
        created_before=created_before,
        summary_complete=summary_complete,
        from_calendar=from_calendar,
        start_after=start_after,
        start_before=start_before,
        status=status,
        calendar_event_id=calendar_event_id,
        meeting_link=meeting_link,
        calendar_event_name=calendar_event_name,
        calendar_event_description=calendar_event_description,
        search=search,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    organization_id: int | Unset = UNSET,
    title: str | Unset = UNSET,
    participants: str | Unset = UNSET,
    created_after: datetime.date | Unset = UNSET,
    created_before: datetime.date | Unset = UNSET,
    summary_complete: bool | Unset = UNSET,
    from_calendar: bool | Unset = UNSET,
    start_after: datetime.date | Unset = UNSET,
    start_before: datetime.date | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
    calendar_event_id: str | Unset = UNSET,
    meeting_link: str | Unset = UNSET,
    calendar_event_name: str | Unset = UNSET,
    calendar_event_description: str | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> ErrorResponse | MeetingListResponse | None:
    """List meetings

     One page of the meetings in the organizations the application can access,
    newest start time first. All filters are optional and combine with AND.

    Args:
        organization_id (int | Unset):
        title (str | Unset):
        participants (str | Unset):
        created_after (datetime.date | Unset):
        created_before (datetime.date | Unset):
        summary_complete (bool | Unset):
        from_calendar (bool | Unset):
        start_after (datetime.date | Unset):
        start_before (datetime.date | Unset):
        status (MeetingStatus | Unset): Lifecycle state of a meeting: `upcoming` (not started),
            `ongoing` (in
            progress), `recording` (being recorded), `past` (ended). Responses may carry
            values added later; see `MeetingStatusValue`.
        calendar_event_id (str | Unset):
        meeting_link (str | Unset):
        calendar_event_name (str | Unset):
        calendar_event_description (str | Unset):
        search (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MeetingListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            organization_id=organization_id,
            title=title,
            participants=participants,
            created_after=created_after,
            created_before=created_before,
            summary_complete=summary_complete,
            from_calendar=from_calendar,
            start_after=start_after,
            start_before=start_before,
            status=status,
            calendar_event_id=calendar_event_id,
            meeting_link=meeting_link,
            calendar_event_name=calendar_event_name,
            calendar_event_description=calendar_event_description,
            search=search,
            page=page,
            size=size,
        )
    ).parsed

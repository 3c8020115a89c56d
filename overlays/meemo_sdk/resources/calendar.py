"""`client.calendar`: upcoming events of the organizations' connected calendars."""

from __future__ import annotations

from meemo_api_client.api.calendar import get_upcoming_meetings as _get_upcoming_meetings

from .. import _validation as v
from .._operation import Operation, unset
from ..models import UpcomingMeetingsResponse
from ._base import AsyncResource, SyncResource, async_method, sync_method

__all__ = ["AsyncCalendar", "Calendar"]

# The service's cap on `limit`; more would be refused.
MAX_LIMIT = 100


def get_upcoming_meetings(
    organization_id: int | None = None,
    limit: int | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Operation[UpcomingMeetingsResponse]:
    """The next calendar events, soonest first; `integrated` is False without a calendar.

    `limit` is 1 to 100 (the service sends 10 when omitted).
    """
    kwargs = _get_upcoming_meetings._get_kwargs(
        organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
        limit=unset(None if limit is None else v.int_in_range("limit", limit, 1, MAX_LIMIT)),
    )
    return Operation.from_generated(kwargs, UpcomingMeetingsResponse.from_dict, extra_headers)


class Calendar(SyncResource):
    """Connected calendars (`client.calendar`)."""

    get_upcoming_meetings = sync_method(get_upcoming_meetings)


class AsyncCalendar(AsyncResource):
    """Connected calendars (`client.calendar`), awaitable."""

    get_upcoming_meetings = async_method(get_upcoming_meetings)

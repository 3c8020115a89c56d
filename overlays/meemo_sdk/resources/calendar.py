"""`client.calendar`: upcoming events of the organizations' connected calendars."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from meemo_api_client.api.calendar import get_upcoming_meetings as _get_upcoming_meetings

from .. import _validation as v
from .. import models
from .._operation import NOT_GIVEN, NotGiven, Operation, TimeoutTypes, unset
from ._base import Async, ModeT, Raw, Resource, Sync, operation

if TYPE_CHECKING:
    from ..models import UpcomingMeetingsResponse

__all__ = ["AsyncCalendar", "Calendar"]

# The service's cap on `limit`; more would be refused.
MAX_LIMIT = 100


class _CalendarAPI(Resource[ModeT]):
    """The calendar operation, shared by `Calendar` and `AsyncCalendar`."""

    @operation
    @staticmethod
    def get_upcoming_meetings(
        organization_id: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[UpcomingMeetingsResponse]:
        """The next calendar events, soonest first; `integrated` is False without a calendar.

        `limit` is 1 to 100 (the service sends 10 when omitted).
        """
        request = _get_upcoming_meetings._get_kwargs(
            organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
            limit=unset(None if limit is None else v.int_in_range("limit", limit, 1, MAX_LIMIT)),
        )
        return Operation.from_generated(
            request,
            models.UpcomingMeetingsResponse.from_dict,
            extra_headers=extra_headers,
            timeout=timeout,
        )

    @property
    def with_raw_response(self) -> _CalendarAPI[Raw[ModeT]]:
        """This operation returning `RawResponse`: status, headers, request id, `.parse()`."""
        return _CalendarAPI[Raw[ModeT]](self._client, raw=True)


class Calendar(_CalendarAPI[Sync]):
    """Connected calendars (`client.calendar`)."""


class AsyncCalendar(_CalendarAPI[Async]):
    """Connected calendars (`client.calendar`), awaitable."""

"""`client.usage`: how much of each metered capability the organizations used."""

from __future__ import annotations

import datetime as dt

from meemo_api_client.api.usage import get_usage as _get_usage

from .. import _validation as v
from .._operation import Operation, unset
from ..models import UsageResponse
from ._base import AsyncResource, SyncResource, async_method, sync_method

__all__ = ["AsyncUsage", "Usage"]


def get_usage(
    organization_id: int | None = None,
    start_date: str | dt.date | None = None,
    end_date: str | dt.date | None = None,
    extra_headers: dict[str, str] | None = None,
) -> Operation[UsageResponse]:
    """Usage and quota per organization and capability.

    `start_date`/`end_date` take `YYYY-MM-DD` or a `date`; the start may not be
    after the end.
    """
    start = v.calendar_date("start_date", start_date)
    end = v.calendar_date("end_date", end_date)
    v.date_range("start_date", start, "end_date", end)
    kwargs = _get_usage._get_kwargs(
        organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
        start_date=unset(start),
        end_date=unset(end),
    )
    return Operation.from_generated(kwargs, UsageResponse.from_dict, extra_headers)


class Usage(SyncResource):
    """Usage against quotas (`client.usage`)."""

    get_usage = sync_method(get_usage)


class AsyncUsage(AsyncResource):
    """Usage against quotas (`client.usage`), awaitable."""

    get_usage = async_method(get_usage)

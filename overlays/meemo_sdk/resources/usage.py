"""`client.usage`: how much of each metered capability the organizations used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from meemo_api_client.api.usage import get_usage as _get_usage

from .. import _validation as v
from .. import models
from .._operation import NOT_GIVEN, NotGiven, Operation, TimeoutTypes, unset
from ._base import Async, ModeT, Raw, Resource, Sync, operation

if TYPE_CHECKING:
    from ..models import UsageResponse

__all__ = ["AsyncUsage", "Usage"]


class _UsageAPI(Resource[ModeT]):
    """The usage operation, shared by `Usage` and `AsyncUsage`."""

    @operation
    @staticmethod
    def get_usage(
        organization_id: int | None = None,
        start_date: str | dt.date | None = None,
        end_date: str | dt.date | None = None,
        extra_headers: Mapping[str, str] | None = None,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Operation[UsageResponse]:
        """Usage and quota per organization and capability.

        `start_date`/`end_date` take `YYYY-MM-DD` or a `date`; the start may not be
        after the end.
        """
        start = v.calendar_date("start_date", start_date)
        end = v.calendar_date("end_date", end_date)
        v.date_range("start_date", start, "end_date", end)
        request = _get_usage._get_kwargs(
            organization_id=unset(v.optional_positive_int("organization_id", organization_id)),
            start_date=unset(start),
            end_date=unset(end),
        )
        return Operation.from_generated(
            request, models.UsageResponse.from_dict, extra_headers=extra_headers, timeout=timeout
        )

    @property
    def with_raw_response(self) -> _UsageAPI[Raw[ModeT]]:
        """This operation returning `RawResponse`: status, headers, request id, `.parse()`."""
        return _UsageAPI[Raw[ModeT]](self._client, raw=True)


class Usage(_UsageAPI[Sync]):
    """Usage against quotas (`client.usage`)."""


class AsyncUsage(_UsageAPI[Async]):
    """Usage against quotas (`client.usage`), awaitable."""

"""Auto-pagination: follow `next` links until the last page.

The service's `next` links are absolute URLs. The bearer token must never reach
another host, so a link to any origin other than the configured base URL is not
followed as is: its path and query are requested from the configured base URL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Concatenate, ParamSpec

import attrs
import httpx

from ._logging import logger
from ._operation import Operation
from .models import MeetingListItem, MeetingListResponse
from .resources._base import AsyncResource, SyncResource, adopt_signature

P = ParamSpec("P")
_PAGES_DOC = "Every meeting across all pages, following `next`; takes list_meetings' filters."


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80)


def next_page(
    page: MeetingListResponse, current: Operation[MeetingListResponse], base_url: str
) -> Operation[MeetingListResponse] | None:
    """The request for the page after `page`, or None on the last page."""
    if not isinstance(page.next, str) or not page.next:
        return None
    base = httpx.URL(base_url)
    link = base.join(page.next)
    if _origin(link) != _origin(base):
        logger.warning(
            "Pagination link points to another origin (%s://%s); requesting its path from the "
            "configured base URL instead so the access token stays on %s",
            link.scheme,
            link.host,
            base.host,
        )
    path = link.raw_path.decode("ascii").split("?", 1)[0]
    following = attrs.evolve(current, path=path, params=dict(link.params.multi_items()))
    if following.path == current.path and following.params == dict(current.params or {}):
        return None  # a server that links a page to itself would loop forever
    return following


def sync_pages(
    build: Callable[P, Operation[MeetingListResponse]],
) -> Callable[Concatenate[SyncResource, P], Iterator[MeetingListItem]]:
    def method(
        self: SyncResource, /, *args: P.args, **kwargs: P.kwargs
    ) -> Iterator[MeetingListItem]:
        op: Operation[MeetingListResponse] | None = build(*args, **kwargs)
        while op is not None:
            page = self._client._execute(op)
            yield from page.results
            op = next_page(page, op, self._client.base_url)

    adopt_signature(method, build)
    method.__doc__ = _PAGES_DOC
    return method


def async_pages(
    build: Callable[P, Operation[MeetingListResponse]],
) -> Callable[Concatenate[AsyncResource, P], AsyncIterator[MeetingListItem]]:
    async def method(
        self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[MeetingListItem]:
        op: Operation[MeetingListResponse] | None = build(*args, **kwargs)
        while op is not None:
            page = await self._client._execute(op)
            for item in page.results:
                yield item
            op = next_page(page, op, self._client.base_url)

    adopt_signature(method, build)
    method.__doc__ = _PAGES_DOC
    return method

"""Auto-pagination: `iter_*` methods that follow `next` links until the last page.

`paginate(list_x)` turns a paginated list operation into an iterator method (an async
iterator on the async client) that takes the same arguments. The walk is defensive
about the links it follows:

- the bearer token must never reach another host, so a link to another origin is not
  followed as is: its path and query are requested from the configured base URL;
- a `base_url` with a path prefix (a gateway at `https://gw.example/meemo`) keeps it
  once: links that already carry the prefix are not prefixed again;
- a page already fetched is never fetched again (a cycle of `next` links ends the
  walk; the first request, sent without `page`, counts as `page=1`), and an item
  already yielded is not yielded again;
- a `next` that is not an http(s) URL is an `APIResponseValidationError`.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Hashable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, overload

import attrs
import httpx

from ._logging import logger
from ._operation import Operation
from .errors import APIResponseValidationError
from .resources._base import (
    Async,
    OperationMethod,
    Resource,
    Sync,
    callable_for_pydoc,
    describe,
    signature_of,
)

if TYPE_CHECKING:
    from typing import Self

P = ParamSpec("P")
ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Page(Protocol[ItemT_co]):
    """A page of a paginated list: its items and the link to the next page."""

    @property
    def results(self) -> Sequence[ItemT_co]: ...

    @property
    def next(self) -> str | None: ...


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80)


def _request_key(path: str, params: object) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Identifies a page request; the first page is the same with or without `page=1`."""
    query = httpx.QueryParams(params or {})  # type: ignore[arg-type]  # a generated mapping
    items = query.multi_items()
    if "page" not in query:
        items.append(("page", "1"))
    return path, tuple(sorted(items))


class _Walk:
    """The state of one iteration: which pages were fetched, which items were yielded."""

    def __init__(self, first: Operation[Page[Any]], base_url: str) -> None:
        self.first = first
        self._base = httpx.URL(base_url)
        self._prefix = self._base.raw_path.decode("ascii").split("?", 1)[0].rstrip("/")
        self._requested = {_request_key(first.path, first.params)}
        self._yielded: set[Hashable] = set()

    def fresh(self, page: Page[ItemT]) -> list[ItemT]:
        """The page's items not yielded before (by `id`)."""
        items = []
        for item in page.results:
            key = getattr(item, "id", None)
            if isinstance(key, Hashable) and key is not None:
                if key in self._yielded:
                    continue
                self._yielded.add(key)
            items.append(item)
        return items

    def following(
        self, page: Page[Any], current: Operation[Page[Any]], response: httpx.Response
    ) -> Operation[Page[Any]] | None:
        """The request for the page after `page`, or None when the walk is over."""
        link = page.next
        if not link:
            return None
        url = self._resolve(link, response)
        same_origin = _origin(url) == _origin(self._base)
        if not same_origin:
            logger.warning(
                "Pagination link points to another origin (%s://%s); requesting its path from "
                "the configured base URL instead so the access token stays on %s",
                url.scheme,
                url.host,
                self._base.host,
            )
        path = url.raw_path.decode("ascii").split("?", 1)[0]
        if same_origin and self._prefix and (path + "/").startswith(self._prefix + "/"):
            path = path[len(self._prefix) :] or "/"  # the link already carries the prefix
        key = _request_key(path, url.params)
        if key in self._requested:
            logger.warning(
                "Pagination stopped: the next link of %s %s points to a page already fetched",
                current.method,
                current.path,
            )
            return None
        self._requested.add(key)
        return attrs.evolve(current, path=path, params=url.params)

    @staticmethod
    def _resolve(link: object, response: httpx.Response) -> httpx.URL:
        """The absolute URL of `link`; a relative one is read against the page's own URL."""
        try:
            if not isinstance(link, str):
                raise TypeError(f"expected a string, got {type(link).__name__}")
            url = response.request.url.join(link)
            if url.scheme not in ("http", "https") or not url.host:
                raise ValueError("not an http(s) URL")
            url.raw_path.decode("ascii")
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise APIResponseValidationError(
                f"{response.status_code} response to {response.request.method} "
                f"{response.request.url.path} has a malformed `next` link ({exc})",
                response=response,
            ) from None
        return url


class Pager(Generic[P, ItemT]):
    """An `iter_*` method: every item of a paginated list operation, across its pages."""

    def __init__(self, method: OperationMethod[P, Page[ItemT]]) -> None:
        self.build: Callable[P, Operation[Page[ItemT]]] = method.build
        self.list_name: str = method.name
        self.name: str = "iter_" + method.name.removeprefix("list_")
        self.__doc__ = (
            f"Every item of `{self.list_name}`, across all pages: a lazy iterator that "
            f"follows `next` links. Takes `{self.list_name}`'s arguments.\n\n"
            f"{inspect.getdoc(self.build) or ''}"
        )

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.__name__ = name  # read by help()
        self.__qualname__ = f"{owner.__qualname__}.{name}"

    @overload
    def __get__(self, resource: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(
        self, resource: Resource[Sync], owner: type[Any] | None = None
    ) -> Callable[P, Iterator[ItemT]]: ...
    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any] | None = None
    ) -> Callable[P, AsyncIterator[ItemT]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type[Any] | None = None) -> Any:
        if resource is None:
            return self
        if resource._raw:
            raise AttributeError(f"{self.name} has no raw-response form; use {self.list_name}")
        method = self._bind(resource)
        resource.__dict__[self.name] = method
        return method

    def _bind(self, resource: Resource[Any]) -> Callable[..., Any]:
        client = resource._client
        build = self.build
        method: Callable[..., Any]
        if inspect.iscoroutinefunction(client._execute_raw):

            async def method(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
                walk = _Walk(build(*args, **kwargs), client.base_url)
                op: Operation[Page[Any]] | None = walk.first
                while op is not None:
                    raw = await client._execute_raw(op)
                    page = raw.parse()
                    for item in walk.fresh(page):
                        yield item
                    op = walk.following(page, op, raw.http_response)

            returns = "AsyncIterator"
        else:

            def method(*args: Any, **kwargs: Any) -> Iterator[Any]:
                walk = _Walk(build(*args, **kwargs), client.base_url)
                op: Operation[Page[Any]] | None = walk.first
                while op is not None:
                    raw = client._execute_raw(op)
                    page = raw.parse()
                    yield from walk.fresh(page)
                    op = walk.following(page, op, raw.http_response)

            returns = "Iterator"
        describe(method, build, name=self.name, owner=type(resource), returns=returns)
        method.__doc__ = self.__doc__
        return method

    @property
    def __signature__(self) -> inspect.Signature:
        return signature_of(self.build, "Iterator", unbound=True)


callable_for_pydoc(Pager)


def paginate(method: OperationMethod[P, Page[ItemT]]) -> Pager[P, ItemT]:
    """The `iter_*` method of a paginated list operation (declared `Final` in the class)."""
    return Pager(method)

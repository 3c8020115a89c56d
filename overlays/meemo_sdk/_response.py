"""`RawResponse`: what `client.<resource>.with_raw_response.<method>(...)` returns.

Services log the request id and timing of successful calls too; the parsed model
alone does not carry them. An error status still raises the SDK's typed error, as
without `with_raw_response`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")

_UNPARSED = object()


class RawResponse(Generic[T]):
    """A successful HTTP response to an SDK call; `parse()` gives what the method returns."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status, such as 200 or 201."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The service's id of this request (`X-Request-ID`), for its support and your logs."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def elapsed(self) -> dt.timedelta:
        """Time from sending the request to reading the whole response (this attempt)."""
        return self.http_response.elapsed

    @property
    def method(self) -> str:
        """The HTTP method sent."""
        return self.http_response.request.method

    @property
    def path(self) -> str:
        """The URL path requested, without the query (which can hold search terms)."""
        return self.http_response.request.url.path

    def parse(self) -> T:
        """The result the method returns without `with_raw_response` (parsed once)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return self._parsed  # type: ignore[return-value]  # set from _parse just above

    def __repr__(self) -> str:
        return (
            f"<RawResponse [{self.status_code}] {self.method} {self.path} "
            f"request_id={self.request_id}>"
        )

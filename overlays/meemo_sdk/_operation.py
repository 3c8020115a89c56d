"""A fully validated request, ready to send, plus how to read its success body.

Operations are built by plain functions shared by the sync and async clients; the
clients only send them. Path, query and body come from the generated
`_get_kwargs`, so the spec stays the single source of truth for the wire format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
from meemo_api_client.types import UNSET

from .errors import APIStatusError

T = TypeVar("T")


@attrs.frozen
class Operation(Generic[T]):
    method: str
    path: str
    parse: Callable[[Any], T]
    params: Mapping[str, Any] | None = None
    # Bodies and headers can hold secrets (client_secret, user_token): kept out of repr.
    json: Any = attrs.field(default=None, repr=False)
    data: Mapping[str, Any] | None = attrs.field(default=None, repr=False)
    headers: Mapping[str, str] | None = attrs.field(default=None, repr=False)
    authenticated: bool = True
    # Raise this class for any error status instead of mapping by status (token endpoint).
    error_class: type[APIStatusError] | None = None
    # Accept an empty 2xx body (parse then gets None).
    empty_body_ok: bool = False

    @property
    def carries_credentials(self) -> bool:
        """The token and revoke requests: client_secret goes out, a token may come back."""
        return not self.authenticated

    @property
    def idempotent(self) -> bool:
        """Safe to send twice: reads, and the token grant (it only mints a new token)."""
        return self.method == "GET" or not self.authenticated

    @classmethod
    def from_generated(
        cls,
        kwargs: dict[str, Any],
        parse: Callable[[Any], T],
        extra_headers: object = None,
        *,
        authenticated: bool = True,
        error_class: type[APIStatusError] | None = None,
        empty_body_ok: bool = False,
    ) -> Operation[T]:
        headers = dict(kwargs.get("headers") or {})
        if extra_headers is not None:
            from . import _validation  # deferred: its checks import the generated models

            headers.update(_validation.extra_headers(extra_headers) or {})
        return cls(
            method=str(kwargs["method"]).upper(),
            path=kwargs["url"],
            parse=parse,
            params=kwargs.get("params") or None,
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            headers=headers or None,
            authenticated=authenticated,
            error_class=error_class,
            empty_body_ok=empty_body_ok,
        )


# Helpers shared by the operation builders of every resource.


def unset(value: Any) -> Any:
    """The SDK's "not given" (None) as the generated builders' UNSET."""
    return UNSET if value is None else value


def ignore_body(_data: Any) -> None:
    """For operations whose success body carries nothing (revoke, delete)."""
    return None


def list_of(parse: Callable[[Any], T], what: str) -> Callable[[Any], list[T]]:
    """A parser for a JSON array whose items `parse` reads."""

    def parse_list(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array of {what}, got {type(data).__name__}")
        return [parse(item) for item in data]

    return parse_list


def by_id(
    generated: Any,
    argument: str,
    value: object,
    parse: Callable[[Any], T],
    extra_headers: object,
    *,
    empty_body_ok: bool = False,
) -> Operation[T]:
    """An operation on one resource whose path takes just a validated positive id."""
    from . import _validation  # deferred: its checks import the generated models

    kwargs = generated._get_kwargs(_validation.positive_int(argument, value))
    return Operation.from_generated(kwargs, parse, extra_headers, empty_body_ok=empty_body_ok)

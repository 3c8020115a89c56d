"""A fully validated request, ready to send, plus how to read its success body.

Operations are built by plain functions shared by the sync and async clients; the
clients only send them. Path, query and body come from the generated
`_get_kwargs`, so the spec stays the single source of truth for the wire format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, Generic, TypeVar

import attrs
import httpx
from meemo_api_client.types import UNSET

from .errors import APIStatusError, ConfigurationError, InvalidRequestError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# What the generated `_get_kwargs` functions return: httpx.request keyword arguments.
GeneratedRequest = Mapping[str, Any]
# The request parts `Operation` carries over from a generated request. The generator can
# also emit `cookies`, `content` and `files`; a request part outside this set would be
# dropped on the way to the wire, so `from_generated` refuses it instead.
CARRIED_PARTS: Final = frozenset({"method", "url", "params", "json", "data", "headers"})

# The types a timeout can be given as: seconds, an `httpx.Timeout`, or None for no limit.
TimeoutTypes = float | httpx.Timeout | None


class NotGiven:
    """The default of an argument for which None already means something (`timeout=None`)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()


@attrs.define
class Operation(Generic[T_co]):
    """One request to send and the parser of its success body.

    A value: nothing changes one once built (pagination makes the next with `evolve`). It
    is not frozen because one is built on every call, and a frozen class's `__init__`
    sets each field through `object.__setattr__`.
    """

    method: str
    path: str
    parse: Callable[[Any], T_co]
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
    # This call's timeout; NOT_GIVEN means the client's.
    timeout: httpx.Timeout | NotGiven = NOT_GIVEN

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
        request: GeneratedRequest,
        parse: Callable[[Any], T],
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        authenticated: bool = True,
        error_class: type[APIStatusError] | None = None,
        empty_body_ok: bool = False,
    ) -> Operation[T]:
        """The operation for a generated `_get_kwargs` result; refuses parts it cannot carry."""
        if not CARRIED_PARTS.issuperset(request):
            dropped = sorted(request.keys() - CARRIED_PARTS)
            raise TypeError(
                f"the generated request for {request.get('url')!r} has {dropped}, "
                f"which Operation does not carry (it carries {sorted(CARRIED_PARTS)}); "
                "teach Operation and the clients to send it"
            )
        headers = request.get("headers")
        if extra_headers is not None:
            from . import _validation  # deferred: its checks import the generated models

            headers = {**(headers or {}), **(_validation.extra_headers(extra_headers) or {})}
        return Operation(
            method=str(request["method"]).upper(),
            path=str(request["url"]),
            parse=parse,
            params=request.get("params") or None,
            json=request.get("json"),
            data=request.get("data"),
            headers=dict(headers) if headers else None,
            authenticated=authenticated,
            error_class=error_class,
            empty_body_ok=empty_body_ok,
            timeout=call_timeout(timeout),
        )


def call_timeout(value: object) -> httpx.Timeout | NotGiven:
    """A per-call `timeout=`, checked by the same rule as the client's."""
    if isinstance(value, NotGiven):
        return value
    from ._client import _timeout  # deferred: the client module imports this one

    try:
        return _timeout(value)  # type: ignore[arg-type]  # checked there
    except ConfigurationError as exc:
        raise InvalidRequestError("timeout", str(exc)) from None


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
    generated: Callable[[int], GeneratedRequest],
    argument: str,
    value: object,
    parse: Callable[[Any], T],
    *,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | NotGiven,
    empty_body_ok: bool = False,
) -> Operation[T]:
    """An operation on one resource whose path takes just a validated positive id.

    `generated` is the operation's generated `_get_kwargs`.
    """
    from . import _validation  # deferred: its checks import the generated models

    return Operation.from_generated(
        generated(_validation.positive_int(argument, value)),
        parse,
        extra_headers=extra_headers,
        timeout=timeout,
        empty_body_ok=empty_body_ok,
    )

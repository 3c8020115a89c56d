"""Turn one operation builder into a sync method and an async method.

A builder (`def get_meeting(meeting_id, *, extra_headers=None) -> Operation[...]`)
holds the signature, docs and validation once; `sync_method` and `async_method`
wrap it so both clients expose the same, fully typed method without a second copy.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from .._operation import Operation

if TYPE_CHECKING:
    from .._client import AsyncMeemoClient, MeemoClient

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")


class SyncResource:
    def __init__(self, client: MeemoClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncMeemoClient) -> None:
        self._client = client


def adopt_signature(method: Callable[..., R], build: Callable[..., object]) -> None:
    """Give `method` the builder's name, docs and signature (plus `self`)."""
    functools.update_wrapper(method, build, updated=())
    del method.__wrapped__  # type: ignore[attr-defined]  # or inspect would drop a real parameter
    signature = inspect.signature(build)
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self_param, *signature.parameters.values()],
        return_annotation=inspect.Signature.empty,
    )


def sync_method(
    build: Callable[P, Operation[T]],
) -> Callable[Concatenate[SyncResource, P], T]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._client._execute(build(*args, **kwargs))

    adopt_signature(method, build)
    return method


def async_method(
    build: Callable[P, Operation[T]],
) -> Callable[Concatenate[AsyncResource, P], Awaitable[T]]:
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._client._execute(build(*args, **kwargs))

    adopt_signature(method, build)
    return method

"""One operation builder, four typed methods: sync, async, and their raw-response forms.

A resource's operations are written once, as builders in a class shared by the sync
and async resource (`class _MeetingsAPI(Resource[ModeT])`):

    @operation
    @staticmethod
    def get_meeting(meeting_id: int, *, extra_headers=None, timeout=NOT_GIVEN)
        -> Operation[MeetingDetail]: ...

The builder validates its arguments and returns the request to send. `operation` makes
it a descriptor whose type depends on the resource it is read from: on a
`Resource[Sync]` it is `(meeting_id, ...) -> MeetingDetail`, on a `Resource[Async]`
`(meeting_id, ...) -> Coroutine[Any, Any, MeetingDetail]`, and on the
`with_raw_response` views the same returning `RawResponse[MeetingDetail]`. Type
checkers see each form exactly; at run time the bound method carries the builder's
name, docstring and signature, so `help()` and editors show them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, overload

from .._operation import Operation

if TYPE_CHECKING:
    from typing import Self

    from .._response import RawResponse

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
ModeT = TypeVar("ModeT")


class Sync:
    """Mode of `MeemoClient`'s resources: methods return the parsed result."""


class Async:
    """Mode of `AsyncMeemoClient`'s resources: methods return coroutines of the result."""


class Raw(Generic[ModeT]):
    """Mode of the `with_raw_response` views: results come as `RawResponse` objects."""


class _Executor(Protocol):
    """What a resource needs of its client: send an operation (blocking or awaitable)."""

    base_url: str

    def _execute(self, op: Operation[Any], /) -> Any: ...

    def _execute_raw(self, op: Operation[Any], /) -> Any: ...


class Resource(Generic[ModeT]):
    """A group of the API's operations, bound to one client (`client.meetings`, ...)."""

    def __init__(self, client: _Executor, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _bind(self, name: str, build: Callable[..., Operation[Any]]) -> Callable[..., Any]:
        """The builder as a method of this resource: build the operation, then send it."""
        client = self._client
        run = client._execute_raw if self._raw else client._execute
        call: Callable[..., Any]
        if inspect.iscoroutinefunction(run):

            async def call(*args: Any, **kwargs: Any) -> Any:
                return await run(build(*args, **kwargs))

        else:

            def call(*args: Any, **kwargs: Any) -> Any:
                return run(build(*args, **kwargs))

        result = _result_annotation(build)
        if self._raw:
            result = f"RawResponse[{result}]"
        describe(call, build, name=name, owner=type(self), returns=result)
        return call

    def __repr__(self) -> str:
        raw = ".with_raw_response" if self._raw else ""
        return f"<{type(self).__name__}{raw} of {self._client!r}>"


def _result_annotation(build: Callable[..., object]) -> Any:
    """`X` for a builder annotated `-> Operation[X]`: what its methods give back."""
    returns = inspect.signature(build).return_annotation
    if isinstance(returns, str) and returns.startswith("Operation[") and returns.endswith("]"):
        return returns[len("Operation[") : -1]
    return returns


def signature_of(build: Callable[..., object], returns: Any, *, unbound: bool) -> inspect.Signature:
    """The builder's parameters (after `self` when `unbound`), returning `returns`."""
    signature = inspect.signature(build)
    parameters = list(signature.parameters.values())
    if unbound:
        parameters.insert(0, inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY))
    return signature.replace(parameters=parameters, return_annotation=returns)


def describe(
    method: Callable[..., Any],
    build: Callable[..., object],
    *,
    name: str,
    owner: type,
    returns: Any,
) -> None:
    """Give `method` the builder's name, docstring and parameters, for help() and editors."""
    method.__name__ = name
    method.__qualname__ = f"{owner.__qualname__}.{name}"
    method.__module__ = owner.__module__
    method.__doc__ = build.__doc__
    method.__signature__ = signature_of(build, returns, unbound=False)  # type: ignore[attr-defined]


class OperationMethod(Generic[P, T_co]):
    """A resource method made from an operation builder; see the module docstring."""

    def __init__(self, build: Callable[P, Operation[T_co]]) -> None:
        # A builder written as a staticmethod in the class body: keep its function.
        self.build: Callable[P, Operation[T_co]] = getattr(build, "__func__", build)
        self.name: str = self.build.__name__
        self.__doc__ = self.build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.__name__ = name  # read by help()
        self.__qualname__ = f"{owner.__qualname__}.{name}"

    @property
    def __signature__(self) -> inspect.Signature:
        """As an unbound method: `help(Meetings)` lists it with its parameters."""
        return signature_of(self.build, _result_annotation(self.build), unbound=True)

    @overload
    def __get__(self, resource: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(
        self, resource: Resource[Sync], owner: type[Any] | None = None
    ) -> Callable[P, T_co]: ...
    @overload
    def __get__(
        self, resource: Resource[Async], owner: type[Any] | None = None
    ) -> Callable[P, Coroutine[Any, Any, T_co]]: ...
    @overload
    def __get__(
        self, resource: Resource[Raw[Sync]], owner: type[Any] | None = None
    ) -> Callable[P, RawResponse[T_co]]: ...
    @overload
    def __get__(
        self, resource: Resource[Raw[Async]], owner: type[Any] | None = None
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[T_co]]]: ...
    def __get__(self, resource: Resource[Any] | None, owner: type[Any] | None = None) -> Any:
        if resource is None:
            return self
        method = resource._bind(self.name, self.build)
        resource.__dict__[self.name] = method  # later reads skip this descriptor
        return method


def _call_unbound(method: Any, resource: Resource[Any], /, *args: Any, **kwargs: Any) -> Any:
    """`Meetings.get_meeting(client.meetings, 1)`, as with any method read from its class."""
    return getattr(resource, method.name)(*args, **kwargs)


def callable_for_pydoc(cls: type) -> None:
    """Make `cls`'s methods callable from the class, where `help()` reads their signature.

    Set at run time only: an editor that saw `__call__` would show its `*args, **kwargs`
    instead of falling back to the decorated builder's own parameters.
    """
    setattr(cls, "__call__", _call_unbound)  # noqa: B010  # hidden from static analysis


callable_for_pydoc(OperationMethod)


def operation(build: Callable[P, Operation[T]]) -> OperationMethod[P, T]:
    """Make an operation builder (a staticmethod in a resource class) a resource method."""
    return OperationMethod(build)

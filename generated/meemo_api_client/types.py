"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# Reading models from JSON (`from_dict`): the helpers the model modules share.

# What `dict.get` returns for a key that is absent (as opposed to present and null).
MISSING: Any = object()

E = TypeVar("E", bound=Enum)

_JSON_TYPES = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
    list: "array",
    dict: "object",
}


class FieldError(ValueError):
    """A JSON value that does not have the type the API document gives its field.

    `path` locates it from the top of the document, e.g. `("results", 3, "summary_complete")`.
    """

    def __init__(self, problem: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path

    def within(self, *outer: str | int) -> "FieldError":
        """The same error, located inside `outer` (the enclosing field names or indexes)."""
        self.path = (*outer, *self.path)
        return self

    @property
    def location(self) -> str:
        """The path as `results[3].summary_complete`."""
        text = ""
        for part in self.path:
            text += (
                f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
            )
        return text or "(top level)"

    def __str__(self) -> str:
        return f"{self.location}: {self.problem}"


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    return _JSON_TYPES.get(type(value)) or type(value).__name__


def wrong(key: str | int, expected: str, value: object) -> FieldError:
    return FieldError(f"expected {expected}, got {json_type(value)}", (key,))


def missing(key: object) -> FieldError:
    return FieldError("required field is missing", (str(key),))


def as_object(value: object) -> Mapping[str, Any]:
    """`value` if it is a JSON object (any mapping), else a `FieldError`."""
    if isinstance(value, Mapping):
        return value
    raise FieldError(f"expected object, got {json_type(value)}")


def parse_items(parse: Callable[[Any], T], items: list[Any]) -> list[T]:
    """`[parse(item) for item in items]`, with a failing item's index in its error's path."""
    try:
        return [parse(item) for item in items]
    except FieldError:
        pass
    for index, item in enumerate(items):
        try:
            parse(item)
        except FieldError as exc:
            raise exc.within(index) from None
    raise AssertionError(
        "unreachable: an item failed once and then parsed"
    )  # pragma: no cover


def masked(value: object) -> str:
    """The repr of a secret (a `format: password` field): whether it is set, never its value."""
    return "None" if value is None else "'***'"


def no_extras_is_empty(extra: dict[str, Any] | None) -> dict[str, Any] | None:
    """Equality key of a model's unknown fields: none and an empty dict are the same."""
    return extra or None


def members(enum: type[E]) -> dict[str, E]:
    """Value to member, for reading an open enum: a value it does not list stays a `str`."""
    return {str(member.value): member for member in enum}


__all__ = [
    "MISSING",
    "UNSET",
    "File",
    "FieldError",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_object",
    "json_type",
    "masked",
    "members",
    "missing",
    "no_extras_is_empty",
    "parse_items",
    "wrong",
]

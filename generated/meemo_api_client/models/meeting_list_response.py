from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    FieldError,
    as_object,
    missing,
    no_extras_is_empty,
    parse_items,
    wrong,
)

T = TypeVar("T", bound="MeetingListResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "count",
        "results",
        "next",
        "previous",
    }
)


@_attrs_define
class MeetingListResponse:
    """One page of meetings."""

    count: int
    """ Number of meetings that match the filters, over all pages. """
    results: list[MeetingListItem]
    """ The meetings on this page. """
    next: str | None = None
    """ Absolute URL of the next page; null on the last page. """
    previous: str | None = None
    """ Absolute URL of the previous page; null on the first page. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )
    # The optional fields that were absent when read (None: built by hand).
    _absent: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        absent = self._absent
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.count
        field_dict["count"] = value
        value = self.results
        field_dict["results"] = (
            [item.to_dict() for item in value] if isinstance(value, list) else value
        )
        value = self.next
        if (
            (value is not None)
            if absent is None
            else ("next" not in absent or value is not None)
        ):
            field_dict["next"] = value
        value = self.previous
        if (
            (value is not None)
            if absent is None
            else ("previous" not in absent or value is not None)
        ):
            field_dict["previous"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        absent: tuple[str, ...] = ()
        try:
            f_count = d["count"]
            if type(f_count) is int:
                pass
            elif type(f_count) is float and f_count.is_integer():
                f_count = int(f_count)
            else:
                raise wrong("count", "integer", f_count)
            f_results = d["results"]
            if isinstance(f_results, list):
                try:
                    f_results = parse_items(MeetingListItem.from_dict, f_results)
                except FieldError as exc:
                    raise exc.within("results") from None
            else:
                raise wrong("results", "array", f_results)
            f_next_ = d.get("next", MISSING)
            if f_next_ is MISSING:
                f_next_ = None
                absent += ("next",)
            else:
                if not (isinstance(f_next_, str) or f_next_ is None):
                    raise wrong("next", "string or null", f_next_)
            f_previous = d.get("previous", MISSING)
            if f_previous is MISSING:
                f_previous = None
                absent += ("previous",)
            else:
                if not (isinstance(f_previous, str) or f_previous is None):
                    raise wrong("previous", "string or null", f_previous)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.count = f_count
        obj.results = f_results
        obj.next = f_next_
        obj.previous = f_previous
        obj._absent = absent
        obj._additional = None
        if len(d) != 4 - len(absent):
            extra = {k: v for k, v in d.items() if k not in _FIELDS}
            obj._additional = extra
        return obj

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the document does not define, as the service sent them."""
        extra = self._additional
        if extra is None:
            extra = self._additional = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.meeting_list_item import MeetingListItem

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    as_object,
    missing,
    no_extras_is_empty,
    wrong,
)

T = TypeVar("T", bound="SummaryResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "meeting_id",
        "title",
        "summary",
        "notes",
        "keywords",
    }
)


@_attrs_define
class SummaryResponse:
    """A meeting's summary, notes and keywords."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    summary: str | dict[str, Any] | None = None
    """ The summary, usually Markdown; an object for legacy meetings; null when there is none yet. """
    notes: str = ""
    """ Notes taken for the meeting; may be empty. """
    keywords: list[str] = _attrs_field(factory=list)
    """ Keywords of the meeting. """
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
        value = self.meeting_id
        field_dict["meeting_id"] = value
        value = self.title
        field_dict["title"] = value
        value = self.summary
        if (
            (value is not None)
            if absent is None
            else ("summary" not in absent or value is not None)
        ):
            field_dict["summary"] = dict(value) if isinstance(value, dict) else value
        value = self.notes
        if (
            (value is not None)
            if absent is None
            else ("notes" not in absent or value != "")
        ):
            field_dict["notes"] = value
        value = self.keywords
        if (
            (value is not None)
            if absent is None
            else ("keywords" not in absent or value != [])
        ):
            field_dict["keywords"] = list(value) if isinstance(value, list) else value
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
            f_meeting_id = d["meeting_id"]
            if type(f_meeting_id) is int:
                pass
            elif type(f_meeting_id) is float and f_meeting_id.is_integer():
                f_meeting_id = int(f_meeting_id)
            else:
                raise wrong("meeting_id", "integer", f_meeting_id)
            f_title = d["title"]
            if not isinstance(f_title, str):
                raise wrong("title", "string", f_title)
            f_summary = d.get("summary", MISSING)
            if f_summary is MISSING:
                f_summary = None
                absent += ("summary",)
            else:
                if not (
                    isinstance(f_summary, str)
                    or isinstance(f_summary, dict)
                    or f_summary is None
                ):
                    raise wrong("summary", "string or object or null", f_summary)
            f_notes = d.get("notes", MISSING)
            if f_notes is MISSING:
                f_notes = ""
                absent += ("notes",)
            else:
                if not isinstance(f_notes, str):
                    raise wrong("notes", "string", f_notes)
            f_keywords = d.get("keywords", MISSING)
            if f_keywords is MISSING:
                f_keywords = []
                absent += ("keywords",)
            else:
                if isinstance(f_keywords, list):
                    for index, item in enumerate(f_keywords):
                        if not (isinstance(item, str)):
                            raise wrong(index, "string", item).within("keywords")
                else:
                    raise wrong("keywords", "array", f_keywords)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.meeting_id = f_meeting_id
        obj.title = f_title
        obj.summary = f_summary
        obj.notes = f_notes
        obj.keywords = f_keywords
        obj._absent = absent
        obj._additional = None
        if len(d) != 5 - len(absent):
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

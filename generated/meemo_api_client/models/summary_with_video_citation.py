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

T = TypeVar("T", bound="SummaryWithVideoCitation")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "segment_ids",
        "start_seconds",
        "end_seconds",
        "placeholder",
        "inline_embed",
    }
)


@_attrs_define
class SummaryWithVideoCitation:
    """One citation of the summary, resolved to a stretch of the recording."""

    segment_ids: list[int] = _attrs_field(factory=list)
    """ Transcript segments the cited sentence came from. """
    start_seconds: float = 0.0
    """ Earliest start of those segments, in seconds from the start of the recording. """
    end_seconds: float = 0.0
    """ Latest end of those segments, in seconds from the start of the recording. """
    placeholder: str = ""
    """ Bracket reference such as `[video_meeting_42@05:30-05:45]`, resolved through `media_mapping`; empty without
    a video. """
    inline_embed: str = ""
    """ Self-contained inline media Markdown for the same stretch; empty without an embeddable video. """
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
        value = self.segment_ids
        if (
            (value is not None)
            if absent is None
            else ("segment_ids" not in absent or value != [])
        ):
            field_dict["segment_ids"] = (
                list(value) if isinstance(value, list) else value
            )
        value = self.start_seconds
        if (
            (value is not None)
            if absent is None
            else ("start_seconds" not in absent or value != 0.0)
        ):
            field_dict["start_seconds"] = value
        value = self.end_seconds
        if (
            (value is not None)
            if absent is None
            else ("end_seconds" not in absent or value != 0.0)
        ):
            field_dict["end_seconds"] = value
        value = self.placeholder
        if (
            (value is not None)
            if absent is None
            else ("placeholder" not in absent or value != "")
        ):
            field_dict["placeholder"] = value
        value = self.inline_embed
        if (
            (value is not None)
            if absent is None
            else ("inline_embed" not in absent or value != "")
        ):
            field_dict["inline_embed"] = value
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
            f_segment_ids = d.get("segment_ids", MISSING)
            if f_segment_ids is MISSING:
                f_segment_ids = []
                absent += ("segment_ids",)
            else:
                if isinstance(f_segment_ids, list):
                    for index, item in enumerate(f_segment_ids):
                        if not (type(item) is int):
                            raise wrong(index, "integer", item).within("segment_ids")
                else:
                    raise wrong("segment_ids", "array", f_segment_ids)
            f_start_seconds = d.get("start_seconds", MISSING)
            if f_start_seconds is MISSING:
                f_start_seconds = 0.0
                absent += ("start_seconds",)
            else:
                if type(f_start_seconds) is float:
                    pass
                elif type(f_start_seconds) is int:
                    f_start_seconds = float(f_start_seconds)
                else:
                    raise wrong("start_seconds", "number", f_start_seconds)
            f_end_seconds = d.get("end_seconds", MISSING)
            if f_end_seconds is MISSING:
                f_end_seconds = 0.0
                absent += ("end_seconds",)
            else:
                if type(f_end_seconds) is float:
                    pass
                elif type(f_end_seconds) is int:
                    f_end_seconds = float(f_end_seconds)
                else:
                    raise wrong("end_seconds", "number", f_end_seconds)
            f_placeholder = d.get("placeholder", MISSING)
            if f_placeholder is MISSING:
                f_placeholder = ""
                absent += ("placeholder",)
            else:
                if not isinstance(f_placeholder, str):
                    raise wrong("placeholder", "string", f_placeholder)
            f_inline_embed = d.get("inline_embed", MISSING)
            if f_inline_embed is MISSING:
                f_inline_embed = ""
                absent += ("inline_embed",)
            else:
                if not isinstance(f_inline_embed, str):
                    raise wrong("inline_embed", "string", f_inline_embed)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.segment_ids = f_segment_ids
        obj.start_seconds = f_start_seconds
        obj.end_seconds = f_end_seconds
        obj.placeholder = f_placeholder
        obj.inline_embed = f_inline_embed
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

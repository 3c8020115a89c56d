from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    as_object,
    missing,
    no_extras_is_empty,
    wrong,
)

T = TypeVar("T", bound="TranscriptSegment")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "speaker",
        "text",
        "start_time",
        "end_time",
    }
)


@_attrs_define
class TranscriptSegment:
    """One stretch of speech by one speaker."""

    speaker: str
    """ Who spoke (a name, or a label such as `Speaker 2`). """
    text: str
    """ What was said. """
    start_time: float
    """ Seconds from the start of the recording. """
    end_time: float
    """ Seconds from the start of the recording. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.speaker
        field_dict["speaker"] = value
        value = self.text
        field_dict["text"] = value
        value = self.start_time
        field_dict["start_time"] = value
        value = self.end_time
        field_dict["end_time"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        try:
            f_speaker = d["speaker"]
            if not isinstance(f_speaker, str):
                raise wrong("speaker", "string", f_speaker)
            f_text = d["text"]
            if not isinstance(f_text, str):
                raise wrong("text", "string", f_text)
            f_start_time = d["start_time"]
            if type(f_start_time) is float:
                pass
            elif type(f_start_time) is int:
                f_start_time = float(f_start_time)
            else:
                raise wrong("start_time", "number", f_start_time)
            f_end_time = d["end_time"]
            if type(f_end_time) is float:
                pass
            elif type(f_end_time) is int:
                f_end_time = float(f_end_time)
            else:
                raise wrong("end_time", "number", f_end_time)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.speaker = f_speaker
        obj.text = f_text
        obj.start_time = f_start_time
        obj.end_time = f_end_time
        obj._additional = None
        if len(d) != 4:
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FieldError,
    as_object,
    missing,
    no_extras_is_empty,
    parse_items,
    wrong,
)

T = TypeVar("T", bound="TranscriptResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "meeting_id",
        "title",
        "total_segments",
        "transcripts",
    }
)


@_attrs_define
class TranscriptResponse:
    """A meeting's transcript."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    total_segments: int
    """ Number of segments. """
    transcripts: list[TranscriptSegment]
    """ The segments in time order. """
    # Created on first use (`additional_properties`): most objects never have any.
    _additional: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=no_extras_is_empty
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        value: Any
        field_dict: dict[str, Any] = dict(self._additional) if self._additional else {}
        value = self.meeting_id
        field_dict["meeting_id"] = value
        value = self.title
        field_dict["title"] = value
        value = self.total_segments
        field_dict["total_segments"] = value
        value = self.transcripts
        field_dict["transcripts"] = (
            [item.to_dict() for item in value] if isinstance(value, list) else value
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the model from a JSON object.

        Raises `FieldError` (a `ValueError`) naming the field's path when a value does not
        have the documented type or a required field is missing.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
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
            f_total_segments = d["total_segments"]
            if type(f_total_segments) is int:
                pass
            elif type(f_total_segments) is float and f_total_segments.is_integer():
                f_total_segments = int(f_total_segments)
            else:
                raise wrong("total_segments", "integer", f_total_segments)
            f_transcripts = d["transcripts"]
            if isinstance(f_transcripts, list):
                try:
                    f_transcripts = parse_items(
                        TranscriptSegment.from_dict, f_transcripts
                    )
                except FieldError as exc:
                    raise exc.within("transcripts") from None
            else:
                raise wrong("transcripts", "array", f_transcripts)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.meeting_id = f_meeting_id
        obj.title = f_title
        obj.total_segments = f_total_segments
        obj.transcripts = f_transcripts
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


from ..models.transcript_segment import TranscriptSegment

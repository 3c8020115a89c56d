from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_kind import MediaKind
from ..models.recording_format import RecordingFormat
from ..types import (
    MISSING,
    as_object,
    members,
    missing,
    no_extras_is_empty,
    wrong,
)

_MediaKind_MEMBERS = members(MediaKind)
_RecordingFormat_MEMBERS = members(RecordingFormat)

T = TypeVar("T", bound="RecordingAsset")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "media_kind",
        "url",
        "mime_type",
        "format",
    }
)


@_attrs_define
class RecordingAsset:
    """One downloadable rendition of a recording."""

    media_kind: MediaKind | str
    """ A `MediaKind`, or a kind this document does not know yet. """
    url: str | None = None
    """ Download URL; null while not available. """
    mime_type: str = ""
    """ MIME type of the file, e.g. `audio/mpeg`. """
    format: RecordingFormat | str = ""
    """ A `RecordingFormat`, or a format this document does not know yet. """
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
        value = self.media_kind
        field_dict["media_kind"] = (
            value.value if isinstance(value, MediaKind) else value
        )
        value = self.url
        if (
            (value is not None)
            if absent is None
            else ("url" not in absent or value is not None)
        ):
            field_dict["url"] = value
        value = self.mime_type
        if (
            (value is not None)
            if absent is None
            else ("mime_type" not in absent or value != "")
        ):
            field_dict["mime_type"] = value
        value = self.format
        if (
            (value is not None)
            if absent is None
            else ("format" not in absent or value != "")
        ):
            field_dict["format"] = (
                value.value if isinstance(value, RecordingFormat) else value
            )
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
            f_media_kind = d["media_kind"]
            if isinstance(f_media_kind, str):
                f_media_kind = _MediaKind_MEMBERS.get(f_media_kind, f_media_kind)
            else:
                raise wrong("media_kind", "string", f_media_kind)
            f_url = d.get("url", MISSING)
            if f_url is MISSING:
                f_url = None
                absent += ("url",)
            else:
                if not (isinstance(f_url, str) or f_url is None):
                    raise wrong("url", "string or null", f_url)
            f_mime_type = d.get("mime_type", MISSING)
            if f_mime_type is MISSING:
                f_mime_type = ""
                absent += ("mime_type",)
            else:
                if not isinstance(f_mime_type, str):
                    raise wrong("mime_type", "string", f_mime_type)
            f_format_ = d.get("format", MISSING)
            if f_format_ is MISSING:
                f_format_ = ""
                absent += ("format",)
            else:
                if isinstance(f_format_, str):
                    f_format_ = _RecordingFormat_MEMBERS.get(f_format_, f_format_)
                else:
                    raise wrong("format", "string", f_format_)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.media_kind = f_media_kind
        obj.url = f_url
        obj.mime_type = f_mime_type
        obj.format = f_format_
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

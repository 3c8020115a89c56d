from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_kind import MediaKind
from ..models.recording_format import RecordingFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingAsset")


@_attrs_define
class RecordingAsset:
    """One downloadable rendition of a recording."""

    media_kind: MediaKind | str
    """ A `MediaKind`, or a kind this document does not know yet. """
    url: None | str
    """ Download URL; null while not available. """
    mime_type: str | Unset = UNSET
    """ MIME type of the file, e.g. `audio/mpeg`. """
    format_: RecordingFormat | str | Unset = UNSET
    """ A `RecordingFormat`, or a format this document does not know yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_kind: str
        if isinstance(self.media_kind, MediaKind):
            media_kind = self.media_kind.value
        else:
            media_kind = self.media_kind

        url: None | str
        url = self.url

        mime_type = self.mime_type

        format_: str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, RecordingFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_kind": media_kind,
                "url": url,
            }
        )
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_media_kind(data: object) -> MediaKind | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_media_kind_value_type_0 = MediaKind(data)

                return componentsschemas_media_kind_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaKind | str, data)

        media_kind = _parse_media_kind(d.pop("media_kind"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        mime_type = d.pop("mime_type", UNSET)

        def _parse_format_(data: object) -> RecordingFormat | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_recording_format_value_type_0 = RecordingFormat(data)

                return componentsschemas_recording_format_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordingFormat | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        recording_asset = cls(
            media_kind=media_kind,
            url=url,
            mime_type=mime_type,
            format_=format_,
        )

        recording_asset.additional_properties = d
        return recording_asset

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

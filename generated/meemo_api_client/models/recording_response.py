from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_format import RecordingFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recording_asset import RecordingAsset


T = TypeVar("T", bound="RecordingResponse")


@_attrs_define
class RecordingResponse:
    """A meeting's recording."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    recording_url: None | str
    """ Download URL of the recording; null when there is none. """
    duration: float
    """ Length in seconds. """
    format_: RecordingFormat | str
    """ A `RecordingFormat`, or a format this document does not know yet. """
    assets: list[RecordingAsset] | Unset = UNSET
    """ Every rendition of the recording (newer deployments). """
    video_url: None | str | Unset = UNSET
    """ Download URL of the video rendition, if any (newer deployments). """
    video_format: None | RecordingFormat | str | Unset = UNSET
    """ Format of the video rendition, if any (newer deployments). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = self.meeting_id

        title = self.title

        recording_url: None | str
        recording_url = self.recording_url

        duration = self.duration

        format_: str
        if isinstance(self.format_, RecordingFormat):
            format_ = self.format_.value
        else:
            format_ = self.format_

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        video_format: None | str | Unset
        if isinstance(self.video_format, Unset):
            video_format = UNSET
        elif isinstance(self.video_format, RecordingFormat):
            video_format = self.video_format.value
        else:
            video_format = self.video_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "title": title,
                "recording_url": recording_url,
                "duration": duration,
                "format": format_,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_format is not UNSET:
            field_dict["video_format"] = video_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_asset import RecordingAsset  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meeting_id")

        title = d.pop("title")

        def _parse_recording_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recording_url = _parse_recording_url(d.pop("recording_url"))

        duration = d.pop("duration")

        def _parse_format_(data: object) -> RecordingFormat | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_recording_format_value_type_0 = RecordingFormat(data)

                return componentsschemas_recording_format_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordingFormat | str, data)

        format_ = _parse_format_(d.pop("format"))

        _assets = d.pop("assets", UNSET)
        assets: list[RecordingAsset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = RecordingAsset.from_dict(assets_item_data)

                assets.append(assets_item)

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_video_format(data: object) -> None | RecordingFormat | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_recording_format_value_type_0 = RecordingFormat(data)

                return componentsschemas_recording_format_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordingFormat | str | Unset, data)

        video_format = _parse_video_format(d.pop("video_format", UNSET))

        recording_response = cls(
            meeting_id=meeting_id,
            title=title,
            recording_url=recording_url,
            duration=duration,
            format_=format_,
            assets=assets,
            video_url=video_url,
            video_format=video_format,
        )

        recording_response.additional_properties = d
        return recording_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_format import RecordingFormat
from ..types import (
    MISSING,
    FieldError,
    as_object,
    members,
    missing,
    no_extras_is_empty,
    parse_items,
    wrong,
)

_RecordingFormat_MEMBERS = members(RecordingFormat)

T = TypeVar("T", bound="RecordingResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "meeting_id",
        "title",
        "recording_url",
        "duration",
        "format",
        "assets",
        "video_url",
        "video_format",
    }
)


@_attrs_define
class RecordingResponse:
    """A meeting's recording."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    recording_url: str | None = None
    """ Download URL of the audio recording; null or absent when there is none (then the first audio asset's URL
    applies). """
    duration: float = 0.0
    """ Length in seconds. """
    format: RecordingFormat | str = ""
    """ Container format of the audio recording; absent or empty when there is none (then the first audio asset's
    format applies). """
    assets: list[RecordingAsset] = _attrs_field(factory=list)
    """ Every rendition of the recording (newer deployments); absent or null on older ones. """
    video_url: str | None = None
    """ Download URL of the video rendition, if any (newer deployments). """
    video_format: RecordingFormat | str = ""
    """ Format of the video rendition; absent or empty when there is none (newer deployments). """
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
        value = self.recording_url
        if (
            (value is not None)
            if absent is None
            else ("recording_url" not in absent or value is not None)
        ):
            field_dict["recording_url"] = value
        value = self.duration
        if (
            (value is not None)
            if absent is None
            else ("duration" not in absent or value != 0.0)
        ):
            field_dict["duration"] = value
        value = self.format
        if (
            (value is not None)
            if absent is None
            else ("format" not in absent or value != "")
        ):
            field_dict["format"] = (
                value.value if isinstance(value, RecordingFormat) else value
            )
        value = self.assets
        if (
            (value is not None)
            if absent is None
            else ("assets" not in absent or value != [])
        ):
            read_null = absent is not None and "null:assets" in absent and value == []
            field_dict["assets"] = (
                None
                if read_null
                else [item.to_dict() for item in value]
                if isinstance(value, list)
                else value
            )
        value = self.video_url
        if (
            (value is not None)
            if absent is None
            else ("video_url" not in absent or value is not None)
        ):
            field_dict["video_url"] = value
        value = self.video_format
        if (
            (value is not None)
            if absent is None
            else ("video_format" not in absent or value != "")
        ):
            field_dict["video_format"] = (
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
        # Fields whose null was read as their default, so that `to_dict` can give back null.
        replaced: tuple[str, ...] = ()
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
            f_recording_url = d.get("recording_url", MISSING)
            if f_recording_url is MISSING:
                f_recording_url = None
                absent += ("recording_url",)
            else:
                if not (isinstance(f_recording_url, str) or f_recording_url is None):
                    raise wrong("recording_url", "string or null", f_recording_url)
            f_duration = d.get("duration", MISSING)
            if f_duration is MISSING:
                f_duration = 0.0
                absent += ("duration",)
            else:
                if type(f_duration) is float:
                    pass
                elif type(f_duration) is int:
                    f_duration = float(f_duration)
                else:
                    raise wrong("duration", "number", f_duration)
            f_format_ = d.get("format", MISSING)
            if f_format_ is MISSING:
                f_format_ = ""
                absent += ("format",)
            else:
                if isinstance(f_format_, str):
                    f_format_ = _RecordingFormat_MEMBERS.get(f_format_, f_format_)
                else:
                    raise wrong("format", "string", f_format_)
            f_assets = d.get("assets", MISSING)
            if f_assets is MISSING:
                f_assets = []
                absent += ("assets",)
            elif f_assets is None:
                f_assets = []
                replaced += ("null:assets",)
            else:
                if isinstance(f_assets, list):
                    try:
                        f_assets = parse_items(RecordingAsset.from_dict, f_assets)
                    except FieldError as exc:
                        raise exc.within("assets") from None
                elif f_assets is None:
                    pass
                else:
                    raise wrong("assets", "array or null", f_assets)
            f_video_url = d.get("video_url", MISSING)
            if f_video_url is MISSING:
                f_video_url = None
                absent += ("video_url",)
            else:
                if not (isinstance(f_video_url, str) or f_video_url is None):
                    raise wrong("video_url", "string or null", f_video_url)
            f_video_format = d.get("video_format", MISSING)
            if f_video_format is MISSING:
                f_video_format = ""
                absent += ("video_format",)
            else:
                if isinstance(f_video_format, str):
                    f_video_format = _RecordingFormat_MEMBERS.get(
                        f_video_format, f_video_format
                    )
                else:
                    raise wrong("video_format", "string", f_video_format)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.meeting_id = f_meeting_id
        obj.title = f_title
        obj.recording_url = f_recording_url
        obj.duration = f_duration
        obj.format = f_format_
        obj.assets = f_assets
        obj.video_url = f_video_url
        obj.video_format = f_video_format
        obj._absent = absent + replaced
        obj._additional = None
        if len(d) != 8 - len(absent):
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


from ..models.recording_asset import RecordingAsset

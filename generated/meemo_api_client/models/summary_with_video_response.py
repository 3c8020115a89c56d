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

T = TypeVar("T", bound="SummaryWithVideoResponse")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "meeting_id",
        "title",
        "record_id",
        "summary_markdown",
        "placeholder_message_markdown",
        "inline_message_markdown",
        "video_id",
        "media_mapping",
        "citations",
        "video_url",
    }
)


@_attrs_define
class SummaryWithVideoResponse:
    """A meeting's summary with citations resolved to recording timestamps. Only
    `meeting_id` and `title` are always sent: the other fields may be absent (no
    recording, no summary, older deployments) and then read as their `default`;
    `media_mapping` and `citations` may also be null, which reads the same.

    """

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    record_id: int | None = None
    """ The recording this export describes; null when the meeting has none. """
    summary_markdown: str | None = None
    """ The raw Markdown summary, still with `(segment:id)` links; null without a Markdown summary. """
    placeholder_message_markdown: str = ""
    """ Message for pipelines that resolve bracket references through `media_mapping`. """
    inline_message_markdown: str = ""
    """ Self-contained message with inline media, for agents; send it verbatim. """
    video_id: str = ""
    """ Stable id of the video shared by the player and every timestamp reference. """
    media_mapping: dict[str, str] = _attrs_field(factory=dict)
    """ Bracket reference to media Markdown, for `placeholder_message_markdown`; absent, null or empty without a
    video. """
    citations: list[SummaryWithVideoCitation] = _attrs_field(factory=list)
    """ The resolved citations, one per distinct set of segments. """
    video_url: str | None = None
    """ Signed, time-limited URL of the recording's video; null when there is none. """
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
        value = self.record_id
        if (
            (value is not None)
            if absent is None
            else ("record_id" not in absent or value is not None)
        ):
            field_dict["record_id"] = value
        value = self.summary_markdown
        if (
            (value is not None)
            if absent is None
            else ("summary_markdown" not in absent or value is not None)
        ):
            field_dict["summary_markdown"] = value
        value = self.placeholder_message_markdown
        if (
            (value is not None)
            if absent is None
            else ("placeholder_message_markdown" not in absent or value != "")
        ):
            field_dict["placeholder_message_markdown"] = value
        value = self.inline_message_markdown
        if (
            (value is not None)
            if absent is None
            else ("inline_message_markdown" not in absent or value != "")
        ):
            field_dict["inline_message_markdown"] = value
        value = self.video_id
        if (
            (value is not None)
            if absent is None
            else ("video_id" not in absent or value != "")
        ):
            field_dict["video_id"] = value
        value = self.media_mapping
        if (
            (value is not None)
            if absent is None
            else ("media_mapping" not in absent or value != {})
        ):
            read_null = (
                absent is not None and "null:media_mapping" in absent and value == {}
            )
            field_dict["media_mapping"] = (
                None if read_null else dict(value) if isinstance(value, dict) else value
            )
        value = self.citations
        if (
            (value is not None)
            if absent is None
            else ("citations" not in absent or value != [])
        ):
            read_null = (
                absent is not None and "null:citations" in absent and value == []
            )
            field_dict["citations"] = (
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
            f_record_id = d.get("record_id", MISSING)
            if f_record_id is MISSING:
                f_record_id = None
                absent += ("record_id",)
            else:
                if type(f_record_id) is int:
                    pass
                elif type(f_record_id) is float and f_record_id.is_integer():
                    f_record_id = int(f_record_id)
                elif f_record_id is None:
                    pass
                else:
                    raise wrong("record_id", "integer or null", f_record_id)
            f_summary_markdown = d.get("summary_markdown", MISSING)
            if f_summary_markdown is MISSING:
                f_summary_markdown = None
                absent += ("summary_markdown",)
            else:
                if not (
                    isinstance(f_summary_markdown, str) or f_summary_markdown is None
                ):
                    raise wrong(
                        "summary_markdown", "string or null", f_summary_markdown
                    )
            f_placeholder_message_markdown = d.get(
                "placeholder_message_markdown", MISSING
            )
            if f_placeholder_message_markdown is MISSING:
                f_placeholder_message_markdown = ""
                absent += ("placeholder_message_markdown",)
            else:
                if not isinstance(f_placeholder_message_markdown, str):
                    raise wrong(
                        "placeholder_message_markdown",
                        "string",
                        f_placeholder_message_markdown,
                    )
            f_inline_message_markdown = d.get("inline_message_markdown", MISSING)
            if f_inline_message_markdown is MISSING:
                f_inline_message_markdown = ""
                absent += ("inline_message_markdown",)
            else:
                if not isinstance(f_inline_message_markdown, str):
                    raise wrong(
                        "inline_message_markdown", "string", f_inline_message_markdown
                    )
            f_video_id = d.get("video_id", MISSING)
            if f_video_id is MISSING:
                f_video_id = ""
                absent += ("video_id",)
            else:
                if not isinstance(f_video_id, str):
                    raise wrong("video_id", "string", f_video_id)
            f_media_mapping = d.get("media_mapping", MISSING)
            if f_media_mapping is MISSING:
                f_media_mapping = {}
                absent += ("media_mapping",)
            elif f_media_mapping is None:
                f_media_mapping = {}
                replaced += ("null:media_mapping",)
            else:
                if isinstance(f_media_mapping, dict):
                    for map_key, map_value in f_media_mapping.items():
                        if not isinstance(map_value, str):
                            raise wrong(map_key, "string", map_value).within(
                                "media_mapping"
                            )
                elif f_media_mapping is None:
                    pass
                else:
                    raise wrong("media_mapping", "object or null", f_media_mapping)
            f_citations = d.get("citations", MISSING)
            if f_citations is MISSING:
                f_citations = []
                absent += ("citations",)
            elif f_citations is None:
                f_citations = []
                replaced += ("null:citations",)
            else:
                if isinstance(f_citations, list):
                    try:
                        f_citations = parse_items(
                            SummaryWithVideoCitation.from_dict, f_citations
                        )
                    except FieldError as exc:
                        raise exc.within("citations") from None
                elif f_citations is None:
                    pass
                else:
                    raise wrong("citations", "array or null", f_citations)
            f_video_url = d.get("video_url", MISSING)
            if f_video_url is MISSING:
                f_video_url = None
                absent += ("video_url",)
            else:
                if not (isinstance(f_video_url, str) or f_video_url is None):
                    raise wrong("video_url", "string or null", f_video_url)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.meeting_id = f_meeting_id
        obj.title = f_title
        obj.record_id = f_record_id
        obj.summary_markdown = f_summary_markdown
        obj.placeholder_message_markdown = f_placeholder_message_markdown
        obj.inline_message_markdown = f_inline_message_markdown
        obj.video_id = f_video_id
        obj.media_mapping = f_media_mapping
        obj.citations = f_citations
        obj.video_url = f_video_url
        obj._absent = absent + replaced
        obj._additional = None
        if len(d) != 10 - len(absent):
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


from ..models.summary_with_video_citation import SummaryWithVideoCitation

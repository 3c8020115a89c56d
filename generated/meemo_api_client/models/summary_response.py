from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.legacy_summary import LegacySummary


T = TypeVar("T", bound="SummaryResponse")


@_attrs_define
class SummaryResponse:
    """A meeting's summary, notes and keywords."""

    meeting_id: int
    """ The meeting's id. """
    title: str
    """ The meeting's title. """
    summary: LegacySummary | None | str
    """ The summary, usually Markdown; an object for legacy meetings; null when there is none yet. """
    notes: str
    """ Notes taken for the meeting; may be empty. """
    keywords: list[str]
    """ Keywords of the meeting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.legacy_summary import LegacySummary  # noqa: PLC0415

        meeting_id = self.meeting_id

        title = self.title

        summary: dict[str, Any] | None | str
        if isinstance(self.summary, LegacySummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        notes = self.notes

        keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
                "title": title,
                "summary": summary,
                "notes": notes,
                "keywords": keywords,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_summary import LegacySummary  # noqa: PLC0415

        d = dict(src_dict)
        meeting_id = d.pop("meeting_id")

        title = d.pop("title")

        def _parse_summary(data: object) -> LegacySummary | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_1 = LegacySummary.from_dict(data)

                return summary_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegacySummary | None | str, data)

        summary = _parse_summary(d.pop("summary"))

        notes = d.pop("notes")

        keywords = cast(list[str], d.pop("keywords"))

        summary_response = cls(
            meeting_id=meeting_id,
            title=title,
            summary=summary,
            notes=notes,
            keywords=keywords,
        )

        summary_response.additional_properties = d
        return summary_response

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

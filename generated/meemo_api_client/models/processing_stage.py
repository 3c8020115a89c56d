from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage_status import StageStatus
from ..types import (
    MISSING,
    as_object,
    members,
    missing,
    no_extras_is_empty,
    wrong,
)

_StageStatus_MEMBERS = members(StageStatus)

T = TypeVar("T", bound="ProcessingStage")
_new = object.__new__

_FIELDS: frozenset[str] = frozenset(
    {
        "status",
        "description",
    }
)


@_attrs_define
class ProcessingStage:
    """Progress of one processing stage (recording, transcription or summarization)."""

    status: StageStatus | str
    """ A `StageStatus`, or a state this document does not know yet. """
    description: str = ""
    """ Human-readable detail of the state. """
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
        value = self.status
        field_dict["status"] = value.value if isinstance(value, StageStatus) else value
        value = self.description
        if (
            (value is not None)
            if absent is None
            else ("description" not in absent or value != "")
        ):
            field_dict["description"] = value
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
            f_status = d["status"]
            if isinstance(f_status, str):
                f_status = _StageStatus_MEMBERS.get(f_status, f_status)
            else:
                raise wrong("status", "string", f_status)
            f_description = d.get("description", MISSING)
            if f_description is MISSING:
                f_description = ""
                absent += ("description",)
            else:
                if not isinstance(f_description, str):
                    raise wrong("description", "string", f_description)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.status = f_status
        obj.description = f_description
        obj._absent = absent
        obj._additional = None
        if len(d) != 2 - len(absent):
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

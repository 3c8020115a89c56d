from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    as_object,
    missing,
    wrong,
)

T = TypeVar("T", bound="CreateWebhookRequest")
_new = object.__new__


@_attrs_define
class CreateWebhookRequest:
    """A webhook to register, for one or more organizations."""

    target_url: str
    """ Where deliveries are POSTed; HTTPS (plain HTTP only for localhost while developing). """
    events: list[str]
    """ Event types to deliver, e.g. `meeting.created`, `meeting.transcription_completed`. The service defines the
    set and may add types. """
    organization_ids: list[int]
    """ Organizations whose events are delivered; one webhook is created per organization. """
    description: str | None = None
    """ A note for people reading the webhook list. """
    # The optional fields that were absent when read (None: built by hand).
    _absent: tuple[str, ...] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON object; a field that was absent (or null) when read stays so
        while it holds the default it was read as."""
        absent = self._absent
        value: Any
        field_dict: dict[str, Any] = {}
        value = self.target_url
        field_dict["target_url"] = value
        value = self.events
        field_dict["events"] = list(value) if isinstance(value, list) else value
        value = self.organization_ids
        field_dict["organization_ids"] = (
            list(value) if isinstance(value, list) else value
        )
        value = self.description
        if (
            (value is not None)
            if absent is None
            else ("description" not in absent or value is not None)
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
            f_target_url = d["target_url"]
            if not isinstance(f_target_url, str):
                raise wrong("target_url", "string", f_target_url)
            f_events = d["events"]
            if isinstance(f_events, list):
                for index, item in enumerate(f_events):
                    if not (isinstance(item, str)):
                        raise wrong(index, "string", item).within("events")
            else:
                raise wrong("events", "array", f_events)
            f_organization_ids = d["organization_ids"]
            if isinstance(f_organization_ids, list):
                for index, item in enumerate(f_organization_ids):
                    if not (type(item) is int):
                        raise wrong(index, "integer", item).within("organization_ids")
            else:
                raise wrong("organization_ids", "array", f_organization_ids)
            f_description = d.get("description", MISSING)
            if f_description is MISSING:
                f_description = None
                absent += ("description",)
            else:
                if not isinstance(f_description, str):
                    raise wrong("description", "string", f_description)
        except KeyError as exc:
            raise missing(exc.args[0]) from None
        # Slots set directly: the attrs `__init__` would only do the same, more slowly.
        obj = _new(cls)
        obj.target_url = f_target_url
        obj.events = f_events
        obj.organization_ids = f_organization_ids
        obj.description = f_description
        obj._absent = absent
        return obj

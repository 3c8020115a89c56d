"""Every response model against every shape the service may send, straight from openapi.yaml.

For each model: only the always-present fields (every optional one absent), each nullable
field null, every field present, and each field of a wrong JSON type. What is read must be
what the spec promises (an absent field reads as its `default`, never a sentinel) and
`to_dict()` must give back exactly what was sent.
"""

from __future__ import annotations

import typing
from typing import Any

import attrs
import meemo_sdk
import pytest
from meemo_api_client.types import FieldError, Unset

from tests.models import spec_shapes as shapes

MODELS = shapes.response_models()

FIELDS = [
    pytest.param(model, field, id=f"{model}.{field}")
    for model in MODELS
    for field in shapes.properties(model)
]
OPTIONAL = [p for p in FIELDS if p.values[1] not in shapes.required(str(p.values[0]))]
NULLABLE = [
    p for p in OPTIONAL if shapes.nullable(shapes.properties(str(p.values[0]))[str(p.values[1])])
]

# Fields the public model fills from others when the service leaves them empty
# (tests/models/test_derived.py); their absence still round-trips.
DERIVED = {
    ("RecordingResponse", "recording_url"),
    ("RecordingResponse", "format"),
    ("RecordingResponse", "video_url"),
    ("RecordingResponse", "video_format"),
    ("SummaryWithVideoResponse", "video_url"),
}


def _read(model: str, payload: dict[str, Any]) -> Any:
    return shapes.public_class(model).from_dict(payload)


def _expected_default(model: str, field: str) -> object:
    schema = shapes.properties(model)[field]
    return schema.get("default") if shapes.has_default(schema) else None


def test_the_spec_has_response_models_to_check() -> None:
    assert {"MeetingDetail", "MeetingListItem", "RecordingResponse", "Topic"} <= set(MODELS)


@pytest.mark.parametrize(("model", "field"), FIELDS)
def test_every_spec_field_is_a_field_of_the_public_model(model: str, field: str) -> None:
    cls = shapes.public_class(model)
    names = {f.name for f in attrs.fields(cls)}
    assert shapes.attribute(field) in names, f"{model}.{field} is not reachable"


@pytest.mark.parametrize("model", MODELS)
def test_only_the_always_present_fields(model: str) -> None:
    payload = shapes.minimal(model)

    read = _read(model, payload)

    for field in shapes.properties(model):
        if field in shapes.required(model):
            continue
        value = getattr(read, shapes.attribute(field))
        expected = _expected_default(model, field)
        assert value == expected, f"absent {model}.{field} reads {value!r}, not {expected!r}"
        assert type(value) is type(expected), f"{model}.{field}: {type(value).__name__}"
    assert read.to_dict() == payload
    assert "Unset" not in repr(read)


@pytest.mark.parametrize(("model", "field"), OPTIONAL)
def test_each_optional_field_absent_alone(model: str, field: str) -> None:
    payload = shapes.full(model)
    del payload[field]

    read = _read(model, payload)

    if (model, field) not in DERIVED:
        assert getattr(read, shapes.attribute(field)) == _expected_default(model, field)
    assert read.to_dict() == payload


@pytest.mark.parametrize(("model", "field"), NULLABLE)
def test_each_nullable_field_null(model: str, field: str) -> None:
    """Null reads as None, or as the field's non-null default (`assets: null` is `[]`)."""
    payload = {**shapes.minimal(model), field: None}

    read = _read(model, payload)

    default = _expected_default(model, field)
    assert getattr(read, shapes.attribute(field)) == (None if default is None else default)
    assert read.to_dict() == payload


@pytest.mark.parametrize("model", MODELS)
def test_every_field_present_round_trips(model: str) -> None:
    payload = shapes.full(model)

    read = _read(model, payload)

    assert read.to_dict() == payload
    assert _read(model, read.to_dict()) == read


@pytest.mark.parametrize(("model", "field"), FIELDS)
def test_a_field_of_the_wrong_json_type_is_refused_with_its_name(model: str, field: str) -> None:
    try:
        bad = shapes.wrong_value(shapes.properties(model)[field])
    except LookupError:
        pytest.skip("the field takes any JSON value")
    payload = {**shapes.full(model), field: bad}

    with pytest.raises(FieldError) as caught:
        _read(model, payload)

    assert caught.value.path[0] == field
    assert str(caught.value).startswith(field)


@pytest.mark.parametrize(("model", "field"), [p for p in FIELDS if p not in OPTIONAL])
def test_an_always_present_field_missing_is_refused_with_its_name(model: str, field: str) -> None:
    payload = shapes.full(model)
    del payload[field]

    with pytest.raises(FieldError) as caught:
        _read(model, payload)

    assert caught.value.location == field
    assert "missing" in str(caught.value)


def test_an_item_deep_in_a_list_is_located_by_index() -> None:
    row = shapes.full("MeetingListItem")
    rows = [
        row,
        row,
        row,
        {**row, "calendar_event": {**row["calendar_event"], "attendees": [{}, {"email": 5}]}},
    ]

    with pytest.raises(FieldError) as caught:
        meemo_sdk.MeetingListResponse.from_dict({"count": 4, "results": rows})

    assert caught.value.location == "results[3].calendar_event.attendees[1].email"
    assert str(caught.value) == f"{caught.value.location}: expected string or null, got integer"


def test_a_non_object_is_refused() -> None:
    with pytest.raises(FieldError) as caught:
        meemo_sdk.MeetingListResponse.from_dict({"count": 1, "results": ["a meeting"]})

    assert caught.value.location == "results[0]"


def _set_after_reading(model: str, field: str, payload: dict[str, Any]) -> None:
    """Read `payload`, set `field` to its full-sample value, and expect it in `to_dict`."""
    sent = shapes.full(model)[field]
    read = _read(model, payload)
    value = getattr(_read(model, {**payload, field: sent}), shapes.attribute(field))

    setattr(read, shapes.attribute(field), value)

    assert read.to_dict() == {**payload, field: sent}


@pytest.mark.parametrize(("model", "field"), OPTIONAL)
def test_an_absent_field_set_after_reading_is_written(model: str, field: str) -> None:
    """`to_dict` keeps a field absent only while it holds the default it was read as."""
    _set_after_reading(model, field, shapes.minimal(model))


@pytest.mark.parametrize(("model", "field"), NULLABLE)
def test_a_null_field_set_after_reading_is_written(model: str, field: str) -> None:
    _set_after_reading(model, field, {**shapes.minimal(model), field: None})


def test_an_integer_without_a_fraction_reads_as_an_int() -> None:
    """JSON Schema's integer (and pydantic, the official client's reader) takes 10800.0."""
    token = meemo_sdk.TokenResponse.from_dict(
        {"access_token": "t", "token_type": "Bearer", "expires_in": 10800.0, "scope": "read"}
    )

    assert token.expires_in == 10800
    assert type(token.expires_in) is int
    with pytest.raises(FieldError, match="expires_in: expected integer, got number"):
        meemo_sdk.TokenResponse.from_dict(
            {"access_token": "t", "token_type": "Bearer", "expires_in": 10800.5, "scope": "read"}
        )


def test_an_integer_where_a_number_is_declared_reads_as_a_float() -> None:
    segment = meemo_sdk.TranscriptSegment.from_dict(
        {"speaker": "A", "text": "hi", "start_time": 3, "end_time": 4.5}
    )

    assert segment.start_time == 3.0
    assert type(segment.start_time) is float


def test_a_boolean_is_not_a_number() -> None:
    with pytest.raises(FieldError, match="start_time: expected number, got boolean"):
        meemo_sdk.TranscriptSegment.from_dict(
            {"speaker": "A", "text": "hi", "start_time": True, "end_time": 4.5}
        )


def test_fields_the_spec_does_not_know_are_kept_and_written_back() -> None:
    payload = {**shapes.minimal("Topic"), "colour": "teal"}

    topic = meemo_sdk.Topic.from_dict(payload)

    assert topic.additional_properties == {"colour": "teal"}
    assert topic.to_dict() == payload


def _public_models() -> list[type[Any]]:
    return [value for name in meemo_sdk.__all__ if attrs.has(value := getattr(meemo_sdk, name))]


@pytest.mark.parametrize("cls", _public_models(), ids=lambda c: c.__name__)
def test_no_public_annotation_mentions_unset(cls: type[Any]) -> None:
    hints = typing.get_type_hints(cls)

    assert not any("Unset" in repr(hint) for hint in hints.values()), hints
    for field in attrs.fields(cls):
        assert not isinstance(field.default, Unset), field.name

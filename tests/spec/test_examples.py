"""The examples in openapi.yaml, operation by operation.

Other teams read these examples in the published docs and mock servers (Prism) answer
with them, so every response of every operation (success and each error) must have
one, and each must validate against the schema it illustrates. Linters only warn about
a wrong example; here it fails the build, and the last tests prove that it would.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator.readers import read_from_filename
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:meemo:openapi"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Example:
    """One example value and the schema it claims to satisfy."""

    where: str  # human-readable: operation, status, media type, example name
    schema_pointer: str  # JSON pointer into the spec
    value: Any


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(spec: Spec, node: Mapping[str, Any], pointer: str) -> tuple[Mapping[str, Any], str]:
    """Follow a local $ref (responses, parameters, headers, examples); return node and pointer."""
    while "$ref" in node:
        ref = str(node["$ref"])
        assert ref.startswith("#/"), f"{pointer}: only local $refs are expected, got {ref}"
        pointer = ref[1:]
        target: Any = spec
        for token in pointer.split("/")[1:]:
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, pointer


def _operations(spec: Spec) -> Iterator[tuple[str, str, str, Mapping[str, Any]]]:
    """(operationId, method, JSON pointer, operation) for every operation."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                pointer = f"/paths/{_escape(path)}/{method}"
                yield item[method]["operationId"], method, pointer, item[method]


def _examples_of(
    spec: Spec, where: str, node: Mapping[str, Any], pointer: str
) -> Iterator[Example]:
    """The examples of a media type, parameter or header object (all have `schema` beside)."""
    schema_pointer = f"{pointer}/schema"
    if "example" in node:
        yield Example(f"{where} example", schema_pointer, node["example"])
    for name, raw in node.get("examples", {}).items():
        example, _ = _resolve(spec, raw, f"{pointer}/examples/{name}")
        assert "value" in example, f"{where} example {name!r} has no inline value"
        yield Example(f"{where} example {name!r}", schema_pointer, example["value"])


def collect_examples(spec: Spec) -> list[Example]:
    """Every example reachable from an operation: parameters, request bodies, responses and
    response headers, with $refs to components followed."""
    found: list[Example] = []
    for op_id, _, op_pointer, op in _operations(spec):
        for index, raw in enumerate(op.get("parameters", [])):
            param, pointer = _resolve(spec, raw, f"{op_pointer}/parameters/{index}")
            where = f"{op_id} parameter {param['name']}"
            found.extend(_examples_of(spec, where, param, pointer))
        if "requestBody" in op:
            body, pointer = _resolve(spec, op["requestBody"], f"{op_pointer}/requestBody")
            for media_type, media in body.get("content", {}).items():
                where = f"{op_id} request {media_type}"
                media_pointer = f"{pointer}/content/{_escape(media_type)}"
                found.extend(_examples_of(spec, where, media, media_pointer))
        for status, raw in op["responses"].items():
            response, pointer = _resolve(spec, raw, f"{op_pointer}/responses/{status}")
            for media_type, media in response.get("content", {}).items():
                where = f"{op_id} {status} {media_type}"
                media_pointer = f"{pointer}/content/{_escape(media_type)}"
                found.extend(_examples_of(spec, where, media, media_pointer))
            for name, raw_header in response.get("headers", {}).items():
                header, header_pointer = _resolve(spec, raw_header, f"{pointer}/headers/{name}")
                where = f"{op_id} {status} header {name}"
                found.extend(_examples_of(spec, where, header, header_pointer))
    return found


def responses_without_examples(spec: Spec) -> list[str]:
    """Operation responses (and request bodies) whose content has no example at all."""
    missing = []
    for op_id, _, op_pointer, op in _operations(spec):
        bodies: list[tuple[str, Mapping[str, Any], str]] = []
        if "requestBody" in op:
            body, pointer = _resolve(spec, op["requestBody"], f"{op_pointer}/requestBody")
            bodies.append(("request", body, pointer))
        for status, raw in op["responses"].items():
            response, pointer = _resolve(spec, raw, f"{op_pointer}/responses/{status}")
            if "content" not in response and str(status) != "204":  # 204 has no body by definition
                missing.append(f"{op_id} {status}: no content to illustrate")
            bodies.append((str(status), response, pointer))
        for label, body, _ in bodies:
            for media_type, media in body.get("content", {}).items():
                if "example" not in media and not media.get("examples"):
                    missing.append(f"{op_id} {label} {media_type}")
    return missing


def example_errors(spec: Spec, example: Example) -> list[str]:
    """What is wrong with one example under its schema, in OpenAPI 3.1's JSON Schema dialect
    (formats such as date-time included); empty if it is valid."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(dict(spec))
    )
    validator = OAS31Validator(
        {"$ref": f"{SPEC_URI}#{example.schema_pointer}"},
        registry=registry,
        format_checker=oas31_format_checker,
    )
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator.iter_errors(example.value)
    ]


@cache
def _spec() -> Spec:
    spec, _ = read_from_filename(str(SPEC_PATH))
    return spec


def test_every_operation_documents_a_success_and_its_errors() -> None:
    for op_id, method, _, op in _operations(_spec()):
        statuses = {str(status) for status in op["responses"]}
        assert any(s.startswith("2") for s in statuses), f"{op_id}: no 2xx response"
        assert any(s.startswith("4") for s in statuses), f"{op_id}: no 4xx response"
        assert "5XX" in statuses, f"{op_id} ({method.upper()}): no 5XX response"


def test_every_response_and_request_body_has_an_example() -> None:
    assert responses_without_examples(_spec()) == []


EXAMPLES = collect_examples(_spec())


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_example_validates_against_its_schema(example: Example) -> None:
    assert example_errors(_spec(), example) == []


def _operations_using(spec: dict[str, Any], ref: str) -> list[str]:
    """The operations that share a component (a response or parameter), found in the spec."""
    return [
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and f"'$ref': '{ref}'" in str(operation)
    ]


def _json_media(spec: dict[str, Any], path: str, method: str, status: str) -> dict[str, Any]:
    media: dict[str, Any] = spec["paths"][path][method]["responses"][status]["content"][
        "application/json"
    ]
    return media


# Deliberate mistakes a maintainer could make while editing an example; each returns the
# examples that must then fail (a shared component fails everywhere it is used).
def _wrong_type(spec: dict[str, Any]) -> set[str]:
    spec["components"]["examples"]["MeetingDetail"]["value"]["id"] = "1042"
    return {"get_meeting 200 application/json example 'finished'"}


def _missing_required(spec: dict[str, Any]) -> set[str]:
    media = _json_media(spec, "/api/v1/external/meeting/{meeting_id}/transcript/", "get", "200")
    del media["example"]["total_segments"]
    return {"get_transcript 200 application/json example"}


def _bad_date_time(spec: dict[str, Any]) -> set[str]:
    media = _json_media(spec, "/api/v1/external/meeting/", "get", "200")
    media["example"]["results"][0]["start_time"] = "next Tuesday"
    return {"list_meetings 200 application/json example"}


def _null_not_allowed(spec: dict[str, Any]) -> set[str]:
    media = _json_media(spec, "/api/v1/external/meeting/{meeting_id}/participants/", "get", "200")
    media["example"]["participants"][0]["name"] = None
    return {"get_participants 200 application/json example"}


def _wrong_error_body(spec: dict[str, Any]) -> set[str]:
    media = spec["components"]["responses"]["NotFound"]["content"]["application/json"]
    media["example"] = {"detail": 404}
    users = _operations_using(spec, "#/components/responses/NotFound")
    assert "get_meeting" in users
    return {f"{op_id} 404 application/json example" for op_id in users}


def _both_exclusive_fields(spec: dict[str, Any]) -> set[str]:
    media = spec["paths"]["/api/v1/external/meeting/"]["post"]["requestBody"]["content"][
        "application/json"
    ]
    media["example"]["file_url"] = "https://files.example.com/meeting.mp3"
    return {"create_meeting request application/json example"}


def _bad_parameter(spec: dict[str, Any]) -> set[str]:
    spec["components"]["parameters"]["MeetingId"]["example"] = 0
    users = _operations_using(spec, "#/components/parameters/MeetingId")
    assert "get_transcript" in users
    return {f"{op_id} parameter meeting_id example" for op_id in users}


MISTAKES: list[Callable[[dict[str, Any]], set[str]]] = [
    _wrong_type,
    _missing_required,
    _bad_date_time,
    _null_not_allowed,
    _wrong_error_body,
    _both_exclusive_fields,
    _bad_parameter,
]


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.__name__.strip("_") for m in MISTAKES])
def test_a_wrong_example_is_caught(mistake: Callable[[dict[str, Any]], set[str]]) -> None:
    spec = copy.deepcopy(dict(_spec()))
    expected = mistake(spec)

    failing = {e.where for e in collect_examples(spec) if example_errors(spec, e)}

    assert failing == expected


def test_a_missing_example_is_caught() -> None:
    spec = copy.deepcopy(dict(_spec()))
    too_many = spec["components"]["responses"]["TooManyRequests"]
    del too_many["content"]["application/json"]["example"]

    missing = responses_without_examples(spec)

    assert "list_topics 429 application/json" in missing
    assert "create_access_token 429 application/json" in missing

"""Payload shapes straight from openapi.yaml: what the service may send for each response model.

The suites built on this never list fields by hand: a field added to the spec is fed to
the models (absent, null, present, of the wrong type) without anyone editing a test.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import meemo_api_client.models as generated
import meemo_sdk
from openapi_spec_validator.readers import read_from_filename

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
JSON = Any
Schema = Mapping[str, Any]

# Attribute names the model template keeps suffixed with `_` (they would shadow a builtin
# its class body uses); any other name is the JSON name.
_SUFFIXED = {"type", "dict", "str", "list", "int", "float", "bool", "tuple", "property"}


@cache
def spec() -> Mapping[str, Any]:
    loaded, _ = read_from_filename(str(SPEC_PATH))
    return loaded


def schemas() -> Mapping[str, Schema]:
    result: Mapping[str, Schema] = spec()["components"]["schemas"]
    return result


def resolve(schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = schemas()[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _refs(node: object) -> Iterator[str]:
    if isinstance(node, Mapping):
        if str(node.get("$ref", "")).startswith("#/components/schemas/"):
            yield node["$ref"].rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@cache
def response_models() -> tuple[str, ...]:
    """Every object schema the service can send (reachable from a response), sorted."""
    roots: list[str] = []
    for item in spec()["paths"].values():
        for operation in item.values():
            for name, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                if str(name).startswith("2"):
                    roots.extend(_refs(response))
    seen: set[str] = set()
    while roots:
        name = roots.pop()
        if name not in seen:
            seen.add(name)
            roots.extend(_refs(schemas()[name]))
    return tuple(sorted(n for n in seen if schemas()[n].get("properties")))


def public_class(name: str) -> type[Any]:
    """The class users get for a schema: `meemo_sdk`'s name, else the generated model."""
    found = getattr(meemo_sdk, name, None) or getattr(generated, name)
    assert isinstance(found, type)
    return found


def attribute(name: str) -> str:
    """The model attribute of a JSON field."""
    if keyword.iskeyword(name) or name in _SUFFIXED:
        return name + "_"
    return name


def properties(name: str) -> Mapping[str, Schema]:
    result: Mapping[str, Schema] = schemas()[name].get("properties", {})
    return result


def required(name: str) -> frozenset[str]:
    return frozenset(schemas()[name].get("required", ()))


def alternatives(schema: Schema) -> list[Schema]:
    """The leaf schemas a value may match (anyOf, type lists and $refs flattened)."""
    if "$ref" in schema and not {"anyOf", "type"} & set(resolve(schema)):
        return [resolve(schema)]
    schema = resolve(schema)
    if "anyOf" in schema:
        return [leaf for option in schema["anyOf"] for leaf in alternatives(option)]
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return [{**schema, "type": kind} for kind in kinds]
    return [schema]


def json_types(schema: Schema) -> set[str]:
    found: set[str] = set()
    for leaf in alternatives(schema):
        kind = leaf.get("type", "object" if "properties" in leaf else None)
        found.add(kind if kind is not None else "any")
    if "number" in found:
        found.add("integer")
    return found


def nullable(schema: Schema) -> bool:
    return "null" in json_types(schema)


def has_default(schema: Schema) -> bool:
    return "default" in schema


def sample(schema: Schema) -> JSON:
    """A valid, non-null value for `schema`, with every optional field of objects present."""
    leaves = [leaf for leaf in alternatives(schema) if leaf.get("type") != "null"]
    leaf = leaves[0]
    if "enum" in leaf:
        return leaf["enum"][0]
    kind = leaf.get("type", "object")
    if kind == "string":
        return "2026-11-16T03:30:00Z" if leaf.get("format") == "date-time" else "text"
    if kind == "integer":
        return max(1, int(leaf.get("minimum", 1)))
    if kind == "number":
        return 2.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(leaf["items"])]
    if leaf.get("properties"):
        return {field: sample(sub) for field, sub in leaf["properties"].items()}
    extra = leaf.get("additionalProperties", True)
    return {"key": sample(extra)} if isinstance(extra, Mapping) else {"key": "value"}


def minimal(name: str) -> dict[str, JSON]:
    """Only the fields the service always sends."""
    return {
        field: sample(sub) for field, sub in properties(name).items() if field in required(name)
    }


def full(name: str) -> dict[str, JSON]:
    return {field: sample(sub) for field, sub in properties(name).items()}


# One value of each JSON type; `wrong_value` picks one the field does not allow.
_CANDIDATES: tuple[tuple[str, JSON], ...] = (
    ("string", "not-this-type"),
    ("integer", 7),
    ("boolean", True),
    ("array", ["x"]),
    ("object", {"k": "v"}),
    ("null", None),
)


def wrong_value(schema: Schema) -> JSON:
    allowed = json_types(schema)
    if "any" in allowed:
        raise LookupError("any value is allowed")
    for kind, value in _CANDIDATES:
        if kind not in allowed:
            return value
    raise LookupError("every JSON type is allowed")

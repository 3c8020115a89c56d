"""Answer the operations the sandbox does not model from the OpenAPI document's own examples.

A new endpoint in ``openapi.yaml`` is served at once, before anyone writes sandbox
code for it, so a client can be tested against it end to end. The answer is
deterministic: always the same status and example for an operation, chosen when the
sandbox starts (see ``choose_success``). What is still checked, as the service would:

- the bearer token, unless the operation declares ``security: []``;
- path, query and header parameters against their schemas (type, bounds, enum,
  date format, required), with the same 400 body as the modelled operations;
- a required request body: present, well-formed JSON when JSON is what the
  operation takes, an object carrying its top-level ``required`` properties.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from meemo_sandbox.input import MAX_ID, Problem, parse_integer
from meemo_sandbox.spec import HTTP_METHODS, JSON, resolve

_TEMPLATE_PARAMETER = re.compile(r"\{([^{}/]+)\}")
_TRUE: Final = frozenset({"true", "1"})
_FALSE: Final = frozenset({"false", "0"})


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query or header
    required: bool
    schema: JSON


@dataclass(frozen=True)
class FallbackOperation:
    """One operation served from the document, with its answer fixed at start."""

    operation_id: str
    method: str
    path: str
    rule: str
    """The werkzeug rule: path parameters renamed p0, p1… so any spec name is a valid one."""
    rule_names: Mapping[str, str]
    parameters: tuple[Parameter, ...]
    needs_token: bool
    body_required: bool
    body_is_json: bool
    body_schema: JSON | None
    status: int
    media_type: str | None
    example: Any
    has_example: bool


def route_key(method: str, path: str) -> tuple[str, str]:
    """A method and path template compared without parameter names: ``GET /m/{}/``."""
    return method.upper(), re.sub(r"\{[^{}/]*\}|<[^<>/]*>", "{}", path)


def operations(document: JSON, modelled: Iterable[tuple[str, str]]) -> list[FallbackOperation]:
    """Every operation of ``document`` whose ``route_key`` is not in ``modelled``."""
    skip = {route_key(method, path) for method, path in modelled}
    found = []
    default_security = document.get("security", [])
    for path, raw_item in document["paths"].items():
        item = resolve(document, raw_item)
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            operation = item.get(method)
            if (
                operation is None
                or route_key(method, path) in skip
                or method in ("options", "head")
            ):
                continue
            found.append(_operation(document, path, method, operation, shared, default_security))
    return found


def _operation(
    document: JSON,
    path: str,
    method: str,
    operation: JSON,
    shared: list[Any],
    default_security: list[Any],
) -> FallbackOperation:
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        names[match.group(1)] = f"p{len(names)}"
        return f"<{names[match.group(1)]}>"

    rule = _TEMPLATE_PARAMETER.sub(rename, path)
    parameters: dict[tuple[str, str], Parameter] = {}
    for raw in (*shared, *operation.get("parameters", [])):
        spec = resolve(document, raw)
        if spec.get("in") not in ("path", "query", "header"):
            continue
        schema = resolve(document, spec.get("schema", {}))
        required = bool(spec.get("required")) or spec["in"] == "path"
        parameters[spec["name"], spec["in"]] = Parameter(spec["name"], spec["in"], required, schema)
    body = resolve(document, operation.get("requestBody", {}))
    media = body.get("content", {})
    json_media = next((m for m in media if is_json_media(m)), None)
    security = operation.get("security", default_security)
    status, response = choose_success(document, method, operation)
    media_type, example, has_example = _example(document, response)
    operation_id = operation.get("operationId") or f"{method.upper()} {path}"
    if has_example:
        try:
            json.dumps(example, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"the example for {operation_id} is not JSON: {exc}") from None
    return FallbackOperation(
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        rule=rule,
        rule_names=dict(names),
        parameters=tuple(parameters.values()),
        needs_token=bool(security),
        body_required=bool(body.get("required")),
        body_is_json=json_media is not None and len(media) == 1,
        body_schema=(
            resolve(document, media[json_media].get("schema", {})) if json_media else None
        ),
        status=status,
        media_type=media_type,
        example=example,
        has_example=has_example,
    )


def choose_success(document: JSON, method: str, operation: JSON) -> tuple[int, JSON]:
    """The success the sandbox answers with: ``201`` for a POST that documents it,
    otherwise the lowest documented 2xx (``2XX`` reads as 200), else 200 without a body."""
    documented: dict[int, JSON] = {}
    for key, response in operation.get("responses", {}).items():
        code = str(key).upper()
        if code == "2XX":
            documented.setdefault(200, resolve(document, response))
        elif code.isdigit() and 200 <= int(code) < 300:
            documented[int(code)] = resolve(document, response)
    if method.lower() == "post" and 201 in documented:
        return 201, documented[201]
    if documented:
        status = min(documented)
        return status, documented[status]
    return 200, {}


def is_json_media(media_type: str | None) -> bool:
    if media_type is None:
        return False
    base = media_type.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _example(document: JSON, response: JSON) -> tuple[str | None, Any, bool]:
    """The media type and example of a response: the media type's ``example``, else its
    first ``examples`` entry (document order), else the schema's ``example`` or first
    ``examples`` item. JSON media types come first."""
    content = response.get("content") or {}
    if not content:
        return None, None, False
    media_type = next((m for m in content if is_json_media(m)), next(iter(content)))
    media = resolve(document, content[media_type])
    if "example" in media:
        return media_type, media["example"], True
    for raw in (media.get("examples") or {}).values():
        example = resolve(document, raw)
        if isinstance(example, dict) and "value" in example:
            return media_type, example["value"], True
    schema = resolve(document, media.get("schema", {}))
    if isinstance(schema, dict):
        if "example" in schema:
            return media_type, schema["example"], True
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return media_type, schema["examples"][0], True
    return media_type, None, False


def check_parameters(
    operation: FallbackOperation,
    path_values: Mapping[str, str],
    query: Mapping[str, str],
    headers: Mapping[str, str],
) -> list[Problem]:
    """Problems with the request's parameters, in the ``{"msg", "loc", "type"}`` shape."""
    problems: list[Problem] = []
    for parameter in operation.parameters:
        if parameter.location == "path":
            raw = path_values.get(operation.rule_names.get(parameter.name, ""))
        elif parameter.location == "query":
            raw = query.get(parameter.name)
        else:  # header names are case-insensitive: ``headers`` has them in lower case
            raw = headers.get(parameter.name.lower())
        if raw is None or (raw == "" and parameter.location != "path"):
            if parameter.required:
                problems.append(_problem(parameter, "is required.", "missing"))
            continue
        problem = _check_value(parameter, raw)
        if problem is not None:
            problems.append(problem)
    return problems


def _problem(parameter: Parameter, message: str, kind: str) -> Problem:
    return {
        "msg": f"{parameter.name} {message}",
        "loc": [parameter.location, parameter.name],
        "type": kind,
    }


def _check_value(parameter: Parameter, raw: str) -> Problem | None:
    schema = parameter.schema
    types = schema.get("type")
    kinds = set(types) if isinstance(types, list) else {types}
    if "integer" in kinds:
        value: float | None = parse_integer(raw)
        if value is None:
            return _problem(parameter, "must be an integer.", "int_parsing")
        if not -MAX_ID - 1 <= value <= MAX_ID:  # the service's integers are 64-bit
            return _problem(parameter, "must be a 64-bit integer.", "int_parsing")
        return _check_bounds(parameter, value)
    if "number" in kinds:
        try:
            value = float(raw) if raw.isascii() else None
        except ValueError:
            value = None
        if value is None or not math.isfinite(value):
            return _problem(parameter, "must be a number.", "float_parsing")
        return _check_bounds(parameter, value)
    if "boolean" in kinds:
        if raw.lower() not in _TRUE | _FALSE:
            return _problem(parameter, "must be true or false.", "bool_parsing")
        return None
    if "enum" in schema and raw not in [str(v) for v in schema["enum"]]:
        options = ", ".join(str(v) for v in schema["enum"])
        return _problem(parameter, f"must be one of: {options}.", "enum")
    if len(raw) < schema.get("minLength", 0):
        return _problem(
            parameter, f"must be at least {schema['minLength']} characters.", "too_short"
        )
    if "maxLength" in schema and len(raw) > schema["maxLength"]:
        return _problem(parameter, f"must be at most {schema['maxLength']} characters.", "too_long")
    if schema.get("format") == "date" and not _is_date(raw):
        return _problem(parameter, "must be a date in YYYY-MM-DD form.", "date_parsing")
    if "pattern" in schema and re.search(schema["pattern"], raw) is None:
        return _problem(parameter, "does not have the documented form.", "pattern")
    return None


def _check_bounds(parameter: Parameter, value: float) -> Problem | None:
    schema = parameter.schema
    if "minimum" in schema and value < schema["minimum"]:
        return _problem(parameter, f"must be at least {schema['minimum']}.", "greater_than_equal")
    if "maximum" in schema and value > schema["maximum"]:
        return _problem(parameter, f"must be at most {schema['maximum']}.", "less_than_equal")
    low = schema.get("exclusiveMinimum")
    if isinstance(low, int | float) and not isinstance(low, bool) and value <= low:
        return _problem(parameter, f"must be greater than {low}.", "greater_than")
    high = schema.get("exclusiveMaximum")
    if isinstance(high, int | float) and not isinstance(high, bool) and value >= high:
        return _problem(parameter, f"must be less than {high}.", "less_than")
    return None


def _is_date(raw: str) -> bool:
    try:
        date.fromisoformat(raw)
    except ValueError:
        return False
    return len(raw) == 10 and raw.isascii()


def check_body(operation: FallbackOperation, body: object) -> list[tuple[str, str]]:
    """``(field, message)`` problems with a JSON body: its type and top-level required
    properties. Deeper checks are left to the modelled operations."""
    schema = operation.body_schema or {}
    if schema.get("type") == "object" or "properties" in schema:
        if not isinstance(body, dict):
            return [("body", "The body must be a JSON object.")]
        return [
            (name, f"{name} is required.")
            for name in schema.get("required", [])
            if isinstance(name, str) and name not in body
        ]
    if schema.get("type") == "array" and not isinstance(body, list):
        return [("body", "The body must be a JSON array.")]
    return []

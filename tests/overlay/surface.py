"""The SDK's public surface, derived from openapi.yaml and the generated package.

`surface_gaps()` lists, in words a maintainer can act on, what the SDK is missing:
an operation without a sync or async method (or calling another endpoint), a
paginated list without its `iter_*` method, a generated model without a public name,
or a `meemo_sdk/__init__.py` whose export lists disagree.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import meemo_api_client.api
import meemo_api_client.models
import meemo_sdk
from meemo_sdk import AsyncMeemoClient, MeemoClient, models
from meemo_sdk._operation import Operation
from meemo_sdk.pagination import Pager
from meemo_sdk.resources._base import OperationMethod, Resource
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
INIT_PATH = Path(meemo_sdk.__file__)

# Operations the clients run themselves rather than as a resource method: the client
# method, or None when no method is needed (every call fetches and refreshes the token).
CLIENT_OPERATIONS: Mapping[str, str | None] = {
    "create_access_token": None,
    "revoke_access_token": "revoke_token",
}
# Methods that are not an operation of their own but a convenience over one.
CONVENIENCES: Mapping[str, str] = {"find_meeting_by_calendar_event_id": "list_meetings"}
# Generated models that need no public name, and why.
NOT_PUBLIC: Mapping[str, str] = {
    "TokenRequest": "the client builds the token request from its credentials",
    "RevokeTokenRequest": "revoke_token() builds it",
    "RevokeTokenResponse": "revoke_token() returns None",
    "CreateWebhookRequest": "create_webhook() takes its fields as arguments",
    "DeleteWebhookResponse": "delete_webhook() returns None",
    "LegacySummary": "SummaryResponse.summary is the plain dict",
    "ErrorDetail": "read through the typed exceptions (message, code), not the body model",
    "ErrorRecovery": "read through the typed exceptions (retry_after), not the body model",
    "ValidationErrorItem": "read through BadRequestError, not the body model",
}
# A value for each required argument of an operation builder, by name.
SAMPLE_ARGUMENTS: Mapping[str, object] = {
    "meeting_id": 1042,
    "webhook_id": 31,
    "event_id": 5001,
    "organization_id": 7,
    "title": "Quarterly planning",
    "calendar_event_id": "5q9hd7k2m1t0c8v6a4b2",
    "target_url": "https://hooks.example.com/meemo",
    "events": ["meeting.created"],
    "organization_ids": [7],
}


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str  # template, e.g. /api/v1/external/meeting/{meeting_id}/
    paginated: bool  # its success body has `next` and `results`

    def matches(self, method: str, path: str) -> bool:
        pattern = re.sub(r"\\\{[^}]+\\\}", r"[^/]+", re.escape(self.path))
        return method == self.method and re.fullmatch(pattern, path) is not None


@dataclass(frozen=True)
class SdkMethod:
    resource: str  # the client property, e.g. "meetings"
    name: str
    method: OperationMethod[..., Any]


@cache
def spec() -> dict[str, Any]:
    loaded, _ = read_from_filename(str(SPEC_PATH))
    return dict(loaded)


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _is_page(operation: Mapping[str, Any]) -> bool:
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            content = _resolve(response).get("content", {})
            schema = _resolve(content.get("application/json", {}).get("schema", {}))
            return {"next", "results"} <= set(schema.get("properties", {}))
    return False


def spec_operations() -> dict[str, SpecOperation]:
    found = {}
    for path, item in spec()["paths"].items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "patch", "delete"):
                op_id = operation["operationId"]
                found[op_id] = SpecOperation(op_id, method.upper(), path, _is_page(operation))
    return found


def generated_operations() -> set[str]:
    """The operation modules `make generate` wrote: one per operation of openapi.yaml."""
    names = set()
    for info in pkgutil.walk_packages(meemo_api_client.api.__path__, "meemo_api_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_get_kwargs"):
            names.add(info.name.rsplit(".", 1)[1])
    return names


def resources(client_class: type[MeemoClient] | type[AsyncMeemoClient]) -> dict[str, type]:
    """The client's resource properties and the class each returns."""
    client = client_class(base_url="http://127.0.0.1:9", access_token="surface")
    return {
        name: type(getattr(client, name))
        for name, value in vars(client_class).items()
        if isinstance(value, property) and isinstance(getattr(client, name), Resource)
    }


def _class_attributes(cls: type) -> Iterator[tuple[str, object]]:
    seen = set()
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if name not in seen:
                seen.add(name)
                yield name, value


def sdk_methods(client_class: type[MeemoClient] | type[AsyncMeemoClient]) -> list[SdkMethod]:
    return [
        SdkMethod(resource, name, value)
        for resource, cls in resources(client_class).items()
        for name, value in _class_attributes(cls)
        if isinstance(value, OperationMethod)
    ]


def pagers(client_class: type[MeemoClient] | type[AsyncMeemoClient]) -> dict[str, Pager[..., Any]]:
    return {
        name: value
        for cls in resources(client_class).values()
        for name, value in _class_attributes(cls)
        if isinstance(value, Pager)
    }


def sample_call(build: Callable[..., Operation[Any]]) -> Operation[Any]:
    """The builder called with a sample value for each required argument."""
    arguments: dict[str, object] = {}
    for parameter in inspect.signature(build).parameters.values():
        if parameter.default is inspect.Parameter.empty:
            if parameter.name not in SAMPLE_ARGUMENTS:
                raise LookupError(
                    f"{build.__name__}: add a sample value for {parameter.name!r} to "
                    "SAMPLE_ARGUMENTS in tests/overlay/surface.py"
                )
            arguments[parameter.name] = SAMPLE_ARGUMENTS[parameter.name]
    return build(**arguments)


def operation_gaps(operations: Mapping[str, SpecOperation], generated: set[str]) -> list[str]:
    gaps = [
        f"openapi.yaml operation {name!r} has no generated module: run `make generate`"
        for name in sorted(set(operations) - generated)
    ]
    for client_class in (MeemoClient, AsyncMeemoClient):
        methods = {m.name: m for m in sdk_methods(client_class)}
        iterators = pagers(client_class)
        for name, op in sorted(operations.items()):
            if name in CLIENT_OPERATIONS:
                method = CLIENT_OPERATIONS[name]
                if method is not None and not hasattr(client_class, method):
                    gaps.append(f"{client_class.__name__} has no {method}() for {name}")
                continue
            found = methods.get(name)
            if found is None:
                gaps.append(
                    f"{op.method} {op.path} ({name}) has no method on {client_class.__name__}: "
                    f"write an `@operation` builder named {name} in the resource module of "
                    "overlays/meemo_sdk/resources/ it belongs to"
                )
                continue
            request = sample_call(found.method.build)
            if not op.matches(request.method, request.path):
                gaps.append(
                    f"{client_class.__name__}.{found.resource}.{name} sends {request.method} "
                    f"{request.path}, not {op.method} {op.path}"
                )
            if op.paginated:
                pager = "iter_" + name.removeprefix("list_")
                if pager not in iterators:
                    gaps.append(
                        f"{name} is paginated but {client_class.__name__}.{found.resource} has "
                        f"no {pager}: add `{pager}: Final = paginate({name})` to its class"
                    )
                elif iterators[pager].list_name != name:
                    gaps.append(f"{pager} pages {iterators[pager].list_name}, not {name}")
        for name in sorted(set(methods) - set(operations)):
            where = f"{client_class.__name__}.{methods[name].resource}.{name}"
            if name not in CONVENIENCES:
                gaps.append(
                    f"{where} matches no operation of openapi.yaml: a method is named after "
                    "its operationId (or listed in CONVENIENCES with the operation it uses)"
                )
                continue
            op = operations[CONVENIENCES[name]]
            request = sample_call(methods[name].method.build)
            if not op.matches(request.method, request.path):
                gaps.append(f"{where} sends {request.method} {request.path}, not {op.path}")
    return gaps


def model_gaps(generated_models: set[str]) -> list[str]:
    public = set(meemo_sdk.__all__)
    gaps = [
        f"generated model {name} has no public name: add it to meemo_sdk.models.__all__ "
        "(and so to meemo_sdk), or to NOT_PUBLIC in tests/overlay/surface.py with the reason"
        for name in sorted(generated_models - public - set(NOT_PUBLIC))
    ]
    gaps += [
        f"NOT_PUBLIC names {name}, which is not a generated model (any more)"
        for name in sorted(set(NOT_PUBLIC) - generated_models)
    ]
    return gaps


def _type_checking_imports(source: str) -> tuple[set[str], set[str]]:
    """Names imported under `if TYPE_CHECKING:` in `source`, and the modules star-imported."""
    names: set[str] = set()
    stars: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom):
                    for alias in statement.names:
                        if alias.name == "*":
                            stars.add(statement.module or "")
                        else:
                            names.add(alias.asname or alias.name)
    return names, stars


def export_gaps(init_source: str, lazy: frozenset[str], exported: list[str]) -> list[str]:
    names, stars = _type_checking_imports(init_source)
    if stars - {"models"}:
        return [f"__init__.py star-imports {sorted(stars)} under TYPE_CHECKING; only models"]
    if "models" in stars:
        names |= set(models.__all__)
    gaps = [
        f"meemo_sdk loads {name} lazily but type checkers do not see it (TYPE_CHECKING imports)"
        for name in sorted(lazy - names)
    ]
    gaps += [
        f"type checkers see meemo_sdk.{name} but it is not loaded lazily at run time"
        for name in sorted(names - lazy)
    ]
    gaps += [
        f"meemo_sdk.__all__ lists {name} twice"
        for name in sorted({name for name in exported if exported.count(name) > 1})
    ]
    gaps += [
        f"meemo_sdk.__all__ names {name}, which does not resolve"
        for name in exported
        if not hasattr(meemo_sdk, name)
    ]
    gaps += [
        f"meemo_sdk.{name} is not the same object as meemo_sdk.models.{name}"
        for name in models.__all__
        if name in exported and getattr(meemo_sdk, name) is not getattr(models, name)
    ]
    return gaps


def lazy_names() -> frozenset[str]:
    """What `meemo_sdk` loads on first use: the clients and the models."""
    return meemo_sdk._LAZY_MODELS | frozenset(meemo_sdk._LAZY_CLIENT)


def surface_gaps() -> list[str]:
    return [
        *operation_gaps(spec_operations(), generated_operations()),
        *model_gaps(set(meemo_api_client.models.__all__)),
        *export_gaps(INIT_PATH.read_text(), lazy_names(), list(meemo_sdk.__all__)),
    ]


def success_example(operation_id: str) -> tuple[int, object]:
    """The first documented success status of an operation and its example body."""
    op = spec_operations()[operation_id]
    responses = spec()["paths"][op.path][op.method.lower()]["responses"]
    for status, response in responses.items():
        if not str(status).startswith("2"):
            continue
        media = _resolve(response).get("content", {}).get("application/json")
        if media is None:
            continue
        if "example" in media:
            return int(status), media["example"]
        first = next(iter(media["examples"].values()))
        return int(status), _resolve(first)["value"]
    raise LookupError(f"{operation_id} documents no JSON success example")

"""One source of truth: the SDK's surface follows openapi.yaml and the generated package.

`surface_gaps()` (tests/overlay/surface.py) derives what must exist; these tests
check that nothing is missing and that each kind of gap would be named.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import meemo_api_client.api
import meemo_api_client.models
import meemo_sdk
import pytest
from meemo_sdk._operation import CARRIED_PARTS, Operation

from tests.overlay import surface


def test_the_sdk_covers_openapi_yaml_and_the_generated_package() -> None:
    assert surface.surface_gaps() == []


def test_an_operation_without_a_method_is_named() -> None:
    operations = dict(surface.spec_operations())
    operations["get_widget"] = surface.SpecOperation(
        "get_widget", "GET", "/api/v1/external/widgets/{widget_id}/", paginated=False
    )

    gaps = surface.operation_gaps(operations, surface.generated_operations() | {"get_widget"})

    assert [gap.split(" has no method on ")[1].split(":")[0] for gap in gaps] == [
        "MeemoClient",
        "AsyncMeemoClient",
    ]
    assert all(
        gap.startswith("GET /api/v1/external/widgets/{widget_id}/ (get_widget)") for gap in gaps
    )


def test_an_operation_not_generated_yet_is_named() -> None:
    gaps = surface.operation_gaps(
        surface.spec_operations(), surface.generated_operations() - {"get_usage"}
    )

    assert gaps == [
        "openapi.yaml operation 'get_usage' has no generated module: run `make generate`"
    ]


def test_a_method_sending_another_endpoint_is_named() -> None:
    operations = dict(surface.spec_operations())
    moved = dataclasses.replace(
        operations["get_recording"], path="/api/v1/external/recordings/{id}/"
    )
    operations["get_recording"] = moved

    gaps = surface.operation_gaps(operations, surface.generated_operations())

    assert gaps == [
        f"{client}.meetings.get_recording sends GET /api/v1/external/meeting/1042/recording/, "
        "not GET /api/v1/external/recordings/{id}/"
        for client in ("MeemoClient", "AsyncMeemoClient")
    ]


def test_a_paginated_list_without_its_iterator_is_named() -> None:
    operations = dict(surface.spec_operations())
    operations["list_topics"] = dataclasses.replace(operations["list_topics"], paginated=True)

    gaps = surface.operation_gaps(operations, surface.generated_operations())

    assert [gap.split(":")[0] for gap in gaps] == [
        "list_topics is paginated but MeemoClient.meetings has no iter_topics",
        "list_topics is paginated but AsyncMeemoClient.meetings has no iter_topics",
    ]


def test_every_paginated_list_has_its_iterator_on_both_clients() -> None:
    paginated = {name for name, op in surface.spec_operations().items() if op.paginated}

    assert paginated == {"list_meetings", "list_webhooks", "list_webhook_events"}
    for client_class in (meemo_sdk.MeemoClient, meemo_sdk.AsyncMeemoClient):
        assert sorted(surface.pagers(client_class)) == [
            "iter_meetings",
            "iter_webhook_events",
            "iter_webhooks",
        ]


def test_a_generated_model_without_a_public_name_is_named() -> None:
    generated = set(meemo_api_client.models.__all__)

    assert surface.model_gaps(generated | {"Widget"}) == [
        "generated model Widget has no public name: add it to meemo_sdk.models.__all__ (and so "
        "to meemo_sdk), or to NOT_PUBLIC in tests/overlay/surface.py with the reason"
    ]
    assert surface.model_gaps(generated - {"TokenRequest"}) == [
        "NOT_PUBLIC names TokenRequest, which is not a generated model (any more)"
    ]


def test_export_lists_that_disagree_are_named() -> None:
    source = surface.INIT_PATH.read_text()
    lazy = surface.lazy_names()
    exported = list(meemo_sdk.__all__)

    assert surface.export_gaps(source, lazy, exported) == []
    assert surface.export_gaps(source, lazy | {"Widget"}, exported) == [
        "meemo_sdk loads Widget lazily but type checkers do not see it (TYPE_CHECKING imports)"
    ]
    assert surface.export_gaps(source, lazy - {"Topic"}, exported) == [
        "type checkers see meemo_sdk.Topic but it is not loaded lazily at run time"
    ]
    assert surface.export_gaps(source, lazy, [*exported, "Topic", "Widget"]) == [
        "meemo_sdk.__all__ lists Topic twice",
        "meemo_sdk.__all__ names Widget, which does not resolve",
    ]
    explicit = source.replace("from .models import *", "from .models import Topic")
    assert len(surface.export_gaps(explicit, lazy, exported)) == len(meemo_sdk._LAZY_MODELS) - 1


def test_the_models_load_lazily_and_are_the_models_module_s() -> None:
    assert set(meemo_sdk.models.__all__) == meemo_sdk._LAZY_MODELS
    assert dir(meemo_sdk) == sorted(meemo_sdk.__all__)


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = meemo_sdk.NoSuchModel  # type: ignore[attr-defined]


def test_a_model_module_loads_when_its_model_is_first_used() -> None:
    """`import meemo_sdk` and a client load no model; resources and endpoint modules name
    models lazily, so only a model that is used is created (cold-import budget)."""
    probe = (
        "import sys, meemo_sdk\n"
        "def loaded():\n"
        "    prefix = 'meemo_api_client.models.'\n"
        "    names = [m[len(prefix) :] for m in sys.modules if m.startswith(prefix)]\n"
        "    print(' '.join(sorted(names)) or '-')\n"
        "client = meemo_sdk.MeemoClient('id', 'secret', 'http://127.0.0.1:9')\n"
        "print('meemo_api_client.models' in sys.modules)\n"
        "client.meetings, client.webhooks, client.usage, client.calendar\n"
        "loaded()\n"
        "meemo_sdk.models.MeetingDetail\n"
        "loaded()\n"
        "from meemo_sdk.models import *\n"
        "loaded()\n"
    )
    result = subprocess.run(  # noqa: S603 - the test's own interpreter and code
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    package, *lines = result.stdout.splitlines()
    resources, detail, everything = (set(line.split()) for line in lines)
    assert package == "False"
    # What the argument checks of create_meeting and list_meetings need, nothing more.
    assert resources == {"calendar_attendee", "create_meeting_calendar_event", "meeting_status"}
    assert {"meeting_detail", "calendar_event", "meeting_host", "processing_stage"} <= detail
    assert not {"webhook", "transcript_response", "meeting_list_response"} & detail
    modules = Path(meemo_api_client.models.__file__).parent
    generated = {path.stem for path in modules.glob("*.py")} - {"__init__"}
    assert everything <= generated
    assert {"webhook", "transcript_response", "meeting_list_response"} <= everything


def test_the_generated_models_package_names_every_model_and_no_other() -> None:
    assert set(dir(meemo_api_client.models)) >= set(meemo_api_client.models.__all__)
    for name in meemo_api_client.models.__all__:
        assert getattr(meemo_api_client.models, name).__name__ == name
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = meemo_api_client.models.NoSuchModel  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = meemo_sdk.models.NoSuchModel  # type: ignore[attr-defined]


# --- the bridge to the generated request builders ------------------------------------------


def _request_parts(function: ast.FunctionDef) -> set[str]:
    """The keys a generated `_get_kwargs` can put in its result (`_kwargs`)."""
    parts: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            for target in targets:
                if isinstance(target, ast.Name) and target.id == "_kwargs":
                    if isinstance(node.value, ast.Dict):
                        parts |= {
                            str(k.value) for k in node.value.keys if isinstance(k, ast.Constant)
                        }
                    else:
                        raise AssertionError(
                            f"_kwargs built in an unknown way: {ast.unparse(node)}"
                        )
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "_kwargs"
                ):
                    assert isinstance(target.slice, ast.Constant), ast.unparse(node)
                    parts.add(str(target.slice.value))
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "_kwargs.update":
            raise AssertionError(f"_kwargs extended in an unknown way: {ast.unparse(node)}")
    return parts


def _generated_builders() -> list[tuple[str, ast.FunctionDef]]:
    builders = []
    for info in pkgutil.walk_packages(meemo_api_client.api.__path__, "meemo_api_client.api."):
        module = importlib.import_module(info.name)
        if module.__file__ is None or not hasattr(module, "_get_kwargs"):
            continue
        tree = ast.parse(open(module.__file__).read())  # noqa: SIM115
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
                builders.append((info.name, node))
    return builders


def test_every_request_part_the_generator_emits_is_carried_to_the_wire() -> None:
    builders = _generated_builders()

    assert len(builders) == len(surface.spec_operations())
    for module, function in builders:
        assert _request_parts(function) <= CARRIED_PARTS, module


def test_the_scan_sees_what_the_generator_may_add() -> None:
    function = ast.parse(
        "def _get_kwargs():\n"
        "    _kwargs = {'method': 'post', 'url': '/x/'}\n"
        "    _kwargs['files'] = body.to_multipart()\n"
        "    return _kwargs\n"
    ).body[0]
    assert isinstance(function, ast.FunctionDef)

    assert _request_parts(function) == {"method", "url", "files"}


@pytest.mark.parametrize("part", ["cookies", "content", "files"])
def test_a_request_part_that_would_be_dropped_is_refused(part: str) -> None:
    request = {"method": "post", "url": "/api/v1/external/meeting/", part: {"a": "b"}}

    with pytest.raises(TypeError, match=f"'{part}'.*does not carry"):
        Operation.from_generated(request, dict)

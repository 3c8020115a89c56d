"""Operations the sandbox does not model are answered from the spec's own examples.

The sandbox is pointed at openapi.yaml plus a few operations it has no code for: they
answer at once, deterministically, still behind the token and the parameter checks,
and every answer validates against that extended spec. Modelled operations keep
their behaviour.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from meemo_sandbox.spec import load_spec
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, Sandbox, SandboxServer
from openapi_core import OpenAPI

from tests.sandbox.support import MEETINGS, bearer, token, validate_response

API = "/api/v1/external"
ACTION_ITEMS = MEETINGS + "{}/action-items/"
EXPORTS = f"{API}/exports/"
STATUS = f"{API}/status/"
REPORTS = f"{API}/reports/{{}}/"

FIRST_ITEMS = {"meeting_id": 1042, "items": [{"owner": "Rina", "task": "Send the plan"}]}
OK_STATUS = {"status": "ok", "checked_on": "2026-11-16"}
CREATED_EXPORT = {"id": 5, "state": "queued"}
RESPONSES = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "5XX": {"$ref": "#/components/responses/ServerError"},
}
EXTRA_PATHS: dict[str, Any] = {
    f"{API}/meeting/{{meeting_id}}/action-items/": {
        "get": {
            "operationId": "list_action_items",
            "summary": "Action items of a meeting",
            "parameters": [{"$ref": "#/components/parameters/MeetingId"}],
            "responses": {
                "200": {
                    "description": "The action items.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "object"},
                            "examples": {
                                "first": {"value": FIRST_ITEMS},
                                "second": {"value": {"meeting_id": 1, "items": []}},
                            },
                        }
                    },
                },
                **RESPONSES,
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        }
    },
    EXPORTS: {
        "post": {
            "operationId": "create_export",
            "summary": "Start an export",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["organization_id", "format"],
                            "properties": {
                                "organization_id": {"type": "integer"},
                                "format": {"type": "string"},
                            },
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Already exported.",
                    "content": {"application/json": {"example": {"id": 4, "state": "done"}}},
                },
                "201": {
                    "description": "Export started.",
                    "content": {"application/json": {"example": CREATED_EXPORT}},
                },
                **RESPONSES,
            },
        }
    },
    f"{API}/exports/{{export_id}}/": {
        "parameters": [
            {"name": "export_id", "in": "path", "required": True, "schema": {"type": "integer"}}
        ],
        "delete": {
            "operationId": "delete_export",
            "summary": "Delete an export",
            "responses": {"204": {"description": "Deleted."}, **RESPONSES},
        },
    },
    STATUS: {
        "get": {
            "operationId": "get_status",
            "summary": "Service status",
            "security": [],
            "parameters": [
                {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 50},
                },
                {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
                {"name": "X-Probe", "in": "header", "required": True, "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "The status.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Status"}}
                    },
                },
                "400": {"$ref": "#/components/responses/BadRequest"},
            },
        }
    },
    f"{API}/reports/{{report-id}}/": {
        "get": {
            "operationId": "get_report",
            "summary": "A report without an example",
            "parameters": [
                {
                    "name": "report-id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^r-[0-9]+$"},
                }
            ],
            "responses": {
                "200": {
                    "description": "The report.",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                **RESPONSES,
            },
        }
    },
}
# A method the sandbox does not model on a path it does.
WEBHOOK_PATCH: dict[str, Any] = {
    "operationId": "update_webhook",
    "summary": "Update a webhook",
    "parameters": [{"$ref": "#/components/parameters/WebhookId"}],
    "responses": {
        "200": {
            "description": "The webhook.",
            "content": {"application/json": {"example": {"id": 1, "is_active": False}}},
        },
        **RESPONSES,
    },
}


@pytest.fixture(scope="module")
def extended_spec_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    document = copy.deepcopy(load_spec())
    document["paths"].update(EXTRA_PATHS)
    webhook_path = next(p for p in document["paths"] if p.endswith("/webhooks/{webhook_id}/"))
    document["paths"][webhook_path]["patch"] = WEBHOOK_PATCH
    document["components"]["schemas"]["Status"] = {"type": "object", "example": "PLACEHOLDER"}
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    # An unquoted date, as people write them in YAML: it must reach the wire as the string.
    text = text.replace("example: PLACEHOLDER", "example: {status: ok, checked_on: 2026-11-16}")
    path = tmp_path_factory.mktemp("spec") / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def extended_spec(extended_spec_path: Path) -> OpenAPI:
    return OpenAPI.from_file_path(str(extended_spec_path))


@pytest.fixture
def extended(extended_spec_path: Path) -> Sandbox:
    return Sandbox(clock=ManualClock(DEFAULT_NOW), spec=extended_spec_path)


@pytest.fixture
def extended_server(extended: Sandbox) -> Iterator[SandboxServer]:
    with SandboxServer(extended) as server:
        yield server


@pytest.fixture
def client(extended_server: SandboxServer, extended_spec: OpenAPI) -> Iterator[httpx.Client]:
    """A client on the extended sandbox whose every response must fit the extended spec."""

    def check(response: httpx.Response) -> None:
        response.read()
        assert response.headers["X-Request-ID"].startswith("req_")
        validate_response(extended_spec, response)

    base_url = extended_server.base_url
    with httpx.Client(base_url=base_url, event_hooks={"response": [check]}) as http:
        http.headers.update(bearer(token(http, extended_server.credentials)))
        yield http


@pytest.fixture
def unchecked(extended_server: SandboxServer) -> Iterator[httpx.Client]:
    """A client without a token, for answers outside the extended spec."""
    with httpx.Client(base_url=extended_server.base_url) as http:
        yield http


def test_the_extra_operations_are_the_fallback_ones(extended: Sandbox) -> None:
    assert extended.fallback_operations == [
        "create_export",
        "delete_export",
        "get_report",
        "get_status",
        "list_action_items",
        "update_webhook",
    ]


def test_an_unmodelled_get_answers_with_its_first_example(client: httpx.Client) -> None:
    first = client.get(ACTION_ITEMS.format(1001))
    again = client.get(ACTION_ITEMS.format(987654))

    assert first.status_code == again.status_code == 200
    assert first.json() == again.json() == FIRST_ITEMS


def test_a_token_is_still_required_unless_the_operation_waives_it(
    unchecked: httpx.Client,
) -> None:
    refused = unchecked.get(ACTION_ITEMS.format(1001))
    expired = unchecked.get(ACTION_ITEMS.format(1001), headers=bearer("made-up"))
    waived = unchecked.get(STATUS, headers={"X-Probe": "1"})

    assert refused.status_code == expired.status_code == 401
    assert refused.json() == {"detail": "Authentication credentials were not provided."}
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")
    assert (waived.status_code, waived.json()) == (200, OK_STATUS)  # the date stays a string


@pytest.mark.parametrize("raw_id", ["abc", "0", "²", "٣", "1_000", "9" * 30])
def test_path_parameters_are_checked_against_their_schema(
    client: httpx.Client, raw_id: str
) -> None:
    response = client.get(ACTION_ITEMS.format(raw_id))

    assert response.status_code == 400
    assert response.json()["detail"][0]["loc"] == ["path", "meeting_id"]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "51"}, "limit"),
        ({"limit": "٣"}, "limit"),
        ({"verbose": "maybe"}, "verbose"),
        ({"since": "2026-13-01"}, "since"),
        ({"since": "16/11/2026"}, "since"),
    ],
)
def test_query_parameters_are_checked_against_their_schema(
    client: httpx.Client, params: dict[str, str], name: str
) -> None:
    response = client.get(STATUS, params=params, headers={"X-Probe": "1"})

    assert response.status_code == 400
    assert response.json()["detail"][0]["loc"] == ["query", name]


def test_valid_parameters_and_a_missing_required_header(client: httpx.Client) -> None:
    fine = {"limit": "50", "verbose": "true", "since": "2026-11-16"}
    assert client.get(STATUS, params=fine, headers={"x-probe": "1"}).status_code == 200
    missing = client.get(STATUS, params=fine)
    assert missing.status_code == 400
    assert missing.json()["detail"][0]["loc"] == ["header", "X-Probe"]


def test_a_post_answers_201_when_documented_after_checking_its_body(
    client: httpx.Client, extended: Sandbox
) -> None:
    created = client.post(EXPORTS, json={"organization_id": 7, "format": "csv"})
    incomplete = client.post(EXPORTS, json={"organization_id": 7})
    not_an_object = client.post(EXPORTS, json=[1, 2])
    no_body = client.post(EXPORTS)
    deep = client.post(
        EXPORTS, content=b"[" * 50_000 + b"]" * 50_000, headers={"Content-Type": "application/json"}
    )

    assert (created.status_code, created.json()) == (201, CREATED_EXPORT)
    assert incomplete.status_code == 400
    assert incomplete.json()["error"]["params"]["fields"] == ["format"]
    assert not_an_object.status_code == no_body.status_code == deep.status_code == 400
    assert no_body.json()["error"]["code"] == "invalid_body"
    assert [r.status for r in extended.requests if r.path == EXPORTS] == [201, 400, 400, 400, 400]


def test_an_operation_without_content_answers_with_no_body(client: httpx.Client) -> None:
    response = client.delete(f"{API}/exports/12/")

    assert (response.status_code, response.content) == (204, b"")


def test_any_parameter_name_works_and_a_missing_example_is_reported(
    client: httpx.Client, unchecked: httpx.Client
) -> None:
    bad = client.get(REPORTS.format("x-1"))
    assert bad.status_code == 400
    assert bad.json()["detail"][0]["loc"] == ["path", "report-id"]

    unanswerable = unchecked.get(REPORTS.format("r-1"), headers=client.headers)
    assert unanswerable.status_code == 501
    assert "get_report" in unanswerable.json()["detail"]


def test_a_new_method_on_a_modelled_path_leaves_the_modelled_ones_alone(
    client: httpx.Client,
) -> None:
    webhook = client.get(f"{API}/webhooks/1/").json()
    patched = client.patch(f"{API}/webhooks/1/")

    assert webhook["target_url"] == "https://hooks.example.com/meemo/7"  # the seeded one
    assert (patched.status_code, patched.json()) == (200, {"id": 1, "is_active": False})


def test_modelled_operations_behave_as_with_the_shipped_spec(
    client: httpx.Client, http: httpx.Client, auth: dict[str, str]
) -> None:
    for path in (MEETINGS, f"{MEETINGS}1001/", f"{MEETINGS}1001/summary/", f"{API}/topics/"):
        extended, shipped = client.get(path).json(), http.get(path, headers=auth).json()
        if path == MEETINGS:  # absolute links name each server's own port
            extended["next"] = shipped["next"] = None
        assert extended == shipped


def test_injected_failures_and_the_request_log_cover_the_fallback(
    client: httpx.Client, extended: Sandbox
) -> None:
    extended.fail_next(503, path_prefix=f"{MEETINGS}1001/action-items/")

    statuses = [client.get(ACTION_ITEMS.format(1001)).status_code for _ in range(2)]

    assert statuses == [503, 200]
    assert [r.status for r in extended.requests[-2:]] == [503, 200]


def test_a_spec_that_is_not_openapi_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text("just: text\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        Sandbox(spec=path)

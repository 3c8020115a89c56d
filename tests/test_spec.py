"""openapi.yaml itself: valid OpenAPI 3.1, the operations and schemas the SDK is built on,
a bearer token on every API call, open response enums, and examples and test payloads that obey it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from meemo_api_client.models import MeetingListItem, MeetingStatus, ProcessingStage
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.response.exceptions import InvalidData
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests import payloads

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
SPEC_URI = "urn:meemo:openapi"
EXTERNAL_PREFIX = "/api/v1/external/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Wire facts of the live service (method and path of each operation).
OPERATIONS = {
    "list_meetings": ("get", "/api/v1/external/meeting/"),
    "get_meeting": ("get", "/api/v1/external/meeting/{meeting_id}/"),
    "create_meeting": ("post", "/api/v1/external/meeting/"),
    "get_transcript": ("get", "/api/v1/external/meeting/{meeting_id}/transcript/"),
    "get_summary": ("get", "/api/v1/external/meeting/{meeting_id}/summary/"),
    "get_participants": ("get", "/api/v1/external/meeting/{meeting_id}/participants/"),
    "get_recording": ("get", "/api/v1/external/meeting/{meeting_id}/recording/"),
    "list_topics": ("get", "/api/v1/external/topics/"),
    "get_summary_with_video": ("get", "/api/v1/external/meeting/{meeting_id}/summary-with-video/"),
    "list_available_organizations": ("get", "/api/v1/external/webhooks/available-organizations/"),
    "create_webhook": ("post", "/api/v1/external/webhooks/"),
    "list_webhooks": ("get", "/api/v1/external/webhooks/"),
    "get_webhook": ("get", "/api/v1/external/webhooks/{webhook_id}/"),
    "delete_webhook": ("delete", "/api/v1/external/webhooks/{webhook_id}/"),
    "list_webhook_events": ("get", "/api/v1/external/webhook-events/"),
    "get_webhook_event": ("get", "/api/v1/external/webhook-events/{event_id}/"),
    "get_usage": ("get", "/api/v1/external/usage/"),
    "get_upcoming_meetings": ("get", "/api/v1/external/calendar/upcoming-meetings/"),
}
AUTH_OPERATIONS = {
    "create_access_token": ("post", "/api/auth/token/"),
    "revoke_access_token": ("post", "/api/auth/revoke-token/"),
}
SCHEMAS = (
    "MeetingListResponse",
    "MeetingListItem",
    "MeetingDetail",
    "MeetingHost",
    "CalendarEvent",
    "CalendarAttendee",
    "CreateMeetingRequest",
    "CreateMeetingCalendarEvent",
    "TranscriptResponse",
    "TranscriptSegment",
    "SummaryResponse",
    "ParticipantsResponse",
    "Participant",
    "RecordingResponse",
    "Topic",
    "SummaryWithVideoResponse",
    "AvailableOrganization",
    "CreateWebhookRequest",
    "Webhook",
    "WebhookListResponse",
    "WebhookEvent",
    "WebhookEventListResponse",
    "UsageResponse",
    "UpcomingMeetingsResponse",
    "ErrorResponse",
)
LIST_FILTERS = {
    "organization_id": ("integer", None),
    "title": ("string", None),
    "participants": ("string", None),
    "created_after": ("string", "date"),
    "created_before": ("string", "date"),
    "summary_complete": ("boolean", None),
    "from_calendar": ("boolean", None),
    "start_after": ("string", "date"),
    "start_before": ("string", "date"),
    "status": (None, None),  # a $ref to MeetingStatus, checked below
    "calendar_event_id": ("string", None),
    "meeting_link": ("string", None),
    "calendar_event_name": ("string", None),
    "calendar_event_description": ("string", None),
    "search": ("string", None),
    "page": ("integer", None),
    "size": ("integer", None),
}


@cache
def _spec() -> Mapping[str, Any]:
    spec, _ = read_from_filename(str(SPEC_PATH))
    return spec


@cache
def _registry() -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(dict(_spec()))
    )
    return registry


def _validator(pointer: str) -> Any:
    """A JSON Schema validator for the schema at `pointer` in openapi.yaml, with its $refs."""
    return OAS31Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=_registry(),
        format_checker=oas31_format_checker,
    )


def _errors(pointer: str, instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator(pointer).iter_errors(instance)
    ]


def _operations() -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in _spec()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def test_the_document_is_valid_openapi_3_1() -> None:
    spec = _spec()
    assert spec["openapi"].startswith("3.1.")
    validate(spec)


def test_each_operation_sits_at_its_wire_path_and_method() -> None:
    found = [(op["operationId"], (method, path)) for path, method, op in _operations()]
    ids = [operation_id for operation_id, _ in found]
    assert len(ids) == len(set(ids)), f"duplicate operationIds: {ids}"
    assert {**OPERATIONS, **AUTH_OPERATIONS}.items() <= dict(found).items()


def test_every_path_ends_with_a_slash() -> None:
    assert [p for p in _spec()["paths"] if not p.endswith("/")] == []


def test_the_component_schemas_the_sdk_names_exist() -> None:
    missing = [name for name in SCHEMAS if name not in _spec()["components"]["schemas"]]
    assert missing == []


def test_every_api_operation_requires_the_bearer_token() -> None:
    spec = _spec()
    schemes = spec["components"]["securitySchemes"]
    # http/bearer, not oauth2: generators such as openapi-generator's typescript-fetch send an
    # oauth2 token without the `Bearer ` prefix, and the service then answers 401.
    assert schemes["bearerAuth"]["type"] == "http"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    external = [(p, m, op) for p, m, op in _operations() if p.startswith(EXTERNAL_PREFIX)]
    assert {op["operationId"] for _, _, op in external} >= OPERATIONS.keys()
    for path, method, op in external:
        security = op.get("security", spec.get("security"))
        # An empty requirement ({}) would make the token optional.
        assert security == [{"bearerAuth": []}], f"{method.upper()} {path}: security is {security}"


def test_the_client_credentials_flow_that_issues_the_token_is_documented() -> None:
    scheme = _spec()["components"]["securitySchemes"]["oauth2"]
    assert scheme["type"] == "oauth2"
    flow = scheme["flows"]["clientCredentials"]
    assert flow["tokenUrl"] == AUTH_OPERATIONS["create_access_token"][1]


def test_the_token_endpoints_need_no_token() -> None:
    for path, method, op in _operations():
        if op["operationId"] in AUTH_OPERATIONS:
            assert op.get("security") == [], f"{method.upper()} {path} must not need a token"


def test_list_meetings_documents_every_filter_the_service_accepts() -> None:
    spec = _spec()
    _, path = OPERATIONS["list_meetings"]
    params = spec["paths"][path]["get"]["parameters"]
    resolved = [
        spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
        for p in params
    ]
    assert {p["name"] for p in resolved} == LIST_FILTERS.keys()
    for param in resolved:
        assert param["in"] == "query"
        assert not param.get("required", False), f"{param['name']} must be optional"
        kind, fmt = LIST_FILTERS[param["name"]]
        if kind is not None:
            assert param["schema"]["type"] == kind, param["name"]
            assert param["schema"].get("format") == fmt, param["name"]
    status = next(p for p in resolved if p["name"] == "status")
    assert status["schema"] == {"$ref": "#/components/schemas/MeetingStatus"}


def test_response_enums_are_open() -> None:
    """A closed enum may only be used through its `<Name>Value` wrapper (anyOf enum | string),
    so a value the service adds later never breaks parsing. Request parameters may use it."""
    schemas = _spec()["components"]["schemas"]
    closed = {name for name, schema in schemas.items() if "enum" in schema}
    assert closed == {"MeetingStatus", "StageStatus", "RecordingFormat", "MediaKind"}
    for name in closed:
        assert schemas[f"{name}Value"] == {
            "description": schemas[f"{name}Value"]["description"],
            "anyOf": [{"$ref": f"#/components/schemas/{name}"}, {"type": "string"}],
        }

    def walk(node: Any, where: str) -> Iterator[str]:
        if isinstance(node, Mapping):
            if "enum" in node:
                yield f"{where}: inline enum"
            ref = node.get("$ref", "")
            if ref.rsplit("/", 1)[-1] in closed:
                yield f"{where}: $ref {ref}"
            for key, child in node.items():
                yield from walk(child, f"{where}/{key}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, f"{where}/{index}")

    offenders = [
        problem
        for name, schema in schemas.items()
        if name not in closed and not (name.endswith("Value") and name[:-5] in closed)
        for problem in walk(schema, name)
    ]
    assert offenders == []


def test_meeting_list_item_schema_accepts_an_unknown_status_and_field() -> None:
    pointer = "/components/schemas/MeetingListItem"
    newer = payloads.meeting_list_page()["results"][1]
    assert newer["status"] == payloads.UNKNOWN_MEETING_STATUS
    assert payloads.UNKNOWN_FIELD in newer

    assert _errors(pointer, newer) == []
    # The same validator still rejects what is really wrong, so the refs were resolved.
    assert _errors(pointer, {**newer, "status": 5}) != []
    assert _errors(pointer, {**newer, "recording": {"status": None}}) != []
    assert _errors(pointer, {k: v for k, v in newer.items() if k != "host_name"}) != []
    # Requests still use the closed list.
    assert _errors("/components/schemas/MeetingStatus", payloads.UNKNOWN_MEETING_STATUS) != []


def test_generated_model_parses_what_the_open_schema_accepts() -> None:
    newer = payloads.meeting_list_page()["results"][1]

    item = MeetingListItem.from_dict(newer)

    assert item.status == payloads.UNKNOWN_MEETING_STATUS
    assert not isinstance(item.status, MeetingStatus)
    assert isinstance(item.recording, ProcessingStage)
    assert item.recording.status == payloads.UNKNOWN_STAGE_STATUS
    assert item.additional_properties == {payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE}
    assert item.to_dict()[payloads.UNKNOWN_FIELD] == payloads.UNKNOWN_FIELD_VALUE


@pytest.mark.parametrize(
    ("schema", "instance"),
    [
        ("RecordingResponse", payloads.recording_with_new_formats()),
        ("RecordingAsset", payloads.recording_with_new_formats()["assets"][1]),
        ("ProcessingStage", {"status": payloads.UNKNOWN_STAGE_STATUS}),
    ],
    ids=["recording-format", "media-kind", "stage-status"],
)
def test_other_response_schemas_accept_unknown_enum_values(
    schema: str, instance: payloads.JSON
) -> None:
    assert _errors(f"/components/schemas/{schema}", instance) == []


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            {
                "organization_id": 7,
                "title": "x",
                "bot_meeting_url": "https://meet.example/a",
                "file_url": "https://files.example/a.mp3",
            },
            "bot_meeting_url and file_url together",
        ),
        (
            {"organization_id": 7, "title": "x", "bot_join_at": "2026-12-01T10:00:00+07:00"},
            "bot_join_at without bot_meeting_url",
        ),
        ({"organization_id": 7, "title": "x", "speaker_count": 0}, "speaker_count below 1"),
        ({"organization_id": 0, "title": "x"}, "organization_id below 1"),
        ({"organization_id": 7, "title": "x", "colour": "red"}, "a field the API does not take"),
        ({"title": "x"}, "no organization_id"),
    ],
)
def test_create_meeting_request_schema_rejects_invalid_bodies(
    body: payloads.JSON, problem: str
) -> None:
    pointer = "/components/schemas/CreateMeetingRequest"
    assert _errors(pointer, {"organization_id": 7, "title": "x"}) == []
    assert _errors(pointer, body) != [], problem


def _examples() -> Iterator[tuple[str, str, Any]]:
    """Every example in the document, with the pointer of the schema it illustrates."""
    spec = _spec()

    def walk(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
        if isinstance(node, Mapping):
            if "schema" in node and "example" in node:
                yield f"{pointer}/example", f"{pointer}/schema", node["example"]
            if "schema" in node and "examples" in node:
                for name, example in node["examples"].items():
                    if "$ref" in example:
                        example = spec["components"]["examples"][example["$ref"].rsplit("/")[-1]]
                    yield f"{pointer}/examples/{name}", f"{pointer}/schema", example["value"]
            for key, child in node.items():
                yield from walk(child, f"{pointer}/{_escape(str(key))}")
        elif isinstance(node, list):
            for index, child in enumerate(node):
                yield from walk(child, f"{pointer}/{index}")

    yield from walk(spec["paths"], "/paths")
    yield from walk(spec["components"], "/components")


def test_every_example_obeys_its_schema() -> None:
    examples = list(_examples())
    assert len(examples) >= len(OPERATIONS), "the walk found too few examples"
    problems = {
        where: errors for where, schema, value in examples if (errors := _errors(schema, value))
    }
    assert problems == {}


# Each shared payload, with the operation that returns it.
PAYLOADS: list[tuple[Callable[[], Any], str, str, int]] = [
    (payloads.meeting_list_page, "get", "/api/v1/external/meeting/", 200),
    (payloads.meeting_list_last_page, "get", "/api/v1/external/meeting/", 200),
    (payloads.meeting_detail, "get", "/api/v1/external/meeting/1042/", 200),
    (payloads.meeting_detail_in_progress, "get", "/api/v1/external/meeting/1043/", 200),
    (payloads.created_meeting, "post", "/api/v1/external/meeting/", 201),
    (payloads.transcript, "get", "/api/v1/external/meeting/1042/transcript/", 200),
    (payloads.summary_markdown, "get", "/api/v1/external/meeting/1042/summary/", 200),
    (payloads.summary_legacy, "get", "/api/v1/external/meeting/87/summary/", 200),
    (payloads.summary_pending, "get", "/api/v1/external/meeting/1043/summary/", 200),
    (payloads.participants, "get", "/api/v1/external/meeting/1042/participants/", 200),
    (payloads.recording, "get", "/api/v1/external/meeting/1042/recording/", 200),
    (payloads.recording_with_new_formats, "get", "/api/v1/external/meeting/1050/recording/", 200),
    (payloads.recording_missing, "get", "/api/v1/external/meeting/1043/recording/", 200),
    (payloads.topics, "get", "/api/v1/external/topics/", 200),
    (payloads.error_structured, "get", "/api/v1/external/meeting/", 429),
    (payloads.error_detail_message, "get", "/api/v1/external/meeting/1042/", 404),
    (payloads.error_detail_list, "get", "/api/v1/external/meeting/", 400),
    (payloads.error_structured, "get", "/api/v1/external/topics/", 503),
    (payloads.error_oauth, "post", "/api/auth/token/", 401),
]


@cache
def _openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


@pytest.mark.parametrize(
    ("factory", "method", "path", "status"),
    PAYLOADS,
    ids=[f"{factory.__name__}-{status}" for factory, _, _, status in PAYLOADS],
)
def test_shared_payloads_are_valid_responses(
    factory: Callable[[], Any], method: str, path: str, status: int
) -> None:
    """openapi-core matches the request to its operation, then validates the body."""
    request = MockRequest("https://api-meemo.glair.ai", method, path)
    response = MockResponse(json.dumps(factory()).encode(), status_code=status)

    _openapi().validate_response(request, response)


def test_payload_validation_catches_a_wrong_payload() -> None:
    path = "/api/v1/external/meeting/1042/participants/"
    request = MockRequest("https://api-meemo.glair.ai", "get", path)
    broken = payloads.participants()
    broken["participants"][0]["id"] = "12"  # a string where the spec says integer
    response = MockResponse(json.dumps(broken).encode(), status_code=200)

    with pytest.raises(InvalidData, match="'12' is not of type"):
        _openapi().validate_response(request, response)


_NEWER_WEBHOOK = {
    "id": 31,
    "target_url": "https://hooks.example.com/meemo",
    "secret_key": "whsec_0d6f",
    "events": ["meeting.created", "meeting.archived"],
    "is_active": True,
    "created_at": "2026-11-02T09:00:00+07:00",
    "organization_id": 7,
    payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE,
}


@pytest.mark.parametrize(
    ("schema", "instance"),
    [
        ("Webhook", _NEWER_WEBHOOK),
        ("WebhookListResponse", {"count": 1, "results": [_NEWER_WEBHOOK]}),
        (
            "WebhookEvent",
            {
                "id": 1,
                "webhook_id": 31,
                "event_uuid": "0b7c",
                "event_type": "meeting.archived",
                "status": "RETRYING",
                "response_status": 503,
                "attempt_count": 2,
                "created_at": "2026-11-02T09:00:00+07:00",
            },
        ),
        (
            "UsageItem",
            {
                "organization_id": 7,
                "organization_name": "Nusantara Digital",
                "capability_name": "bot_hours",
                "usage": 2.5,
                "quota": None,
            },
        ),
        (
            "UpcomingMeeting",
            {
                "id": 1,
                "organization_id": 7,
                "organization_name": "Nusantara Digital",
                "event_id": "e1",
                "start_time": "2026-11-24T14:00:00+07:00",
                "end_time": "2026-11-24T15:00:00+07:00",
                "status": "tentative",
            },
        ),
        ("SummaryWithVideoResponse", {"meeting_id": 1, "title": "x", "media_mapping": None}),
    ],
    ids=["webhook", "webhook-list", "delivery", "usage", "upcoming", "summary-with-video"],
)
def test_newer_response_schemas_accept_new_values_and_fields(
    schema: str, instance: payloads.JSON
) -> None:
    """Webhook event types, delivery states, capabilities are open sets; fields may be added."""
    assert _errors(f"/components/schemas/{schema}", instance) == []


@pytest.mark.parametrize(
    "body",
    [
        {"target_url": "https://h.example/x", "events": [], "organization_ids": [7]},
        {
            "target_url": "https://h.example/x",
            "events": ["meeting.created"],
            "organization_ids": [0],
        },
        {
            "target_url": "https://h.example/x",
            "events": ["meeting.created"],
            "organization_ids": [],
        },
        {"events": ["meeting.created"], "organization_ids": [7]},
        {
            "target_url": "https://h.example/x",
            "events": ["meeting.created"],
            "organization_ids": [7],
            "secret_key": "whsec_chosen",
        },
    ],
    ids=["no-events", "organization-zero", "no-organizations", "no-target", "unknown-field"],
)
def test_create_webhook_request_schema_rejects_invalid_bodies(body: payloads.JSON) -> None:
    assert _errors("/components/schemas/CreateWebhookRequest", body) != []

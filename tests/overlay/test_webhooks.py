"""`client.webhooks` on the wire, sync and async: paths, bodies, parsing, the secret key kept
out of reprs, and every argument rule enforced before anything is sent.
"""

from __future__ import annotations

from typing import Any

import pytest
from meemo_sdk import (
    AvailableOrganization,
    InternalServerError,
    InvalidRequestError,
    Webhook,
    WebhookEvent,
    WebhookEventListResponse,
    WebhookListResponse,
)
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.overlay.support import (
    API,
    SECRET_MARKER,
    Sdk,
    TokenEndpoint,
    api_requests,
    bad,
    bearer,
    issued_token,
    json_body,
    query,
)

WEBHOOKS = f"{API}/webhooks/"
EVENTS = f"{API}/webhook-events/"
TARGET = "https://hooks.example.com/meemo"
SIGNING_KEY = f"whsec_{SECRET_MARKER}_4f9a"


def webhook(webhook_id: int = 31, organization_id: int = 7, **extra: Any) -> dict[str, Any]:
    return {
        "id": webhook_id,
        "target_url": TARGET,
        "secret_key": SIGNING_KEY,
        "events": ["meeting.created", "meeting.transcription_completed"],
        "is_active": True,
        "description": "CRM sync",
        "created_at": "2026-11-02T08:30:00+07:00",
        "organization_id": organization_id,
        **extra,
    }


def delivery(event_id: int = 5001, **extra: Any) -> dict[str, Any]:
    return {
        "id": event_id,
        "webhook_id": 31,
        "event_uuid": "7d3f2c1e-5b8a-4e21-9f0d-2a6c4b8e1f37",
        "event_type": "meeting.transcription_completed",
        "status": "SUCCESS",
        "response_status": 200,
        "attempt_count": 1,
        "created_at": "2026-11-20T09:47:03+07:00",
        **extra,
    }


async def test_list_available_organizations(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    path = f"{WEBHOOKS}available-organizations/"
    server.expect_request(path, method="GET").respond_with_json(
        [{"id": 7, "name": "Acme Product"}, {"id": 9, "name": "Acme Sales"}]
    )

    organizations = await sdk.run(lambda c: c.webhooks.list_available_organizations())

    assert all(isinstance(o, AvailableOrganization) for o in organizations)
    assert [(o.id, o.name) for o in organizations] == [(7, "Acme Product"), (9, "Acme Sales")]
    [request] = api_requests(server)
    assert (request.method, request.path) == ("GET", path)
    assert request.headers["Authorization"] == bearer(issued_token(1))


async def test_create_webhook_sends_the_body_and_returns_one_webhook_per_organization(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(WEBHOOKS, method="POST").respond_with_json(
        [webhook(31, 7), webhook(32, 9)], status=201
    )

    created = await sdk.run(
        lambda c: c.webhooks.create_webhook(
            TARGET, ["meeting.created"], (7, 9), "CRM sync", extra_headers={"X-Trace-Id": "t-1"}
        )
    )

    assert [(w.id, w.organization_id) for w in created] == [(31, 7), (32, 9)]
    assert all(isinstance(w, Webhook) for w in created)
    [request] = api_requests(server)
    assert (request.method, request.path) == ("POST", WEBHOOKS)
    assert request.headers["X-Trace-Id"] == "t-1"
    assert json_body(request) == {
        "target_url": TARGET,
        "events": ["meeting.created"],
        "organization_ids": [7, 9],
        "description": "CRM sync",
    }


async def test_create_webhook_sends_an_empty_description_as_given(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """The service decides what an empty description means; the SDK does not drop it."""
    server.expect_request(WEBHOOKS, method="POST").respond_with_json([webhook()], status=201)

    await sdk.run(lambda c: c.webhooks.create_webhook(TARGET, ["meeting.created"], [7], ""))

    [request] = api_requests(server)
    assert json_body(request)["description"] == ""


@pytest.mark.parametrize(
    "target", ["http://localhost:8080/hook", "http://127.0.0.1:9000/hook", "http://[::1]/hook"]
)
async def test_create_webhook_allows_plain_http_only_for_a_local_receiver(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, target: str
) -> None:
    server.expect_request(WEBHOOKS, method="POST").respond_with_json([webhook()], status=201)

    await sdk.run(lambda c: c.webhooks.create_webhook(target, ["meeting.created"], [7]))

    [request] = api_requests(server)
    assert json_body(request) == {
        "target_url": target,
        "events": ["meeting.created"],
        "organization_ids": [7],
    }


async def test_create_webhook_is_not_retried(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    """A POST the server may have processed is never repeated: no duplicate registrations."""
    server.expect_request(WEBHOOKS, method="POST").respond_with_json(
        {"detail": "Service unavailable."}, status=503
    )

    with pytest.raises(InternalServerError) as caught:
        await sdk.run(lambda c: c.webhooks.create_webhook(TARGET, ["meeting.created"], [7]))

    assert caught.value.status_code == 503
    assert len(api_requests(server)) == 1


async def test_list_webhooks_parses_the_page_and_hides_secrets(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(WEBHOOKS, method="GET").respond_with_json(
        {"count": 1, "next": None, "previous": None, "results": [webhook()]}
    )

    page = await sdk.run(lambda c: c.webhooks.list_webhooks())

    assert isinstance(page, WebhookListResponse)
    assert (page.count, page.next) == (1, None)
    [hook] = page.results
    assert isinstance(hook, Webhook)
    assert hook.secret_key == SIGNING_KEY
    assert SECRET_MARKER not in repr(page)
    assert SECRET_MARKER not in repr(hook)
    assert "secret_key='***'" in repr(hook)
    assert TARGET in repr(hook)


async def test_get_webhook_reads_the_failure_details(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(f"{WEBHOOKS}31/", method="GET").respond_with_json(
        webhook(failure_count=2, last_failure_reason="Target answered 503.")
    )

    hook = await sdk.run(lambda c: c.webhooks.get_webhook(31))

    assert isinstance(hook, Webhook)
    assert (hook.failure_count, hook.last_failure_reason) == (2, "Target answered 503.")
    assert hook.events == ["meeting.created", "meeting.transcription_completed"]


@pytest.mark.parametrize(
    "answer",
    [Response(status=204), Response("{}", status=200, mimetype="application/json")],
    ids=["204-no-body", "200-empty-object"],
)
async def test_delete_webhook(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, answer: Response
) -> None:
    server.expect_request(f"{WEBHOOKS}31/", method="DELETE").respond_with_response(answer)

    result = await sdk.run(lambda c: c.webhooks.delete_webhook(31))

    assert result is None
    [request] = api_requests(server)
    assert (request.method, request.path) == ("DELETE", f"{WEBHOOKS}31/")


async def test_list_webhook_events_filters_by_webhook(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    failed = delivery(5002, status="FAILED", response_status=None, attempt_count=3)
    server.expect_request(EVENTS, method="GET").respond_with_json(
        {"count": 2, "results": [delivery(), failed]}
    )

    everything = await sdk.run(lambda c: c.webhooks.list_webhook_events())
    one_hook = await sdk.run(lambda c: c.webhooks.list_webhook_events(31))

    assert isinstance(everything, WebhookEventListResponse)
    assert [(e.id, e.status, e.response_status) for e in one_hook.results] == [
        (5001, "SUCCESS", 200),
        (5002, "FAILED", None),
    ]
    assert everything.next is None
    unfiltered, filtered = api_requests(server)
    assert query(unfiltered) == {}
    assert query(filtered) == {"webhook_id": "31"}


async def test_get_webhook_event(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint
) -> None:
    server.expect_request(f"{EVENTS}5001/", method="GET").respond_with_json(
        delivery(event_type="meeting.summary_completed")
    )

    event = await sdk.run(lambda c: c.webhooks.get_webhook_event(5001))

    assert isinstance(event, WebhookEvent)
    assert event.event_type == "meeting.summary_completed"  # types the SDK does not know pass
    assert event.attempt_count == 1


def create(**overrides: Any) -> Any:
    arguments = {
        "target_url": TARGET,
        "events": ["meeting.created"],
        "organization_ids": [7],
        **overrides,
    }
    return lambda c: c.webhooks.create_webhook(**bad(arguments))


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        pytest.param(create(target_url="http://hooks.example.com/x"), "target_url", id="http"),
        pytest.param(create(target_url="ftp://localhost/x"), "target_url", id="ftp"),
        pytest.param(create(target_url="hooks.example.com"), "target_url", id="no-scheme"),
        pytest.param(create(target_url="https://"), "target_url", id="no-host"),
        pytest.param(create(target_url=None), "target_url", id="none"),
        pytest.param(create(events=[]), "events", id="events-empty"),
        pytest.param(create(events="meeting.created"), "events", id="events-str"),
        pytest.param(create(events=["meeting.created", " "]), "events[1]", id="event-blank"),
        pytest.param(create(organization_ids=[]), "organization_ids", id="orgs-empty"),
        pytest.param(create(organization_ids=7), "organization_ids", id="orgs-int"),
        pytest.param(create(organization_ids=[7, 0]), "organization_ids[1]", id="org-zero"),
        pytest.param(create(organization_ids=["7"]), "organization_ids[0]", id="org-str"),
        pytest.param(create(description=3), "description", id="description-int"),
        pytest.param(lambda c: c.webhooks.get_webhook(bad(0)), "webhook_id", id="get-zero"),
        pytest.param(lambda c: c.webhooks.delete_webhook(bad(-3)), "webhook_id", id="delete-neg"),
        pytest.param(lambda c: c.webhooks.delete_webhook(bad("31")), "webhook_id", id="delete-str"),
        pytest.param(
            lambda c: c.webhooks.list_webhook_events(bad(True)), "webhook_id", id="events-bool"
        ),
        pytest.param(lambda c: c.webhooks.get_webhook_event(bad(0)), "event_id", id="event-zero"),
    ],
)
async def test_invalid_arguments_are_refused_before_sending(
    sdk: Sdk, server: HTTPServer, token_endpoint: TokenEndpoint, call: Any, argument: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(call)

    assert caught.value.argument == argument
    assert argument in str(caught.value)
    assert server.log == []

"""Per-call control on every method of every resource: `timeout=` and `with_raw_response`."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import httpx
import meemo_sdk
import pytest
from meemo_sdk import APITimeoutError, InvalidRequestError, NotFoundError, RawResponse
from pytest_httpserver import HTTPServer

from tests.harness.raw_server import RawServer, hang
from tests.overlay import surface
from tests.overlay.support import STATIC_TOKEN, Sdk, api_requests, json_response

OPERATIONS = sorted(surface.sdk_methods(meemo_sdk.MeemoClient), key=lambda m: m.name)
IDS = [m.name for m in OPERATIONS]
REQUEST_ID = "req_01HZX3K8Q5"


def serve_example(server: HTTPServer, method: surface.SdkMethod) -> None:
    """Answer the method's request (sample arguments) with its operation's spec example."""
    op = surface.CONVENIENCES.get(method.name, method.name)
    status, body = surface.success_example(op)
    request = surface.sample_call(method.method.build)
    server.expect_request(request.path, method=request.method).respond_with_response(
        json_response(body, status, headers={"X-Request-ID": REQUEST_ID})
    )


def call(client: Any, method: surface.SdkMethod, *, raw: bool = False, **options: Any) -> Any:
    """`client.<resource>[.with_raw_response].<name>(sample arguments, **options)`."""
    resource = getattr(client, method.resource)
    if raw:
        resource = resource.with_raw_response
    build = method.method.build
    arguments = {
        p.name: surface.SAMPLE_ARGUMENTS[p.name]
        for p in inspect.signature(build).parameters.values()
        if p.default is inspect.Parameter.empty
    }
    return getattr(resource, method.name)(**arguments, **options)


@pytest.mark.parametrize("method", OPERATIONS, ids=IDS)
async def test_with_raw_response_gives_status_headers_request_id_and_the_parsed_result(
    sdk: Sdk, server: HTTPServer, method: surface.SdkMethod
) -> None:
    serve_example(server, method)
    serve_example(server, method)
    client = sdk.client(access_token=STATIC_TOKEN)

    raw = await sdk.run(lambda c: call(c, method, raw=True), client)
    parsed = await sdk.run(lambda c: call(c, method), client)

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == REQUEST_ID
    assert raw.headers["content-type"] == "application/json"
    assert isinstance(raw.elapsed, dt.timedelta)
    assert raw.elapsed >= dt.timedelta(0)
    result = raw.parse()
    assert raw.parse() is result  # parsed once
    assert type(result) is type(parsed)
    if hasattr(parsed, "to_dict"):
        assert result.to_dict() == parsed.to_dict()
    else:
        assert repr(result) == repr(parsed)
    assert REQUEST_ID in repr(raw)
    assert raw.method == surface.sample_call(method.method.build).method


@pytest.mark.parametrize("method", OPERATIONS, ids=IDS)
async def test_timeout_applies_to_that_call_only(
    sdk: Sdk, server: HTTPServer, method: surface.SdkMethod
) -> None:
    serve_example(server, method)
    serve_example(server, method)
    timeouts: list[dict[str, float | None]] = []

    def record(request: httpx.Request) -> None:
        timeouts.append(request.extensions["timeout"])

    async def record_async(request: httpx.Request) -> None:
        record(request)

    http: httpx.Client | httpx.AsyncClient = (
        httpx.AsyncClient(event_hooks={"request": [record_async]})
        if sdk.is_async
        else httpx.Client(event_hooks={"request": [record]})
    )
    client = sdk.client(access_token=STATIC_TOKEN, http_client=http, timeout=30)

    await sdk.run(lambda c: call(c, method, timeout=2.5), client)
    await sdk.run(lambda c: call(c, method), client)

    assert timeouts == [
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0},
    ]
    if isinstance(http, httpx.AsyncClient):
        await http.aclose()
    else:
        close(http)


def close(http: httpx.Client) -> None:
    http.close()


@pytest.mark.parametrize("bad_timeout", [0, -1, "5", True, [5]])
@pytest.mark.parametrize("method", OPERATIONS, ids=IDS)
async def test_a_bad_timeout_is_refused_before_anything_is_sent(
    sdk: Sdk, server: HTTPServer, method: surface.SdkMethod, bad_timeout: object
) -> None:
    with pytest.raises(InvalidRequestError, match="timeout") as caught:
        await sdk.run(lambda c: call(c, method, timeout=bad_timeout), sdk.client(access_token="t"))

    assert caught.value.argument == "timeout"
    assert server.log == []


async def test_a_call_s_timeout_ends_a_hanging_request(sdk: Sdk, raw_server: Any) -> None:
    hanging: RawServer = raw_server(lambda request: hang())
    client = sdk.client(base_url=hanging.url, access_token=STATIC_TOKEN, max_retries=0)

    with pytest.raises(APITimeoutError):
        await sdk.run(lambda c: c.meetings.get_meeting(1042, timeout=0.2), client)

    assert len(hanging.requests) == 1


async def test_timeout_none_means_no_limit_for_that_call(sdk: Sdk, server: HTTPServer) -> None:
    [method] = [m for m in OPERATIONS if m.name == "get_meeting"]
    serve_example(server, method)
    client = sdk.client(access_token=STATIC_TOKEN)

    raw = await sdk.run(
        lambda c: c.meetings.with_raw_response.get_meeting(1042, timeout=None), client
    )

    assert raw.http_response.request.extensions["timeout"] == dict.fromkeys(
        ("connect", "read", "write", "pool")
    )


async def test_with_raw_response_still_raises_the_typed_error(sdk: Sdk, server: HTTPServer) -> None:
    server.expect_request("/api/v1/external/meeting/9/").respond_with_response(
        json_response({"detail": "Not found."}, 404, headers={"X-Request-ID": REQUEST_ID})
    )

    with pytest.raises(NotFoundError) as caught:
        await sdk.run(
            lambda c: c.meetings.with_raw_response.get_meeting(9),
            sdk.client(access_token=STATIC_TOKEN),
        )

    assert caught.value.request_id == REQUEST_ID
    assert len(api_requests(server)) == 1


def test_iterators_have_no_raw_form() -> None:
    client = meemo_sdk.MeemoClient(base_url="http://127.0.0.1:9", access_token="t")

    with pytest.raises(AttributeError, match="iter_meetings has no raw-response form"):
        _ = client.meetings.with_raw_response.iter_meetings  # type: ignore[arg-type]


async def test_async_methods_are_coroutine_functions() -> None:
    async with meemo_sdk.AsyncMeemoClient(base_url="http://127.0.0.1:9", access_token="t") as c:
        for method in OPERATIONS:
            resource = getattr(c, method.resource)
            assert inspect.iscoroutinefunction(getattr(resource, method.name)), method.name
            raw = getattr(resource.with_raw_response, method.name)
            assert inspect.iscoroutinefunction(raw), method.name

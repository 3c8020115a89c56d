"""Fuzzing the sandbox with hypothesis: whatever a client sends, the answer is never a 5xx,
an error comes in one of the documented shapes, and a documented answer fits openapi.yaml.

The requests go to the WSGI application in process (werkzeug's test client), so a few
hundred cases per test take a second or two. Runs are derandomized: the same cases on
every run, so the suite stays deterministic.
"""

from __future__ import annotations

import contextlib
import io
import json
import warnings
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, Sandbox
from werkzeug.test import Client, TestResponse
from werkzeug.wrappers import Request

from tests.spec_contract import spec

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
    from openapi_core.templating.paths.exceptions import PathNotFound

API = "/api/v1/external"
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
ID_PATHS = (
    f"{API}/meeting/{{}}/",
    f"{API}/meeting/{{}}/transcript/",
    f"{API}/meeting/{{}}/summary/",
    f"{API}/meeting/{{}}/participants/",
    f"{API}/meeting/{{}}/recording/",
    f"{API}/meeting/{{}}/summary-with-video/",
    f"{API}/webhooks/{{}}/",
    f"{API}/webhook-events/{{}}/",
)
QUERIES = {
    f"{API}/meeting/": (
        "organization_id",
        "title",
        "participants",
        "created_after",
        "created_before",
        "summary_complete",
        "from_calendar",
        "start_after",
        "start_before",
        "status",
        "calendar_event_id",
        "meeting_link",
        "search",
        "page",
        "size",
    ),
    f"{API}/topics/": ("organization_id",),
    f"{API}/webhook-events/": ("webhook_id",),
    f"{API}/usage/": ("organization_id", "start_date", "end_date"),
    f"{API}/calendar/upcoming-meetings/": ("organization_id", "limit"),
}
CREATE_FIELDS = (
    "organization_id",
    "title",
    "start_time",
    "user_token",
    "topic_id",
    "participants",
    "bot_meeting_url",
    "file_url",
    "bot_join_at",
    "speaker_count",
    "calendar_event",
)
WEBHOOK_FIELDS = ("target_url", "events", "organization_ids", "description")

SANDBOX = Sandbox(clock=ManualClock(DEFAULT_NOW), request_log_size=50)
CLIENT = Client(SANDBOX)
_GRANT = CLIENT.post(
    "/api/auth/token/",
    data={
        "grant_type": "client_credentials",
        "client_id": SANDBOX.credentials.client_id,
        "client_secret": SANDBOX.credentials.client_secret,
    },
)
TOKEN: str = json.loads(_GRANT.get_data())["access_token"]
AUTH = {"Authorization": f"Bearer {TOKEN}"}

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["7", "2026-12-01T10:00:00+07:00", "https://meet.example/x", "a@b.example"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
HEADER_CHARACTERS = st.characters(min_codepoint=32, max_codepoint=255)  # what HTTP/1.1 carries
query_values = st.text(max_size=20) | st.sampled_from(
    ["1", "0", "-1", "true", "2026-11-16", "٣", "²"]
)


def _check(response: TestResponse) -> None:
    """Never a 5xx; JSON errors in a documented shape; documented answers fit the spec."""
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    assert response.headers["X-Request-ID"].startswith("req_")
    if response.status_code in (204, 308):
        return
    body = json.loads(response.get_data())
    if response.status_code >= 400:
        assert _documented_error(body), body
    if response.status_code in (404, 405, 413) and "detail" in body and "error" not in body:
        return  # no route, wrong method or a body over the cap: outside any operation
    if response.request.method == "OPTIONS":
        return  # preflights are outside the spec
    # The request's body was consumed by the sandbox: match the operation without it.
    environ = {**response.request.environ, "wsgi.input": io.BytesIO(), "CONTENT_LENGTH": "0"}
    request = WerkzeugOpenAPIRequest(Request(environ))
    with contextlib.suppress(PathNotFound):  # a fuzzed id with "/" names no documented path
        spec().validate_response(request, WerkzeugOpenAPIResponse(response))


def _documented_error(body: Any) -> bool:
    if not isinstance(body, dict):
        return False
    if "detail" in body:
        detail = body["detail"]
        return isinstance(detail, str) or (
            isinstance(detail, list) and all(isinstance(d, dict) and "msg" in d for d in detail)
        )
    error = body.get("error")
    if isinstance(error, dict):
        return {"code", "message", "request_id"} <= set(error)
    return isinstance(error, str) and isinstance(body.get("error_description"), str)


@FUZZ
@given(
    template=st.sampled_from(ID_PATHS),
    raw_id=st.text(max_size=40) | st.sampled_from(["²", "٣", " 12", "1_000", "9" * 30, "1001"]),
    delete=st.booleans(),
)
def test_any_path_id(template: str, raw_id: str, delete: bool) -> None:
    path = template.format(quote(raw_id, safe=""))
    method = "DELETE" if delete and "webhooks" in template else "GET"
    _check(CLIENT.open(path, method=method, headers=AUTH))


@FUZZ
@given(path=st.sampled_from(sorted(QUERIES)), data=st.data())
def test_any_query(path: str, data: st.DataObject) -> None:
    names = st.sampled_from(QUERIES[path]) | st.text(max_size=8)
    params = data.draw(st.dictionaries(names, query_values, max_size=5))
    _check(CLIENT.get(path, query_string=params, headers=AUTH))


@FUZZ
@given(
    body=st.fixed_dictionaries({}, optional={name: json_values for name in CREATE_FIELDS})
    | json_values
)
def test_any_create_meeting_body(body: object) -> None:
    _check(CLIENT.post(f"{API}/meeting/", json=body, headers=AUTH))


@FUZZ
@given(
    body=st.fixed_dictionaries({}, optional={name: json_values for name in WEBHOOK_FIELDS})
    | json_values
)
def test_any_create_webhook_body(body: object) -> None:
    _check(CLIENT.post(f"{API}/webhooks/", json=body, headers=AUTH))


@FUZZ
@given(
    path=st.sampled_from([f"{API}/meeting/", f"{API}/webhooks/", "/api/auth/token/"]),
    content=st.binary(max_size=200),
    content_type=st.sampled_from(
        [
            "application/json",
            "application/x-www-form-urlencoded",
            "text/plain",
            "multipart/form-data",
        ]
    ),
)
def test_any_raw_body(path: str, content: bytes, content_type: str) -> None:
    _check(CLIENT.post(path, data=content, headers={**AUTH, "Content-Type": content_type}))


@FUZZ
@given(
    authorization=st.text(alphabet=HEADER_CHARACTERS),
    origin=st.text(alphabet=HEADER_CHARACTERS, max_size=40)
    | st.sampled_from(["http://localhost:3000", "http://[::1]:8080", "null"]),
    preflight=st.booleans(),
)
def test_any_authorization_and_origin(authorization: str, origin: str, preflight: bool) -> None:
    headers = {"Authorization": authorization, "Origin": origin}
    if preflight:
        headers["Access-Control-Request-Method"] = "GET"
    response = CLIENT.open(
        f"{API}/topics/", method="OPTIONS" if preflight else "GET", headers=headers
    )
    _check(response)
    if not preflight:
        assert response.status_code == 401

"""The contract hook itself: it must flag what the spec forbids, and pass what it allows."""

from __future__ import annotations

import json

from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request, Response

from tests.spec_contract import exchange_problems

BEARER = {"Authorization": "Bearer test-token"}


def _request(
    method: str,
    path: str,
    query: str = "",
    *,
    headers: dict[str, str] | None = None,
    body: object = None,
    form: str | None = None,
) -> Request:
    builder = EnvironBuilder(
        method=method,
        path=path,
        query_string=query,
        base_url="http://127.0.0.1:45678",
        headers=list((headers or {}).items()),
        data=form if form is not None else (json.dumps(body) if body is not None else None),
        content_type=(
            "application/x-www-form-urlencoded"
            if form is not None
            else "application/json"
            if body is not None
            else None
        ),
    )
    return Request(builder.get_environ())


def _json(status: int, body: object) -> Response:
    return Response(json.dumps(body), status=status, content_type="application/json")


TOPIC = {"id": 3, "name": "General", "alias": "general", "language": "en"}


def test_conforming_exchange_passes() -> None:
    request = _request("GET", "/api/v1/external/topics/", "organization_id=7", headers=BEARER)
    assert exchange_problems(request, _json(200, [TOPIC])) == []


def test_token_request_needs_no_bearer() -> None:
    request = _request(
        "POST",
        "/api/auth/token/",
        form="grant_type=client_credentials&client_id=a&client_secret=b",
    )
    token = {"access_token": "t", "token_type": "Bearer", "expires_in": 10800, "scope": "read"}
    assert exchange_problems(request, _json(200, token)) == []


def test_query_outside_constraints_is_flagged() -> None:
    request = _request("GET", "/api/v1/external/meeting/", "size=0", headers=BEARER)
    [problem] = exchange_problems(request, None)
    assert "size" in problem


def test_missing_bearer_is_flagged() -> None:
    request = _request("GET", "/api/v1/external/topics/")
    problems = exchange_problems(request, None)
    assert any("Authorization" in p for p in problems)


def test_mutually_exclusive_body_fields_are_flagged() -> None:
    body = {
        "organization_id": 7,
        "title": "x",
        "bot_meeting_url": "https://meet.example/a",
        "file_url": "https://files.example/a.mp3",
    }
    request = _request("POST", "/api/v1/external/meeting/", headers=BEARER, body=body)
    [problem] = exchange_problems(request, None)
    assert "request" in problem


def test_response_missing_required_field_is_flagged() -> None:
    request = _request("GET", "/api/v1/external/topics/", headers=BEARER)
    [problem] = exchange_problems(request, _json(200, [{"id": 3, "alias": "general"}]))
    assert "response 200" in problem


def test_undocumented_path_is_flagged() -> None:
    request = _request("GET", "/api/v1/external/meetings/", headers=BEARER)
    assert exchange_problems(request, None)

"""Contract check: every exchange a test's `httpserver` saw must fit openapi.yaml.

Registered from tests/conftest.py. After each test that used pytest-httpserver,
every request it received is validated against the spec with openapi-core (so an
SDK request the spec does not allow fails the test), and every canned response
too, unless the test is marked `nonconforming_responses` (fault injection).
"""

from __future__ import annotations

import warnings
from collections.abc import Generator
from functools import cache
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
# Operations that need no bearer token (the OAuth2 endpoints themselves).
_UNAUTHENTICATED_PREFIX = "/api/auth/"

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from openapi_core import OpenAPI
    from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse


@cache
def spec() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


def _validate(openapi_request: WerkzeugOpenAPIRequest, action: str, call: object) -> str | None:
    try:
        with warnings.catch_warnings():
            # openapi-core cannot check oauth2 itself; the bearer check is done below.
            warnings.filterwarnings("ignore", "Unsupported scheme type")
            call()  # type: ignore[operator]
    except Exception as exc:
        cause = exc.__cause__ or exc.__context__
        detail = f"{exc}" + (f" ({cause})" if cause else "")
        return f"{action}: {type(exc).__name__}: {detail[:600]}"
    return None


def exchange_problems(request: Request, response: Response | None) -> list[str]:
    """Why one request (and its response, if given) does not fit the spec; empty if it does."""
    where = f"{request.method} {request.full_path.rstrip('?')}"
    wrapped = WerkzeugOpenAPIRequest(request)
    problems = []
    if not request.path.startswith(_UNAUTHENTICATED_PREFIX) and not request.headers.get(
        "Authorization", ""
    ).startswith("Bearer "):
        problems.append(f"{where}: request: no 'Authorization: Bearer' header (oauth2 required)")
    problem = _validate(wrapped, "request", lambda: spec().validate_request(wrapped))
    if problem:
        problems.append(f"{where}: {problem}")
    if response is not None:
        wrapped_response = WerkzeugOpenAPIResponse(response)
        problem = _validate(
            wrapped,
            f"response {response.status_code}",
            lambda: spec().validate_response(wrapped, wrapped_response),
        )
        if problem:
            problems.append(f"{where}: {problem}")
    return problems


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    result = yield
    funcargs = getattr(item, "funcargs", {})
    server = funcargs.get("httpserver")
    if isinstance(server, HTTPServer):
        check_responses = item.get_closest_marker("nonconforming_responses") is None
        problems: list[str] = []
        for request, response in server.log:
            problems += exchange_problems(request, response if check_responses else None)
        if problems:
            pytest.fail(
                "Exchanges outside openapi.yaml:\n  " + "\n  ".join(problems), pytrace=False
            )
    return result

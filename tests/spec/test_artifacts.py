"""What `make spec` publishes in build/spec/ for other teams.

The bundled openapi.yaml/openapi.json must be self-contained and say exactly what
openapi.yaml says, and index.html must document every operation without loading
anything from the network. Redoc renders the page from the definition embedded in it
(the server-rendered part is only the overview), so that definition is what is checked.
`make test` runs `make spec` first; run alone, these tests skip until it has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "openapi.yaml"
BUILD = ROOT / "build" / "spec"
INDEX = BUILD / "index.html"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

pytestmark = pytest.mark.skipif(
    not INDEX.is_file(), reason="build/spec/index.html is absent: run `make spec`"
)

_DEFINITION = re.compile(r"const __redoc_definition = (\{.*?\});\s*const __redoc_options", re.S)
_OPTIONS = re.compile(r"const __redoc_options = (\{.*?\});", re.S)


@cache
def _source() -> Mapping[str, Any]:
    spec, _ = read_from_filename(str(SOURCE))
    return spec


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, str]]:
    """operationId -> (METHOD, path, summary)."""
    return {
        op["operationId"]: (method.upper(), path, op["summary"])
        for path, item in spec["paths"].items()
        for method in METHODS
        if (op := item.get(method)) is not None
    }


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for child in node.values():
            yield from _refs(child)
    elif isinstance(node, list):
        for child in node:
            yield from _refs(child)


def embedded_definition(html: str) -> dict[str, Any]:
    """The OpenAPI definition Redoc renders the page from."""
    match = _DEFINITION.search(html)
    assert match is not None, "index.html embeds no __redoc_definition"
    definition: dict[str, Any] = json.loads(match.group(1))
    return definition


def operations_missing_from_docs(html: str, spec: Mapping[str, Any]) -> list[str]:
    """Operations of `spec` the page does not document under the same method, path and summary."""
    documented = _operations(embedded_definition(html))
    return [
        f"{op_id}: {method} {path} ({summary})"
        for op_id, (method, path, summary) in _operations(spec).items()
        if documented.get(op_id) != (method, path, summary)
    ]


def test_the_bundles_are_self_contained_copies_of_openapi_yaml() -> None:
    as_yaml, _ = read_from_filename(str(BUILD / "openapi.yaml"))
    as_json = json.loads((BUILD / "openapi.json").read_text())

    assert as_json == as_yaml == _source(), "build/spec is stale: run `make spec`"
    assert [ref for ref in _refs(as_json) if not ref.startswith("#/")] == []
    validate(as_json)


def test_the_docs_name_every_operation() -> None:
    html = INDEX.read_text()

    assert operations_missing_from_docs(html, _source()) == [], "stale? run `make spec`"
    assert embedded_definition(html) == _source()


def test_the_docs_check_notices_a_missing_operation() -> None:
    html = INDEX.read_text().replace('"operationId":"get_summary"', '"operationId":"gone"', 1)

    assert operations_missing_from_docs(html, _source()) == [
        "get_summary: GET /api/v1/external/meeting/{meeting_id}/summary/ (Get a meeting's summary)"
    ]


def test_the_server_rendered_page_shows_the_title_and_every_tag() -> None:
    html = INDEX.read_text()
    markup = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", "", html, flags=re.S)

    assert f"<title>{_source()['info']['title']}</title>" in html
    for tag in _source()["tags"]:
        assert f">{tag['name']}<" in markup, f"tag {tag['name']!r} is not in the sidebar"


def test_the_docs_load_nothing_from_the_network() -> None:
    html = INDEX.read_text()

    assert re.findall(r"<script\b[^>]*\bsrc=", html) == []
    assert re.findall(r"<link\b[^>]*\bhref=", html) == []
    assert re.findall(r"@import\s+url\(", html) == []
    options = _OPTIONS.search(html)
    assert options is not None
    assert json.loads(options.group(1)).get("disableTelemetry") is True

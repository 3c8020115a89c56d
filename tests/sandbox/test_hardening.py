"""Bad input never makes the sandbox fail: odd ids, deep or huge bodies get a documented 4xx,
and what it keeps per request (its log, its tokens) is bounded."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from meemo_sandbox import app as sandbox_app
from meemo_sdk.testing import DEFAULT_NOW, Sandbox, SandboxServer

from tests.sandbox.support import MEETINGS, TOKEN, TOPICS, bearer, token

API = "/api/v1/external"
# Each is refused or misread by a plain int(): superscript two passes isdigit() and then
# fails int(), Arabic-Indic three parses as 3, and int() strips spaces and underscores.
ODD_IDS = ["²", "٣", " 12", "12 ", "1_000", "+5", "0x1F", "1e3", "1.0", "-1", "0", "9" * 30]
PATH_TEMPLATES = [
    MEETINGS + "{}/",
    MEETINGS + "{}/transcript/",
    MEETINGS + "{}/recording/",
    f"{API}/webhooks/{{}}/",
    f"{API}/webhook-events/{{}}/",
]


@pytest.mark.parametrize("raw_id", ODD_IDS)
@pytest.mark.parametrize("template", PATH_TEMPLATES)
def test_odd_path_ids_get_a_400_naming_the_parameter(
    http: httpx.Client, auth: dict[str, str], template: str, raw_id: str
) -> None:
    response = http.get(template.format(quote(raw_id, safe="")), headers=auth)

    assert response.status_code == 400
    [problem] = response.json()["detail"]
    assert problem["loc"][0] == "path"
    assert problem["loc"][1].endswith("_id")
    assert problem["type"] == "int_parsing"


def test_a_plain_id_still_works_next_to_the_odd_ones(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    meeting_id = sandbox.meeting_ids()[0]
    assert http.get(f"{MEETINGS}{meeting_id}/", headers=auth).status_code == 200
    assert http.get(f"{MEETINGS}{2**63 - 1}/", headers=auth).status_code == 404
    assert http.get(f"{MEETINGS}{2**63}/", headers=auth).status_code == 400


@pytest.mark.parametrize("raw", ["²", "٣", " 12", "1_000", "+5", "1.5", "9" * 5000])
@pytest.mark.parametrize(
    ("path", "name"),
    [
        (MEETINGS, "organization_id"),
        (MEETINGS, "page"),
        (MEETINGS, "size"),
        (TOPICS, "organization_id"),
        (f"{API}/webhook-events/", "webhook_id"),
        (f"{API}/usage/", "organization_id"),
        (f"{API}/calendar/upcoming-meetings/", "limit"),
    ],
)
def test_odd_integers_in_the_query_get_a_400(
    http: httpx.Client, auth: dict[str, str], path: str, name: str, raw: str
) -> None:
    response = http.get(path, headers=auth, params={name: raw})

    assert response.status_code == 400
    assert [p["loc"] for p in response.json()["detail"]] == [["query", name]]


@pytest.mark.parametrize(
    "value",
    ["1" * 25, ",".join(["12"] * 1001), "12,٣", "12, 57", "12,,57"],
    ids=["huge-id", "too-many", "non-ascii", "space", "empty-item"],
)
def test_odd_participant_lists_get_a_400(
    http: httpx.Client, auth: dict[str, str], value: str
) -> None:
    response = http.get(MEETINGS, headers=auth, params={"participants": value})

    assert response.status_code == 400
    assert response.json()["detail"][0]["loc"] == ["query", "participants"]


@pytest.mark.parametrize("path", [MEETINGS, f"{API}/webhooks/"])
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nested too deeply"),
        (b'{"organization_id": NaN, "title": "x"}', "not valid JSON"),
        (b'{"organization_id": 7, "title": "x", "speaker_count": ' + b"9" * 5000 + b"}", "JSON"),
        (b'{"title": "\xff\xfe"}', "not valid JSON"),
    ],
    ids=["deep-array", "deep-object", "nan", "huge-number", "not-utf8"],
)
def test_malformed_json_bodies_get_a_structured_400(
    http: httpx.Client, auth: dict[str, str], path: str, content: bytes, message: str
) -> None:
    headers = {**auth, "Content-Type": "application/json"}
    response = http.post(path, headers=headers, content=content)

    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["request_id"]) == (
        "invalid_body",
        response.headers["X-Request-ID"],
    )
    assert message in error["message"]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (MEETINGS, {"organization_id": 7, "title": "x", "file_url": "http://[::1"}, "file_url"),
        (
            MEETINGS,
            {"organization_id": 7, "title": "x", "bot_meeting_url": "https://a:99999/"},
            "bot_meeting_url",
        ),
        (
            f"{API}/webhooks/",
            {"target_url": "https://[abc/", "events": ["meeting.created"], "organization_ids": [7]},
            "target_url",
        ),
        (
            f"{API}/webhooks/",
            {
                "target_url": "https://h.example/",
                "events": [[[["x" * 1000]]]],
                "organization_ids": [7],
            },
            "events",
        ),
        (f"{API}/webhooks/", {"k" * 10_000: 1}, "k" * 64),
    ],
    ids=["unclosed-ipv6", "port-out-of-range", "webhook-ipv6", "nested-event", "long-key"],
)
def test_odd_values_are_refused_without_echoing_them(
    http: httpx.Client, auth: dict[str, str], path: str, body: object, field: str
) -> None:
    response = http.post(path, headers=auth, json=body)

    assert response.status_code == 400
    error = response.json()["error"]
    assert field in error["params"]["fields"]
    assert "x" * 100 not in response.text
    assert len(response.content) < 2000


@pytest.fixture
def tiny_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """A 4 KiB body cap, so a test need not push megabytes through the loopback."""
    monkeypatch.setattr(sandbox_app, "MAX_BODY_BYTES", 4096)
    return 4096


def test_a_body_over_the_cap_gets_a_413_and_the_server_carries_on(
    raw_http: httpx.Client, auth: dict[str, str], tiny_cap: int
) -> None:
    headers = {**auth, "Content-Type": "application/json"}
    title = "x" * tiny_cap
    sized = raw_http.post(MEETINGS, headers=headers, content=f'{{"title": "{title}"}}')

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap must hold while reading
        yield b'{"organization_id": 7, "title": "'
        for _ in range(8):
            yield b"x" * 1024
        yield b'"}'

    chunked = raw_http.post(MEETINGS, headers=headers, content=chunks())
    form = raw_http.post(TOKEN, data={"grant_type": "client_credentials", "pad": title})

    for response in (sized, chunked, form):
        assert response.status_code == 413
        assert response.headers["Content-Type"] == "application/json"
        assert str(tiny_cap) in response.json()["detail"]
    assert chunked.request.headers["Transfer-Encoding"] == "chunked"
    assert raw_http.get(TOPICS, headers=auth).status_code == 200
    just_under = raw_http.post(
        MEETINGS, headers=auth, json={"organization_id": 7, "title": "y" * (tiny_cap - 100)}
    )
    assert just_under.status_code == 201


def test_the_request_log_keeps_only_the_latest() -> None:
    sandbox = Sandbox(now=DEFAULT_NOW, request_log_size=3)
    with SandboxServer(sandbox) as server, httpx.Client(base_url=server.base_url) as http:
        for page in range(1, 6):
            http.get(MEETINGS, params={"page": page})

    assert [r.query for r in sandbox.requests] == ["page=3", "page=4", "page=5"]
    with pytest.raises(ValueError, match="request_log_size"):
        Sandbox(request_log_size=0)


def test_live_tokens_are_bounded_oldest_first(
    http: httpx.Client, server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox_app, "MAX_LIVE_TOKENS", 3)
    issued = [token(http, server.credentials) for _ in range(4)]

    statuses = [http.get(TOPICS, headers=bearer(t)).status_code for t in issued]

    assert statuses == [401, 200, 200, 200]

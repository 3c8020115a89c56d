"""Pages: size, absolute next/previous links on the caller's host, newest start time first."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import httpx
from meemo_sdk.testing import Sandbox, SandboxServer

from tests.sandbox.support import MEETINGS, all_meetings


def test_pages_default_to_ten_and_link_absolutely(
    http: httpx.Client, auth: dict[str, str], server: SandboxServer, sandbox: Sandbox
) -> None:
    first = http.get(MEETINGS, headers=auth).json()
    assert first["count"] == len(sandbox.meeting_ids())
    assert len(first["results"]) == 10
    assert first["previous"] is None
    assert first["next"] == f"{server.base_url}{MEETINGS}?page=2"
    second = http.get(first["next"], headers=auth).json()
    assert second["previous"] == f"{server.base_url}{MEETINGS}"  # page 1 drops the parameter


def test_links_use_the_host_the_client_called(http: httpx.Client, auth: dict[str, str]) -> None:
    headers = {**auth, "Host": "meemo.internal:8443"}
    page = http.get(MEETINGS, headers=headers, params={"size": 5, "page": 2}).json()
    for link in (page["next"], page["previous"]):
        assert link.startswith("http://meemo.internal:8443/api/v1/external/meeting/")


def test_following_next_visits_every_meeting_once_newest_first(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    walked = all_meetings(http, auth, size=4)
    assert [m["id"] for m in walked] == sandbox.meeting_ids()
    starts = [(datetime.fromisoformat(m["start_time"]), m["id"]) for m in walked]
    assert starts == sorted(starts, reverse=True)


def test_links_keep_the_filters(http: httpx.Client, auth: dict[str, str]) -> None:
    params: dict[str, str | int] = {"status": "past", "from_calendar": "true", "size": 3}
    first = http.get(MEETINGS, headers=auth, params=params).json()
    query = parse_qs(urlsplit(first["next"]).query)
    assert query == {"status": ["past"], "from_calendar": ["true"], "size": ["3"], "page": ["2"]}
    walked = all_meetings(http, auth, size=3, status="past", from_calendar="true")
    assert len(walked) == first["count"]
    assert all(m["status"] == "past" and m.get("calendar_event") for m in walked)


def test_last_page_has_no_next_and_a_page_past_it_is_refused(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    total = len(sandbox.meeting_ids())
    last_page = -(-total // 10)
    last = http.get(MEETINGS, headers=auth, params={"page": last_page}).json()
    assert last["next"] is None
    assert len(last["results"]) == total - 10 * (last_page - 1)
    beyond = http.get(MEETINGS, headers=auth, params={"page": last_page + 1})
    assert beyond.status_code == 400
    assert beyond.json()["detail"][0]["loc"] == ["query", "page"]


def test_oversized_pages_are_capped_at_one_hundred(
    http: httpx.Client, auth: dict[str, str], sandbox: Sandbox
) -> None:
    for index in range(70):  # enough meetings to exceed the cap
        body = {"organization_id": 7, "title": f"Filler {index}"}
        assert http.post(MEETINGS, headers=auth, json=body).status_code == 201
    page = http.get(MEETINGS, headers=auth, params={"size": 500}).json()
    assert page["count"] == len(sandbox.meeting_ids()) > 100
    assert len(page["results"]) == 100
    assert "size=500" in page["next"]

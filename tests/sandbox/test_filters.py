"""List filters behave as the service filters; the oracle is the unfiltered list, filtered here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import httpx
import pytest

from tests.sandbox.support import JSON, MEETINGS, all_meetings


@pytest.fixture
def everything(http: httpx.Client, auth: dict[str, str]) -> list[JSON]:
    return all_meetings(http, auth)


def _day(stamp: str) -> date:
    return datetime.fromisoformat(stamp).date()


def _ids(meetings: list[JSON]) -> list[int]:
    return [m["id"] for m in meetings]


def _expect(
    http: httpx.Client,
    auth: dict[str, str],
    everything: list[JSON],
    keep: Callable[[JSON], bool],
    **params: str | int,
) -> list[JSON]:
    """Assert the server's filter equals ``keep`` applied to the full list; return the match."""
    expected = [m for m in everything if keep(m)]
    assert expected, "a filter test needs at least one match to mean anything"
    assert len(expected) < len(everything), "a filter test needs at least one non-match"
    found = all_meetings(http, auth, **params)
    assert _ids(found) == _ids(expected)
    return found


def test_title_is_a_case_insensitive_contains_match(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    word = everything[-1]["title"].split()[-1]
    needle = word[1:-1].upper()  # a mid-word fragment, in the wrong case
    _expect(http, auth, everything, lambda m: needle.lower() in m["title"].lower(), title=needle)


def test_created_dates_are_inclusive_on_both_ends(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    boundary = _day(everything[len(everything) // 2]["created_at"])
    iso = boundary.isoformat()
    after = _expect(
        http, auth, everything, lambda m: _day(m["created_at"]) >= boundary, created_after=iso
    )
    before = _expect(
        http, auth, everything, lambda m: _day(m["created_at"]) <= boundary, created_before=iso
    )
    on_the_day = {m["id"] for m in after} & {m["id"] for m in before}
    assert on_the_day  # the boundary day itself is in both
    both = all_meetings(http, auth, created_after=iso, created_before=iso)
    assert {m["id"] for m in both} == on_the_day


def test_participants_match_any_of_the_ids(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    people: dict[int, set[int]] = {}
    for meeting in everything:
        response = http.get(f"{MEETINGS}{meeting['id']}/participants/", headers=auth)
        people[meeting["id"]] = {p["id"] for p in response.json()["participants"] if p.get("id")}
    wanted = {13, 59}  # one user of each organization
    _expect(http, auth, everything, lambda m: bool(people[m["id"]] & wanted), participants="13,59")
    _expect(http, auth, everything, lambda m: 13 in people[m["id"]], participants="13")


@pytest.mark.parametrize("value", [True, False])
def test_summary_complete(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON], value: bool
) -> None:
    flag = str(value).lower()
    keep: Callable[[JSON], bool] = lambda m: m["summary_complete"] is value  # noqa: E731
    _expect(http, auth, everything, keep, summary_complete=flag)


@pytest.mark.parametrize("value", [True, False])
def test_from_calendar(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON], value: bool
) -> None:
    flag = str(value).lower()
    keep: Callable[[JSON], bool] = lambda m: (m.get("calendar_event") is not None) is value  # noqa: E731
    _expect(http, auth, everything, keep, from_calendar=flag)


@pytest.mark.parametrize("status", ["past", "ongoing", "recording", "upcoming"])
def test_status(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON], status: str
) -> None:
    _expect(http, auth, everything, lambda m: m["status"] == status, status=status)


def test_start_dates_are_inclusive(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    low = _day(everything[-5]["start_time"])
    high = _day(everything[5]["start_time"])
    _expect(
        http,
        auth,
        everything,
        lambda m: low <= _day(m["start_time"]) <= high,
        start_after=low.isoformat(),
        start_before=high.isoformat(),
    )


def test_calendar_event_filters(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    def ev(m: JSON) -> JSON:
        return m.get("calendar_event") or {}

    event = next(ev(m) for m in everything if ev(m).get("meeting_link"))

    event_id, link = event["event_id"], event["meeting_link"]
    _expect(http, auth, everything, lambda m: ev(m).get("event_id") == event_id,
            calendar_event_id=event_id)  # fmt: skip
    _expect(http, auth, everything, lambda m: ev(m).get("meeting_link") == link, meeting_link=link)
    name = event["summary"].split()[0].lower()
    _expect(http, auth, everything, lambda m: name in (ev(m).get("summary") or "").lower(),
            calendar_event_name=name)  # fmt: skip


def test_search_covers_title_and_calendar_event(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    # Every seeded calendar description says "Agenda", no title does.
    def keep(m: JSON) -> bool:
        texts = [
            m["title"],
            *((m.get("calendar_event") or {}).get(k) or "" for k in ("summary", "description")),
        ]
        return any("agenda" in t.lower() for t in texts)

    found = _expect(http, auth, everything, keep, search="AGENDA")
    assert all(m.get("calendar_event") is not None for m in found)


def test_organization_filter_keeps_one_organization(
    http: httpx.Client,
    auth: dict[str, str],
    limited_auth: dict[str, str],
    everything: list[JSON],
) -> None:
    only_seven = all_meetings(http, limited_auth)  # the limited client sees organization 7 only
    assert _ids(all_meetings(http, auth, organization_id=7)) == _ids(only_seven)
    nine = all_meetings(http, auth, organization_id=9)
    assert sorted(_ids(only_seven) + _ids(nine)) == sorted(_ids(everything))


def test_filters_combine_with_and(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    _expect(
        http,
        auth,
        everything,
        lambda m: m["status"] == "past" and m.get("calendar_event") is None,
        status="past",
        from_calendar="false",
    )


def test_no_match_is_an_empty_first_page(http: httpx.Client, auth: dict[str, str]) -> None:
    page = http.get(MEETINGS, headers=auth, params={"title": "no meeting has this title"}).json()
    assert page == {"count": 0, "next": None, "previous": None, "results": []}


def test_bad_filter_values_are_all_reported_at_once(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    params = {
        "organization_id": "seven",
        "participants": "12;57",
        "created_after": "16/11/2026",
        "summary_complete": "yes",
        "status": "archived",
        "page": "0",
        "size": "-1",
    }
    response = http.get(MEETINGS, headers=auth, params=params)
    assert response.status_code == 400
    problems = response.json()["detail"]
    assert sorted(p["loc"][1] for p in problems) == sorted(params)
    assert all(p["loc"][0] == "query" and p["msg"] for p in problems)

"""The seeded data: realistic enough to exercise a client, and the same on every run."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import datetime, timedelta

import httpx
import pytest
from meemo_sandbox import data
from meemo_sandbox.data import SERVICE_TZ
from meemo_sdk.testing import DEFAULT_NOW, DEFAULT_SEED, ManualClock, Sandbox, SandboxServer

from tests.sandbox.support import JSON, MEETINGS, TOPICS, all_meetings, bearer, token


@pytest.fixture
def everything(http: httpx.Client, auth: dict[str, str]) -> list[JSON]:
    return all_meetings(http, auth)


def _part(http: httpx.Client, auth: dict[str, str], meeting_id: int, name: str) -> JSON:
    response = http.get(f"{MEETINGS}{meeting_id}/{name + '/' if name else ''}", headers=auth)
    assert response.status_code == 200
    body: JSON = response.json()
    return body


def test_meetings_span_two_organizations_and_every_state(
    http: httpx.Client, auth: dict[str, str], limited_auth: dict[str, str], everything: list[JSON]
) -> None:
    assert len(everything) >= 30
    in_seven = len(all_meetings(http, limited_auth))
    assert 0 < in_seven < len(everything)
    statuses = Counter(m["status"] for m in everything)
    assert {"past", "ongoing", "recording", "upcoming"} <= set(statuses)
    origins = Counter(m.get("calendar_event") is not None for m in everything)
    assert origins[True] >= 5
    assert origins[False] >= 5


def test_status_agrees_with_the_clock(everything: list[JSON]) -> None:
    for meeting in everything:
        start = datetime.fromisoformat(meeting["start_time"])
        end = meeting["end_time"] and datetime.fromisoformat(meeting["end_time"])
        if meeting["status"] == "past":
            assert end is not None
            assert start < end <= DEFAULT_NOW
        else:
            assert end is None
            assert (start > DEFAULT_NOW) == (meeting["status"] == "upcoming")
        assert datetime.fromisoformat(meeting["created_at"]) <= DEFAULT_NOW


def test_past_meetings_have_long_multi_speaker_transcripts(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    for meeting in (m for m in everything if m["status"] == "past"):
        transcript = _part(http, auth, meeting["id"], "transcript")
        segments = transcript["transcripts"]
        assert transcript["total_segments"] == len(segments) >= 200
        assert len({s["speaker"] for s in segments}) >= 2
        times = [(s["start_time"], s["end_time"]) for s in segments]
        assert all(start < end for start, end in times)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(times))
        detail = _part(http, auth, meeting["id"], "")
        if "num_cluster" in detail:  # absent from an older deployment's record
            assert detail["num_cluster"] == len({s["speaker"] for s in segments})
            assert detail["duration_seconds"] >= times[-1][1]


def test_summaries_are_markdown_with_one_legacy_dict(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    kinds: Counter[str] = Counter()
    for meeting in everything:
        summary = _part(http, auth, meeting["id"], "summary").get("summary")
        if isinstance(summary, dict):
            kinds["legacy"] += 1
            assert "ringkasan" in summary
        elif isinstance(summary, str):
            kinds["markdown"] += 1
            assert summary.startswith("## ")
        else:
            kinds["none"] += 1
            assert meeting["summary_complete"] is False
    assert kinds["legacy"] == 1
    assert kinds["markdown"] >= 20
    assert kinds["none"] >= 1


def test_participants_include_an_external_guest_without_id(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    guests = [
        p
        for m in everything
        for p in _part(http, auth, m["id"], "participants")["participants"]
        if p.get("id") is None
    ]
    assert guests
    assert any(g.get("email") is None for g in guests)


def test_recordings_and_topics(
    http: httpx.Client, auth: dict[str, str], everything: list[JSON]
) -> None:
    recordings = [_part(http, auth, m["id"], "recording") for m in everything]
    finished = [r for r in recordings if r.get("recording_url") or r.get("assets")]
    assert len(finished) >= 20
    assert all(r.get("duration", 1) > 0 for r in finished)
    formats = {r.get("format") or r["assets"][0]["format"] for r in finished}
    assert {"mp3", "m4a"} <= formats  # m4a: a format the spec lacks
    assert any(r.get("video_url") for r in finished)
    topics = http.get(TOPICS, headers=auth).json()
    assert len({t.get("language") for t in topics} - {None}) >= 2


def test_same_seed_and_anchor_give_the_same_data() -> None:
    build = data._build.__wrapped__  # bypass the cache: really build twice
    assert build(DEFAULT_SEED, DEFAULT_NOW) == build(DEFAULT_SEED, DEFAULT_NOW)
    assert build(DEFAULT_SEED + 1, DEFAULT_NOW) != build(DEFAULT_SEED, DEFAULT_NOW)
    # The anchor counts in whole minutes: seconds later is the same data.
    later = DEFAULT_NOW + timedelta(seconds=59, microseconds=1)
    assert data.build_dataset(DEFAULT_SEED, later) is data.build_dataset(DEFAULT_SEED, DEFAULT_NOW)


def test_by_default_the_data_is_laid_out_around_the_current_time() -> None:
    before = datetime.now(SERVICE_TZ).replace(second=0, microsecond=0)
    sandbox = Sandbox()
    after = datetime.now(SERVICE_TZ)
    week_ago = (after - timedelta(days=7)).date().isoformat()

    with SandboxServer(sandbox) as server, httpx.Client(base_url=server.base_url) as http:
        auth = bearer(token(http, server.credentials))
        meetings = all_meetings(http, auth)
        last_week = all_meetings(http, auth, start_after=week_ago, status="past")

    assert before <= sandbox.clock() <= datetime.now(SERVICE_TZ)
    ends = [datetime.fromisoformat(m["end_time"]) for m in meetings if m["end_time"]]
    assert before - timedelta(hours=3) < max(ends) <= after  # one ended this morning
    upcoming = [
        datetime.fromisoformat(m["start_time"]) for m in meetings if m["status"] == "upcoming"
    ]
    assert before < min(upcoming) < after + timedelta(days=14)
    assert last_week  # "meetings since last week" finds some on any day the test runs


def test_data_is_laid_out_around_now() -> None:
    later = DEFAULT_NOW + timedelta(days=400)
    server = SandboxServer(Sandbox(clock=ManualClock(later)))
    with server, httpx.Client(base_url=server.base_url) as http:
        meetings = all_meetings(http, bearer(token(http, server.credentials)))
    upcoming = [
        datetime.fromisoformat(m["start_time"]) for m in meetings if m["status"] == "upcoming"
    ]
    past = [datetime.fromisoformat(m["end_time"]) for m in meetings if m["status"] == "past"]
    assert min(upcoming) > later
    assert max(past) <= later

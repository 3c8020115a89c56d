"""Drive the official ``meemo`` client through every operation it offers, against a sandbox.

Run by ``test_official_client.py`` with the interpreter of a throwaway venv that has
``meemo`` installed (the SDK's own venv never has it)::

    python official_probe.py sync|async OUT.json

The sandbox and credentials come from ``MEEMO_BASE_URL``, ``MEEMO_CLIENT_ID`` and
``MEEMO_CLIENT_SECRET``. One flow, run with ``MeemoClient`` or ``AsyncMeemoClient``;
every call is written to OUT.json with what the client parsed (``model_dump``) beside
the raw JSON the sandbox sends for the same request, so the test can check that the
client read every field as sent.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import os
import sys
from collections.abc import Awaitable, Callable
from importlib import metadata
from typing import Any

import httpx
import meemo  # type: ignore[import-not-found]
from meemo.models import CreateMeetingCalendarEvent  # type: ignore[import-not-found]

API = "/api/v1/external"
MEETINGS = f"{API}/meeting/"
WEBHOOKS = f"{API}/webhooks/"
EVENTS = f"{API}/webhook-events/"
RESOURCES = ("meetings", "webhooks", "usage", "calendar")
DETAILS = (
    ("get_meeting", ""),
    ("get_transcript", "transcript/"),
    ("get_summary", "summary/"),
    ("get_summary_with_video", "summary-with-video/"),
    ("get_participants", "participants/"),
    ("get_recording", "recording/"),
)
FILTERS: tuple[dict[str, Any], ...] = (
    {"organization_id": 7, "status": "past", "summary_complete": True, "size": 100},
    {"from_calendar": True, "start_after": "2026-10-01", "size": 100},
    {"from_calendar": False, "created_before": "2026-11-16", "size": 100},
    {"search": "sync", "size": 100},
    {"participants": "12,57", "size": 100},
    {"title": "review", "start_before": "2026-11-30", "size": 100},
)
JSON = Any
Invoke = Callable[..., Awaitable[Any]]


def dump(value: Any) -> JSON:
    if value is None or isinstance(value, str | int | float | bool | dict):
        return value
    if isinstance(value, list):
        return [dump(v) for v in value]
    return value.model_dump(mode="json")


class Recorder:
    """The calls made so far, each with what the client parsed and what the sandbox sent."""

    def __init__(self, base_url: str) -> None:
        self.calls: list[dict[str, JSON]] = []
        self.http = httpx.Client(base_url=base_url)

    def raw(self, token: str, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        query = {k: str(v).lower() if isinstance(v, bool) else v for k, v in (params or {}).items()}
        return self.http.get(path, params=query, headers={"Authorization": f"Bearer {token}"})

    def add(self, op: str, args: JSON, parsed: Any, raw: JSON = None) -> None:
        self.calls.append({"op": op, "args": args, "parsed": dump(parsed), "raw": raw})


async def exercise(client: Any, invoke: Invoke, token: Callable[[], Awaitable[str]]) -> JSON:
    """Every operation, in an order where each one has what it needs."""
    rec = Recorder(client.base_url)
    tok = await token()
    rec.add("get_access_token", [], {"is_str": isinstance(tok, str), "length": len(tok)})

    organizations = await invoke("webhooks.list_available_organizations")
    raw = rec.raw(tok, f"{WEBHOOKS}available-organizations/").json()
    rec.add("list_available_organizations", {}, organizations, raw)

    ids: list[int] = []
    calendar_event_id = None
    page = 1
    while True:
        params: dict[str, Any] = {"page": page, "size": 7}
        result = await invoke("meetings.list_meetings", **params)
        raw = rec.raw(tok, MEETINGS, params).json()
        rec.add("list_meetings", params, result, raw)
        ids += [m.id for m in result.results]
        calendar_event_id = calendar_event_id or next(
            (m.calendar_event.event_id for m in result.results if m.calendar_event), None
        )
        if result.next is None:
            break
        page += 1
    for filters in FILTERS:
        result = await invoke("meetings.list_meetings", **filters)
        rec.add("list_meetings", filters, result, rec.raw(tok, MEETINGS, filters).json())

    # Every part of every meeting; the async client fetches several at once.
    lanes = asyncio.Semaphore(8)

    async def fetch(op: str, meeting_id: int) -> Any:
        async with lanes:
            return await invoke(f"meetings.{op}", meeting_id)

    pairs = [(op, suffix, meeting_id) for meeting_id in ids for op, suffix in DETAILS]
    results = await asyncio.gather(*(fetch(op, meeting_id) for op, _, meeting_id in pairs))
    for (op, suffix, meeting_id), result in zip(pairs, results, strict=True):
        raw = rec.raw(tok, f"{MEETINGS}{meeting_id}/{suffix}").json()
        rec.add(op, [meeting_id], result, raw)

    found = await invoke("meetings.find_meeting_by_calendar_event_id", calendar_event_id)
    params = {"calendar_event_id": calendar_event_id, "size": 1}
    rec.add(
        "find_meeting_by_calendar_event_id",
        [calendar_event_id],
        found,
        rec.raw(tok, MEETINGS, params).json()["results"][0],
    )
    missing = await invoke("meetings.find_meeting_by_calendar_event_id", "no-such-event")
    rec.add("find_meeting_by_calendar_event_id", ["no-such-event"], missing, None)

    for scope in ({}, {"organization_id": 9}):
        topics = await invoke("meetings.list_topics", **scope)
        rec.add("list_topics", scope, topics, rec.raw(tok, f"{API}/topics/", scope).json())

    event = CreateMeetingCalendarEvent(
        event_id=f"probe-{type(client).__name__}",
        summary="Probe planning",
        organizer_email="rina@nusantara-digital.example",
        meeting_link="https://meet.google.com/prb-abcd-efg",
        start_time="2026-12-01T10:00:00+07:00",
        end_time="2026-12-01T11:00:00+07:00",
        attendees=[{"email": "budi@nusantara-digital.example", "response_status": "accepted"}],
    )
    created = await invoke(
        "meetings.create_meeting",
        organization_id=7,
        title=f"Probe meeting ({type(client).__name__})",
        start_time="2026-12-01T10:00:00+07:00",
        topic_id=3,
        participants=["budi@nusantara-digital.example", "guest@partner.example"],
        speaker_count=3,
        calendar_event=event,
    )
    raw = rec.raw(tok, f"{MEETINGS}{created.id}/").json()
    rec.add("create_meeting", {"title": created.title}, created, raw)

    hooks = await invoke(
        "webhooks.create_webhook",
        "https://hooks.example.com/probe",
        ["meeting.created", "meeting.summary_completed"],
        [o.id for o in organizations],
        "Probe hook",
    )
    raw = [rec.raw(tok, f"{WEBHOOKS}{h.id}/").json() for h in hooks]
    rec.add("create_webhook", {}, hooks, raw)
    listed = await invoke("webhooks.list_webhooks")
    rec.add("list_webhooks", {}, listed, rec.raw(tok, WEBHOOKS).json())
    for hook in listed.results:
        detail = await invoke("webhooks.get_webhook", hook.id)
        rec.add("get_webhook", [hook.id], detail, rec.raw(tok, f"{WEBHOOKS}{hook.id}/").json())
    for scope in ({}, {"webhook_id": listed.results[0].id}):
        events = await invoke("webhooks.list_webhook_events", **scope)
        rec.add("list_webhook_events", scope, events, rec.raw(tok, EVENTS, scope).json())
    for item in events.results:
        detail = await invoke("webhooks.get_webhook_event", item.id)
        rec.add("get_webhook_event", [item.id], detail, rec.raw(tok, f"{EVENTS}{item.id}/").json())
    deleted = await invoke("webhooks.delete_webhook", hooks[0].id)
    after = rec.raw(tok, f"{WEBHOOKS}{hooks[0].id}/").status_code
    rec.add("delete_webhook", [hooks[0].id], deleted, {"status_after": after})

    ranges: tuple[dict[str, Any], ...] = (
        {},
        {"organization_id": 7, "start_date": "2026-10-01", "end_date": "2026-11-30"},
    )
    for scope in ranges:
        usage = await invoke("usage.get_usage", **scope)
        rec.add("get_usage", scope, usage, rec.raw(tok, f"{API}/usage/", scope).json())
    for scope in ({}, {"organization_id": 7, "limit": 2}):
        upcoming = await invoke("calendar.get_upcoming_meetings", **scope)
        raw = rec.raw(tok, f"{API}/calendar/upcoming-meetings/", scope).json()
        rec.add("get_upcoming_meetings", scope, upcoming, raw)

    for op, args in (("meetings.get_meeting", [999_999_999]), ("webhooks.get_webhook", [999_999])):
        try:
            await invoke(op, *args)
        except meemo.MeemoError as error:
            rec.add(op.split(".")[1], args, {"raised": type(error).__name__})

    await invoke("revoke_token")
    old_token_status = rec.raw(tok, f"{API}/topics/").status_code
    topics = await invoke("meetings.list_topics")
    renewed = await token()
    rec.add(
        "revoke_token",
        [],
        {"old_token_status": old_token_status, "renewed": renewed != tok, "topics": len(topics)},
    )
    rec.http.close()
    return rec.calls


def offered(client: Any) -> list[str]:
    """Every public operation of the client and its resources, as ``resource.method``."""
    names = [
        n for n in dir(client) if not n.startswith("_") and inspect.ismethod(getattr(client, n))
    ]
    for resource in RESOURCES:
        service = getattr(client, resource)
        names += [
            f"{resource}.{n}"
            for n in dir(service)
            if not n.startswith("_") and inspect.ismethod(getattr(service, n))
        ]
    return sorted(names)


def _method(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


async def main(mode: str) -> dict[str, Any]:
    if mode == "sync":
        client = meemo.MeemoClient()

        async def invoke(dotted: str, *args: Any, **kwargs: Any) -> Any:
            return _method(client, dotted)(*args, **kwargs)

        async def token() -> str:
            value: str = client.get_access_token()
            return value
    else:
        client = meemo.AsyncMeemoClient()

        async def invoke(dotted: str, *args: Any, **kwargs: Any) -> Any:
            return await _method(client, dotted)(*args, **kwargs)

        async def token() -> str:
            value: str = await client.get_access_token()
            return value

    return {
        "version": metadata.version("meemo"),
        "offered": offered(client),
        "calls": await exercise(client, invoke, token),
    }


if __name__ == "__main__":
    if (
        len(sys.argv) != 3
        or sys.argv[1] not in ("sync", "async")
        or "MEEMO_BASE_URL" not in os.environ
    ):
        sys.exit("usage: MEEMO_BASE_URL=... python official_probe.py sync|async OUT.json")
    report = asyncio.run(main(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as stream:
        json.dump(report, stream)

"""Every argument rule: refused before anything is sent, naming the argument.

Each case runs on a client-credentials client whose token endpoint is live, so an
empty server log proves that neither the API nor the token endpoint was contacted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from meemo_sdk import InvalidRequestError, MeemoError
from pytest_httpserver import HTTPServer

from tests.overlay.support import (
    SECRET_MARKER,
    USER_TOKEN,
    Client,
    Sdk,
    TokenEndpoint,
    bad,
)

ORG = 7
MEETING_URL = "https://meet.google.com/abc-defg-hij"
FILE_URL = "https://storage.example.com/calls/9.mp3"
PAST = dt.datetime(2020, 1, 1, 9, 0, tzinfo=dt.UTC)


def future() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(days=7)


Call = Callable[[Client], object]


def create(**fields: object) -> Call:
    """create_meeting with valid required arguments, a user token, and `fields` on top."""
    organization_id = fields.pop("organization_id", ORG)
    title = fields.pop("title", "Planning")
    options = {"user_token": USER_TOKEN, **fields}
    return lambda c: c.meetings.create_meeting(
        organization_id=bad(organization_id), title=bad(title), **bad(options)
    )


def list_meetings(**filters: object) -> Call:
    return lambda c: c.meetings.list_meetings(**bad(filters))


READERS: dict[str, Callable[[Client, int], object]] = {
    "get_meeting": lambda c, i: c.meetings.get_meeting(i),
    "get_transcript": lambda c, i: c.meetings.get_transcript(i),
    "get_summary": lambda c, i: c.meetings.get_summary(i),
    "get_participants": lambda c, i: c.meetings.get_participants(i),
    "get_recording": lambda c, i: c.meetings.get_recording(i),
}


def reader(name: str, meeting_id: object) -> Call:
    return lambda c: READERS[name](c, bad(meeting_id))


CASES = [
    # meeting_id: a positive int on every per-meeting read; True is not an int here.
    *(
        pytest.param(reader(name, value), "meeting_id", id=f"{name}-{label}")
        for name in READERS
        for value, label in ((0, "zero"), (True, "true"))
    ),
    pytest.param(reader("get_meeting", -5), "meeting_id", id="meeting_id-negative"),
    pytest.param(reader("get_meeting", "1042"), "meeting_id", id="meeting_id-str"),
    pytest.param(reader("get_meeting", 1042.0), "meeting_id", id="meeting_id-float"),
    pytest.param(reader("get_meeting", None), "meeting_id", id="meeting_id-none"),
    # organization_id and topic_id
    pytest.param(list_meetings(organization_id=0), "organization_id", id="list-org-zero"),
    pytest.param(list_meetings(organization_id=True), "organization_id", id="list-org-true"),
    pytest.param(
        lambda c: c.meetings.list_topics(organization_id=bad("7")),
        "organization_id",
        id="topics-org-str",
    ),
    pytest.param(
        lambda c: c.meetings.list_topics(organization_id=-1), "organization_id", id="topics-org-neg"
    ),
    pytest.param(create(organization_id=True), "organization_id", id="create-org-true"),
    pytest.param(create(organization_id=0), "organization_id", id="create-org-zero"),
    pytest.param(create(topic_id=True), "topic_id", id="topic-true"),
    pytest.param(create(topic_id=0), "topic_id", id="topic-zero"),
    pytest.param(create(topic_id="3"), "topic_id", id="topic-str"),
    # created_after / created_before: real calendar dates, after <= before.
    pytest.param(list_meetings(created_after="2024-02-30"), "created_after", id="date-feb-30"),
    pytest.param(list_meetings(created_before="2023-02-29"), "created_before", id="date-not-leap"),
    pytest.param(list_meetings(created_after="2024-13-01"), "created_after", id="date-month-13"),
    pytest.param(list_meetings(created_after="2024/02/01"), "created_after", id="date-slashes"),
    pytest.param(list_meetings(created_after="2024-2-1"), "created_after", id="date-unpadded"),
    pytest.param(list_meetings(created_before=20240201), "created_before", id="date-int"),
    pytest.param(
        list_meetings(created_after=dt.datetime(2024, 2, 1, 12, 0)),
        "created_after",
        id="date-datetime",
    ),
    pytest.param(
        list_meetings(created_after="2024-03-02", created_before=dt.date(2024, 3, 1)),
        "created_after",
        id="date-after-later-than-before",
    ),
    # start_time, bot_join_at: ISO 8601 date-times; bot_join_at future and with bot_meeting_url.
    pytest.param(create(start_time="next tuesday"), "start_time", id="start-not-iso"),
    pytest.param(create(start_time="2026-02-30T10:00:00"), "start_time", id="start-feb-30"),
    pytest.param(create(start_time=1764558000), "start_time", id="start-epoch-int"),
    pytest.param(
        create(bot_meeting_url=MEETING_URL, bot_join_at="soon"), "bot_join_at", id="join-not-iso"
    ),
    pytest.param(
        create(bot_meeting_url=MEETING_URL, bot_join_at=PAST), "bot_join_at", id="join-past"
    ),
    pytest.param(
        create(bot_meeting_url=MEETING_URL, bot_join_at=PAST.isoformat()),
        "bot_join_at",
        id="join-past-str",
    ),
    pytest.param(create(bot_join_at=future()), "bot_join_at", id="join-without-bot-url"),
    # bot_meeting_url and file_url: http(s) URLs, not both.
    pytest.param(create(bot_meeting_url=MEETING_URL, file_url=FILE_URL), "file_url", id="url-both"),
    pytest.param(
        create(bot_meeting_url="meet.google.com/abc"), "bot_meeting_url", id="bot-url-no-scheme"
    ),
    pytest.param(create(bot_meeting_url="ftp://meet.example/x"), "bot_meeting_url", id="bot-ftp"),
    pytest.param(create(file_url="file:///tmp/call.mp3"), "file_url", id="file-url-file-scheme"),
    pytest.param(create(file_url="https://"), "file_url", id="file-url-no-host"),
    pytest.param(create(file_url=42), "file_url", id="file-url-int"),
    # speaker_count, page, size >= 1; title non-empty.
    pytest.param(create(speaker_count=0), "speaker_count", id="speakers-zero"),
    pytest.param(create(speaker_count=True), "speaker_count", id="speakers-true"),
    pytest.param(list_meetings(page=0), "page", id="page-zero"),
    pytest.param(list_meetings(page="2"), "page", id="page-str"),
    pytest.param(list_meetings(size=0), "size", id="size-zero"),
    pytest.param(list_meetings(size=-10), "size", id="size-negative"),
    pytest.param(create(title=""), "title", id="create-title-empty"),
    pytest.param(create(title=None), "title", id="create-title-none"),
    pytest.param(list_meetings(title=""), "title", id="list-title-empty"),
    # participants: a list of emails on create; "12,57" or ints on the list filter.
    pytest.param(
        create(participants="rina@example.com"), "participants", id="create-participants-bare-str"
    ),
    pytest.param(
        create(participants=["rina@example.com", "budi"]),
        "participants[1]",
        id="create-participants-not-email",
    ),
    pytest.param(create(participants=[12]), "participants[0]", id="create-participants-int"),
    pytest.param(list_meetings(participants="12;57"), "participants", id="list-ids-semicolon"),
    pytest.param(list_meetings(participants="rina"), "participants", id="list-ids-name"),
    pytest.param(list_meetings(participants="0"), "participants", id="list-ids-zero"),
    pytest.param(list_meetings(participants=[]), "participants", id="list-ids-empty"),
    pytest.param(list_meetings(participants=[12, True]), "participants[1]", id="list-ids-true"),
    pytest.param(list_meetings(participants=["12"]), "participants[0]", id="list-ids-str-item"),
    pytest.param(list_meetings(participants=12), "participants", id="list-ids-bare-int"),
    # calendar_event: a model or a dict with event_id and only known keys.
    pytest.param(
        create(calendar_event={"summary": "Planning"}),
        "calendar_event.event_id",
        id="event-no-id",
    ),
    pytest.param(
        create(calendar_event={"event_id": "e1", "colour": "red"}),
        "calendar_event",
        id="event-unknown-key",
    ),
    pytest.param(create(calendar_event="e1"), "calendar_event", id="event-str"),
    pytest.param(
        create(calendar_event={"event_id": "e1", "organizer_email": "rina"}),
        "calendar_event.organizer_email",
        id="event-organizer-not-email",
    ),
    # Booleans, the user token, extra headers.
    pytest.param(list_meetings(summary_complete="true"), "summary_complete", id="bool-str"),
    pytest.param(list_meetings(from_calendar=1), "from_calendar", id="bool-int"),
    pytest.param(create(user_token=""), "user_token", id="user-token-empty"),
    pytest.param(
        lambda c: c.meetings.get_meeting(1042, extra_headers=bad([("X-A", "1")])),
        "extra_headers",
        id="headers-list",
    ),
    pytest.param(
        lambda c: c.meetings.list_topics(extra_headers=bad({"X-Retry": 1})),
        "extra_headers",
        id="headers-int-value",
    ),
]


@pytest.mark.parametrize(("call", "argument"), CASES)
async def test_invalid_argument_is_refused_before_sending(
    sdk: Sdk,
    server: HTTPServer,
    token_endpoint: TokenEndpoint,
    call: Call,
    argument: str,
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(call)

    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, MeemoError)
    assert error.argument == argument
    assert argument in str(error)
    assert SECRET_MARKER not in str(error)
    assert server.log == []


async def test_user_token_is_never_echoed(sdk: Sdk, server: HTTPServer) -> None:
    """A secret passed where it does not belong is refused without repeating it."""
    with pytest.raises(InvalidRequestError) as caught:
        await sdk.run(
            lambda c: c.meetings.create_meeting(
                organization_id=ORG, title="Planning", user_token=bad([USER_TOKEN])
            )
        )

    assert caught.value.argument == "user_token"
    assert SECRET_MARKER not in str(caught.value)
    assert SECRET_MARKER not in repr(caught.value)
    assert server.log == []

"""The README's pytest examples, as written there: the plugin fixture driving the real SDK."""

from __future__ import annotations

from typing import Any

import pytest
from meemo_sdk import PermissionDeniedError
from meemo_sdk.testing import DEFAULT_NOW, ManualClock, SandboxServer

clock = ManualClock(DEFAULT_NOW)


@pytest.fixture
def meemo_sandbox_options() -> dict[str, Any]:
    return {"token_lifetime": 60, "clock": clock}


def test_other_organization_is_refused(meemo_sandbox: SandboxServer) -> None:
    hidden = meemo_sandbox.sandbox.meeting_ids(organization_id=9)[0]
    with meemo_sandbox.client(limited=True) as client, pytest.raises(PermissionDeniedError):
        client.meetings.get_meeting(hidden)


def test_token_is_renewed_after_it_expires(meemo_sandbox: SandboxServer) -> None:
    with meemo_sandbox.client() as client:
        assert client.meetings.list_topics()
        clock.advance(61)
        assert client.meetings.list_topics()
    tokens = [r.status for r in meemo_sandbox.sandbox.requests if r.path == "/api/auth/token/"]
    topics = [r.status for r in meemo_sandbox.sandbox.requests if r.path.endswith("/topics/")]
    assert tokens == [200, 200]
    assert topics == [200, 401, 200]  # refused with the expired token, replayed with a new one


async def test_async_client_helper(meemo_sandbox: SandboxServer) -> None:
    async with meemo_sandbox.async_client() as client:
        ids = [m.id async for m in client.meetings.iter_meetings(size=20)]
    assert ids == meemo_sandbox.sandbox.meeting_ids()

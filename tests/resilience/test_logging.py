"""What the SDK logs: enough to debug a production incident, and never a secret."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.resilience.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    MEETINGS,
    TOKEN_PATH,
    Api,
    bearer,
    meeting_path,
    reset,
    respond,
    script,
    token_body,
)

MEETING = meeting_path(payloads.MEETING_ID)
FIRST_TOKEN = "eyJ-first-Token-81b3f0"
SECOND_TOKEN = "eyJ-second-Token-c47d19"
USER_TOKEN = "upt-User-Personal-Token-5e0a2b"
SECRETS = (CLIENT_SECRET, FIRST_TOKEN, SECOND_TOKEN, USER_TOKEN)
LOGGERS = ("meemo_sdk", "httpx", "httpcore")


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture everything the SDK and httpx/httpcore log, down to DEBUG."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def attr(record: logging.LogRecord, name: str) -> Any:
    """A field the SDK passed with `extra=` (record attributes mypy cannot know)."""
    return vars(record)[name]


def sdk_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "meemo_sdk" and r.levelno == level]


def test_debug_line_per_attempt(
    api: Api, server: HTTPServer, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="unavailable"),
        status=503,
        headers={"X-Request-ID": "req-first-try"},
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail(), headers={"X-Request-ID": "req-second-try"}
    )

    api.call(server.url_for(""), lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    first, second = sdk_records(debug_logs, logging.DEBUG)
    assert first.getMessage().startswith(f"GET {MEETING} -> 503 in ")
    assert first.getMessage().endswith(" ms (request_id=req-first-try, attempt 1)")
    assert second.getMessage().startswith(f"GET {MEETING} -> 200 in ")
    assert second.getMessage().endswith(" ms (request_id=req-second-try, attempt 2)")
    # The same values as attributes, for structured (e.g. JSON) log formatters.
    fields = ("http_method", "http_path", "http_status", "request_id", "attempt")
    assert [tuple(attr(r, f) for f in fields) for r in (first, second)] == [
        ("GET", MEETING, 503, "req-first-try", 1),
        ("GET", MEETING, 200, "req-second-try", 2),
    ]
    assert all(isinstance(attr(r, "elapsed_ms"), float) for r in (first, second))
    assert all(attr(r, "elapsed_ms") >= 0 for r in (first, second))


def test_info_line_per_retry(
    api: Api, raw_server: Any, debug_logs: pytest.LogCaptureFixture, delays: list[float]
) -> None:
    raw = raw_server(
        script(
            reset(),
            respond(
                429, payloads.error_structured(retry_after_seconds=1), headers={"Retry-After": "1"}
            ),
            respond(200, payloads.meeting_detail()),
        )
    )

    api.call(raw.url, lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    first, second = sdk_records(debug_logs, logging.INFO)
    assert first.getMessage() == (
        f"Retrying GET {MEETING} (retry 1 of 2) in {delays[0]:.2f} s after "
        f"{attr(first, 'retry_reason')}"
    )
    assert attr(first, "retry_reason") in ("ReadError", "RemoteProtocolError")  # how a reset shows
    assert second.getMessage() == f"Retrying GET {MEETING} (retry 2 of 2) in 1.00 s after HTTP 429"
    assert [
        (attr(r, "http_method"), attr(r, "http_path"), attr(r, "attempt")) for r in (first, second)
    ] == [
        ("GET", MEETING, 1),
        ("GET", MEETING, 2),
    ]
    assert [attr(r, "retry_delay") for r in (first, second)] == delays
    broken, limited, ok = sdk_records(debug_logs, logging.DEBUG)  # one per attempt, failed too
    assert f"GET {MEETING} -> failed ({attr(first, 'retry_reason')}) in " in broken.getMessage()
    assert [attr(r, "http_status") for r in (broken, limited, ok)] == [None, 429, 200]


def test_no_secret_in_any_log_record(
    api: Api, server: HTTPServer, debug_logs: pytest.LogCaptureFixture
) -> None:
    """Token fetch, a 401 replay, a retry, a create with a user token, then an error."""
    server.expect_ordered_request(TOKEN_PATH, method="POST").respond_with_json(
        token_body(FIRST_TOKEN)
    )
    server.expect_ordered_request(
        MEETING, method="GET", headers=bearer(FIRST_TOKEN)
    ).respond_with_json({"detail": "Token is invalid or expired"}, status=401)
    server.expect_ordered_request(TOKEN_PATH, method="POST").respond_with_json(
        token_body(SECOND_TOKEN)
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="internal_error"), status=500
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )
    server.expect_ordered_request(MEETINGS, method="POST").respond_with_json(
        payloads.created_meeting(), status=201
    )
    server.expect_ordered_request(meeting_path(404), method="GET").respond_with_json(
        payloads.error_detail_message(), status=404
    )

    def create(client: Any) -> Any:
        return client.meetings.create_meeting(
            organization_id=payloads.ORGANIZATION_ID,
            title="Quarterly planning",
            user_token=USER_TOKEN,
        )

    outcomes = api.run(
        server.url_for(""),
        lambda c: c.meetings.get_meeting(payloads.MEETING_ID),
        create,
        lambda c: c.meetings.get_meeting(404),
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        access_token=None,
    )

    assert isinstance(outcomes[2], meemo_sdk.NotFoundError)
    assert len(server.log) == 7  # the scenario really ran every step
    names = {r.name.split(".")[0] for r in debug_logs.records}
    assert {"meemo_sdk", "httpx", "httpcore"} <= names
    for record in debug_logs.records:
        text = f"{record.getMessage()} {vars(record)!r}"
        leaked = [s for s in SECRETS if s in text]
        assert not leaked, f"{record.name}: {record.getMessage()}"
    for outcome in outcomes:
        assert not any(s in f"{outcome!s} {outcome!r}" for s in SECRETS)


# --- MEEMO_LOG, for applications that do not configure logging -----------------------------

SCRIPT = textwrap.dedent(
    """
    import logging, sys
    if sys.argv[2] == "app-logging":
        logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format="app: %(message)s")
    import meemo_sdk
    from meemo_sdk import _retry
    _retry.sleep = lambda seconds: None  # keep the subprocess fast
    with meemo_sdk.MeemoClient(base_url=sys.argv[1], access_token="static-Token-0c4f7e") as c:
        c.meetings.get_meeting(1042)
    """
)


def run_script(server: HTTPServer, meemo_log: str | None, mode: str = "") -> tuple[str, str]:
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.error_structured(code="unavailable"), status=503
    )
    server.expect_ordered_request(MEETING, method="GET").respond_with_json(
        payloads.meeting_detail()
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEEMO_")}
    if meemo_log is not None:
        env["MEEMO_LOG"] = meemo_log
    done = subprocess.run(  # noqa: S603 - the venv's own interpreter, fixed arguments
        [sys.executable, "-c", SCRIPT, server.url_for(""), mode],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    return done.stdout, done.stderr


def test_meemo_log_debug_prints_every_attempt(server: HTTPServer) -> None:
    _, stderr = run_script(server, "debug")

    lines = stderr.splitlines()
    assert len(lines) == 3, stderr
    assert f"meemo_sdk DEBUG] GET {MEETING} -> 503 in " in lines[0]
    assert f"meemo_sdk INFO] Retrying GET {MEETING} (retry 1 of 2)" in lines[1]
    assert f"meemo_sdk DEBUG] GET {MEETING} -> 200 in " in lines[2]


def test_meemo_log_info_prints_retries_only(server: HTTPServer) -> None:
    _, stderr = run_script(server, "INFO")

    (line,) = stderr.splitlines()
    assert f"Retrying GET {MEETING} (retry 1 of 2)" in line


def test_silent_without_meemo_log(server: HTTPServer) -> None:
    stdout, stderr = run_script(server, None)

    assert (stdout, stderr) == ("", "")


def test_meemo_log_defers_to_the_applications_logging(server: HTTPServer) -> None:
    """Once the application configured logging, lines go there, once, not also to stderr."""
    stdout, stderr = run_script(server, "debug", mode="app-logging")

    assert stderr == ""
    lines = stdout.splitlines()
    assert len(lines) == 3, stdout
    assert lines[0].startswith(f"app: GET {MEETING} -> 503 in ")

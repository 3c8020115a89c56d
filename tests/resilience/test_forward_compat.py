"""Responses from a newer service (fields and enum values this SDK does not know) still parse."""

from __future__ import annotations

from typing import Any

import meemo_sdk
import pytest
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.resilience.conftest import MEETINGS, Api, drain, meeting_path


def test_unknown_status_stage_and_field_in_a_list(api: Api, server: HTTPServer) -> None:
    body = payloads.meeting_list_page()
    body["next"] = None
    server.expect_request(MEETINGS, method="GET").respond_with_json(body)

    page = api.call(server.url_for(""), lambda c: c.meetings.list_meetings())

    known, newer, live = page.results
    assert known.status == meemo_sdk.MeetingStatus.PAST
    assert known.summarization.status == meemo_sdk.StageStatus.FAILED
    assert newer.status == payloads.UNKNOWN_MEETING_STATUS
    assert newer.recording.status == payloads.UNKNOWN_STAGE_STATUS
    assert newer.additional_properties[payloads.UNKNOWN_FIELD] == payloads.UNKNOWN_FIELD_VALUE
    assert live.end_time is None
    assert newer.to_dict()[payloads.UNKNOWN_FIELD] == payloads.UNKNOWN_FIELD_VALUE


def test_iter_meetings_yields_items_in_unknown_states(api: Api, server: HTTPServer) -> None:
    body = payloads.meeting_list_page()
    body["next"] = None
    server.expect_request(MEETINGS, method="GET").respond_with_json(body)

    meetings = api.call(server.url_for(""), lambda c: drain(c.meetings.iter_meetings()))

    assert [m.status for m in meetings][1] == payloads.UNKNOWN_MEETING_STATUS


def test_unknown_field_on_a_meeting(api: Api, server: HTTPServer) -> None:
    server.expect_request(meeting_path(payloads.MEETING_ID), method="GET").respond_with_json(
        payloads.meeting_detail()
    )

    meeting = api.call(server.url_for(""), lambda c: c.meetings.get_meeting(payloads.MEETING_ID))

    assert meeting.additional_properties == {payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE}
    assert meeting.host.email == "rina@example.com"


def test_unknown_recording_format_and_media_kind(api: Api, server: HTTPServer) -> None:
    body = payloads.recording_with_new_formats()
    path = meeting_path(body["meeting_id"]) + "recording/"
    server.expect_request(path, method="GET").respond_with_json(body)

    recording = api.call(server.url_for(""), lambda c: c.meetings.get_recording(body["meeting_id"]))

    assert recording.format == payloads.UNKNOWN_RECORDING_FORMAT
    audio, model = recording.assets
    assert audio.media_kind == meemo_sdk.MediaKind.AUDIO
    assert model.media_kind == payloads.UNKNOWN_MEDIA_KIND
    assert model.additional_properties[payloads.UNKNOWN_FIELD] == payloads.UNKNOWN_FIELD_VALUE


@pytest.mark.parametrize(
    "body",
    [payloads.summary_markdown(), payloads.summary_legacy(), payloads.summary_pending()],
    ids=["markdown", "legacy-dict", "null"],
)
def test_summary_as_text_dict_or_null(api: Api, server: HTTPServer, body: dict[str, Any]) -> None:
    path = meeting_path(body["meeting_id"]) + "summary/"
    server.expect_request(path, method="GET").respond_with_json(body)

    summary = api.call(server.url_for(""), lambda c: c.meetings.get_summary(body["meeting_id"]))

    assert isinstance(summary, meemo_sdk.SummaryResponse)
    assert summary.summary == body["summary"]
    assert type(summary.summary) is type(body["summary"])
    assert summary.to_dict() == body

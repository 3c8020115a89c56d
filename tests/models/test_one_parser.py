"""The SDK reads a body exactly as the generated parser does: one parser, no second path.

Every call decodes with orjson and hands the result to the generated `from_dict` (through
the public model class); this proves the outcome equals the generated model read from the
standard library's `json.loads`: the same values, the same types at every depth, the same
unknown fields, on the sandbox's data and on bodies with absent and unknown fields.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import meemo_api_client.models as generated
import meemo_sdk._client
import pytest
from meemo_sdk import MeemoClient, NotFoundError
from meemo_sdk.testing import SandboxServer

from tests.models import spec_shapes as shapes


def assert_same(ours: object, theirs: object, where: str = "") -> None:
    """Equal values of the same types all the way down, unknown fields included."""
    if attrs.has(cls := type(theirs)):
        assert isinstance(ours, cls), f"{where}: {type(ours)} is not a {cls}"
        for field in attrs.fields(cls):
            if field.name.startswith("_"):
                continue
            assert_same(
                getattr(ours, field.name), getattr(theirs, field.name), f"{where}.{field.name}"
            )
        extra = getattr(theirs, "additional_properties", None)
        if extra is not None:
            assert_same(ours.additional_properties, extra, f"{where}.additional_properties")  # type: ignore[attr-defined]
        return
    assert type(ours) is type(theirs), f"{where}: {type(ours).__name__} != {type(theirs).__name__}"
    if isinstance(theirs, list):
        assert len(ours) == len(theirs), where  # type: ignore[arg-type]
        for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):  # type: ignore[call-overload]
            assert_same(a, b, f"{where}[{index}]")
    elif isinstance(theirs, dict):
        assert ours.keys() == theirs.keys(), where  # type: ignore[attr-defined]
        for key, value in theirs.items():
            assert_same(ours[key], value, f"{where}[{key!r}]")  # type: ignore[index]
    else:
        assert ours == theirs, where


# operation, its path on the sandbox, the generated model of its body
Read = tuple[Callable[[MeemoClient, int], object], str, Callable[[Any], object]]
READS: dict[str, Read] = {
    "get_meeting": (
        lambda c, m: c.meetings.get_meeting(m),
        "meeting/{id}/",
        generated.MeetingDetail.from_dict,
    ),
    "get_transcript": (
        lambda c, m: c.meetings.get_transcript(m),
        "meeting/{id}/transcript/",
        generated.TranscriptResponse.from_dict,
    ),
    "get_summary": (
        lambda c, m: c.meetings.get_summary(m),
        "meeting/{id}/summary/",
        generated.SummaryResponse.from_dict,
    ),
    "get_participants": (
        lambda c, m: c.meetings.get_participants(m),
        "meeting/{id}/participants/",
        generated.ParticipantsResponse.from_dict,
    ),
    "get_recording": (
        lambda c, m: c.meetings.get_recording(m),
        "meeting/{id}/recording/",
        generated.RecordingResponse.from_dict,
    ),
    "get_summary_with_video": (
        lambda c, m: c.meetings.get_summary_with_video(m),
        "meeting/{id}/summary-with-video/",
        generated.SummaryWithVideoResponse.from_dict,
    ),
}
DERIVED = {"recording_url", "format", "video_url", "video_format"}  # filled from assets


def _raw(server: SandboxServer, path: str) -> Any:
    with httpx.Client(base_url=server.base_url) as http:
        token = http.post(
            "/api/auth/token/",
            data={
                "grant_type": "client_credentials",
                "client_id": server.client_id,
                "client_secret": server.client_secret,
            },
        ).json()["access_token"]
        response = http.get(
            f"/api/v1/external/{path}", headers={"Authorization": f"Bearer {token}"}
        )
        response.raise_for_status()
        return json.loads(response.content)


def test_every_sandbox_read_is_the_generated_parse_of_its_body(
    meemo_sandbox: SandboxServer,
) -> None:
    compared = 0
    with meemo_sandbox.client() as client:
        page = client.meetings.list_meetings(size=100)
        assert_same(
            page, generated.MeetingListResponse.from_dict(_raw(meemo_sandbox, "meeting/?size=100"))
        )
        for item in page.results:
            for call, path, parse in READS.values():
                try:
                    ours = call(client, item.id)
                except NotFoundError:  # a part this meeting does not have yet
                    continue
                theirs = parse(_raw(meemo_sandbox, path.format(id=item.id)))
                if hasattr(theirs, "recording_url"):
                    for name in DERIVED:  # the SDK fills these from the assets; compare the rest
                        setattr(theirs, name, getattr(ours, name))
                if hasattr(theirs, "video_url") and hasattr(ours, "has_video"):
                    theirs.video_url = ours.video_url  # type: ignore[attr-defined]
                assert_same(ours, theirs, f"{path.format(id=item.id)}")
                compared += 1
        topics = client.meetings.list_topics()
        assert_same(topics, [generated.Topic.from_dict(t) for t in _raw(meemo_sandbox, "topics/")])
    assert compared > 100


@pytest.mark.parametrize("model", shapes.response_models())
@pytest.mark.parametrize("shape", ["minimal", "full"])
@pytest.mark.parametrize("parser", ["orjson", "stdlib"])
def test_absent_and_unknown_fields_read_the_same_through_a_client(
    model: str, shape: str, parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A body through the whole client (the public class) equals the generated parse.

    Small bodies are decoded by orjson, large ones by the stdlib (`LARGE_BODY_BYTES`): both.
    """
    if parser == "stdlib":
        monkeypatch.setattr(meemo_sdk._client, "LARGE_BODY_BYTES", 0)
    payload = {
        **(shapes.minimal(model) if shape == "minimal" else shapes.full(model)),
        "x_new": [1, {"a": None}],
    }
    body = json.dumps(payload).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    public = shapes.public_class(model)
    from meemo_sdk._operation import Operation

    operation = Operation(method="GET", path="/api/v1/external/topics/", parse=public.from_dict)
    with MeemoClient(
        access_token="t", base_url="http://sdk.test", http_client=httpx.Client(transport=transport)
    ) as client:
        ours = client._execute(operation)

    theirs = getattr(generated, model).from_dict(json.loads(body))
    if model in {"RecordingResponse", "SummaryWithVideoResponse"}:
        for name in DERIVED & {f.name for f in attrs.fields(type(theirs))}:
            setattr(theirs, name, getattr(ours, name))
    assert_same(ours, theirs, model)
    assert ours.to_dict() == payload

"""The fast transcript parser must give exactly what the generated parser gives."""

from __future__ import annotations

from typing import Any

import pytest
from meemo_sdk import TranscriptResponse
from meemo_sdk.models import parse_transcript


def _transcript(segments: list[Any]) -> dict[str, Any]:
    return {
        "meeting_id": 1042,
        "title": "Weekly product sync",
        "total_segments": len(segments),
        "transcripts": segments,
    }


PLAIN = {"speaker": "Rina", "text": "Hello.", "start_time": 0.0, "end_time": 1.5}

CASES = {
    "plain": [PLAIN, {**PLAIN, "speaker": "Speaker 2", "start_time": 2, "end_time": 3}],
    "empty": [],
    "extra field kept": [{**PLAIN, "confidence": 0.93}],
    "mixed": [PLAIN, {**PLAIN, "language": "id"}, PLAIN],
}


@pytest.mark.parametrize("name", list(CASES))
def test_same_result_as_generated_parser(name: str) -> None:
    data = _transcript(CASES[name])
    assert parse_transcript(data) == TranscriptResponse.from_dict(data)


def test_unknown_top_level_fields_stay_readable() -> None:
    data = {**_transcript([PLAIN]), "language": "en"}
    parsed = parse_transcript(data)
    assert parsed == TranscriptResponse.from_dict(data)
    assert parsed.additional_properties == {"language": "en"}


def test_fast_segments_carry_no_leftover_properties() -> None:
    parsed = parse_transcript(_transcript([PLAIN]))
    assert parsed.transcripts[0].additional_properties == {}
    assert parsed.transcripts[0].end_time == 1.5


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (_transcript([{"speaker": "Rina", "text": "Hi", "start_time": 0.0}]), KeyError),
        ({"meeting_id": 1, "title": "t", "total_segments": 0}, KeyError),
        (_transcript(["not an object"]), (TypeError, ValueError)),
    ],
    ids=["segment missing end_time", "no transcripts", "segment not an object"],
)
def test_same_errors_as_generated_parser(
    data: dict[str, Any], error: type[Exception] | tuple[type[Exception], ...]
) -> None:
    with pytest.raises(error):
        TranscriptResponse.from_dict(data)
    with pytest.raises(error):
        parse_transcript(data)

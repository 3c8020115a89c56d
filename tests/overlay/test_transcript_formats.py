"""`meemo_sdk.transcript_formats`: SRT and WebVTT that real parsers accept, Markdown and text.

Subtitles are read back with `srt` and `webvtt-py`, and WebVTT is also checked
against the W3C syntax rules those lenient parsers do not enforce (cue order,
end after start, no `-->` or blank line in a cue, escaped `&` and `<`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import srt  # type: ignore[import-untyped]
import webvtt
from hypothesis import given, settings
from hypothesis import strategies as st
from meemo_sdk import TranscriptResponse
from meemo_sdk.transcript_formats import to_markdown, to_srt, to_text, to_vtt

from tests import payloads


def transcript(*segments: tuple[str, str, float, float], title: str = "Sync") -> TranscriptResponse:
    return TranscriptResponse.from_dict(
        {
            "meeting_id": payloads.MEETING_ID,
            "title": title,
            "total_segments": len(segments),
            "transcripts": [
                {"speaker": who, "text": text, "start_time": start, "end_time": end}
                for who, text, start, end in segments
            ],
        }
    )


_VTT_TIME = r"(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME} --> {_VTT_TIME}$")
_VTT_TAG = re.compile(r"<v [^<>\n]+>|</v>")
_VTT_ESCAPE = re.compile(r"&(amp|lt|gt);")


def _vtt_ms(hours: str, minutes: str, seconds: str, millis: str) -> int:
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis)


def strict_vtt_cues(text: str) -> list[tuple[int, int, list[str]]]:
    """The cues of a WebVTT file, failing on anything the W3C syntax does not allow."""
    assert text.startswith("WEBVTT\n"), text[:20]
    assert text.endswith("\n")
    header, *blocks = text.split("\n\n")
    assert header.rstrip("\n") == "WEBVTT"
    cues = []
    previous_start = -1
    for block in blocks:
        lines = block.rstrip("\n").split("\n")
        assert lines != [""], "an empty block: more than one blank line in a row"
        timing = _VTT_TIMING.match(lines[0])
        assert timing, f"not a timing line: {lines[0]!r}"
        start = _vtt_ms(*timing.groups()[:4])
        end = _vtt_ms(*timing.groups()[4:])
        assert end > start, lines[0]
        assert start >= previous_start, "cues out of start-time order"
        previous_start = start
        payload = lines[1:]
        assert payload, "a cue without text"
        for line in payload:
            assert line.strip(), "a blank line inside a cue"
            assert "-->" not in line
            bare = _VTT_ESCAPE.sub("", _VTT_TAG.sub("", line))
            assert "<" not in bare, line
            assert "&" not in bare, line
        cues.append((start, end, payload))
    return cues


def parsed_srt(text: str) -> list[Any]:
    subtitles = list(srt.parse(text))
    assert [s.index for s in subtitles] == list(range(1, len(subtitles) + 1))
    for subtitle in subtitles:
        assert subtitle.end > subtitle.start
        assert subtitle.content.strip()
        assert "\n\n" not in subtitle.content
    return subtitles


def parsed_vtt(text: str) -> list[webvtt.Caption]:
    strict_vtt_cues(text)
    return list(webvtt.from_string(text).captions)


def seconds(value: dt.timedelta) -> float:
    return value.total_seconds()


# --- the usual transcript ----------------------------------------------------------------------


def test_srt_of_the_usual_transcript() -> None:
    text = to_srt(TranscriptResponse.from_dict(payloads.transcript()))

    assert text == (
        "1\n00:00:00,000 --> 00:00:03,420\nRina Hartono: Let's start with the release status.\n"
        "\n2\n00:00:03,900 --> 00:00:06,750\nSpeaker 2: The build went out yesterday evening.\n"
        "\n3\n00:00:07,100 --> 00:00:09,000\nRina Hartono: Great, then QA can start today.\n"
    )
    assert [s.content for s in parsed_srt(text)][1] == (
        "Speaker 2: The build went out yesterday evening."
    )


def test_vtt_of_the_usual_transcript() -> None:
    text = to_vtt(TranscriptResponse.from_dict(payloads.transcript()))

    assert text.startswith(
        "WEBVTT\n\n00:00:00.000 --> 00:00:03.420\n"
        "<v Rina Hartono>Let's start with the release status.</v>\n\n"
    )
    captions = parsed_vtt(text)
    assert [(c.start, c.end) for c in captions] == [
        ("00:00:00.000", "00:00:03.420"),
        ("00:00:03.900", "00:00:06.750"),
        ("00:00:07.100", "00:00:09.000"),
    ]
    assert [c.voice for c in captions] == ["Rina Hartono", "Speaker 2", "Rina Hartono"]
    assert captions[2].text == "Great, then QA can start today."


def test_markdown_merges_turns_and_stamps_them() -> None:
    segments = payloads.transcript()["transcripts"]
    segments.insert(1, {**segments[0], "text": "Then QA.", "start_time": 3.5, "end_time": 3.8})
    body = {**payloads.transcript(), "transcripts": segments}

    markdown = to_markdown(TranscriptResponse.from_dict(body))

    assert markdown == (
        "# Weekly product sync\n"
        "\n**Rina Hartono** (00:00:00): Let's start with the release status. Then QA.\n"
        "\n**Speaker 2** (00:00:03): The build went out yesterday evening.\n"
        "\n**Rina Hartono** (00:00:07): Great, then QA can start today.\n"
    )


def test_text_is_one_line_per_turn() -> None:
    text = to_text(
        transcript(
            ("Rina", "One.", 1, 2),
            ("Rina", "Two.", 2, 3),
            ("Budi", "Three.", 3725.2, 3727),
            ("", "Nobody said it.", 3728, 3729),
        )
    )

    assert text == (
        "[00:00:01] Rina: One. Two.\n[01:02:05] Budi: Three.\n[01:02:08] Nobody said it.\n"
    )


# --- edge cases -------------------------------------------------------------------------------


def test_an_empty_transcript_is_a_valid_empty_file() -> None:
    empty = transcript(title="Nothing said")

    assert to_srt(empty) == ""
    assert parsed_srt(to_srt(empty)) == []
    assert to_vtt(empty) == "WEBVTT\n"
    assert parsed_vtt(to_vtt(empty)) == []
    assert to_markdown(empty) == "# Nothing said\n"
    assert to_text(empty) == ""


def test_zero_length_and_inverted_cues_are_shown_without_covering_the_next() -> None:
    cues = transcript(
        ("A", "zero", 10, 10),
        ("B", "inverted, next cue 0.3 s later", 20, 19),
        ("C", "next", 20.3, 21),
        ("D", "last and zero", 30, 30),
    )

    assert [(seconds(s.start), seconds(s.end)) for s in parsed_srt(to_srt(cues))] == [
        (10, 11),
        (20, 20.3),
        (20.3, 21),
        (30, 31),
    ]
    assert [(c.start, c.end) for c in parsed_vtt(to_vtt(cues))][1] == (
        "00:00:20.000",
        "00:00:20.300",
    )


def test_overlapping_and_unordered_segments_come_out_in_start_order() -> None:
    cues = transcript(("B", "second", 5, 9), ("A", "first, overlaps", 2, 6), ("C", "same", 5, 7))

    assert [s.content for s in parsed_srt(to_srt(cues))] == [
        "A: first, overlaps",
        "B: second",
        "C: same",
    ]
    assert [c.voice for c in parsed_vtt(to_vtt(cues))] == ["A", "B", "C"]


def test_arrows_blank_lines_and_markup_in_the_text() -> None:
    tricky = transcript(
        ("Rina <Ops> & co", "Step 1 --> step 2\r\n\r\n\n  then <b>bold</b> & done  ", 1, 2),
        ("Budi", "\n \n", 3, 4),  # nothing left to show: skipped
        ("Budi", "2\n00:00:05,000 --> 00:00:06,000\nfake cue", 5, 6),
    )

    subtitles = parsed_srt(to_srt(tricky))
    assert [s.content for s in subtitles] == [
        "Rina <Ops> & co: Step 1 -> step 2\nthen <b>bold</b> & done",
        "Budi: 2\n00:00:05,000 -> 00:00:06,000\nfake cue",
    ]
    vtt = to_vtt(tricky)
    captions = parsed_vtt(vtt)
    assert len(captions) == 2
    assert "<v Rina &lt;Ops&gt; &amp; co>Step 1 --&gt; step 2\n" in vtt
    assert "then &lt;b&gt;bold&lt;/b&gt; &amp; done</v>" in vtt
    assert to_text(tricky).splitlines() == [
        "[00:00:01] Rina <Ops> & co: Step 1 --> step 2 then <b>bold</b> & done",
        "[00:00:05] Budi: 2 00:00:05,000 --> 00:00:06,000 fake cue",
    ]
    assert to_markdown(tricky).splitlines()[2] == (
        r"**Rina \<Ops\> & co** (00:00:01): Step 1 --\> step 2 then \<b\>bold\</b\> & done"
    )


def test_control_characters_are_removed() -> None:
    noisy = transcript(("Ri\x1b[31mna\x07", "Hel\x1b]0;owned\x07lo\tworld\x9b!", 1, 2))

    assert to_text(noisy) == "[00:00:01] Ri[31mna: Hel]0;ownedlo world!\n"
    for text in (to_srt(noisy), to_vtt(noisy), to_markdown(noisy)):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)


def test_times_past_99_hours_keep_every_digit() -> None:
    late = transcript(("A", "still going", 100 * 3600 + 1.5, 1000 * 3600 + 2.25))

    [subtitle] = parsed_srt(to_srt(late))
    assert seconds(subtitle.start) == 360001.5
    assert seconds(subtitle.end) == 3600002.25
    assert "100:00:01,500 --> 1000:00:02,250" in to_srt(late)
    [caption] = parsed_vtt(to_vtt(late))
    assert (caption.start, caption.end) == ("100:00:01.500", "1000:00:02.250")
    assert to_text(late) == "[100:00:01] A: still going\n"


def test_negative_times_count_from_zero() -> None:
    early = transcript(("A", "before the start", -3, -1), ("B", "then", -0.5, 2))

    assert [(seconds(s.start), seconds(s.end)) for s in parsed_srt(to_srt(early))] == [
        (0, 1),
        (0, 2),
    ]
    strict_vtt_cues(to_vtt(early))


def test_speakers_can_be_left_out_of_subtitles() -> None:
    plain = TranscriptResponse.from_dict(payloads.transcript())

    assert parsed_srt(to_srt(plain, speakers=False))[0].content == (
        "Let's start with the release status."
    )
    assert parsed_vtt(to_vtt(plain, speakers=False))[0].voice is None


_segment = st.tuples(
    st.sampled_from(["Rina", "Budi & <Sari>", "", " Speaker\n2 "]),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.floats(min_value=-10, max_value=400_000, allow_nan=False),
    st.floats(min_value=-10, max_value=400_000, allow_nan=False),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_segment, max_size=12))
def test_any_transcript_gives_valid_subtitles(
    segments: list[tuple[str, str, float, float]],
) -> None:
    made = transcript(*segments)
    with_text = sum(1 for _, text, _, _ in segments if re.sub(r"[\s\x00-\x1f\x7f-\x9f]", "", text))

    subtitles = parsed_srt(to_srt(made))
    cues = strict_vtt_cues(to_vtt(made))

    assert len(subtitles) == len(cues) == len(parsed_vtt(to_vtt(made))) == with_text
    assert [s.start for s in subtitles] == sorted(s.start for s in subtitles)
    assert len(to_text(made).splitlines()) <= with_text


@pytest.mark.parametrize("formatter", [to_srt, to_vtt, to_markdown, to_text])
def test_a_large_transcript_is_formatted_in_one_pass(formatter: Any) -> None:
    many = transcript(*((f"S{i % 3}", f"line {i}", i * 0.5, i * 0.5) for i in range(20_000)))

    assert formatter(many).count("line 19999") == 1


@pytest.mark.parametrize(
    "bad_vtt",
    [
        "WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nbackwards\n",
        "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nb\n\n00:00:01.000 --> 00:00:02.000\na\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nan --> arrow\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nraw & ampersand\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<b>unescaped</b>\n",
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n\nfirst\n",
        "WEBVTT\n\n0:00:01.000 --> 00:00:02.000\nshort hours\n",
        "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nSRT commas\n",
    ],
)
def test_the_strict_checker_refuses_what_webvtt_forbids(bad_vtt: str) -> None:
    with pytest.raises(AssertionError):
        strict_vtt_cues(bad_vtt)


def test_the_model_has_each_format_as_a_method() -> None:
    model = TranscriptResponse.from_dict(payloads.transcript())

    assert model.to_srt() == to_srt(model)
    assert model.to_srt(speakers=False) == to_srt(model, speakers=False)
    assert model.to_vtt() == to_vtt(model)
    assert model.to_vtt(speakers=False) == to_vtt(model, speakers=False)
    assert model.to_markdown() == to_markdown(model)
    assert model.to_text() == to_text(model)

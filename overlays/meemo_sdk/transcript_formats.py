"""A transcript as subtitles (SRT, WebVTT) or as a document (Markdown, plain text).

Every function takes a `TranscriptResponse` and returns the whole file as a `str`.
The service's segments are used as they come, except where a format needs more:

- segments are put in start-time order (WebVTT requires it; players expect it);
- a negative time counts as 0; a cue that ends at or before its start (zero
  length, or inverted) is shown for up to 1 s, never into the next cue;
- line breaks inside a segment are kept, blank lines dropped (a blank line ends a
  cue), control characters removed; a segment with no text left is skipped;
- WebVTT escapes `&`, `<`, `>` (so `-->` cannot occur in a cue) and names the
  speaker with a voice tag; SRT has no escapes, so `-->` in the text becomes `->`;
- hours are not limited to two digits: cue times past 99 hours get more.

`to_markdown` and `to_text` merge consecutive segments of one speaker into a
single turn, stamped `HH:MM:SS` from the start of the meeting.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .models import TranscriptResponse

__all__ = ["to_markdown", "to_srt", "to_text", "to_vtt"]

# How long a zero-length (or inverted) cue is shown, at most, in milliseconds.
MIN_CUE_MS = 1000

# C0 and C1 controls and DEL; newlines are split on before this applies, tabs become spaces.
_CONTROLS: dict[int, str | None] = {
    code: None for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))
}
_CONTROLS[0x09] = " "
_NEWLINES = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


class _Cue(NamedTuple):
    start_ms: int
    end_ms: int
    speaker: str
    lines: tuple[str, ...]


def _milliseconds(seconds: object) -> int:
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return 0
    if not math.isfinite(seconds) or seconds <= 0:
        return 0
    return round(seconds * 1000)


def _lines(text: object) -> tuple[str, ...]:
    if not isinstance(text, str):
        return ()
    cleaned = (line.translate(_CONTROLS).strip() for line in _NEWLINES.split(text))
    return tuple(line for line in cleaned if line)


def _speaker(name: object) -> str:
    if not isinstance(name, str):
        return ""
    return _SPACES.sub(" ", name.translate(_CONTROLS)).strip()


def _cues(transcript: TranscriptResponse) -> list[_Cue]:
    """Segments with text, in start order, each ending after it starts."""
    drafts = []
    for segment in transcript.transcripts:
        lines = _lines(segment.text)
        if lines:
            start = _milliseconds(segment.start_time)
            end = _milliseconds(segment.end_time)
            drafts.append(_Cue(start, end, _speaker(segment.speaker), lines))
    drafts.sort(key=lambda cue: cue.start_ms)
    starts = [cue.start_ms for cue in drafts]
    cues = []
    for cue in drafts:
        if cue.end_ms <= cue.start_ms:
            end = cue.start_ms + MIN_CUE_MS
            later = bisect.bisect_right(starts, cue.start_ms)  # the first cue starting after it
            if later < len(starts):
                end = min(end, starts[later])
            cue = cue._replace(end_ms=end)
        cues.append(cue)
    return cues


def _clock(ms: int, separator: str) -> str:
    seconds, millis = divmod(ms, 1000)
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}{separator}{millis:03d}"


def to_srt(transcript: TranscriptResponse, *, speakers: bool = True) -> str:
    """SubRip subtitles: numbered cues, `HH:MM:SS,mmm` times, `Speaker: ` before the text."""
    blocks = []
    for number, cue in enumerate(_cues(transcript), start=1):
        lines = [line.replace("-->", "->") for line in cue.lines]
        if speakers and cue.speaker:
            lines[0] = f"{cue.speaker.replace('-->', '->')}: {lines[0]}"
        timing = f"{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}"
        blocks.append(f"{number}\n{timing}\n" + "\n".join(lines) + "\n")
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(transcript: TranscriptResponse, *, speakers: bool = True) -> str:
    """WebVTT subtitles: `HH:MM:SS.mmm` times, the speaker as a voice tag (`<v Name>`)."""
    blocks = ["WEBVTT\n"]
    for cue in _cues(transcript):
        lines = [_vtt_escape(line) for line in cue.lines]
        if speakers and cue.speaker:
            lines[0] = f"<v {_vtt_escape(cue.speaker)}>{lines[0]}"
            lines[-1] += "</v>"
        timing = f"{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}"
        blocks.append(f"{timing}\n" + "\n".join(lines) + "\n")
    return "\n".join(blocks)


class _Turn(NamedTuple):
    start_ms: int
    speaker: str
    text: str


def _turns(cues: Iterable[_Cue]) -> Iterator[_Turn]:
    """Consecutive cues of one speaker as one turn; its text is one line."""
    current: list[_Cue] = []
    for cue in cues:
        if current and cue.speaker != current[0].speaker:
            yield _turn(current)
            current = []
        current.append(cue)
    if current:
        yield _turn(current)


def _turn(cues: list[_Cue]) -> _Turn:
    text = " ".join(line for cue in cues for line in cue.lines)
    return _Turn(cues[0].start_ms, cues[0].speaker, text)


def _stamp(ms: int) -> str:
    return _clock(ms, ".")[:-4]  # HH:MM:SS


def _markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def to_markdown(transcript: TranscriptResponse) -> str:
    """A Markdown document: the title, then one paragraph per speaker turn."""
    title = _speaker(transcript.title) or f"Meeting {transcript.meeting_id}"
    parts = [f"# {_markdown_escape(title)}\n"]
    for turn in _turns(_cues(transcript)):
        who = _markdown_escape(turn.speaker or "Unknown speaker")
        parts.append(f"**{who}** ({_stamp(turn.start_ms)}): {_markdown_escape(turn.text)}\n")
    return "\n".join(parts)


def to_text(transcript: TranscriptResponse) -> str:
    """Plain text, one line per speaker turn: `[HH:MM:SS] Speaker: text`."""
    return "".join(
        f"[{_stamp(turn.start_ms)}] {turn.speaker + ': ' if turn.speaker else ''}{turn.text}\n"
        for turn in _turns(_cues(transcript))
    )

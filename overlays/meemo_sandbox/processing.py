"""Imported recordings move through their processing stages on the sandbox clock.

A meeting created with `file_url` starts with its recording stage `in_progress`.
Every `STAGE_SECONDS` of sandbox time one more stage completes: the recording,
then the transcription (the transcript appears), then the summarization (the
summary appears and `summary_complete` turns true). So `wait_until_ready` and
`meemo meetings wait` have something to wait for, and a test moves a `ManualClock`
instead of sleeping.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Final

from meemo_sandbox.data import Asset, Meeting, Recording, Segment, Stage, media_url

STAGE_SECONDS: Final = 1.0

_LINES: Final = {
    "en": (
        "Thanks for joining, let's go through the open items.",
        "The import went fine; the numbers match last week's.",
        "Then we can share the notes with the wider team today.",
        "Agreed. I'll send the summary once it is ready.",
    ),
    "id": (
        "Terima kasih sudah bergabung, kita bahas poin yang masih terbuka.",
        "Impor berjalan lancar; angkanya sama dengan minggu lalu.",
        "Kalau begitu catatannya bisa dibagikan ke tim hari ini.",
        "Setuju. Ringkasannya saya kirim setelah siap.",
    ),
}


def _transcript(meeting: Meeting) -> tuple[Segment, ...]:
    speakers = [p.name for p in meeting.participants[:2]] or [meeting.host.name]
    lines = _LINES.get(meeting.language, _LINES["en"])
    segments, clock = [], 1.0
    for index, text in enumerate(lines):
        length = round(len(text.split()) * 0.4 + 1.0, 2)
        segments.append(Segment(speakers[index % len(speakers)], text, clock, clock + length))
        clock = round(clock + length + 0.6, 2)
    return tuple(segments)


def _summary(meeting: Meeting, transcript: tuple[Segment, ...]) -> str:
    speakers = ", ".join(dict.fromkeys(s.speaker for s in transcript))
    return (
        f"## Summary\nImported recording of **{meeting.title}**, "
        f"{len(transcript)} segments by {speakers}.\n\n"
        "## Action items\n- Share the notes with the team.\n"
    )


def imported(meeting: Meeting, started: datetime, now: datetime) -> Meeting:
    """The import as it stands `now`: `meeting` as created at `started`."""
    done = int((now - started).total_seconds() // STAGE_SECONDS)
    if done < 1:
        return meeting
    stages = {
        "recording": Stage("completed", "Recording saved."),
        "transcription": Stage("in_progress", "Transcribing."),
        "summarization": Stage("pending", "Waiting for the transcript."),
    }
    transcript = _transcript(meeting)
    duration = transcript[-1].end + 1.0
    url = media_url(meeting.id, "recording.mp3")
    changes: dict[str, object] = {
        "end_time": meeting.start_time + timedelta(seconds=duration),
        "duration_seconds": duration,
        "recording": Recording(url, duration, "mp3", (Asset("audio", url, "audio/mpeg", "mp3"),)),
    }
    if done >= 2:
        stages["transcription"] = Stage("completed", "Transcript ready.")
        stages["summarization"] = Stage("in_progress", "Summarizing.")
        speakers = len({s.speaker for s in transcript})
        changes |= {"transcript": transcript, "num_cluster": meeting.num_cluster or speakers}
    if done >= 3:
        stages["summarization"] = Stage("completed", "Summary ready.")
        changes |= {
            "summary": _summary(meeting, transcript),
            "summary_complete": True,
            "keywords": ("import", "notes"),
        }
    return dataclasses.replace(meeting, stages=stages, **changes)  # type: ignore[arg-type]

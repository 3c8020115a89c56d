"""Quickstart with the asyncio client: the same calls, several of them at once.

Configure it like examples/quickstart.py (MEEMO_BASE_URL, MEEMO_CLIENT_ID,
MEEMO_CLIENT_SECRET; MEEMO_ORGANIZATION_ID for the demo meeting).
"""

from __future__ import annotations

import asyncio
import os

from meemo_sdk import AsyncMeemoClient


async def main() -> None:
    organization_id = int(os.environ.get("MEEMO_ORGANIZATION_ID", "7"))
    async with AsyncMeemoClient() as client:
        page = await client.meetings.list_meetings(size=5)
        print(f"{page.count} meetings; the newest {len(page.results)}:")
        for item in page.results:
            print(f"  {item.id}  {item.start_time[:16]}  {item.title}")

        # `async for` walks every page; stop at the first meeting with a finished summary.
        meeting_id = None
        async for item in client.meetings.iter_meetings(size=5):
            if item.summary_complete:
                meeting_id = item.id
                break
        if meeting_id is None:
            print("No meeting has a finished summary yet.")
            return

        # Five independent reads of one meeting, sent concurrently.
        meeting, transcript, summary, people, recording = await asyncio.gather(
            client.meetings.get_meeting(meeting_id),
            client.meetings.get_transcript(meeting_id),
            client.meetings.get_summary(meeting_id),
            client.meetings.get_participants(meeting_id),
            client.meetings.get_recording(meeting_id),
        )
        print(f"\nMeeting {meeting.id}: {meeting.title} (host {meeting.host.name})")
        print(f"  transcript: {transcript.total_segments} segments")
        first_line = summary.summary.splitlines()[0] if isinstance(summary.summary, str) else "-"
        print(f"  summary starts: {first_line}")
        print(f"  participants: {people.total_participants}")
        print(f"  recording: {recording.recording_url}")

        topics = await client.meetings.list_topics()
        print("Topics: " + ", ".join(f"{t.name} [{t.language}]" for t in topics))

        created = await client.meetings.create_meeting(
            organization_id=organization_id, title="Async quickstart demo meeting", speaker_count=3
        )
        again = await client.meetings.get_meeting(created.id)
        print(f"\nCreated meeting {created.id} and read it back: {again.title!r}")


if __name__ == "__main__":
    asyncio.run(main())

"""Quickstart: the SDK's main calls with the synchronous client.

Needs credentials in the environment. To try it without an account, start the
local sandbox in another terminal and use its published credentials:

    meemo sandbox                      # serves http://127.0.0.1:8000
    export MEEMO_BASE_URL=http://127.0.0.1:8000
    export MEEMO_CLIENT_ID=sandbox-client MEEMO_CLIENT_SECRET=sandbox-secret
    python examples/quickstart.py

``MEEMO_ORGANIZATION_ID`` picks where the demo meeting is created (the
sandbox's organization 7 by default).
"""

from __future__ import annotations

import os
from itertools import islice

from meemo_sdk import MeemoClient, NotFoundError


def main() -> None:
    organization_id = int(os.environ.get("MEEMO_ORGANIZATION_ID", "7"))
    with MeemoClient() as client:  # MEEMO_CLIENT_ID / MEEMO_CLIENT_SECRET / MEEMO_BASE_URL
        page = client.meetings.list_meetings(size=5)
        print(f"{page.count} meetings; the newest {len(page.results)}:")
        for item in page.results:
            print(f"  {item.id}  {item.start_time[:16]}  {item.title}")

        # iter_meetings follows `next` links for you; islice stops after 12 meetings.
        finished = list(islice(client.meetings.iter_meetings(summary_complete=True, size=5), 12))
        print(f"\nFirst {len(finished)} meetings with a finished summary, across pages.")

        meeting = client.meetings.get_meeting(finished[0].id)
        print(f"\nMeeting {meeting.id}: {meeting.title}")
        print(f"  host {meeting.host.name}, {meeting.participant_count} participants")
        print(f"  {meeting.duration_seconds or 0:.0f} s, language {meeting.language}")

        transcript = client.meetings.get_transcript(meeting.id)
        print(f"\nTranscript: {transcript.total_segments} segments, starting with")
        for segment in transcript.transcripts[:3]:
            print(f"  [{segment.start_time:7.2f}s] {segment.speaker}: {segment.text}")

        summary = client.meetings.get_summary(meeting.id)
        if isinstance(summary.summary, str):
            print("\nSummary (Markdown), first lines:")
            for line in summary.summary.splitlines()[:3]:
                print(f"  {line}")
        else:  # a legacy structured summary (dict), or None while it is being written
            print(f"\nSummary: {summary.summary!r}")

        people = client.meetings.get_participants(meeting.id)
        names = ", ".join(
            p.name + (" (guest)" if p.id is None else "") for p in people.participants
        )
        print(f"\nParticipants: {names}")

        recording = client.meetings.get_recording(meeting.id)
        print(f"Recording: {recording.recording_url} ({recording.duration:.0f} s)")

        topics = client.meetings.list_topics()
        print("Topics: " + ", ".join(f"{t.name} [{t.language}]" for t in topics))

        created = client.meetings.create_meeting(
            organization_id=organization_id,
            title="Quickstart demo meeting",
            participants=["rina@nusantara-digital.example"],
            speaker_count=2,
        )
        again = client.meetings.get_meeting(created.id)
        print(f"\nCreated meeting {created.id} and read it back: {again.title!r}")

        try:
            client.meetings.get_meeting(999_999_999)
        except NotFoundError as error:
            print(f"A missing meeting raises NotFoundError: {error}")


if __name__ == "__main__":
    main()

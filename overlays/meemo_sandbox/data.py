"""Seeded sample data for the sandbox: two organizations, their people, topics and meetings.

Everything is derived from a seed and an anchor instant ("now", to the minute), so the
same pair always yields the same meetings, transcripts and summaries, and the split
into past, ongoing and upcoming meetings is the same relative to the anchor.
"""

from __future__ import annotations

import dataclasses
import functools
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Final, Literal

SERVICE_TZ: Final = timezone(timedelta(hours=7), "WIB")
"""The service renders timestamps, and compares calendar dates, in Western Indonesia Time."""

DEFAULT_NOW: Final = datetime(2026, 11, 16, 10, 30, tzinfo=SERVICE_TZ)
DEFAULT_SEED: Final = 20261116
FIRST_MEETING_ID: Final = 1001
MEDIA_HOST: Final = "https://media.sandbox.meemo.example"


@dataclass(frozen=True)
class Organization:
    id: int
    name: str


@dataclass(frozen=True)
class User:
    id: int
    organization_id: int
    name: str
    email: str
    position: str
    department: str


@dataclass(frozen=True)
class Topic:
    id: int
    organization_id: int
    name: str
    alias: str
    language: str
    # Sent with only id and name, as the service may: alias and language are optional.
    sparse: bool = False


@dataclass(frozen=True)
class Participant:
    id: int | None
    name: str
    email: str | None
    position: str = ""
    department: str = ""


@dataclass(frozen=True)
class Segment:
    speaker: str
    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Asset:
    media_kind: str
    url: str | None
    mime_type: str
    format: str


RecordingWire = Literal["full", "assets_only", "assets_null"]


@dataclass(frozen=True)
class Recording:
    url: str | None
    duration: float
    format: str
    # None models an older deployment that sends neither assets nor video fields.
    assets: tuple[Asset, ...] | None = None
    video_url: str | None = None
    video_format: str | None = None
    # What the body carries: everything; only the assets (a client derives the rest from
    # them); or the classic fields with "assets": null.
    wire: RecordingWire = "full"


@dataclass(frozen=True)
class Stage:
    status: str
    description: str


@dataclass(frozen=True)
class Meeting:
    id: int
    organization_id: int
    title: str
    start_time: datetime
    end_time: datetime | None
    created_at: datetime
    location: str
    status: str
    summary_complete: bool
    host: User
    language: str
    keywords: tuple[str, ...]
    participants: tuple[Participant, ...]
    duration_seconds: float | None
    num_cluster: int
    calendar_event: dict[str, Any] | None
    # None models an older deployment that sends no processing stages.
    stages: dict[str, Stage] | None
    transcript: tuple[Segment, ...]
    summary: str | dict[str, Any] | None
    notes: str
    recording: Recording
    # A record from an older deployment: the optional detail fields (location, language,
    # keywords, participant_count, duration_seconds, num_cluster, calendar_event) are absent.
    sparse: bool = False

    @property
    def from_calendar(self) -> bool:
        return self.calendar_event is not None

    @property
    def participant_ids(self) -> frozenset[int]:
        return frozenset(p.id for p in self.participants if p.id is not None)


@dataclass(frozen=True)
class Dataset:
    organizations: tuple[Organization, ...]
    users: tuple[User, ...]
    topics: tuple[Topic, ...]
    meetings: tuple[Meeting, ...]


ORGANIZATIONS: Final = (
    Organization(7, "Nusantara Digital"),
    Organization(9, "Harbor & Pike Analytics"),
)

USERS: Final = (
    User(12, 7, "Rina Hartono", "rina@nusantara-digital.example", "Product Manager", "Product"),
    User(
        13, 7, "Budi Santoso", "budi@nusantara-digital.example", "Engineering Lead", "Engineering"
    ),
    User(14, 7, "Sari Wulandari", "sari@nusantara-digital.example", "QA Engineer", "Engineering"),
    User(15, 7, "Andi Pratama", "andi@nusantara-digital.example", "Account Executive", "Sales"),
    User(16, 7, "Dewi Lestari", "dewi@nusantara-digital.example", "Product Designer", "Design"),
    User(17, 7, "Yoga Nugroho", "yoga@nusantara-digital.example", "Data Analyst", "Data"),
    User(57, 9, "Emma Clarke", "emma.clarke@harborpike.example", "Head of Analytics", "Analytics"),
    User(58, 9, "Liam O'Connor", "liam.oconnor@harborpike.example", "Data Engineer", "Platform"),
    User(
        59, 9, "Priya Nair", "priya.nair@harborpike.example", "Customer Success Lead", "Customers"
    ),
    User(60, 9, "Marcus Webb", "marcus.webb@harborpike.example", "Backend Engineer", "Platform"),
    User(61, 9, "Hannah Becker", "hannah.becker@harborpike.example", "UX Researcher", "Design"),
    User(62, 9, "Tomás Álvarez", "tomas.alvarez@harborpike.example", "Finance Partner", "Finance"),
)

TOPICS: Final = (
    Topic(3, 7, "General meeting", "general", "en"),
    Topic(4, 7, "Rapat umum", "rapat-umum", "id"),
    Topic(5, 7, "Sales call", "sales-call", "en"),
    Topic(6, 7, "Diskusi teknis", "diskusi-teknis", "id"),
    Topic(8, 9, "Engineering sync", "engineering-sync", "en"),
    Topic(10, 9, "Customer interview", "customer-interview", "en"),
    Topic(11, 9, "Rapat mitra", "rapat-mitra", "id", sparse=True),
)

# External guests: no user id; one is not even known by email.
GUESTS: Final = (
    Participant(None, "Kevin Tan", "kevin.tan@mitra-sejahtera.example"),
    Participant(None, "Guest from Partner", None),
    Participant(None, "Laura Kim", "laura.kim@northwind.example"),
)

_GUEST_TOPICS: Final = frozenset({"sales-call", "customer-interview", "rapat-mitra"})

_TITLES: Final[dict[str, tuple[str, ...]]] = {
    "general": (
        "Weekly product sync",
        "Sprint planning",
        "Release readiness review",
        "Roadmap check-in",
        "Quarterly business review",
        "Design critique: onboarding",
    ),
    "rapat-umum": (
        "Rapat mingguan tim",
        "Evaluasi sprint",
        "Perencanaan rilis 2.4",
        "Diskusi anggaran Q1",
        "Rapat koordinasi vendor",
    ),
    "sales-call": (
        "Demo for PT Sinar Jaya",
        "Pricing call with Kopi Nusantara",
        "Renewal call: Bank Mandala",
        "Discovery call with Logistik Prima",
    ),
    "diskusi-teknis": (
        "Diskusi arsitektur notifikasi",
        "Tinjauan insiden login",
        "Migrasi database ke cluster baru",
        "Review kode modul pembayaran",
    ),
    "engineering-sync": (
        "Platform weekly sync",
        "Incident retrospective: ingestion lag",
        "Data pipeline design review",
        "On-call handover",
        "Warehouse cost review",
    ),
    "customer-interview": (
        "Customer interview: dashboard exports",
        "Customer interview: alerting needs",
        "Churn interview with Northwind",
    ),
    "rapat-mitra": (
        "Rapat mitra: integrasi data",
        "Sinkronisasi mingguan dengan mitra",
    ),
}

_KEYWORDS: Final[dict[str, tuple[str, ...]]] = {
    "general": ("roadmap", "release", "QA", "onboarding", "metrics", "hiring", "budget"),
    "rapat-umum": ("rilis", "anggaran", "vendor", "target", "evaluasi", "jadwal"),
    "sales-call": ("pricing", "contract", "renewal", "demo", "discount", "procurement"),
    "diskusi-teknis": ("database", "notifikasi", "latensi", "keamanan", "migrasi", "API"),
    "engineering-sync": ("ingestion", "on-call", "warehouse", "latency", "alerts", "costs"),
    "customer-interview": ("exports", "alerting", "dashboards", "permissions", "churn"),
    "rapat-mitra": ("integrasi", "data", "SLA", "laporan", "jadwal"),
}

_LINES: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Let's start with a quick update on {kw}.",
        "I think {kw} is still the biggest risk for this quarter.",
        "Can you share the latest numbers on {kw}, {name}?",
        "We closed most of the open tickets last week.",
        "The build went out yesterday evening without issues.",
        "I'd like us to agree on an owner for {kw} today.",
        "From the customer's side, {kw} keeps coming up in every call.",
        "That makes sense, but we need to check the budget first.",
        "Let's park that and come back to it at the end.",
        "{name}, could you write down the decision so we have it in the notes?",
        "The dashboard shows a small dip on Tuesday, nothing alarming.",
        "We should test this with real data before we commit.",
        "I'm worried about the timeline if {kw} slips again.",
        "Good point. Let's take that offline.",
        "We have two options: ship it as is or wait for the fix.",
        "I'd rather wait a week than ship something half done.",
        "The feedback on {kw} from the beta group was mostly positive.",
        "Does anyone have objections to moving forward?",
        "I can pair with {name} on that tomorrow morning.",
        "Let's make sure QA signs off before Friday.",
        "We still need the legal review for the new terms.",
        "The vendor promised an answer by the end of the week.",
        "Okay, so the action item is mine, I'll send a summary.",
        "Can we timebox this discussion to ten minutes?",
        "Just to confirm, the deadline is still the twentieth?",
        "I'll update the ticket with the numbers we just discussed.",
        "Thanks everyone, that was a productive session.",
        "Sorry, I was on mute. Could you repeat the last part?",
    ),
    "id": (
        "Kita mulai dengan update singkat soal {kw}.",
        "Menurut saya {kw} masih jadi risiko terbesar kuartal ini.",
        "{name}, boleh dibagikan angka terbaru untuk {kw}?",
        "Sebagian besar tiket sudah kita tutup minggu lalu.",
        "Build kemarin malam sudah naik tanpa kendala.",
        "Hari ini kita perlu sepakat siapa penanggung jawab {kw}.",
        "Dari sisi klien, {kw} selalu muncul di setiap pertemuan.",
        "Masuk akal, tapi anggarannya perlu dicek dulu.",
        "Kita tunda dulu, nanti dibahas di akhir rapat.",
        "{name}, tolong dicatat keputusannya supaya masuk notulen.",
        "Dashboard menunjukkan sedikit penurunan hari Selasa, masih wajar.",
        "Sebaiknya kita uji dengan data asli sebelum memutuskan.",
        "Saya khawatir jadwalnya mundur kalau {kw} terlambat lagi.",
        "Poin yang bagus, kita bahas terpisah saja.",
        "Ada dua pilihan: rilis sekarang atau tunggu perbaikannya.",
        "Saya lebih pilih menunggu seminggu daripada rilis setengah jadi.",
        "Masukan soal {kw} dari pengguna beta sebagian besar positif.",
        "Ada yang keberatan kalau kita lanjut?",
        "Besok pagi saya bisa kerja bareng {name} untuk itu.",
        "Pastikan QA sudah setuju sebelum hari Jumat.",
        "Kita masih menunggu tinjauan legal untuk syarat yang baru.",
        "Vendor janji memberi jawaban akhir minggu ini.",
        "Oke, action item-nya di saya, nanti saya kirim ringkasannya.",
        "Diskusi ini kita batasi sepuluh menit, ya.",
        "Konfirmasi saja, tenggatnya tetap tanggal dua puluh?",
        "Saya perbarui tiketnya dengan angka yang tadi kita bahas.",
        "Terima kasih semuanya, rapatnya produktif.",
        "Maaf, tadi mikrofon saya mati. Bisa diulang bagian terakhir?",
    ),
}

_OPENINGS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Most of the time went into trade-offs between scope and the release date.",
        "The discussion was short and focused; no blockers were raised.",
        "Several open questions remain and will be followed up asynchronously.",
    ),
    "id": (
        "Sebagian besar waktu dipakai untuk menimbang cakupan dan tanggal rilis.",
        "Diskusi singkat dan fokus; tidak ada hambatan yang diangkat.",
        "Beberapa pertanyaan masih terbuka dan akan ditindaklanjuti lewat chat.",
    ),
}

_DECISIONS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Ship the {kw} changes behind a feature flag.",
        "Keep the current scope for {kw}; no new requests this sprint.",
        "Move the {kw} review to next week.",
        "Approve the proposed budget for {kw}.",
        "Run a one-week trial before rolling {kw} out to everyone.",
    ),
    "id": (
        "Perubahan {kw} dirilis dengan feature flag.",
        "Cakupan {kw} tetap; tidak ada permintaan baru di sprint ini.",
        "Tinjauan {kw} dipindah ke minggu depan.",
        "Anggaran untuk {kw} disetujui.",
        "Uji coba satu minggu sebelum {kw} dibuka untuk semua.",
    ),
}

_ACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "send the updated {kw} plan",
        "collect numbers on {kw} from the dashboard",
        "draft the customer email about {kw}",
        "book a follow-up on {kw}",
    ),
    "id": (
        "mengirim rencana {kw} yang sudah diperbarui",
        "mengumpulkan angka {kw} dari dashboard",
        "menyiapkan email ke klien soal {kw}",
        "menjadwalkan rapat lanjutan tentang {kw}",
    ),
}

_HEADINGS: Final[dict[str, tuple[str, str, str]]] = {
    "en": ("Summary", "Decisions", "Action items"),
    "id": ("Ringkasan", "Keputusan", "Tindak lanjut"),
}

_DAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Monday", "Wednesday", "Friday"),
    "id": ("Senin", "Rabu", "Jumat"),
}

_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Follow up with QA on the flaky login test.",
        "Slides are in the shared drive.",
        "Customer asked for a copy of the recording.",
    ),
    "id": (
        "Materi presentasi ada di drive bersama.",
        "Klien minta salinan rekaman rapat.",
        "Tindak lanjuti QA soal tes login yang tidak stabil.",
    ),
}

# (past, ongoing, recording, upcoming day offsets, days of history) per organization.
_PLAN: Final[dict[int, tuple[int, int, int, tuple[int, ...], int]]] = {
    7: (16, 1, 0, (1, 3, 9), 75),
    9: (13, 0, 1, (2, 6), 60),
}
_STAGES_HISTORY_DAYS: Final = 45  # older meetings predate processing stages


def build_dataset(seed: int = DEFAULT_SEED, now: datetime = DEFAULT_NOW) -> Dataset:
    """Build the sample data; the same ``seed`` and ``now`` always give the same result."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    # Whole minutes: data laid out around the current time reads like a real calendar.
    return _build(seed, now.astimezone(SERVICE_TZ).replace(second=0, microsecond=0))


@functools.lru_cache(maxsize=8)
def _build(seed: int, now: datetime) -> Dataset:
    """Cached, since a fresh sandbox per test is the norm: records are frozen and the
    sandbox never mutates the dicts inside them."""
    rng = random.Random(seed)  # noqa: S311 - sample data must be reproducible, not secret
    drafts: list[Meeting] = []
    for organization in ORGANIZATIONS:
        drafts.extend(_organization_meetings(rng, organization, now))
    drafts.sort(key=lambda m: (m.start_time, m.organization_id))
    meetings = tuple(
        _with_id(draft, FIRST_MEETING_ID + index) for index, draft in enumerate(drafts)
    )
    return Dataset(ORGANIZATIONS, USERS, TOPICS, _with_absences(meetings))


def _with_absences(meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
    """Leave optional fields out of some records, as the service does, so that every client
    of the sandbox meets absence: older manual meetings are ``sparse``, and the video of
    the newest past meeting that has one is still rendering (its asset has no URL yet).
    The rest of the absences follow from the records themselves (see ``views``)."""
    with_video = [
        m
        for m in meetings
        if m.status == "past" and any(a.media_kind == "video" for a in m.recording.assets or ())
    ]
    rendering = max(with_video, key=lambda m: m.start_time).id if with_video else None
    changed = []
    for meeting in meetings:
        if meeting.stages is None and meeting.calendar_event is None:
            meeting = dataclasses.replace(meeting, sparse=True)
        if meeting.id == rendering:
            recording = meeting.recording
            assets = tuple(
                dataclasses.replace(a, url=None) if a.media_kind == "video" else a
                for a in recording.assets or ()
            )
            meeting = dataclasses.replace(
                meeting, recording=dataclasses.replace(recording, assets=assets, video_url=None)
            )
        changed.append(meeting)
    return tuple(changed)


def users_of(organization_id: int) -> list[User]:
    return [u for u in USERS if u.organization_id == organization_id]


def topics_of(organization_id: int) -> list[Topic]:
    return [t for t in TOPICS if t.organization_id == organization_id]


def media_url(meeting_id: int, name: str) -> str:
    return f"{MEDIA_HOST}/recordings/{meeting_id}/{name}"


def _with_id(draft: Meeting, meeting_id: int) -> Meeting:
    recording = draft.recording
    if recording.url is not None:
        recording = _recording_with_urls(recording, meeting_id)
    return dataclasses.replace(draft, id=meeting_id, recording=recording)


def _recording_with_urls(recording: Recording, meeting_id: int) -> Recording:
    assets = None
    if recording.assets is not None:
        assets = tuple(
            dataclasses.replace(a, url=media_url(meeting_id, _file_name(a.media_kind, a.format)))
            for a in recording.assets
        )
    video_url = None
    if recording.video_format is not None:
        video_url = media_url(meeting_id, f"video.{recording.video_format}")
    return dataclasses.replace(
        recording,
        url=media_url(meeting_id, f"recording.{recording.format}"),
        assets=assets,
        video_url=video_url,
    )


def _file_name(media_kind: str, file_format: str) -> str:
    return f"{'video' if media_kind == 'video' else 'recording'}.{file_format}"


def _weekday(day: date, *, forward: bool) -> date:
    step = timedelta(days=1 if forward else -1)
    while day.weekday() >= 5:
        day += step
    return day


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SERVICE_TZ)


def _organization_meetings(
    rng: random.Random, organization: Organization, now: datetime
) -> list[Meeting]:
    past_count, ongoing_count, recording_count, upcoming_offsets, history = _PLAN[organization.id]
    org_topics = topics_of(organization.id)
    meetings: list[Meeting] = []

    offsets = sorted(rng.sample(range(1, history + 1), past_count - 1))
    past_starts = [now - timedelta(hours=2)]  # one that ended this morning
    for offset in offsets:
        day = _weekday((now - timedelta(days=offset)).date(), forward=False)
        past_starts.append(
            _at(day, rng.choice((8, 9, 10, 11, 13, 14, 15, 16)), rng.choice((0, 30)))
        )
    for index, start in enumerate(past_starts):
        special = ""
        if organization.id == 7 and index == 0:
            special = "summarizing"
        elif organization.id == 7 and index == len(past_starts) - 1:
            special = "legacy"
        elif organization.id == 7 and index == 3:
            special = "import"
        elif organization.id == 9 and index == 1:
            special = "failed"
        meetings.append(_meeting(rng, organization, org_topics, now, "past", start, special))

    for _ in range(ongoing_count):
        start = now - timedelta(minutes=30)
        meetings.append(_meeting(rng, organization, org_topics, now, "ongoing", start, ""))
    for _ in range(recording_count):
        start = now - timedelta(minutes=12)
        meetings.append(_meeting(rng, organization, org_topics, now, "recording", start, ""))
    for index, offset in enumerate(upcoming_offsets):
        day = _weekday((now + timedelta(days=offset)).date(), forward=True)
        start = _at(day, rng.choice((9, 10, 13, 14, 15)), rng.choice((0, 30)))
        special = "scheduled-bot" if index == len(upcoming_offsets) - 1 else ""
        meetings.append(_meeting(rng, organization, org_topics, now, "upcoming", start, special))
    return meetings


def _meeting(
    rng: random.Random,
    organization: Organization,
    org_topics: list[Topic],
    now: datetime,
    status: str,
    start: datetime,
    special: str,
) -> Meeting:
    topic = rng.choice(org_topics)
    if special == "legacy":
        topic = next(t for t in org_topics if t.alias == "rapat-umum")
    language = topic.language
    title = rng.choice(_TITLES[topic.alias])
    people = users_of(organization.id)
    host = rng.choice(people)
    others = rng.sample([u for u in people if u != host], k=rng.randint(1, 4))
    participants = [
        Participant(u.id, u.name, u.email, u.position, u.department) for u in (host, *others)
    ]
    if topic.alias in _GUEST_TOPICS or rng.random() < 0.15:
        participants.append(rng.choice(GUESTS))
    keywords = tuple(rng.sample(_KEYWORDS[topic.alias], k=rng.randint(3, 5)))

    if status == "ongoing":
        from_calendar = True
    elif status == "recording" or special in ("import", "scheduled-bot"):
        from_calendar = False
    elif special == "legacy":
        from_calendar = True
    else:
        from_calendar = rng.random() < 0.6

    planned_minutes = rng.choice((30, 45, 60))
    calendar_event = None
    if from_calendar:
        location = rng.choice(("Google Meet", "Zoom", "Room 4B", "Ruang Rapat Lt. 3"))
        calendar_event = _calendar_event(
            rng, title, host, participants, location, start, planned_minutes
        )
    elif special == "import":
        location = ""
    else:
        location = rng.choice(("", "", "Ruang Rapat Lt. 3"))

    if status == "past":
        transcript = _transcript(rng, language, participants, keywords, rng.randint(200, 260), None)
    elif status in ("ongoing", "recording"):
        elapsed = (now - start).total_seconds()
        transcript = _transcript(rng, language, participants, keywords, 400, elapsed - 5)
    else:
        transcript = ()

    duration: float | None = None
    end_time: datetime | None = None
    if status == "past":
        duration = round(transcript[-1].end + rng.uniform(5, 40), 1)
        end_time = (start + timedelta(seconds=duration)).replace(microsecond=0)

    speakers = sorted({s.speaker for s in transcript})
    summary_complete = status == "past" and special not in ("summarizing", "failed")
    summary: str | dict[str, Any] | None = None
    if special == "legacy":
        summary = _legacy_summary(rng, keywords, participants)
    elif summary_complete:
        summary = _markdown_summary(rng, language, title, keywords, participants)

    if calendar_event is not None:
        created = start - timedelta(days=rng.randint(1, 10), hours=rng.randint(0, 8))
    else:
        created = start - timedelta(minutes=rng.randint(5, 90))
    if created > now:
        created = now - timedelta(hours=rng.randint(1, 20))
    created = created.replace(second=rng.randint(0, 59), microsecond=0)

    has_stages = special != "legacy" and (now - start) < timedelta(days=_STAGES_HISTORY_DAYS)
    recording = _recording(status, special, calendar_event, has_stages, transcript, duration)
    return Meeting(
        id=0,
        organization_id=organization.id,
        title=title,
        start_time=start,
        end_time=end_time,
        created_at=created,
        location=location,
        status=status,
        summary_complete=summary_complete,
        host=host,
        language=language,
        keywords=keywords,
        participants=tuple(participants),
        duration_seconds=duration,
        num_cluster=len(speakers),
        calendar_event=calendar_event,
        stages=_stages(status, special) if has_stages else None,
        transcript=transcript,
        summary=summary,
        notes=rng.choice((*_NOTES[language], "", "")),
        recording=recording,
    )


def _calendar_event(
    rng: random.Random,
    title: str,
    host: User,
    participants: list[Participant],
    location: str,
    start: datetime,
    minutes: int,
) -> dict[str, Any]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    link: str | None = None
    if location == "Google Meet":
        parts = ("".join(rng.choices(letters, k=n)) for n in (3, 4, 3))
        link = "https://meet.google.com/" + "-".join(parts)
    elif location == "Zoom":
        link = "https://zoom.us/j/" + "".join(rng.choices("0123456789", k=10))
    attendees = [
        {
            "email": p.email,
            "display_name": p.name if p.id is not None or rng.random() < 0.5 else None,
            "response_status": rng.choice(("accepted", "accepted", "tentative", "needsAction")),
        }
        for p in participants
        if p.email is not None
    ]
    return {
        "event_id": "".join(rng.choices("abcdefghijklmnopqrstuv0123456789", k=20)),
        "summary": title,
        "organizer_email": host.email,
        "meeting_link": link,
        "description": f"Agenda: {title}. Notes and recording by Meemo.",
        "start_time": start.isoformat(),
        "end_time": (start + timedelta(minutes=minutes)).isoformat(),
        "attendees": attendees,
    }


def _transcript(
    rng: random.Random,
    language: str,
    participants: list[Participant],
    keywords: tuple[str, ...],
    count: int,
    until: float | None,
) -> tuple[Segment, ...]:
    voices = [p.name if p.id is not None or p.email is not None else "" for p in participants]
    labelled = [v or f"Speaker {i + 1}" for i, v in enumerate(voices)]
    if rng.random() < 0.3:
        labelled.append(f"Speaker {len(labelled) + 1}")  # a voice nobody was matched to
    weights = [3, *[rng.randint(1, 2) for _ in labelled[1:]]]
    first_names = [p.name.split()[0] for p in participants if p.id is not None]
    lines = _LINES[language]
    segments: list[Segment] = []
    speaker = labelled[0]
    clock = rng.uniform(0.5, 3.0)
    for _ in range(count):
        if segments and rng.random() < 0.75:
            speaker = rng.choices(labelled, weights=weights)[0]
        sentences = rng.sample(lines, k=rng.choice((1, 1, 2)))
        text = " ".join(
            s.format(kw=rng.choice(keywords), name=rng.choice(first_names)) for s in sentences
        )
        length = max(1.2, len(text.split()) * 0.38 + rng.uniform(0.2, 1.5))
        if until is not None and clock + length > until:
            break
        segments.append(Segment(speaker, text, round(clock, 2), round(clock + length, 2)))
        clock += length + rng.uniform(0.15, 1.4)
    return tuple(segments)


def _markdown_summary(
    rng: random.Random,
    language: str,
    title: str,
    keywords: tuple[str, ...],
    participants: list[Participant],
) -> str:
    summary, decisions, actions = _HEADINGS[language]
    kw = list(keywords)
    joined = ", ".join(kw[:2]) + (" and " if language == "en" else " dan ") + kw[2]
    lead = "The team met for" if language == "en" else "Tim membahas"
    covered = "and covered" if language == "en" else "terutama"
    by = "by" if language == "en" else "paling lambat"
    owners = [p.name for p in participants if p.id is not None]
    lines = [
        f"## {summary}",
        f"{lead} **{title}** {covered} {joined}. {rng.choice(_OPENINGS[language])}",
        "",
        f"## {decisions}",
        *(
            "- " + d.format(kw=rng.choice(kw))
            for d in rng.sample(_DECISIONS[language], k=rng.randint(1, 3))
        ),
        "",
        f"## {actions}",
        *(
            f"- **{rng.choice(owners)}**: {a.format(kw=rng.choice(kw))} "
            f"{by} {rng.choice(_DAYS[language])}."
            for a in rng.sample(_ACTIONS[language], k=rng.randint(1, 3))
        ),
    ]
    return "\n".join(lines) + "\n"


def _legacy_summary(
    rng: random.Random, keywords: tuple[str, ...], participants: list[Participant]
) -> dict[str, Any]:
    owners = [p.name for p in participants if p.id is not None]
    return {
        "ringkasan": f"Tim membahas {', '.join(keywords)} dan menyepakati langkah berikutnya.",
        "poin_penting": [d.format(kw=k) for d, k in zip(_DECISIONS["id"], keywords, strict=False)],
        "tindak_lanjut": [
            {"pic": rng.choice(owners), "tugas": a.format(kw=rng.choice(keywords))}
            for a in _ACTIONS["id"][:2]
        ],
    }


def _recording(
    status: str,
    special: str,
    calendar_event: dict[str, Any] | None,
    has_stages: bool,
    transcript: tuple[Segment, ...],
    duration: float | None,
) -> Recording:
    if status == "upcoming":
        return Recording(None, 0.0, "mp3", () if has_stages else None)
    if status != "past" or duration is None:
        so_far = transcript[-1].end if transcript else 0.0
        return Recording(None, so_far, "mp4", () if has_stages else None)
    # Urls are filled in once the meeting has its id; a placeholder marks "has a file".
    placeholder = "pending-id"
    if special == "import":
        # An imported file in a format the spec does not list yet, described by its assets
        # alone: clients must accept the format and derive the URL from the audio asset.
        asset = Asset("audio", placeholder, "audio/mp4", "m4a")
        if not has_stages:
            return Recording(placeholder, duration, "m4a")
        return Recording(placeholder, duration, "m4a", (asset,), wire="assets_only")
    video = calendar_event is not None and calendar_event.get("meeting_link") is not None
    if not has_stages:
        return Recording(placeholder, duration, "mp4" if video else "mp3")
    audio = Asset("audio", placeholder, "audio/mpeg", "mp3")
    if special == "failed":  # processing stopped before the renditions were listed
        return Recording(placeholder, duration, "mp3", (audio,), wire="assets_null")
    if video:
        assets = (audio, Asset("video", placeholder, "video/mp4", "mp4"))
        return Recording(placeholder, duration, "mp3", assets, placeholder, "mp4")
    return Recording(placeholder, duration, "mp3", (audio,))


def _stages(status: str, special: str) -> dict[str, Stage]:
    done = {
        "recording": Stage("completed", "Recording saved."),
        "transcription": Stage("completed", "Transcript ready."),
        "summarization": Stage("completed", "Summary ready."),
    }
    if status == "upcoming":
        waiting = "Bot scheduled to join." if special == "scheduled-bot" else "Not started."
        return {
            "recording": Stage("pending", waiting),
            "transcription": Stage("pending", "Waiting for the recording."),
            "summarization": Stage("pending", "Waiting for the transcript."),
        }
    if status in ("ongoing", "recording"):
        return {
            "recording": Stage("in_progress", "Recording."),
            "transcription": Stage("in_progress", "Transcribing live."),
            "summarization": Stage("pending", "Waiting for the meeting to end."),
        }
    if special == "summarizing":
        done["summarization"] = Stage("in_progress", "Summarizing.")
    elif special == "failed":
        done["summarization"] = Stage("failed", "Summarization failed; retry from the dashboard.")
    return done

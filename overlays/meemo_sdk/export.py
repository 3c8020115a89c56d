"""Bulk export: every matching meeting's detail, transcript, summary and participants, on disk.

```python
from meemo_sdk import MeemoClient
from meemo_sdk.export import export_meetings

with MeemoClient() as client:
    result = export_meetings(client, "meemo-export", organization_id=7, summary_complete=True)
print(len(result.exported), "fetched,", len(result.unchanged), "unchanged,", result.failed)
```

The directory holds `meetings/<id>.json` (one JSON object per meeting: `meeting`,
`transcript`, `summary`, `participants`, and `missing` for the parts that were not
ready) and `index.jsonl` (one line per meeting, newest listing first).

- **Concurrency**: `concurrency` meetings (default 4) are fetched at once, so at
  most that many connections are open; each meeting's four requests go in turn.
- **Rate limits**: the client's retries honour `Retry-After`; a meeting still
  refused with 429 after them waits and tries again (up to 4 more times) and, if
  still refused, is recorded as failed. No failure of one meeting stops the run.
- **Not ready is not an error**: a transcript, summary or participant list that
  answers 404, or is empty (no segments, no summary text), is written as `null`
  or as received and named in `missing`; the meeting counts as `incomplete`.
- **Resuming**: a run fetches only meetings that are new, that failed last time,
  whose file is gone, or whose list row changed since they were last exported:
  its `title`, `start_time`, `end_time`, `status`, `summary_complete`, the status of
  each processing stage or its calendar event id (the `fingerprint` in the index).
  `force=True` fetches everything again.
- **Interruptions**: each file is written to a temporary name, flushed, then
  renamed, and the index is appended to as each meeting finishes, so a run that is
  stopped keeps every meeting it finished; the next run fetches the rest. Stopped by
  an exception (Ctrl-C, or one raised by `on_progress`), a run starts no other meeting,
  lets the ones in flight finish and be recorded, and only then raises. A meeting
  that fails keeps the file of its last good export. Files are never deleted, and
  index lines of meetings outside this run's filters are kept.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict, Unpack

import attrs

from . import _retry
from ._driver import Sleep, run_async, run_sync
from .errors import InvalidRequestError, MeemoError, NotFoundError, RateLimitError

if TYPE_CHECKING:
    from ._client import AsyncMeemoClient, MeemoClient
    from .models import MeetingListItem, MeetingStatus

__all__ = [
    "ExportProgress",
    "ExportResult",
    "MeetingFilters",
    "async_export_meetings",
    "export_meetings",
]

INDEX: Final = "index.jsonl"
MEETINGS: Final = "meetings"
DEFAULT_CONCURRENCY: Final = 4
MAX_CONCURRENCY: Final = 32
# After the client's own retries: this many more tries of a part refused with 429.
RATE_LIMIT_RETRIES: Final = 4
RATE_LIMIT_PAUSE: Final = 5.0  # seconds, doubled each time, when the 429 names no Retry-After
MAX_RATE_LIMIT_PAUSE: Final = 120.0

Part = Literal["meeting", "transcript", "summary", "participants"]
PARTS: Final[tuple[Part, ...]] = ("meeting", "transcript", "summary", "participants")
Outcome = Literal["exported", "incomplete", "unchanged", "failed"]
_STAGES: Final = ("recording", "transcription", "summarization")
_FINGERPRINT_FIELDS: Final = (
    "title",
    "start_time",
    "end_time",
    "status",
    "summary_complete",
)


class MeetingFilters(TypedDict, total=False):
    """The filters of `list_meetings` that select what to export (every page is walked)."""

    organization_id: int
    title: str
    participants: str | Iterable[int]
    created_after: str | dt.date
    created_before: str | dt.date
    summary_complete: bool
    from_calendar: bool
    start_after: str | dt.date
    start_before: str | dt.date
    status: MeetingStatus | str
    calendar_event_id: str
    meeting_link: str
    calendar_event_name: str
    calendar_event_description: str
    search: str
    size: int


@attrs.frozen
class ExportProgress:
    """Passed to `on_progress`: first once the list is known (`entry` None), then per meeting."""

    done: int
    total: int
    entry: dict[str, Any] | None


@attrs.frozen
class ExportResult:
    """One index entry per matching meeting, in list order, with this run's `outcome`."""

    directory: Path
    entries: list[dict[str, Any]]

    def _ids(self, outcome: Outcome) -> list[int]:
        return [e["id"] for e in self.entries if e["outcome"] == outcome]

    @property
    def exported(self) -> list[int]:
        """Fetched and written, every part present."""
        return self._ids("exported")

    @property
    def incomplete(self) -> list[int]:
        """Fetched and written; some part was not ready (see each entry's `missing`)."""
        return self._ids("incomplete")

    @property
    def unchanged(self) -> list[int]:
        """Not fetched: the last export is still current."""
        return self._ids("unchanged")

    @property
    def failed(self) -> dict[int, str]:
        """Not written this run (an earlier file is kept), with the error; retried next run."""
        return {e["id"]: e["error"] for e in self.entries if e["outcome"] == "failed"}

    @property
    def ok(self) -> bool:
        return not self.failed


# ------------------------------------------------------------------ fetching one meeting


@attrs.frozen
class _Get:
    part: Part


@attrs.frozen
class _Fetched:
    values: dict[str, Any]
    missing: dict[str, str]
    error: str | None = None


def _rate_limit_pause(exc: RateLimitError, attempt: int) -> float:
    if exc.retry_after is not None:
        return min(exc.retry_after, MAX_RATE_LIMIT_PAUSE)
    return min(RATE_LIMIT_PAUSE * 2.0**attempt, MAX_RATE_LIMIT_PAUSE)


def _not_ready(part: Part, value: Any) -> str | None:
    if part == "transcript" and not value.transcripts:
        return "empty: no segments yet"
    if part == "summary":
        text = value.summary
        if text is None or (isinstance(text, str) and not text.strip()):
            return "empty: no summary yet"
    return None


def _fetch_flow() -> Generator[_Get | Sleep, Any, _Fetched]:
    """One meeting's four parts in turn; decides what is missing, what is fatal, what waits."""
    values: dict[str, Any] = {}
    missing: dict[str, str] = {}
    for part in PARTS:
        for attempt in itertools.count():
            try:
                value = yield _Get(part)
            except NotFoundError as exc:
                if part == "meeting":
                    return _Fetched(values, missing, f"meeting: {exc}")
                values[part] = None
                missing[part] = "not found (404)"
            except RateLimitError as exc:
                if attempt < RATE_LIMIT_RETRIES:
                    yield Sleep(_rate_limit_pause(exc, attempt))
                    continue
                return _Fetched(values, missing, f"{part}: {exc}")
            except MeemoError as exc:
                return _Fetched(values, missing, f"{part}: {exc}")
            else:
                values[part] = value.to_dict()
                reason = _not_ready(part, value)
                if reason is not None:
                    missing[part] = reason
            break
    return _Fetched(values, missing)


# ------------------------------------------------------------------ the directory


def _fingerprint(row: dict[str, Any]) -> dict[str, Any]:
    """What, in a list row, says that a meeting changed since its last export."""
    marks = {name: row.get(name) for name in _FINGERPRINT_FIELDS}
    for stage in _STAGES:
        value = row.get(stage)
        marks[f"{stage}_status"] = value.get("status") if isinstance(value, dict) else None
    event = row.get("calendar_event")
    marks["calendar_event_id"] = event.get("event_id") if isinstance(event, dict) else None
    return marks


def _dumps(value: Any, *, indent: bool) -> bytes:
    try:
        import orjson
    except ImportError:  # pragma: no cover - a platform without an orjson wheel
        text = json.dumps(value, ensure_ascii=False, indent=2 if indent else None)
        return text.encode()
    return orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else 0)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class _Store:
    """The export directory: meeting files written atomically, and the index."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.meetings = directory / MEETINGS
        self.index_path = directory / INDEX
        self._lock = threading.Lock()
        self.meetings.mkdir(parents=True, exist_ok=True)
        for folder in (directory, self.meetings):  # left by a run killed mid-write
            for stale in folder.glob(".*.tmp"):
                stale.unlink(missing_ok=True)
        self.previous = self._read_index()
        # Rewritten at once: a line cut short by a killed run must not swallow the next append.
        self._write_index(self.previous.values())

    def _read_index(self) -> dict[int, dict[str, Any]]:
        entries: dict[int, dict[str, Any]] = {}
        try:
            lines = self.index_path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return entries
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and type(entry.get("id")) is int:
                entries[entry["id"]] = entry
        return entries

    def _atomic_write(self, path: Path, data: bytes) -> None:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            with temporary.open("wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)

    def _write_index(self, entries: Iterable[dict[str, Any]]) -> None:
        data = b"".join(_dumps(e, indent=False) + b"\n" for e in entries)
        self._atomic_write(self.index_path, data)

    def is_current(self, meeting_id: int, fingerprint: dict[str, Any]) -> bool:
        previous = self.previous.get(meeting_id)
        return (
            previous is not None
            and previous.get("outcome") != "failed"
            and previous.get("fingerprint") == fingerprint
            and isinstance(previous.get("file"), str)
            and (self.directory / previous["file"]).is_file()
        )

    def write(self, row: dict[str, Any], fetched: _Fetched) -> dict[str, Any]:
        """Write the meeting's file (unless it failed) and return its index entry."""
        meeting_id: int = row["id"]
        relative = f"{MEETINGS}/{meeting_id}.json"
        entry: dict[str, Any] = {
            "id": meeting_id,
            "title": row.get("title"),
            "start_time": row.get("start_time"),
            "status": row.get("status"),
            "file": relative,
            "exported_at": _now(),
            "fingerprint": _fingerprint(row),
        }
        if fetched.error is not None:
            kept = relative if (self.directory / relative).is_file() else None
            return {**entry, "file": kept, "outcome": "failed", "error": fetched.error}
        document = {"id": meeting_id, "exported_at": entry["exported_at"]}
        document |= {"missing": fetched.missing}
        document |= {part: fetched.values.get(part) for part in PARTS}
        self._atomic_write(self.directory / relative, _dumps(document, indent=True) + b"\n")
        outcome: Outcome = "incomplete" if fetched.missing else "exported"
        return {**entry, "outcome": outcome, "missing": fetched.missing}

    def record(self, entry: dict[str, Any]) -> None:
        with self._lock, self.index_path.open("ab") as index:
            index.write(_dumps(entry, indent=False) + b"\n")

    def finish(self, entries: list[dict[str, Any]]) -> None:
        """Compact the index: one line per meeting, this run's first, in list order."""
        seen = {e["id"] for e in entries}
        # Every line this run appended is one of `entries`: the rest is what it started with.
        kept = [e for e in self.previous.values() if e["id"] not in seen]
        self._write_index([*(_stored(e) for e in entries), *kept])


def _stored(entry: dict[str, Any]) -> dict[str, Any]:
    """An unchanged meeting keeps the entry of the run that wrote its file."""
    return entry.get("previous", entry) if entry["outcome"] == "unchanged" else entry


# ------------------------------------------------------------------ one run, sync or async


class _Run:
    """What both exports share: validation, the plan, bookkeeping and progress."""

    def __init__(
        self,
        directory: str | os.PathLike[str],
        concurrency: int,
        force: bool,
        on_progress: Callable[[ExportProgress], object] | None,
        filters: dict[str, Any],
    ) -> None:
        from .resources.meetings import Meetings

        unknown = sorted(set(filters) - set(MeetingFilters.__annotations__))
        if unknown:
            raise InvalidRequestError(
                unknown[0],
                f"{unknown[0]} is not a meeting filter: export takes list_meetings' "
                "filters except page (every page is exported)",
            )
        Meetings.list_meetings.build(**filters)  # validates the filters, sends nothing
        if (
            isinstance(concurrency, bool)
            or not isinstance(concurrency, int)
            or not (1 <= concurrency <= MAX_CONCURRENCY)
        ):
            raise InvalidRequestError(
                "concurrency", f"concurrency must be an int from 1 to {MAX_CONCURRENCY}"
            )
        if not isinstance(force, bool):
            raise InvalidRequestError("force", "force must be True or False")
        if on_progress is not None and not callable(on_progress):
            raise InvalidRequestError("on_progress", "on_progress must be a callable")
        if not isinstance(directory, str | os.PathLike) or not str(directory).strip():
            raise InvalidRequestError("directory", "directory must be a path to a directory")
        path = Path(directory)
        if path.exists() and not path.is_dir():
            raise InvalidRequestError("directory", f"{path} exists and is not a directory")
        self.path = path
        self.concurrency = concurrency
        self.force = force
        self.on_progress = on_progress
        self.filters = filters
        self.store: _Store | None = None
        self.entries: dict[int, dict[str, Any]] = {}
        self.total = 0
        self.done = 0
        self._lock = threading.Lock()

    def plan(self, items: Iterable[MeetingListItem]) -> list[dict[str, Any]]:
        """The rows to fetch; unchanged meetings are settled at once."""
        rows: dict[int, dict[str, Any]] = {}
        for item in items:  # a meeting added while paging can show up twice
            rows.setdefault(item.id, item.to_dict())
        self.store = store = _Store(self.path)  # only once the listing worked
        self.total = len(rows)
        self._progress(None)
        todo = []
        for meeting_id, row in rows.items():
            self.entries[meeting_id] = {"id": meeting_id}  # keeps list order
            if not self.force and store.is_current(meeting_id, _fingerprint(row)):
                previous = store.previous[meeting_id]
                self._settle({**previous, "outcome": "unchanged", "previous": previous})
            else:
                todo.append(row)
        return todo

    def _settle(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self.entries[entry["id"]] = entry
            self.done += 1
            self._progress(entry)

    def _progress(self, entry: dict[str, Any] | None) -> None:
        if self.on_progress is not None:
            shown = None if entry is None else {k: v for k, v in entry.items() if k != "previous"}
            self.on_progress(ExportProgress(self.done, self.total, shown))

    def write(self, row: dict[str, Any], fetched: _Fetched) -> dict[str, Any]:
        assert self.store is not None
        return self.store.write(row, fetched)

    def record(self, entry: dict[str, Any]) -> None:
        assert self.store is not None
        self.store.record(entry)
        self._settle(entry)

    def finish(self) -> ExportResult:
        assert self.store is not None
        entries = list(self.entries.values())
        self.store.finish(entries)
        shown = [{k: v for k, v in e.items() if k != "previous"} for e in entries]
        return ExportResult(self.path, shown)


def export_meetings(
    client: MeemoClient,
    directory: str | os.PathLike[str],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    force: bool = False,
    on_progress: Callable[[ExportProgress], object] | None = None,
    **filters: Unpack[MeetingFilters],
) -> ExportResult:
    """Export every meeting `list_meetings(**filters)` finds into `directory` (see the module).

    Fetches `concurrency` meetings at once on threads (the client is thread-safe).
    Returns when every meeting is settled; only a failure to list stops the run.
    """
    run = _Run(directory, concurrency, force, on_progress, dict(filters))
    todo = run.plan(client.meetings.iter_meetings(**filters))
    getters = _getters(client)

    # Set on the first failure (or Ctrl-C): a worker that is free by then starts no other
    # meeting, even one the pool hands it before the queue is dropped.
    stopped = threading.Event()

    def export_one(row: dict[str, Any]) -> None:
        if stopped.is_set():
            return
        try:
            meeting_id = row["id"]
            fetched = run_sync(_fetch_flow(), _perform(getters, meeting_id), _retry.sleep)
            run.record(run.write(row, fetched))
        except BaseException:
            stopped.set()
            raise

    pool = ThreadPoolExecutor(max_workers=run.concurrency, thread_name_prefix="meemo-export")
    try:
        for future in as_completed([pool.submit(export_one, row) for row in todo]):
            future.result()
    except BaseException:
        # A failure or Ctrl-C: drop the queue, let the meetings in flight finish and be
        # recorded, and only then raise, so the directory no longer changes afterwards.
        stopped.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return run.finish()


async def async_export_meetings(
    client: AsyncMeemoClient,
    directory: str | os.PathLike[str],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    force: bool = False,
    on_progress: Callable[[ExportProgress], object] | None = None,
    **filters: Unpack[MeetingFilters],
) -> ExportResult:
    """`export_meetings` for `AsyncMeemoClient`: `concurrency` tasks; files written on threads."""
    import asyncio

    run = _Run(directory, concurrency, force, on_progress, dict(filters))
    todo = run.plan([item async for item in client.meetings.iter_meetings(**filters)])
    getters = _getters(client)
    queue: Iterator[dict[str, Any]] = iter(todo)
    stopped = False  # as in export_meetings: after a failure no worker starts another meeting

    async def worker() -> None:
        nonlocal stopped
        for row in queue:  # one shared iterator: each row goes to exactly one worker
            if stopped:
                return
            try:
                fetched = await run_async(
                    _fetch_flow(), _perform(getters, row["id"]), _retry.async_sleep
                )
                run.record(await asyncio.to_thread(run.write, row, fetched))
            except BaseException:
                stopped = True
                raise

    workers = [asyncio.ensure_future(worker()) for _ in range(min(run.concurrency, len(todo)))]
    try:
        # Not gather: cancelling this task must not cancel the meetings in flight.
        if workers:
            done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
    except BaseException:
        # A failure, or this task cancelled (Ctrl-C): the meetings in flight finish and are
        # recorded, then the run raises. Cancelled again, they are cancelled too.
        stopped = True
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    return await asyncio.to_thread(run.finish)  # rewrites the index: file I/O off the loop


def _perform(getters: dict[str, Callable[[int], Any]], meeting_id: int) -> Callable[[_Get], Any]:
    return lambda get: getters[get.part](meeting_id)


def _getters(client: MeemoClient | AsyncMeemoClient) -> dict[str, Callable[[int], Any]]:
    meetings = client.meetings
    return {
        "meeting": meetings.get_meeting,
        "transcript": meetings.get_transcript,
        "summary": meetings.get_summary,
        "participants": meetings.get_participants,
    }

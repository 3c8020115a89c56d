"""Where the CLI's output goes, and how server text is made safe to print.

stdout carries only the data (a table, text, JSON or JSON lines); notices (page
footers, retries, progress, a wait's status line) go to stderr, and only when
stderr is a terminal, so a pipe or a file gets nothing but the data.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterable
from typing import Any, Literal, TextIO

Mode = Literal["table", "json", "jsonl"]

# Control characters a terminal acts on: C0 (shown as their Unicode "control pictures",
# e.g. ESC as U+241B), DEL, C1, and the invisible bidirectional controls that reorder
# what is shown ("Trojan Source"). Newlines and tabs survive only in multi-line text.
_UNSAFE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_UNSAFE[0x7F] = "\u2421"
_UNSAFE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_UNSAFE.update(
    {code: "\ufffd" for code in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F))}
)
_UNSAFE.update({code: "\ufffd" for code in range(0x2066, 0x206A)})
_UNSAFE_MULTILINE = {code: text for code, text in _UNSAFE.items() if code not in (0x09, 0x0A)}

_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^\s/@'\"]+@")
_BARE_USERINFO = re.compile(r"[^\s/@:'\"]*:[^\s/@'\"]*@")


def clean(text: object, *, multiline: bool = False) -> str:
    """Server-supplied text with every terminal control character made visible and inert."""
    return str(text).translate(_UNSAFE_MULTILINE if multiline else _UNSAFE)


def redact(message: str) -> str:
    """`user:password@` in any URL of a message becomes `***@`."""
    return _BARE_USERINFO.sub("***@", _URL_USERINFO.sub(r"\1***@", message))


def when(value: object) -> str:
    """A time as `YYYY-MM-DD HH:MM +07:00`: the service's wall clock with its UTC offset."""
    if value is None or value == "":
        return "-"
    moment = value
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return clean(value)
    if not isinstance(moment, dt.datetime):
        return clean(value)
    offset = moment.strftime("%z")
    shown = moment.strftime("%Y-%m-%d %H:%M")
    return f"{shown} {offset[:3]}:{offset[3:]}" if offset else shown


def _utf(stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def _write(stream: TextIO, text: str) -> None:
    """Write, replacing what the stream's encoding cannot carry instead of failing."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def table_width(out: TextIO) -> int | None:
    """Columns to fit tables in: `COLUMNS` if set, else the terminal's; None for a pipe."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if _isatty(out):
        return _terminal_columns(out)
    return None


def _terminal_columns(stream: TextIO) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return shutil.get_terminal_size().columns


class Console:
    """The CLI's two streams and its output mode; notices and live lines only on a terminal."""

    def __init__(
        self, out: TextIO, err: TextIO, mode: Mode = "table", *, notices: bool | None = None
    ) -> None:
        self.out = out
        self.err = err
        self.mode = mode
        self.notices = _isatty(err) if notices is None else notices
        self.width = table_width(out)
        self._live = ""
        self._lock = threading.Lock()

    # -------------------------------------------------------------- data, on stdout

    def json(self, value: Any) -> None:
        """One JSON document, or one compact line per call in `jsonl` mode."""
        # Exact JSON: characters stdout cannot encode are escaped, never replaced.
        ascii_only = not _utf(self.out)
        if self.mode == "jsonl":
            line = json.dumps(value, ensure_ascii=ascii_only, separators=(",", ":"))
            self._data(line + "\n")
        else:
            self._data(json.dumps(value, indent=2, ensure_ascii=ascii_only) + "\n")

    def items(self, values: Iterable[Any]) -> None:
        """A list: a JSON array, or one line per item (written as they come) in `jsonl` mode."""
        if self.mode == "jsonl":
            for value in values:
                self.json(value)
        else:
            self.json(list(values))

    def text(self, text: str) -> None:
        """Human-readable output; server text in it must already be `clean`."""
        self._data(text if text.endswith("\n") or not text else text + "\n")

    def _data(self, text: str) -> None:
        with self._lock:
            self._clear_live()
            _write(self.out, text)
            self.out.flush()
            self._draw_live()

    # -------------------------------------------------------------- notices, on stderr

    def notice(self, message: str) -> None:
        if not self.notices:
            return
        with self._lock:
            self._clear_live()
            _write(self.err, message.rstrip("\n") + "\n")
            self._draw_live()

    def live(self, message: str) -> None:
        """A status line redrawn in place (a wait's state, a progress bar)."""
        if not self.notices:
            return
        with self._lock:
            self._clear_live()
            self._live = message[: self.live_width]
            self._draw_live()

    @property
    def live_width(self) -> int:
        """Room for a status line on stderr's terminal (one column spare: no wrapping)."""
        return max(_terminal_columns(self.err) - 1, 20)

    def end_live(self) -> None:
        with self._lock:
            self._clear_live()
            self._live = ""

    def _clear_live(self) -> None:
        if self._live:
            _write(self.err, "\r\033[K")
            self.err.flush()

    def _draw_live(self) -> None:
        if self._live:
            _write(self.err, self._live)
            self.err.flush()

    def error(self, message: str) -> None:
        """The one line a failed command prints; secrets in URLs are removed first."""
        self.end_live()
        _write(self.err, f"meemo: error: {redact(' '.join(message.split()))}\n")
        self.err.flush()

    # -------------------------------------------------------------- the SDK's log lines

    def capture_logs(self, *, verbose: bool) -> Callable[[], None]:
        """Show the SDK's log lines: all of them with `verbose`, retries on a terminal.

        The handler sits on the root logger, so the SDK's own `MEEMO_LOG` fallback
        (which prints only while the root logger has no handler) stays quiet.
        Returns a function that removes it again.
        """
        if not verbose and not self.notices:
            return lambda: None
        sdk = logging.getLogger("meemo_sdk")
        level = logging.DEBUG if verbose else logging.INFO
        previous = sdk.level
        if sdk.getEffectiveLevel() > level:
            sdk.setLevel(level)
        handler = _NoticeHandler(self, force=verbose)
        handler.setLevel(level)
        handler.addFilter(logging.Filter("meemo_sdk"))
        root = logging.getLogger()
        root.addHandler(handler)

        def remove() -> None:
            root.removeHandler(handler)
            sdk.setLevel(previous)

        return remove


class _NoticeHandler(logging.Handler):
    def __init__(self, console: Console, *, force: bool) -> None:
        super().__init__()
        self.console = console
        self.force = force

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = f"meemo: {record.levelname.lower()}: {redact(record.getMessage())}"
        except Exception:  # a broken record must not break the command
            self.handleError(record)
            return
        if self.force:
            with self.console._lock:
                self.console._clear_live()
                _write(self.console.err, line + "\n")
                self.console._draw_live()
        else:
            self.console.notice(line)

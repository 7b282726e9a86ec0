"""Read a report file as text, or say clearly why it cannot be read."""

from __future__ import annotations

from pathlib import Path

from sarcnav.files import looks_binary
from sarcnav.model.report import Problem

MAX_BYTES = 1_000_000
"""Larger files are not single pathology reports (a long report is a few tens of kilobytes)."""


class ReportFileError(Exception):
    """A file that cannot be read as a report; ``code`` is stable, the message names the problem."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def decode(data: bytes) -> tuple[str, list[Problem]]:
    """Bytes to text with ``\\n`` line ends; non-UTF-8 is read as Windows-1252, with a warning."""
    if not data.strip():
        raise ReportFileError("empty", "the file is empty")
    if len(data) > MAX_BYTES:
        raise ReportFileError(
            "too_large",
            f"the file has {len(data):,} bytes, over the {MAX_BYTES:,}-byte limit for one report",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ReportFileError("undecodable", "UTF-16 byte-order mark but invalid text") from exc
    if looks_binary(data):
        raise ReportFileError("binary", "the file is binary, not text")
    warnings: list[Problem] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        warnings.append(
            Problem(
                code="not_utf8",
                message=f"not valid UTF-8 (byte {exc.start}); read as Windows-1252",
            )
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReportFileError("empty", "the file holds only white space")
    return text, warnings


def read_text(path: Path) -> tuple[str, list[Problem]]:
    """Read ``path`` (see :func:`decode`)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReportFileError(
                "too_large",
                f"the file has {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one report",
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReportFileError("not_found", "no such file") from exc
    except IsADirectoryError as exc:
        raise ReportFileError("is_directory", "a directory, not a file") from exc
    except OSError as exc:
        raise ReportFileError("unreadable", f"cannot be read ({exc.strerror})") from exc
    return decode(data)

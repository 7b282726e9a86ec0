"""Read saved API v2 study records (JSON, JSONL, a page ``{"studies": [...]}`` or a folder).

A bad record is reported with its file and line and the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sarcnav.errors import InputError
from sarcnav.model.trial import Trial
from sarcnav.trials.records import trial_from_study


@dataclass
class ImportReport:
    """How an import went: trials read and the problems met, one line each."""

    read: int = 0
    problems: list[str] = field(default_factory=list)


def read_studies(path: Path) -> Iterator[tuple[str, Any]]:
    """Every raw study under ``path`` as ``(where, study)``; InputError if nothing can be read."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    files = (
        sorted(p for p in path.rglob("*") if p.suffix in {".json", ".jsonl"})
        if path.is_dir()
        else [path]
    )
    if not files:
        raise InputError(f"{path}: no .json or .jsonl files")
    for file in files:
        yield from _read_file(file)


def _read_file(file: Path) -> Iterator[tuple[str, Any]]:
    try:
        content = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield f"{file}", InputError(f"{file}: cannot read as UTF-8 text ({exc.__class__.__name__})")
        return
    if file.suffix == ".jsonl":
        for number, line in enumerate(content.splitlines(), start=1):
            if line.strip():
                yield f"{file}:{number}", _loads(line, f"{file}:{number}")
        return
    data = _loads(content, str(file))
    if isinstance(data, dict) and isinstance(data.get("studies"), list):
        for index, study in enumerate(data["studies"]):
            yield f"{file}[studies.{index}]", study
    elif isinstance(data, list):
        for index, study in enumerate(data):
            yield f"{file}[{index}]", study
    else:
        yield str(file), data


def _loads(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: not valid JSON (column {exc.colno}: {exc.msg})")


def trials_from(path: Path, report: ImportReport) -> Iterator[Trial]:
    """Parse every study under ``path`` into trials, noting bad ones in ``report``."""
    for where, study in read_studies(path):
        if isinstance(study, InputError):
            report.problems.append(str(study))
            continue
        try:
            trial = trial_from_study(study)
        except InputError as exc:
            report.problems.append(f"{where}: {exc}")
            continue
        except ValueError as exc:  # pydantic validation of a malformed field
            report.problems.append(f"{where}: invalid record ({str(exc).splitlines()[0]})")
            continue
        report.read += 1
        yield trial

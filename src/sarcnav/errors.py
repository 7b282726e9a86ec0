"""Turning bad input into one clear message that names the field and the problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class InputError(Exception):
    """Input the user must fix; the message names the field and the problem."""


def describe(exc: ValidationError) -> str:
    """One line per problem: ``field.path: message (got value)``."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        got = err.get("input")
        shown = "" if isinstance(got, dict | list) else f" (got {got!r})"
        lines.append(f"{where}: {msg}{shown}")
    return "\n".join(lines)


def read_text(path: Path, *, what: str = "file") -> str:
    """Read a UTF-8 text file; raise :class:`InputError` naming the path and the problem."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such {what}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as UTF-8 text ({exc.__class__.__name__})") from exc


def load_json_model(path: Path, model: type[M]) -> M:
    """Read a JSON file into ``model``; raise :class:`InputError` with a clear message."""
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: invalid {model.__name__}:\n{describe(exc)}") from exc

"""Schema of the therapy clause-mood cue pack (``therapy_modality``): linguistic cues, not facts.

Each row holds the alternatives (regular expressions, matched case-insensitively on the raw text)
that signal one mood of a drug's clause; :mod:`sarcnav.therapy.modality` joins a row's alternatives
with ``|`` into one named group (the row id without its ``ther-mood-`` prefix).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    ModelWrapValidatorHandler,
    ValidationError,
    field_validator,
    model_validator,
)

from sarcnav.knowledge.base import Pack, Record

PREFIX = "ther-mood-"
MoodKind = Literal["proposal", "refusal", "future", "other", "given"]
Lang = Annotated[str, Field(pattern=r"^[a-z]{2}$")]


class MoodCue(Record):
    """Words of one mood: ``proposal``, ``refusal`` or ``future`` (not given unless the clause
    shows it given), ``other`` (someone else's drug), ``given`` (evidence it was)."""

    id: Annotated[str, Field(pattern=r"^ther-mood-[a-z][a-z0-9_]*$")]
    kind: MoodKind
    languages: Annotated[list[Lang], Field(min_length=1)]
    patterns: Annotated[list[str], Field(min_length=1)]

    @field_validator("patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            if not pattern.strip():
                raise ValueError("empty pattern")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
            if "(?P<" in pattern:
                raise ValueError(f"pattern {pattern!r} names a group (the row names its group)")
        return patterns

    @model_validator(mode="wrap")
    @classmethod
    def _name_the_row(cls, data: Any, handler: ModelWrapValidatorHandler[MoodCue]) -> MoodCue:
        try:
            return handler(data)
        except ValidationError as exc:
            row = data.get("id") if isinstance(data, dict) else None
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            raise ValueError(f"row {row}: {where}: {msg}") from exc

    @property
    def name(self) -> str:
        """The row id without its prefix: the regex group name and the reason shown."""
        return self.id.removeprefix(PREFIX)

    @property
    def pattern(self) -> str:
        """The alternatives as one regular expression."""
        return "|".join(self.patterns)


class ModalityPack(Pack):
    """The clause-mood cue rows, in the order the engine tries them."""

    cues: Annotated[list[MoodCue], Field(min_length=1)]

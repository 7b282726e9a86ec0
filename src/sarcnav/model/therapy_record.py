"""A line of therapy as recorded on a case."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class TherapyLine(BaseModel):
    """One line of treatment: agents as lower-case generic names."""

    model_config = ConfigDict(extra="forbid")

    line: int = Field(ge=0)
    setting: str | None = None
    regimen: str | None = None
    agents: list[str] = Field(default_factory=list)
    cycles: int | None = Field(default=None, ge=0)
    start: date | None = None
    end: date | None = None
    response: str | None = None
    current: bool = False

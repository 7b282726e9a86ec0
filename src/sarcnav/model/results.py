"""The one result contract every engine returns: status, reasons, sources, trace, knowledge."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Verdict(StrEnum):
    """Three-valued verdict of a criterion."""

    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Status(StrEnum):
    """How far an engine got."""

    DECIDED = "decided"
    NEEDS_INPUT = "needs_input"
    AMBIGUOUS = "ambiguous"
    OUT_OF_SCOPE = "out_of_scope"


class Evidence(BaseModel):
    """A value the engine saw, where it came from, and (for text) the character span."""

    model_config = ConfigDict(extra="forbid")

    field: str
    value: Any = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


class Reason(BaseModel):
    """One criterion: its verdict, the evidence behind it, the knowledge row it came from."""

    model_config = ConfigDict(extra="forbid")

    criterion: str
    verdict: Verdict
    rule_id: str | None = None
    detail: str = ""
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    verification: str | None = None


class ReviewReason(BaseModel):
    """Why a result needs an expert to look at it."""

    model_config = ConfigDict(extra="forbid")

    code: str
    detail: str
    rule_id: str | None = None


class Flag(BaseModel):
    """A clinical action that travels with a result (e.g. genetics referral)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    action: str
    detail: str
    sources: list[str] = Field(default_factory=list)


class EngineResult(BaseModel):
    """Fields shared by every engine's result."""

    model_config = ConfigDict(extra="forbid")

    status: Status
    reasons: list[Reason] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    trace: list[str] = Field(default_factory=list)
    knowledge: dict[str, str] = Field(default_factory=dict)
    missing: list[str] = Field(default_factory=list)
    needs_expert_review: bool = False
    review_reasons: list[ReviewReason] = Field(default_factory=list)

"""Shapes of the REST API (the pages render the same objects)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sarcnav.model import Case

# Text the database can hold: no NUL characters.
NO_NUL = r"^[^\x00]*$"


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class SignInIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=80, pattern=NO_NUL)
    password: str = Field(min_length=1, max_length=200, pattern=NO_NUL)


class SignInOut(BaseModel):
    token: str
    csrf_token: str
    role: str


class CaseSummary(Out):
    id: int
    ref: str
    synthetic: bool
    diagnosis: str | None = Field(validation_alias="assessed_diagnosis")
    figo_stage: str | None
    updated_at: datetime


class CasePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[CaseSummary]


class ReportOut(Out):
    id: int
    text: str
    reader: str | None
    extracted: dict[str, Any] | None
    received_at: datetime


class Capability(BaseModel):
    name: str
    label: str
    available: bool


class CaseDetail(BaseModel):
    id: int
    case: Case
    diagnosis: dict[str, Any] | None
    stage: dict[str, Any] | None
    options: dict[str, Any] | None = None
    prognosis: dict[str, Any] | None = None
    trials: dict[str, Any] | None = None
    reports: list[ReportOut]
    capabilities: list[Capability]
    notes: list[str] = Field(default_factory=list)


class ReportIn(BaseModel):
    """A pasted pathology report that starts a new case."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=200_000, pattern=NO_NUL)
    ref: str | None = Field(default=None, min_length=1, max_length=120, pattern=NO_NUL)
    synthetic: bool = False


class EnquiryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=50_000, pattern=NO_NUL)
    synthetic: bool = False


class DraftIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    draft: str = Field(max_length=50_000, pattern=NO_NUL)


class EnquiryOut(Out):
    id: int
    text: str
    synthetic: bool
    status: str
    triage: dict[str, Any] | None
    draft: str
    draft_edited_by: str | None
    approved_by: str | None
    approved_at: datetime | None
    received_at: datetime


class EnquiryPage(BaseModel):
    total: int
    items: list[EnquiryOut]
    triage_available: bool


class AuditOut(Out):
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str | None
    detail: str

"""Tables: patients, cases, pathology reports, therapy lines, outcomes, the engines' results per
case, enquiries, trial matches, users, sessions and audit events. Structured parts of a case the
engines read are JSON columns validated by the pydantic model on the way in and out; the columns
lists filter on are plain.
Parts of the case model without a column of their own (added by later engines) travel in
``extra`` / ``details`` JSON, so a stored case always reads back unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime, TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class PatientRow(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    age_years: Mapped[int | None]
    menopausal_status: Mapped[str | None] = mapped_column(String(20))
    sex: Mapped[str] = mapped_column(Text, default="female")
    synthetic: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CaseRow(Base):
    __tablename__ = "cases"
    # Lists are newest first; the filters' indexes end in that order so a page needs no sort.
    __table_args__ = (
        Index("ix_cases_updated", "updated_at", "id"),
        Index("ix_cases_diagnosis_updated", "assessed_diagnosis", "updated_at", "id"),
        Index("ix_cases_stage_updated", "figo_stage", "updated_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(120), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    synthetic: Mapped[bool] = mapped_column(default=False, index=True)
    specimen: Mapped[dict[str, Any]] = mapped_column(default=dict)
    findings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    extent: Mapped[dict[str, Any]] = mapped_column(default=dict)
    diagnosis_code: Mapped[str | None] = mapped_column(String(60), index=True)
    assessed_diagnosis: Mapped[str | None] = mapped_column(String(60))
    figo_stage: Mapped[str | None] = mapped_column(String(20))
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Goes up by one with every change of the case: stored results name the revision they read.
    revision: Mapped[int] = mapped_column(default=1, server_default="1")

    patient: Mapped[PatientRow] = relationship(lazy="joined")
    reports: Mapped[list[ReportRow]] = relationship(
        back_populates="case", order_by="ReportRow.id", cascade="all, delete-orphan"
    )
    therapy_lines: Mapped[list[TherapyLineRow]] = relationship(
        order_by="TherapyLineRow.position", cascade="all, delete-orphan"
    )
    outcome: Mapped[OutcomeRow | None] = relationship(cascade="all, delete-orphan")
    trial_matches: Mapped[list[TrialMatchRow]] = relationship(cascade="all, delete-orphan")
    results: Mapped[CaseResultRow | None] = relationship(cascade="all, delete-orphan")


class CaseResultRow(Base):
    """What the engines concluded about a case (derived data), with what they read: the case
    revision, the engines and knowledge (``engine_version``), the trial database's revision and
    the day (options and trial status are judged as of a date). Stale when any differs."""

    __tablename__ = "case_results"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    case_revision: Mapped[int]
    engine_version: Mapped[str] = mapped_column(String(64))
    trials_revision: Mapped[str] = mapped_column(String(64))
    as_of: Mapped[date] = mapped_column(Date)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    results: Mapped[dict[str, Any]] = mapped_column()


class ReportRow(Base):
    """A pathology report as received, with what was read from it (when a reader ran)."""

    __tablename__ = "pathology_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    extracted: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reader: Mapped[str | None] = mapped_column(String(60))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    case: Mapped[CaseRow] = relationship(back_populates="reports")


class TherapyLineRow(Base):
    __tablename__ = "therapy_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    line: Mapped[int]
    setting: Mapped[str | None] = mapped_column(Text)
    regimen: Mapped[str | None] = mapped_column(Text)
    agents: Mapped[list[Any]] = mapped_column(default=list)
    cycles: Mapped[int | None]
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    response: Mapped[str | None] = mapped_column(Text)
    current: Mapped[bool] = mapped_column(default=False)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OutcomeRow(Base):
    """Outcome and follow-up of a case (one row per case)."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    last_follow_up: Mapped[date | None] = mapped_column(Date)
    vital_status: Mapped[str | None] = mapped_column(String(10))
    recurrence: Mapped[bool | None]
    recurrence_date: Mapped[date | None] = mapped_column(Date)


class TrialMatchRow(Base):
    __tablename__ = "trial_matches"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    nct_id: Mapped[str] = mapped_column(String(20))
    verdict: Mapped[str] = mapped_column(String(20))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    matched_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class EnquiryRow(Base):
    """A message to the service, its triage (when the triage engine ran) and the reply draft."""

    __tablename__ = "enquiries"
    __table_args__ = (Index("ix_enquiries_status", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default="new")
    triage: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    draft: Mapped[str] = mapped_column(Text, default="")
    draft_edited_by: Mapped[str | None] = mapped_column(String(80))
    approved_by: Mapped[str | None] = mapped_column(String(80))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SessionRow(Base):
    """A signed-in session; only the SHA-256 of the token is stored."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())

    user: Mapped[UserRow] = relationship(lazy="joined")


class AuditRow(Base):
    """Who did what to which record, when. Holds ids and action names, never patient text."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(String(200), default="")

"""Cases: store a :class:`~sarcnav.model.Case` in rows and read it back unchanged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from sarcnav.model import Case
from sarcnav.model.case import Outcome
from sarcnav.model.therapy_record import TherapyLine
from sarcnav.store.models import (
    CaseRow,
    OutcomeRow,
    PatientRow,
    ReportRow,
    TherapyLineRow,
    utcnow,
)
from sarcnav.store.results import Derived, result_row, update_row


class ConflictError(Exception):
    """A record with the same unique key already exists."""


class UnstorableError(ValueError):
    """A value the model allows but a database column cannot hold; names the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field, self.problem = field, problem


INT32_MAX = 2**31 - 1
REF_MAX = 120


def _walk(value: Any, where: str) -> None:
    if isinstance(value, str) and "\x00" in value:
        raise UnstorableError(where, "contains a NUL character")
    if isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, f"{where}.{i}")


def check_storable(case: Case) -> None:
    """Refuse what the columns cannot hold (NUL characters, oversize ids and integers)."""
    if len(case.id) > REF_MAX:
        raise UnstorableError("id", f"longer than {REF_MAX} characters")
    _walk(case.model_dump(mode="json"), "")
    for i, line in enumerate(case.treatments):
        for name in ("line", "cycles"):
            number = getattr(line, name)
            if number is not None and number > INT32_MAX:
                raise UnstorableError(f"treatments.{i}.{name}", f"larger than {INT32_MAX}")


@dataclass(frozen=True)
class Assessed:
    """What the engines concluded, kept in columns for lists, filters and survival."""

    diagnosis: str | None = None
    figo_stage: str | None = None


@dataclass(frozen=True)
class CaseQuery:
    text: str | None = None
    diagnosis: str | None = None
    stage: str | None = None
    synthetic: bool | None = None
    limit: int = 50
    offset: int = 0


def _json(model: Any) -> dict[str, Any]:
    data: dict[str, Any] = model.model_dump(mode="json", exclude_none=True)
    return data


CASE_COLUMNS = {
    "id",
    "synthetic",
    "patient",
    "specimen",
    "findings",
    "extent",
    "diagnosis_code",
    "treatments",
    "outcome",
}
LINE_COLUMNS = {
    "line",
    "setting",
    "regimen",
    "agents",
    "cycles",
    "start",
    "end",
    "response",
    "current",
}


def _extra(case: Case) -> dict[str, Any]:
    """Case parts without columns of their own, as JSON."""
    data: dict[str, Any] = case.model_dump(mode="json", exclude=CASE_COLUMNS, exclude_none=True)
    return data


def _therapy_rows(case: Case) -> list[TherapyLineRow]:
    return [
        TherapyLineRow(
            position=i,
            **t.model_dump(include=LINE_COLUMNS - {"agents"}),
            agents=list(t.agents),
            details=t.model_dump(mode="json", exclude=LINE_COLUMNS),
        )
        for i, t in enumerate(case.treatments)
    ]


def _line(row: TherapyLineRow) -> TherapyLine:
    columns = {name: getattr(row, name) for name in LINE_COLUMNS}
    return TherapyLine.model_validate({**row.details, **columns, "agents": list(row.agents)})


def _outcome_row(outcome: Outcome | None) -> OutcomeRow | None:
    return None if outcome is None else OutcomeRow(**outcome.model_dump())


def add_case(
    session: Session,
    case: Case,
    assessed: Assessed,
    *,
    report_text: str | None = None,
    extracted: dict[str, Any] | None = None,
    reader: str | None = None,
    derived: Derived | None = None,
) -> CaseRow:
    """Insert a case (its report, when one came with it, and the engines' results when given);
    ConflictError if the ref is taken."""
    check_storable(case)
    patient = PatientRow(**case.patient.model_dump(), synthetic=case.synthetic)
    row = CaseRow(
        ref=case.id,
        patient=patient,
        synthetic=case.synthetic,
        specimen=_json(case.specimen),
        findings=_json(case.findings),
        extent=_json(case.extent),
        diagnosis_code=case.diagnosis_code,
        assessed_diagnosis=assessed.diagnosis,
        figo_stage=assessed.figo_stage,
        extra=_extra(case),
        therapy_lines=_therapy_rows(case),
        outcome=_outcome_row(case.outcome),
    )
    if report_text is not None:
        row.reports.append(ReportRow(text=report_text, extracted=extracted, reader=reader))
    if derived is not None:
        row.results = result_row(1, derived)
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(f"id: a case with id {case.id!r} already exists") from exc
    return row


def replace_case(
    session: Session,
    row: CaseRow,
    case: Case,
    assessed: Assessed,
    derived: Derived | None = None,
) -> CaseRow:
    """Overwrite a stored case with ``case`` (its id stays the stored one) and its revision goes
    up, which makes stored results stale unless new ones (``derived``) come with it."""
    check_storable(case)
    for key, value in case.patient.model_dump().items():
        setattr(row.patient, key, value)
    row.specimen, row.findings, row.extent = (
        _json(case.specimen),
        _json(case.findings),
        _json(case.extent),
    )
    row.diagnosis_code = case.diagnosis_code
    row.assessed_diagnosis, row.figo_stage = assessed.diagnosis, assessed.figo_stage
    row.extra = _extra(case)
    row.therapy_lines = _therapy_rows(case)
    if case.outcome is None or row.outcome is None:
        row.outcome = _outcome_row(case.outcome)
    else:
        for key, value in case.outcome.model_dump().items():
            setattr(row.outcome, key, value)
    row.updated_at = utcnow()
    row.revision += 1
    if derived is not None and row.results is not None:
        update_row(row.results, row.revision, derived)
    elif derived is not None:
        row.results = result_row(row.revision, derived)
    session.flush()
    return row


def to_case(row: CaseRow) -> Case:
    """Rebuild the case model from its rows."""
    outcome = row.outcome
    patient = row.patient
    return Case.model_validate(
        {
            **row.extra,
            "id": row.ref,
            "synthetic": row.synthetic,
            "patient": {
                "age_years": patient.age_years,
                "menopausal_status": patient.menopausal_status,
                "sex": patient.sex,
            },
            "specimen": row.specimen,
            "findings": row.findings,
            "extent": row.extent,
            "diagnosis_code": row.diagnosis_code,
            "treatments": [_line(t) for t in row.therapy_lines],
            "outcome": None
            if outcome is None
            else {
                "last_follow_up": outcome.last_follow_up,
                "vital_status": outcome.vital_status,
                "recurrence": outcome.recurrence,
                "recurrence_date": outcome.recurrence_date,
            },
        }
    )


def get_case(session: Session, case_id: int) -> CaseRow | None:
    return session.get(CaseRow, case_id)


def load_case(session: Session, case_id: int) -> CaseRow | None:
    """A case with its lines, outcome, reports and stored results (three queries)."""
    return session.scalars(
        select(CaseRow)
        .where(CaseRow.id == case_id)
        .options(
            joinedload(CaseRow.outcome),
            joinedload(CaseRow.results),
            selectinload(CaseRow.therapy_lines),
            selectinload(CaseRow.reports),
        )
    ).first()


def case_ref(session: Session, case_id: int) -> str | None:
    return session.scalar(select(CaseRow.ref).where(CaseRow.id == case_id))


def get_case_by_ref(session: Session, ref: str) -> CaseRow | None:
    return session.scalars(select(CaseRow).where(CaseRow.ref == ref)).first()


def _where(query: CaseQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.text:
        like = f"%{query.text.strip().lower()}%"
        where.append(
            or_(
                func.lower(CaseRow.ref).like(like),
                func.lower(CaseRow.assessed_diagnosis).like(like),
                func.lower(CaseRow.diagnosis_code).like(like),
            )
        )
    if query.diagnosis:
        where.append(CaseRow.assessed_diagnosis == query.diagnosis)
    if query.stage:
        where.append(CaseRow.figo_stage == query.stage)
    if query.synthetic is not None:
        where.append(CaseRow.synthetic == query.synthetic)
    return where


Summary = Row[int, str, bool, str | None, str | None, datetime]
SUMMARY_COLUMNS = (
    CaseRow.id,
    CaseRow.ref,
    CaseRow.synthetic,
    CaseRow.assessed_diagnosis,
    CaseRow.figo_stage,
    CaseRow.updated_at,
)


def list_cases(session: Session, query: CaseQuery) -> tuple[list[Summary], int]:
    """One page of cases, newest first (only the listed columns), and the number that match;
    the count query runs only when the page does not tell it (a full page, or past the end)."""
    where = _where(query)
    page = (
        select(*SUMMARY_COLUMNS)
        .where(*where)
        .order_by(CaseRow.updated_at.desc(), CaseRow.id.desc())
        .limit(query.limit)
        .offset(query.offset)
    )
    rows = list(session.execute(page))
    if 0 < len(rows) < query.limit or (not rows and query.offset == 0):
        return rows, query.offset + len(rows)
    total = session.scalar(select(func.count()).select_from(CaseRow).where(*where)) or 0
    return rows, total


def facets(session: Session) -> tuple[list[str], list[str]]:
    """The diagnoses and stages present, for filter menus."""
    diagnoses = session.scalars(
        select(CaseRow.assessed_diagnosis).distinct().where(CaseRow.assessed_diagnosis.is_not(None))
    )
    stages = session.scalars(
        select(CaseRow.figo_stage).distinct().where(CaseRow.figo_stage.is_not(None))
    )
    return sorted(d for d in diagnoses if d), sorted(s for s in stages if s)


def all_cases(session: Session) -> list[CaseRow]:
    """Every case with its rows (for export and survival)."""
    return list(session.scalars(select(CaseRow).order_by(CaseRow.id)).unique())

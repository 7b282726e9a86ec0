"""Cases: store a :class:`~sarcnav.model.Case` in rows and read it back unchanged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from types import SimpleNamespace
from typing import Any, NamedTuple

from sqlalchemy import (
    JSON,
    ColumnElement,
    Row,
    Select,
    String,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sarcnav.model import Case
from sarcnav.model.case import Outcome
from sarcnav.model.therapy_record import TherapyLine
from sarcnav.store.models import (
    CaseResultRow,
    CaseRow,
    OutcomeRow,
    PatientRow,
    ReportRow,
    TherapyLineRow,
    utcnow,
)
from sarcnav.store.results import Derived, StoredResults, result_row, update_row

# Plain columns for the queries of the pages (no ORM objects to build).
_CASES, _PATIENTS = CaseRow.__table__.c, PatientRow.__table__.c
_OUTCOMES, _RESULTS = OutcomeRow.__table__.c, CaseResultRow.__table__.c
_LINES, _REPORTS = TherapyLineRow.__table__.c, ReportRow.__table__.c


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


def _line(row: Any) -> TherapyLine:
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
    return _case(row, row.patient, row.therapy_lines, row.outcome)


def _case(row: Any, patient: Any, lines: Iterable[Any], outcome: Any | None) -> Case:
    """The case model from rows read by the ORM or as plain rows (attributes by column name)."""
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
            "treatments": [_line(t) for t in lines],
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


@dataclass(frozen=True)
class CaseRecord:
    """A case as its page shows it: the model, its revision, reports and stored results."""

    case: Case
    revision: int
    reports: list[Any]
    results: StoredResults | None


_CASE_ROW = (
    select(
        _CASES.ref,
        _CASES.synthetic,
        _CASES.specimen,
        _CASES.findings,
        _CASES.extent,
        _CASES.diagnosis_code,
        _CASES.extra,
        _CASES.revision,
        _PATIENTS.age_years,
        _PATIENTS.menopausal_status,
        _PATIENTS.sex,
        _OUTCOMES.id.label("outcome_id"),
        _OUTCOMES.last_follow_up,
        _OUTCOMES.vital_status,
        _OUTCOMES.recurrence,
        _OUTCOMES.recurrence_date,
        _RESULTS.case_id.label("results_id"),
        _RESULTS.case_revision,
        _RESULTS.engine_version,
        _RESULTS.trials_revision,
        _RESULTS.as_of,
        _RESULTS.results,
    )
    .join_from(CaseRow.__table__, PatientRow.__table__, _PATIENTS.id == _CASES.patient_id)
    .outerjoin(OutcomeRow.__table__, _OUTCOMES.case_id == _CASES.id)
    .outerjoin(CaseResultRow.__table__, _RESULTS.case_id == _CASES.id)
    .where(_CASES.id == bindparam("case_id"))
)
_CASE_LINES = (
    select(*(_LINES[name] for name in (*LINE_COLUMNS, "details")))
    .where(_LINES.case_id == bindparam("case_id"))
    .order_by(_LINES.position)
)
_CASE_REPORTS = (
    select(_REPORTS.id, _REPORTS.text, _REPORTS.reader, _REPORTS.extracted, _REPORTS.received_at)
    .where(_REPORTS.case_id == bindparam("case_id"))
    .order_by(_REPORTS.id)
)


def _json_rows(table: Any, columns: Iterable[str], order: ColumnElement[Any]) -> ColumnElement[Any]:
    """PostgreSQL: the rows of a child table of the case as one JSON array, in ``order``."""
    pairs: list[Any] = []
    for name in columns:
        pairs += [literal_column(f"'{name}'"), table.c[name]]
    rows = func.json_agg(aggregate_order_by(func.json_build_object(*pairs), order))
    return select(rows).where(table.c.case_id == _CASES.id).scalar_subquery()


REPORT_COLUMNS = ("id", "text", "reader", "extracted", "received_at")
# PostgreSQL: the case page's three queries as one statement (one round trip to the server).
_CASE_ALL = _CASE_ROW.add_columns(
    type_coerce(
        _json_rows(TherapyLineRow.__table__, (*sorted(LINE_COLUMNS), "details"), _LINES.position),
        JSON,
    ).label("lines"),
    type_coerce(_json_rows(ReportRow.__table__, REPORT_COLUMNS, _REPORTS.id), JSON).label(
        "reports"
    ),
)


class StoredReport(NamedTuple):
    id: int
    text: str
    reader: str | None
    extracted: dict[str, Any] | None
    received_at: datetime


def _report(values: dict[str, Any]) -> StoredReport:
    """A report from its JSON form (the time in UTC, as ``UTCDateTime`` reads it)."""
    received = datetime.fromisoformat(values["received_at"]).astimezone(UTC)
    return StoredReport(**{**values, "received_at": received})


def load_case(session: Session, case_id: int) -> CaseRecord | None:
    """A case with its lines, outcome, reports and stored results: plain statements built once
    (the ORM's eager loading cost several milliseconds per case). PostgreSQL reads all in one
    statement, the lines and reports as JSON arrays; SQLite, in process, runs three queries."""
    connection, key = session.connection(), {"case_id": case_id}
    if connection.dialect.name == "postgresql":
        found = connection.execute(_CASE_ALL, key).first()
        if found is None:
            return None
        therapy = [SimpleNamespace(**line) for line in found.lines or ()]
        return _record(found, therapy, [_report(r) for r in found.reports or ()])
    row = connection.execute(_CASE_ROW, key).first()
    if row is None:
        return None
    lines = connection.execute(_CASE_LINES, key)
    return _record(row, lines, list(connection.execute(_CASE_REPORTS, key)))


def _record(row: Any, lines: Iterable[Any], reports: list[Any]) -> CaseRecord:
    outcome = None if row.outcome_id is None else row
    results = None if row.results_id is None else row
    return CaseRecord(_case(row, row, lines, outcome), row.revision, reports, results)


def case_ref(session: Session, case_id: int) -> str | None:
    return session.scalar(select(CaseRow.ref).where(CaseRow.id == case_id))


def get_case_by_ref(session: Session, ref: str) -> CaseRow | None:
    return session.scalars(select(CaseRow).where(CaseRow.ref == ref)).first()


# The listed columns and, last, the number of cases that match (``total``).
Summary = Row[int, str, bool, str | None, str | None, datetime, int]
SUMMARY_COLUMNS = (
    _CASES.id,
    _CASES.ref,
    _CASES.synthetic,
    _CASES.assessed_diagnosis,
    _CASES.figo_stage,
    _CASES.updated_at,
)


def _where(text: bool, diagnosis: bool, stage: bool, synthetic: bool) -> list[ColumnElement[bool]]:
    """The filters that are set, with bound parameters of the same names."""
    where: list[ColumnElement[bool]] = []
    if text:
        like = bindparam("text", type_=String)
        where.append(
            or_(
                func.lower(_CASES.ref).like(like),
                func.lower(_CASES.assessed_diagnosis).like(like),
                func.lower(_CASES.diagnosis_code).like(like),
            )
        )
    if diagnosis:
        where.append(_CASES.assessed_diagnosis == bindparam("diagnosis"))
    if stage:
        where.append(_CASES.figo_stage == bindparam("stage"))
    if synthetic:
        where.append(_CASES.synthetic == bindparam("synthetic"))
    return where


@cache
def _list_statements(*filters: bool) -> tuple[Select[Any], Select[Any]]:
    """The page and count queries for one combination of filters (16 at most), built once. The
    page carries the count as an uncorrelated scalar subquery (computed once per statement), so
    a page and its total take one round trip to the database. The page's ids are found first
    along the list index alone, then only those rows are read: an offset then skips index
    entries, not table rows (PostgreSQL reads every skipped row otherwise)."""
    where = _where(*filters)
    count = select(func.count()).select_from(CaseRow.__table__).where(*where)
    newest_first = (_CASES.updated_at.desc(), _CASES.id.desc())
    shown = (
        select(_CASES.id)
        .where(*where)
        .order_by(*newest_first)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
        .subquery("shown")
    )
    page = (
        select(*SUMMARY_COLUMNS, count.scalar_subquery().correlate(None).label("total"))
        .join_from(CaseRow.__table__, shown, shown.c.id == _CASES.id)
        .order_by(*newest_first)
    )
    return page, count


def list_cases(session: Session, query: CaseQuery) -> tuple[list[Summary], int]:
    """One page of cases, newest first (only the listed columns, each row with the number that
    match as ``total``), and that number: one statement; a count of its own only for a page
    past the end."""
    text = f"%{query.text.strip().lower()}%" if query.text else None
    values = {
        "text": text,
        "diagnosis": query.diagnosis,
        "stage": query.stage,
        "synthetic": query.synthetic,
        "limit": query.limit,
        "offset": query.offset,
    }
    page, count = _list_statements(
        bool(text), bool(query.diagnosis), bool(query.stage), query.synthetic is not None
    )
    connection = session.connection()
    params = {k: v for k, v in values.items() if v is not None}
    rows: list[Summary] = list(connection.execute(page, params))
    if rows or query.offset == 0:
        return rows, rows[0].total if rows else 0
    params.pop("limit"), params.pop("offset")
    total = connection.scalar(count, params)
    return rows, total or 0


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

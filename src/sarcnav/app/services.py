"""Use cases shared by the API and the pages; every touch of patient data is audited here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi import HTTPException, status
from fastapi.exceptions import RequestValidationError

from sarcnav.app import capabilities
from sarcnav.app.board import board_pdf
from sarcnav.app.capabilities import CAPABILITIES, LABELS
from sarcnav.app.schemas import (
    Capability,
    CaseDetail,
    CaseSummary,
    EnquiryOut,
    EnquiryPage,
    ReportIn,
    ReportOut,
)
from sarcnav.app.security import Actor, allow
from sarcnav.app.survival import SurvivalView, survival
from sarcnav.errors import InputError
from sarcnav.exchange import bundle_to_case, case_to_bundle, registry_csv
from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store import cases as repo
from sarcnav.store import enquiries as inbox
from sarcnav.store.audit import AuditEvent, record
from sarcnav.store.cases import Assessed, CaseQuery, ConflictError, UnstorableError
from sarcnav.store.enquiries import EnquiryStatus, WorkflowError
from sarcnav.store.results import Derived, fresh, put
from sarcnav.store.users import Role

CASE_ROLES = (Role.CLINICIAN,)
INBOX_ROLES = (Role.NAVIGATOR,)


def _not_found(what: str, ident: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"id: no {what} with id {ident}")


CAPABILITY_LIST = tuple(
    Capability(name=k, label=LABELS[k], available=v) for k, v in CAPABILITIES.items()
)


def capability_list() -> list[Capability]:
    return list(CAPABILITY_LIST)


@dataclass(frozen=True)
class CaseListing:
    """One page of the registry as read: plain rows, no validation per row (the API validates
    it into a ``CasePage``)."""

    total: int
    limit: int
    offset: int
    items: list[repo.Summary]


def list_cases(store: Store, actor: Actor, query: CaseQuery) -> CaseListing:
    allow(actor, *CASE_ROLES)
    event = AuditEvent(actor.username, "list", "case")
    with store.audited(event, one_statement=True) as session:
        rows, total = repo.list_cases(session, query)
        event.detail = f"{len(rows)} of {total}"
    return CaseListing(total, query.limit, query.offset, rows)


def read_case(store: Store, actor: Actor, case_id: int) -> CaseDetail:
    """The case with the engines' results: stored ones while fresh (same case revision, engines,
    knowledge, trial database and day), else computed now and stored for the next reader."""
    allow(actor, *CASE_ROLES)
    event = AuditEvent(actor.username, "read", "case", case_id)
    with store.audited(event, one_statement=True) as session:  # one statement on PostgreSQL
        found = repo.load_case(session, case_id)
    if found is None:
        raise _not_found("case", case_id)
    case, now = found.case, capabilities.inputs()
    results = fresh(found.results, found.revision, now)
    if results is None:
        derived = capabilities.evaluate(case, now)
        with store.write() as session:
            put(session, case_id, found.revision, derived)
        results = derived.results
    reports = [ReportOut.model_validate(r) for r in found.reports]
    notes = list(results["conflicts"])
    if reports and not CAPABILITIES["report_reading"]:
        notes.append("Report reading is not available yet: findings were not read from the text.")
    return CaseDetail(
        id=case_id,
        case=case,
        diagnosis=results["diagnosis"],
        stage=results["stage"],
        options=results["options"],
        prognosis=results["prognosis"],
        trials=results["trials"],
        reports=reports,
        capabilities=capability_list(),
        notes=notes,
    )


def _evaluated(case: Case) -> tuple[Assessed, Derived]:
    """The engines' results for a case about to be written, and the columns lists filter on."""
    derived = capabilities.evaluate(case, capabilities.inputs())
    return capabilities.assessed(derived), derived


def _conflict(exc: ConflictError) -> HTTPException:
    return HTTPException(status.HTTP_409_CONFLICT, str(exc))


def _unstorable(exc: UnstorableError) -> RequestValidationError:
    """The same 422 shape as FastAPI's own validation errors."""
    loc = ["body", *exc.field.split(".")]
    return RequestValidationError([{"loc": loc, "msg": exc.problem, "type": "value_error"}])


def create_case(
    store: Store,
    actor: Actor,
    case: Case,
    report_text: str | None = None,
    extracted: dict[str, Any] | None = None,
) -> CaseSummary:
    allow(actor, *CASE_ROLES)
    assessed, derived = _evaluated(case)
    reader = None if extracted is None else "sarcnav.reports"
    try:
        with store.write() as session:
            row = repo.add_case(
                session,
                case,
                assessed,
                report_text=report_text,
                extracted=extracted,
                reader=reader,
                derived=derived,
            )
            record(session, actor.username, "create", "case", row.id)
            return CaseSummary.model_validate(row)
    except ConflictError as exc:
        raise _conflict(exc) from None
    except UnstorableError as exc:
        raise _unstorable(exc) from None


def create_case_from_report(store: Store, actor: Actor, report: ReportIn) -> CaseSummary:
    """Store the report as a new case; its findings are read where a reader is installed."""
    ref = report.ref or "R-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    read = capabilities.read_report(report.text)
    case = Case(id=ref, synthetic=report.synthetic)
    if read is not None:
        case = read[0].model_copy(update={"id": ref, "synthetic": report.synthetic})
    return create_case(store, actor, case, report.text, None if read is None else read[1])


def replace_case(store: Store, actor: Actor, case_id: int, case: Case) -> CaseSummary:
    allow(actor, *CASE_ROLES)
    with store.read() as session:
        ref = repo.case_ref(session, case_id)
    if ref is None:
        raise _not_found("case", case_id)
    case = case.model_copy(update={"id": ref})  # refs never change
    assessed, derived = _evaluated(case)  # before the write: SQLite has one write lock
    try:
        with store.write() as session:
            row = repo.get_case(session, case_id)
            if row is None:
                raise _not_found("case", case_id)
            repo.replace_case(session, row, case, assessed, derived)
            record(session, actor.username, "update", "case", case_id)
            return CaseSummary.model_validate(row)
    except UnstorableError as exc:
        raise _unstorable(exc) from None


def export_fhir(store: Store, actor: Actor, case_id: int) -> dict[str, Any]:
    """The case as a FHIR R4 Bundle shaped after mCODE (audited as an export)."""
    allow(actor, *CASE_ROLES)
    with store.audited(AuditEvent(actor.username, "export_fhir", "case", case_id)) as session:
        row = repo.get_case(session, case_id)
        if row is not None:
            case, stage = repo.to_case(row), row.figo_stage
    if row is None:
        raise _not_found("case", case_id)
    return case_to_bundle(case, stage)


def import_fhir(store: Store, actor: Actor, bundle: Any) -> CaseSummary:
    """A new case from a FHIR Bundle written by sarcnav (422 naming the problem otherwise)."""
    allow(actor, *CASE_ROLES)
    try:
        case = bundle_to_case(bundle)
    except InputError as exc:
        raise RequestValidationError(
            [{"loc": ["body"], "msg": str(exc), "type": "value_error"}]
        ) from None
    return create_case(store, actor, case)


def export_csv(store: Store, actor: Actor) -> str:
    """The whole registry as CSV (audited as an export)."""
    allow(actor, *CASE_ROLES)
    event = AuditEvent(actor.username, "export_csv", "case")
    with store.audited(event) as session:
        rows = repo.all_cases(session)
        event.detail = f"{len(rows)} cases"
        data = [(repo.to_case(r), r.assessed_diagnosis, r.figo_stage) for r in rows]
    return registry_csv(data)


def board_summary(store: Store, actor: Actor, case_id: int) -> bytes:
    """The tumour-board PDF of one case (reading it is audited like the case page)."""
    detail = read_case(store, actor, case_id)
    with store.write() as session:
        record(session, actor.username, "export_pdf", "case", case_id)
    return board_pdf(detail, datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def survival_curves(store: Store, actor: Actor, grouping: str) -> SurvivalView | None:
    """Kaplan-Meier curves from every stored case (audited as a registry read)."""
    allow(actor, *CASE_ROLES)
    event = AuditEvent(actor.username, "survival", "case")
    with store.audited(event) as session:
        rows = repo.all_cases(session)
        event.detail = f"{len(rows)} cases"
        data = [(repo.to_case(r), r.assessed_diagnosis, r.figo_stage) for r in rows]
    return survival(data, grouping)


def list_enquiries(
    store: Store, actor: Actor, state: EnquiryStatus | None, limit: int = 100, offset: int = 0
) -> EnquiryPage:
    allow(actor, *INBOX_ROLES)
    event = AuditEvent(actor.username, "list", "enquiry")
    with store.audited(event) as session:
        rows, total = inbox.list_enquiries(session, state, limit, offset)
        event.detail = f"{len(rows)} of {total}"
        items = [EnquiryOut.model_validate(r) for r in rows]
    return EnquiryPage(total=total, items=items, triage_available=CAPABILITIES["enquiry_triage"])


def add_enquiry(store: Store, actor: Actor, text: str, synthetic: bool) -> EnquiryOut:
    allow(actor, *INBOX_ROLES)
    triaged = capabilities.triage(text)
    draft = "" if triaged is None else str(triaged.get("draft") or "")
    with store.write() as session:
        row = inbox.add_enquiry(session, text, synthetic=synthetic, triage=triaged, draft=draft)
        record(session, actor.username, "create", "enquiry", row.id)
        return EnquiryOut.model_validate(row)


def read_enquiry(store: Store, actor: Actor, enquiry_id: int) -> EnquiryOut:
    allow(actor, *INBOX_ROLES)
    with store.audited(AuditEvent(actor.username, "read", "enquiry", enquiry_id)) as session:
        row = inbox.get_enquiry(session, enquiry_id)
        found = None if row is None else EnquiryOut.model_validate(row)
    if found is None:
        raise _not_found("enquiry", enquiry_id)
    return found


def _enquiry_step(store: Store, actor: Actor, enquiry_id: int, draft: str | None) -> EnquiryOut:
    allow(actor, *INBOX_ROLES)
    try:
        with store.write() as session:
            row = inbox.get_enquiry(session, enquiry_id)
            if row is None:
                raise _not_found("enquiry", enquiry_id)
            if draft is None:
                inbox.approve(session, row, actor.username)
                record(session, actor.username, "approve", "enquiry", enquiry_id)
            else:
                inbox.edit_draft(session, row, draft, actor.username)
                record(session, actor.username, "edit_draft", "enquiry", enquiry_id)
            return EnquiryOut.model_validate(row)
    except WorkflowError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None


def edit_draft(store: Store, actor: Actor, enquiry_id: int, draft: str) -> EnquiryOut:
    return _enquiry_step(store, actor, enquiry_id, draft)


def approve(store: Store, actor: Actor, enquiry_id: int) -> EnquiryOut:
    return _enquiry_step(store, actor, enquiry_id, None)


def export_approved(store: Store, actor: Actor) -> list[EnquiryOut]:
    """Every approved reply (for sending), audited as an export."""
    allow(actor, *INBOX_ROLES)
    event = AuditEvent(actor.username, "export", "enquiry")
    with store.audited(event) as session:
        rows, _ = inbox.list_enquiries(session, EnquiryStatus.APPROVED, limit=100_000)
        event.detail = f"{len(rows)} approved"
        approved = [EnquiryOut.model_validate(r) for r in rows]
    return approved

"""Use cases shared by the API and the pages; every touch of patient data is audited here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import HTTPException, status
from fastapi.exceptions import RequestValidationError

from sarcnav.app import capabilities
from sarcnav.app.board import board_pdf
from sarcnav.app.capabilities import CAPABILITIES, LABELS, assess
from sarcnav.app.schemas import (
    Capability,
    CaseDetail,
    CasePage,
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
from sarcnav.store.audit import record
from sarcnav.store.cases import Assessed, CaseQuery, ConflictError, UnstorableError
from sarcnav.store.enquiries import EnquiryStatus, WorkflowError
from sarcnav.store.users import Role

CASE_ROLES = (Role.CLINICIAN,)
INBOX_ROLES = (Role.NAVIGATOR,)


def _not_found(what: str, ident: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"id: no {what} with id {ident}")


def capability_list() -> list[Capability]:
    return [Capability(name=k, label=LABELS[k], available=v) for k, v in CAPABILITIES.items()]


def list_cases(store: Store, actor: Actor, query: CaseQuery) -> CasePage:
    allow(actor, *CASE_ROLES)
    with store.read() as session:
        rows, total = repo.list_cases(session, query)
        items = [CaseSummary.model_validate(r) for r in rows]
    with store.write() as session:
        record(session, actor.username, "list", "case", detail=f"{len(items)} of {total}")
    return CasePage(total=total, limit=query.limit, offset=query.offset, items=items)


def read_case(store: Store, actor: Actor, case_id: int) -> CaseDetail:
    allow(actor, *CASE_ROLES)
    with store.write() as session:
        record(session, actor.username, "read", "case", case_id)
    with store.read() as session:
        row = repo.get_case(session, case_id)
        if row is None:
            raise _not_found("case", case_id)
        case = repo.to_case(row)
        reports = [ReportOut.model_validate(r) for r in row.reports]
    found = assess(case)
    options, outlook = capabilities.options_and_prognosis(case, found.figo_stage)
    notes = list(found.conflicts)
    if reports and not CAPABILITIES["report_reading"]:
        notes.append("Report reading is not available yet: findings were not read from the text.")
    return CaseDetail(
        id=case_id,
        case=case,
        diagnosis=found.diagnosis,
        stage=found.stage,
        options=options,
        prognosis=outlook,
        trials=capabilities.match_trials(case),
        reports=reports,
        capabilities=capability_list(),
        notes=notes,
    )


def _assessed(case: Case) -> Assessed:
    found = assess(case)
    return Assessed(found.diagnosis_code, found.figo_stage)


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
    assessed = _assessed(case)
    reader = None if extracted is None else "sarcnav.reports"
    try:
        with store.write() as session:
            row = repo.add_case(
                session, case, assessed, report_text=report_text, extracted=extracted, reader=reader
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
    assessed = _assessed(case)
    try:
        with store.write() as session:
            row = repo.get_case(session, case_id)
            if row is None:
                raise _not_found("case", case_id)
            repo.replace_case(session, row, case.model_copy(update={"id": row.ref}), assessed)
            record(session, actor.username, "update", "case", case_id)
            return CaseSummary.model_validate(row)
    except UnstorableError as exc:
        raise _unstorable(exc) from None


def export_fhir(store: Store, actor: Actor, case_id: int) -> dict[str, Any]:
    """The case as a FHIR R4 Bundle shaped after mCODE (audited as an export)."""
    allow(actor, *CASE_ROLES)
    with store.write() as session:
        record(session, actor.username, "export_fhir", "case", case_id)
        row = repo.get_case(session, case_id)
        if row is None:
            raise _not_found("case", case_id)
        case, stage = repo.to_case(row), row.figo_stage
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
    with store.write() as session:
        rows = repo.all_cases(session)
        record(session, actor.username, "export_csv", "case", detail=f"{len(rows)} cases")
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
    with store.write() as session:
        rows = repo.all_cases(session)
        record(session, actor.username, "survival", "case", detail=f"{len(rows)} cases")
        data = [(repo.to_case(r), r.assessed_diagnosis, r.figo_stage) for r in rows]
    return survival(data, grouping)


def list_enquiries(
    store: Store, actor: Actor, state: EnquiryStatus | None, limit: int = 100, offset: int = 0
) -> EnquiryPage:
    allow(actor, *INBOX_ROLES)
    with store.write() as session:
        rows, total = inbox.list_enquiries(session, state, limit, offset)
        record(session, actor.username, "list", "enquiry", detail=f"{len(rows)} of {total}")
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
    with store.write() as session:
        record(session, actor.username, "read", "enquiry", enquiry_id)
        row = inbox.get_enquiry(session, enquiry_id)
        if row is None:
            raise _not_found("enquiry", enquiry_id)
        return EnquiryOut.model_validate(row)


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
    with store.write() as session:
        rows, _ = inbox.list_enquiries(session, EnquiryStatus.APPROVED, limit=100_000)
        record(session, actor.username, "export", "enquiry", detail=f"{len(rows)} approved")
        return [EnquiryOut.model_validate(r) for r in rows]

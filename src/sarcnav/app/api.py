"""REST API under /api/v1 (OpenAPI at /api/openapi.json): the same services as the pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request, Response, status
from fastapi.responses import PlainTextResponse

from sarcnav.app import services
from sarcnav.app.schemas import (
    NO_NUL,
    AuditOut,
    Capability,
    CaseDetail,
    CasePage,
    CaseSummary,
    DraftIn,
    EnquiryIn,
    EnquiryOut,
    EnquiryPage,
    ReportIn,
    SignInIn,
    SignInOut,
)
from sarcnav.app.security import Actor, allow, api_actor, sign_in, sign_out
from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store.audit import events
from sarcnav.store.cases import CaseQuery
from sarcnav.store.enquiries import EnquiryStatus

router = APIRouter(prefix="/api/v1")
Auth = Annotated[Actor, Depends(api_actor)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(_store)]


@router.post("/session", tags=["session"], responses={401: {"description": "Wrong credentials"}})
def open_session(body: SignInIn, store: StoreDep) -> SignInOut:
    """Sign in; use the token as ``Authorization: Bearer <token>``."""
    opened = sign_in(store, body.username, body.password)
    if opened is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "username or password is wrong")
    token, csrf, role = opened
    return SignInOut(token=token, csrf_token=csrf, role=role)


@router.delete("/session", tags=["session"], status_code=204)
def close_session(actor: Auth, store: StoreDep) -> Response:
    sign_out(store, actor)
    return Response(status_code=204)


@router.get("/capabilities", tags=["meta"])
def capability_list(actor: Auth) -> list[Capability]:
    """Which engines this installation has."""
    return services.capability_list()


@router.get("/cases", tags=["cases"])
def list_cases(
    actor: Auth,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=100, pattern=NO_NUL)] = None,
    diagnosis: Annotated[str | None, Query(max_length=60, pattern=NO_NUL)] = None,
    stage: Annotated[str | None, Query(max_length=20, pattern=NO_NUL)] = None,
    synthetic: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> CasePage:
    query = CaseQuery(q, diagnosis, stage, synthetic, limit, offset)
    return CasePage.model_validate(services.list_cases(store, actor, query), from_attributes=True)


@router.post(
    "/cases", tags=["cases"], status_code=201, responses={409: {"description": "Id taken"}}
)
def create_case(case: Case, actor: Auth, store: StoreDep) -> CaseSummary:
    """Store a case file (the JSON Schema of ``sarcnav schema``)."""
    return services.create_case(store, actor, case)


@router.post("/cases/from-report", tags=["cases"], status_code=201, responses={409: {}})
def create_case_from_report(report: ReportIn, actor: Auth, store: StoreDep) -> CaseSummary:
    """Start a case from a pasted pathology report."""
    return services.create_case_from_report(store, actor, report)


@router.get("/cases/{case_id}", tags=["cases"], responses={404: {"description": "No such case"}})
def read_case(case_id: Id, actor: Auth, store: StoreDep) -> CaseDetail:
    return services.read_case(store, actor, case_id)


@router.get("/cases/{case_id}/fhir", tags=["exchange"], responses={404: {}})
def export_fhir(case_id: Id, actor: Auth, store: StoreDep) -> dict[str, Any]:
    """The case as an HL7 FHIR R4 Bundle shaped after mCODE."""
    return services.export_fhir(store, actor, case_id)


@router.get(
    "/cases/{case_id}/summary.pdf",
    tags=["exchange"],
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}, 404: {}},
)
def board_summary(case_id: Id, actor: Auth, store: StoreDep) -> Response:
    """The tumour-board summary of the case as a PDF."""
    pdf = services.board_summary(store, actor, case_id)
    headers = {"Content-Disposition": f'attachment; filename="case-{case_id}-board.pdf"'}
    return Response(pdf, media_type="application/pdf", headers=headers)


@router.post("/fhir", tags=["exchange"], status_code=201, responses={409: {}})
def import_fhir(
    bundle: Annotated[dict[str, Any], Body()], actor: Auth, store: StoreDep
) -> CaseSummary:
    """A new case from a FHIR Bundle as written by ``GET /cases/{id}/fhir``."""
    return services.import_fhir(store, actor, bundle)


@router.get(
    "/export/cases.csv",
    tags=["exchange"],
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/csv": {}}}},
)
def export_csv(actor: Auth, store: StoreDep) -> Response:
    """The registry as CSV, one row per case."""
    headers = {"Content-Disposition": 'attachment; filename="sarcnav-registry.csv"'}
    return Response(services.export_csv(store, actor), media_type="text/csv", headers=headers)


@router.put("/cases/{case_id}", tags=["cases"], responses={404: {}})
def replace_case(case_id: Id, case: Case, actor: Auth, store: StoreDep) -> CaseSummary:
    return services.replace_case(store, actor, case_id, case)


@router.get("/enquiries", tags=["enquiries"])
def list_enquiries(
    actor: Auth,
    store: StoreDep,
    status_: Annotated[EnquiryStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> EnquiryPage:
    return services.list_enquiries(store, actor, status_, limit, offset)


@router.post("/enquiries", tags=["enquiries"], status_code=201)
def add_enquiry(body: EnquiryIn, actor: Auth, store: StoreDep) -> EnquiryOut:
    return services.add_enquiry(store, actor, body.text, body.synthetic)


@router.get("/enquiries/export", tags=["enquiries"])
def export_approved(actor: Auth, store: StoreDep) -> list[EnquiryOut]:
    """Every approved reply."""
    return services.export_approved(store, actor)


@router.get("/enquiries/{enquiry_id}", tags=["enquiries"], responses={404: {}})
def read_enquiry(enquiry_id: Id, actor: Auth, store: StoreDep) -> EnquiryOut:
    return services.read_enquiry(store, actor, enquiry_id)


@router.put("/enquiries/{enquiry_id}/draft", tags=["enquiries"], responses={404: {}, 409: {}})
def edit_draft(enquiry_id: Id, body: DraftIn, actor: Auth, store: StoreDep) -> EnquiryOut:
    return services.edit_draft(store, actor, enquiry_id, body.draft)


@router.post("/enquiries/{enquiry_id}/approve", tags=["enquiries"], responses={404: {}, 409: {}})
def approve(enquiry_id: Id, actor: Auth, store: StoreDep) -> EnquiryOut:
    return services.approve(store, actor, enquiry_id)


@router.get("/audit", tags=["admin"])
def audit_log(
    actor: Auth,
    store: StoreDep,
    entity: Annotated[str | None, Query(max_length=40, pattern=NO_NUL)] = None,
    entity_id: Annotated[str | None, Query(max_length=120, pattern=NO_NUL)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[AuditOut]:
    """The audit log, newest first (admins only)."""
    allow(actor)
    with store.read() as session:
        rows = events(session, entity=entity, entity_id=entity_id, limit=limit)
        return [AuditOut.model_validate(r) for r in rows]

"""HTML pages (Jinja2, autoescaped; htmx for partial updates): the same services as the API."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape
from pydantic import ValidationError

from sarcnav.app import services
from sarcnav.app.schemas import ReportIn
from sarcnav.app.security import COOKIE, SESSION_LIFETIME, Actor, allow, check_csrf, page_actor
from sarcnav.app.security import sign_in as open_session
from sarcnav.app.security import sign_out as close_session
from sarcnav.app.survival import GROUPINGS
from sarcnav.errors import describe
from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store.audit import events
from sarcnav.store.cases import CaseQuery, facets
from sarcnav.store.enquiries import EnquiryStatus
from sarcnav.store.users import Role

# Compiled once per process: no file checks per request (templates ship with the package).
templates = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,
    auto_reload=False,
)


def highlight(text: str, extracted: dict[str, Any] | None) -> Markup:
    """The report with every extracted span marked (all text escaped)."""
    spans = []
    for item in (extracted or {}).get("extractions", []):
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((start, end, str(item.get("field", "")), bool(item.get("used", True))))
    out, pos = Markup(""), 0
    for start, end, field, used in sorted(spans):
        if start < pos:
            continue  # overlapping spans: the first one wins
        css = "ev" if used else "ev unused"
        out += escape(text[pos:start])
        out += Markup('<mark class="{}" title="{}">{}</mark>').format(css, field, text[start:end])
        pos = end
    return out + escape(text[pos:])


templates.filters["highlight"] = highlight
router = APIRouter(include_in_schema=False)
Who = Annotated[Actor, Depends(page_actor)]
Csrf = Annotated[str, Form()]
PAGE = 50


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _clean(text: str) -> str:
    """Form text as the database can hold it (PostgreSQL refuses NUL characters)."""
    return text.replace("\x00", "")


def render(
    request: Request, name: str, actor: Actor | None, code: int = 200, **ctx: Any
) -> Response:
    """The page ``name`` rendered as HTML (the template sees ``ctx``, the actor, capabilities)."""
    ctx.update(actor=actor, capabilities=services.capability_list())
    return HTMLResponse(templates.get_template(name).render(ctx), status_code=code)


def html_error(request: Request, exc: HTTPException) -> Response:
    """Errors on pages as a page (the API keeps JSON errors)."""
    from sarcnav.app.security import authenticate

    return render(request, "error.html", authenticate(request), exc.status_code, detail=exc.detail)


@router.get("/signin")
def sign_in_form(request: Request) -> Response:
    return render(request, "signin.html", None)


@router.post("/signin")
def sign_in(
    request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()]
) -> Response:
    opened = open_session(_store(request), _clean(username)[:80], _clean(password)[:200])
    if opened is None:
        return render(request, "signin.html", None, 401, error="Username or password is wrong.")
    token, _csrf, role = opened
    target = "/inbox" if role is Role.NAVIGATOR else "/cases"
    response = RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)
    response.set_cookie(
        COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=request.app.state.secure_cookies,
    )
    return response


@router.post("/signout")
def sign_out(request: Request, actor: Who, csrf_token: Csrf) -> Response:
    check_csrf(actor, request, csrf_token)
    close_session(_store(request), actor)
    response = RedirectResponse("/signin", status_code=status.HTTP_303_SEE_OTHER)
    response.delete_cookie(COOKIE)
    return response


@router.get("/")
def home(actor: Who) -> Response:
    return RedirectResponse("/inbox" if actor.role is Role.NAVIGATOR else "/cases", status_code=303)


@router.get("/cases")
def case_list(
    request: Request,
    q: str = "",
    diagnosis: str = "",
    stage: str = "",
    page: int = 1,
) -> Response:
    page = max(1, min(page, 100_000))
    q, diagnosis, stage = (_clean(v) for v in (q, diagnosis, stage))
    query = CaseQuery(
        q[:100] or None, diagnosis[:60] or None, stage[:20] or None, None, PAGE, (page - 1) * PAGE
    )
    store = _store(request)
    with store.request():  # sign-in check, read and audit on one connection
        actor = page_actor(request)  # a plain call: a dependency would cost one more thread hop
        result = services.list_cases(store, actor, query)
    partial = request.headers.get("hx-request") and not request.headers.get(
        "hx-history-restore-request"
    )
    name = "cases_rows.html" if partial else "cases.html"
    diagnoses, stages = _facets(request, store)
    response = render(
        request,
        name,
        actor,
        result=result,
        q=q,
        diagnosis=diagnosis,
        stage=stage,
        page=page,
        pages=max(1, -(-result.total // PAGE)),
        diagnoses=diagnoses,
        stages=stages,
    )
    response.headers["Vary"] = "HX-Request"
    return response


FACETS_SECONDS = 30.0


def _facets(request: Request, store: Store) -> tuple[list[str], list[str]]:
    """Diagnoses and stages for the filter menus, refreshed every 30 s (not patient data)."""
    cached = getattr(request.app.state, "facets", None)
    now = time.monotonic()
    if cached is None or now - cached[0] > FACETS_SECONDS:
        with store.read() as session:
            cached = (now, facets(session))
        request.app.state.facets = cached
    found: tuple[list[str], list[str]] = cached[1]
    return found


@router.get("/cases/new")
def new_case_form(request: Request, actor: Who) -> Response:
    allow(actor, Role.CLINICIAN)
    return render(request, "case_new.html", actor)


@router.post("/cases/new")
async def new_case(
    request: Request,
    actor: Who,
    csrf_token: Csrf,
    report: Annotated[str, Form()] = "",
    ref: Annotated[str, Form()] = "",
    synthetic: Annotated[bool, Form()] = False,
    case_file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    check_csrf(actor, request, csrf_token)
    store = _store(request)
    content = await case_file.read() if case_file is not None else b""
    try:
        if content:
            case = Case.model_validate(json.loads(content))
            if ref.strip():
                case = case.model_copy(update={"id": ref.strip()[:120]})
            made = services.create_case(store, actor, case)
        elif report.strip():
            made = services.create_case_from_report(
                store,
                actor,
                ReportIn(text=report, ref=_clean(ref).strip() or None, synthetic=synthetic),
            )
        else:
            raise ValueError("report: paste a report or choose a case file")
    except ValidationError as exc:
        return render(request, "case_new.html", actor, 422, error=describe(exc), report=report)
    except RequestValidationError as exc:
        problems = "\n".join(
            ".".join(map(str, e["loc"][1:])) + ": " + e["msg"] for e in exc.errors()
        )
        return render(request, "case_new.html", actor, 422, error=problems, report=report)
    except (ValueError, UnicodeDecodeError) as exc:
        message = f"case_file: not valid JSON ({exc})" if content else str(exc)
        return render(request, "case_new.html", actor, 422, error=message, report=report)
    except HTTPException as exc:
        if exc.status_code != status.HTTP_409_CONFLICT:
            raise
        return render(request, "case_new.html", actor, 409, error=exc.detail, report=report)
    return RedirectResponse(f"/cases/{made.id}", status_code=status.HTTP_303_SEE_OTHER)


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: int) -> Response:
    store = _store(request)
    with store.request():  # as in case_list
        actor = page_actor(request)
        if not 1 <= case_id < 2**31:
            raise HTTPException(404, f"id: no case with id {case_id}")
        detail = services.read_case(store, actor, case_id)
    return render(request, "case.html", actor, d=detail, case=detail.case)


@router.get("/inbox")
def inbox(request: Request, actor: Who, state: str = "") -> Response:
    chosen = EnquiryStatus(state) if state in set(EnquiryStatus) else None
    result = services.list_enquiries(_store(request), actor, chosen)
    return render(request, "inbox.html", actor, result=result, state=state)


@router.get("/inbox/export")
def inbox_export(request: Request, actor: Who) -> Response:
    approved = services.export_approved(_store(request), actor)
    body = "".join(e.model_dump_json() + "\n" for e in approved)
    headers = {"Content-Disposition": 'attachment; filename="approved-replies.jsonl"'}
    return Response(body, media_type="application/x-ndjson", headers=headers)


@router.get("/inbox/{enquiry_id}")
def enquiry_page(request: Request, actor: Who, enquiry_id: int) -> Response:
    if not 1 <= enquiry_id < 2**31:
        raise HTTPException(404, f"id: no enquiry with id {enquiry_id}")
    enquiry = services.read_enquiry(_store(request), actor, enquiry_id)
    return render(request, "enquiry.html", actor, e=enquiry)


@router.post("/inbox/{enquiry_id}/draft")
def save_draft(
    request: Request,
    actor: Who,
    enquiry_id: int,
    csrf_token: Csrf,
    draft: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(actor, request, csrf_token)
    services.edit_draft(_store(request), actor, enquiry_id, _clean(draft)[:50_000])
    return RedirectResponse(f"/inbox/{enquiry_id}?saved=1", status_code=303)


@router.post("/inbox/{enquiry_id}/approve")
def approve(request: Request, actor: Who, enquiry_id: int, csrf_token: Csrf) -> Response:
    check_csrf(actor, request, csrf_token)
    services.approve(_store(request), actor, enquiry_id)
    return RedirectResponse(f"/inbox/{enquiry_id}", status_code=303)


@router.get("/survival")
def survival_page(request: Request, actor: Who, by: str = "stage") -> Response:
    grouping = by if by in GROUPINGS else "stage"
    view = services.survival_curves(_store(request), actor, grouping)
    return render(request, "survival.html", actor, view=view, by=grouping, groupings=GROUPINGS)


@router.get("/knowledge")
def knowledge(request: Request, actor: Who) -> Response:
    from sarcnav.knowledge import KnowledgeError, bibliography
    from sarcnav.knowledge.registry import load_all

    try:
        packs, bib, error = load_all(), bibliography(), None
    except KnowledgeError as exc:
        packs, bib, error = {}, {}, str(exc)
    return render(request, "knowledge.html", actor, packs=packs, bib=bib, error=error)


@router.get("/audit")
def audit(request: Request, actor: Who) -> Response:
    allow(actor)
    with _store(request).read() as session:
        rows = events(session, limit=300)
        return render(request, "audit.html", actor, rows=rows)

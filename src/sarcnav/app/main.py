"""The FastAPI application: API, pages, static files, security headers, privacy-safe logs."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sarcnav.app import api, pages
from sarcnav.app.security import SignInRequired
from sarcnav.store import Store

log = logging.getLogger("sarcnav.app")
STATIC = Path(__file__).with_name("static")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

# Raw header lines added to every response (no route sets these itself).
STATIC_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
PAGE_HEADERS = (*STATIC_HEADERS, (b"cache-control", b"no-store"))


def _warm_up() -> None:
    """Import the slow engines (spaCy, scipy, pandas) before the first request. Done in the
    start-up thread, not a background one: CPython 3.11's AST state is not thread-safe, and a
    background import compiling source raced with ``ast.parse`` elsewhere ("AST constructor
    recursion depth mismatch")."""
    import sarcnav.enquiries
    import sarcnav.reports
    import sarcnav.risk
    import sarcnav.survival.km
    import sarcnav.therapy  # noqa: F401


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    _warm_up()
    yield


class HeadersAndLog:
    """Security headers on every response and one log line per request holding the method, the
    route template, the status and the time taken: no ids, query strings or bodies. A plain ASGI
    middleware (Starlette's ``BaseHTTPMiddleware`` cost about 0.3 ms CPU per request more)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        static = scope["path"].startswith("/static")
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                extra = STATIC_HEADERS if static else PAGE_HEADERS
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            route = getattr(scope.get("route"), "path", "(unmatched)")
            elapsed = (time.perf_counter() - started) * 1000
            log.info("%s %s %s %.1fms", scope["method"], route, status, elapsed)


def create_app(store: Store, *, secure_cookies: bool = False) -> FastAPI:
    """The app over one store. ``secure_cookies`` marks cookies Secure (behind HTTPS)."""
    app = FastAPI(
        title="sarcnav",
        summary="Uterine-sarcoma service: cases, enquiries, knowledge (decision support).",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = store
    app.state.secure_cookies = secure_cookies
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(SignInRequired)
    def _to_sign_in(request: Request, _exc: SignInRequired) -> Response:
        return RedirectResponse("/signin", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _errors(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith(("/api", "/static")):
            return await http_exception_handler(request, exc)
        return pages.html_error(request, HTTPException(exc.status_code, str(exc.detail)))

    app.add_middleware(HeadersAndLog)
    return app


def app_from_env() -> FastAPI:
    """App factory for ``uvicorn --factory`` with several worker processes: the database comes
    from ``SARCNAV_DATABASE_URL`` or ``SARCNAV_DATA_DIR``; ``SARCNAV_SECURE_COOKIES=1`` marks
    cookies Secure."""
    import os

    store = Store.open(data_dir=Path(os.environ.get("SARCNAV_DATA_DIR", "data")))
    return create_app(store, secure_cookies=os.environ.get("SARCNAV_SECURE_COOKIES") == "1")

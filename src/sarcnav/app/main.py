"""The FastAPI application: API, pages, static files, security headers, privacy-safe logs."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sarcnav.app import api, pages
from sarcnav.app.security import SignInRequired
from sarcnav.store import Store

log = logging.getLogger("sarcnav.app")
STATIC = Path(__file__).with_name("static")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def _warm_up() -> None:
    """Import the slow engines (spaCy, scipy, pandas) in the background after start-up."""
    import sarcnav.enquiries
    import sarcnav.reports
    import sarcnav.risk
    import sarcnav.survival.km
    import sarcnav.therapy  # noqa: F401


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    yield


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

    @app.middleware("http")
    async def _headers_and_log(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if not request.url.path.startswith("/static"):
            response.headers["Cache-Control"] = "no-store"
        # Route templates only: no ids, query strings or bodies reach the log.
        route = getattr(request.scope.get("route"), "path", "(unmatched)")
        elapsed = (time.perf_counter() - started) * 1000
        log.info("%s %s %s %.1fms", request.method, route, response.status_code, elapsed)
        return response

    return app


def app_from_env() -> FastAPI:
    """App factory for ``uvicorn --factory`` with several worker processes: the database comes
    from ``SARCNAV_DATABASE_URL`` or ``SARCNAV_DATA_DIR``; ``SARCNAV_SECURE_COOKIES=1`` marks
    cookies Secure."""
    import os

    store = Store.open(data_dir=Path(os.environ.get("SARCNAV_DATA_DIR", "data")))
    return create_app(store, secure_cookies=os.environ.get("SARCNAV_SECURE_COOKIES") == "1")

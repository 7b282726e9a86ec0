"""Sign-in, sessions, roles and CSRF.

A session token travels in an HttpOnly, SameSite=Strict cookie (pages) or a Bearer header (API
clients). Requests authenticated by cookie that change state must carry the session's CSRF token
(form field ``csrf_token`` or header ``X-CSRF-Token``).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request, status

from sarcnav.store import Store
from sarcnav.store.audit import record
from sarcnav.store.users import Role, close_session, find_session, get_user, open_session

COOKIE = "sarcnav_session"
SESSION_LIFETIME = timedelta(hours=12)
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

_hasher = PasswordHasher()
# Verifying against this keeps the time of a sign-in with an unknown name like a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@dataclass(frozen=True)
class Actor:
    """The signed-in user of one request."""

    username: str
    role: Role
    csrf_token: str
    token: str
    via_cookie: bool


class SignInRequired(Exception):
    """Raised by page routes; answered with a redirect to the sign-in page."""


def sign_in(store: Store, username: str, password: str) -> tuple[str, str, Role] | None:
    """Check the password and open a session: (token, csrf token, role), or None."""
    with store.write() as session:
        user = get_user(session, username)
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            user = None
        if user is None or not user.active:
            record(session, username[:80], "sign_in_failed", "user")
            return None
        token, row = open_session(session, user, SESSION_LIFETIME)
        record(session, user.username, "sign_in", "user", user.id)
        return token, row.csrf_token, Role(user.role)


def sign_out(store: Store, actor: Actor) -> None:
    with store.write() as session:
        close_session(session, actor.token)
        record(session, actor.username, "sign_out", "user")


def _token(request: Request) -> tuple[str | None, bool]:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip(), False
    return request.cookies.get(COOKIE), True


def authenticate(request: Request) -> Actor | None:
    """The actor behind the request's token, or None."""
    token, via_cookie = _token(request)
    if not token:
        return None
    store: Store = request.app.state.store
    with store.connect() as connection:
        row = find_session(connection, token)
    if row is None:
        return None
    return Actor(row.username, Role(row.role), row.csrf_token, token, via_cookie)


def check_csrf(actor: Actor, request: Request, form_token: str | None = None) -> None:
    """Refuse a state-changing cookie request without the session's CSRF token."""
    if request.method in SAFE_METHODS or not actor.via_cookie:
        return
    given = form_token or request.headers.get("x-csrf-token") or ""
    if not hmac.compare_digest(given.encode(), actor.csrf_token.encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "csrf_token: missing or wrong")


def allow(actor: Actor, *roles: Role) -> None:
    """Admins may do everything; others need one of ``roles``."""
    if actor.role is not Role.ADMIN and actor.role not in roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"role: {actor.role} may not do this")


def api_actor(request: Request) -> Actor:
    """FastAPI dependency for API routes: 401 without a session, CSRF checked for cookies."""
    actor = authenticate(request)
    if actor is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "authorization: sign in first (POST /api/v1/session)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    check_csrf(actor, request)
    return actor


def page_actor(request: Request) -> Actor:
    """FastAPI dependency for pages: redirect to sign-in without a session (CSRF per form)."""
    actor = authenticate(request)
    if actor is None:
        raise SignInRequired
    return actor

"""Users, roles and sessions (tokens are stored hashed)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.orm import Session

from sarcnav.store.models import SessionRow, UserRow, utcnow


class Role(StrEnum):
    CLINICIAN = "clinician"
    NAVIGATOR = "navigator"
    ADMIN = "admin"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(session: Session, username: str, password_hash: str, role: Role) -> UserRow:
    row = UserRow(username=username, password_hash=password_hash, role=role)
    session.add(row)
    session.flush()
    return row


def get_user(session: Session, username: str) -> UserRow | None:
    return session.scalars(select(UserRow).where(UserRow.username == username)).first()


def open_session(session: Session, user: UserRow, lifetime: timedelta) -> tuple[str, SessionRow]:
    """Start a session; returns the token (given to the client once) and the stored row."""
    token = secrets.token_urlsafe(32)
    row = SessionRow(
        token_hash=_digest(token),
        csrf_token=secrets.token_urlsafe(32),
        user=user,
        expires_at=utcnow() + lifetime,
    )
    session.add(row)
    session.flush()
    return token, row


class LiveSession(NamedTuple):
    username: str
    role: str
    csrf_token: str


# Built once: the statement's compiled form is then found in SQLAlchemy's cache by identity.
_FIND_SESSION = (
    select(UserRow.username, UserRow.role, SessionRow.csrf_token, SessionRow.expires_at)
    .join(SessionRow.user)
    .where(SessionRow.token_hash == bindparam("digest"), UserRow.active.is_(True))
)


def find_session(connection: Connection | Session, token: str) -> LiveSession | None:
    """The live session for a token (expired sessions and inactive users give None): one query
    for the columns a request needs."""
    row = connection.execute(_FIND_SESSION, {"digest": _digest(token)}).first()
    if row is None or row.expires_at <= datetime.now(UTC):
        return None
    return LiveSession(row.username, row.role, row.csrf_token)


def close_session(session: Session, token: str) -> None:
    session.execute(delete(SessionRow).where(SessionRow.token_hash == _digest(token)))

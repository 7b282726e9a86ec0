"""The audit log: every read and write of patient data, by whom and when."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from sarcnav.store.models import AuditRow, utcnow

_INSERT = insert(AuditRow).inline()  # built once; inline: no RETURNING of the new id


@dataclass
class AuditEvent:
    """One read of patient data, recorded by ``Store.audited`` (set ``detail`` while reading)."""

    username: str
    action: str
    entity: str
    entity_id: str | int | None = None
    detail: str = ""

    def store(self, connection: Connection) -> None:
        """Insert the event with one statement on ``connection``."""
        connection.execute(_INSERT, self._values())

    def _values(self) -> dict[str, Any]:
        return {
            "at": utcnow(),
            "username": self.username,
            "action": self.action,
            "entity": self.entity,
            "entity_id": None if self.entity_id is None else str(self.entity_id),
            "detail": self.detail[:200],
        }


def record(
    session: Session,
    username: str,
    action: str,
    entity: str,
    entity_id: str | int | None = None,
    detail: str = "",
) -> None:
    """Add one event to the current transaction (ids and action names only, never patient text)."""
    session.add(
        AuditRow(
            username=username,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            detail=detail[:200],
        )
    )


def events(
    session: Session, *, entity: str | None = None, entity_id: str | None = None, limit: int = 200
) -> list[AuditRow]:
    """The newest events first, optionally for one entity."""
    query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditRow.entity == entity)
    if entity_id is not None:
        query = query.where(AuditRow.entity_id == entity_id)
    return list(session.scalars(query))

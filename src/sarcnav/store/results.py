"""The engines' results per case, stored as derived data with what they were computed from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sarcnav.store.models import CaseResultRow, utcnow


@dataclass(frozen=True)
class Inputs:
    """What the results read besides the case: engines and knowledge, trial database, the day."""

    engine_version: str
    trials_revision: str
    as_of: date


@dataclass(frozen=True)
class Derived:
    """Results computed from a case under ``inputs``."""

    inputs: Inputs
    results: dict[str, Any]


class StoredResults(Protocol):
    """Stored results as read (a ``CaseResultRow`` or a plain row with its columns)."""

    case_revision: int
    engine_version: str
    trials_revision: str
    as_of: date
    results: dict[str, Any]


def fresh(row: StoredResults | None, case_revision: int, inputs: Inputs) -> dict[str, Any] | None:
    """The stored results if they were computed from this case revision and these inputs."""
    if row is None or row.case_revision != case_revision:
        return None
    stored = Inputs(row.engine_version, row.trials_revision, row.as_of)
    return row.results if stored == inputs else None


def result_row(case_revision: int, derived: Derived) -> CaseResultRow:
    """A new results row (for a case being written in the same transaction)."""
    return CaseResultRow(case_revision=case_revision, **_values(derived))


def update_row(row: CaseResultRow, case_revision: int, derived: Derived) -> None:
    row.case_revision = case_revision
    for key, value in _values(derived).items():
        setattr(row, key, value)


def put(session: Session, case_id: int, case_revision: int, derived: Derived) -> None:
    """Store results recomputed on reading (insert or replace in one statement). Results of a
    later case revision, written meanwhile with the case, are kept."""
    values = {"case_id": case_id, "case_revision": case_revision, **_values(derived)}
    table = CaseResultRow.__table__
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(values)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.case_id],
        set_={k: stmt.excluded[k] for k in values if k != "case_id"},
        where=table.c.case_revision <= stmt.excluded.case_revision,
    )
    session.execute(stmt)


def _values(derived: Derived) -> dict[str, Any]:
    return {
        "engine_version": derived.inputs.engine_version,
        "trials_revision": derived.inputs.trials_revision,
        "as_of": derived.inputs.as_of,
        "computed_at": utcnow(),
        "results": derived.results,
    }

"""Enquiries: received text, triage (when available), a navigator's draft, approval."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sarcnav.store.models import EnquiryRow, utcnow


class EnquiryStatus(StrEnum):
    NEW = "new"
    DRAFTED = "drafted"
    APPROVED = "approved"


class WorkflowError(Exception):
    """The enquiry is not in a state that allows the step."""


def add_enquiry(
    session: Session,
    text: str,
    *,
    synthetic: bool = False,
    triage: dict[str, Any] | None = None,
    draft: str = "",
) -> EnquiryRow:
    row = EnquiryRow(
        text=text,
        synthetic=synthetic,
        triage=triage,
        draft=draft,
        status=EnquiryStatus.DRAFTED if draft else EnquiryStatus.NEW,
    )
    session.add(row)
    session.flush()
    return row


def get_enquiry(session: Session, enquiry_id: int) -> EnquiryRow | None:
    return session.get(EnquiryRow, enquiry_id)


def list_enquiries(
    session: Session, status: EnquiryStatus | None = None, limit: int = 100, offset: int = 0
) -> tuple[list[EnquiryRow], int]:
    """The queue, oldest first (first come, first served)."""
    stmt = select(EnquiryRow)
    if status is not None:
        stmt = stmt.where(EnquiryRow.status == status)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(EnquiryRow.id).limit(limit).offset(offset))
    return list(rows), total


def edit_draft(session: Session, row: EnquiryRow, draft: str, username: str) -> EnquiryRow:
    """Save a navigator's draft; an approved reply can no longer change."""
    if row.status == EnquiryStatus.APPROVED:
        raise WorkflowError("status: the reply is already approved and cannot be edited")
    row.draft = draft
    row.draft_edited_by = username
    row.status = EnquiryStatus.DRAFTED if draft.strip() else EnquiryStatus.NEW
    row.updated_at = utcnow()
    session.flush()
    return row


def approve(session: Session, row: EnquiryRow, username: str) -> EnquiryRow:
    """Approve the current draft for sending."""
    if row.status == EnquiryStatus.APPROVED:
        raise WorkflowError("status: the reply is already approved")
    if not row.draft.strip():
        raise WorkflowError("draft: there is no draft to approve")
    row.status = EnquiryStatus.APPROVED
    row.approved_by = username
    row.approved_at = utcnow()
    row.updated_at = row.approved_at
    session.flush()
    return row

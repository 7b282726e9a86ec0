"""Enquiry workflow, users and sessions, and the audit log on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sarcnav.store import Store
from sarcnav.store.audit import events, record
from sarcnav.store.enquiries import (
    EnquiryStatus,
    WorkflowError,
    add_enquiry,
    approve,
    edit_draft,
    get_enquiry,
    list_enquiries,
)
from sarcnav.store.users import Role, add_user, close_session, find_session, open_session


def test_enquiry_draft_then_approve(store: Store) -> None:
    with store.write() as s:
        eid = add_enquiry(s, "Synthetic message: may I ask about trials?", synthetic=True).id
    with store.write() as s:
        row = get_enquiry(s, eid)
        assert row is not None and row.status == EnquiryStatus.NEW
        with pytest.raises(WorkflowError, match="draft: there is no draft"):
            approve(s, row, "nav")
        edit_draft(s, row, "Thank you for writing.", "nav")
        assert row.status == EnquiryStatus.DRAFTED
        approve(s, row, "nav")
    with store.write() as s:
        row = get_enquiry(s, eid)
        assert row is not None
        assert (row.status, row.approved_by, row.draft) == (
            "approved",
            "nav",
            "Thank you for writing.",
        )
        assert row.approved_at is not None
        with pytest.raises(WorkflowError, match="already approved"):
            edit_draft(s, row, "changed", "nav")


def test_enquiry_queue_oldest_first_with_status_filter(store: Store) -> None:
    with store.write() as s:
        for i in range(3):
            add_enquiry(s, f"message {i}", draft="d" if i == 1 else "")
    with store.read() as s:
        rows, total = list_enquiries(s)
        assert total == 3 and [r.text for r in rows] == ["message 0", "message 1", "message 2"]
        assert [r.text for r in list_enquiries(s, EnquiryStatus.DRAFTED)[0]] == ["message 1"]


def test_sessions_expire_and_close(store: Store) -> None:
    with store.write() as s:
        user = add_user(s, "alice", "hash", Role.CLINICIAN)
        live, _ = open_session(s, user, timedelta(hours=1))
        dead, _ = open_session(s, user, timedelta(seconds=-1))
    with store.write() as s:
        found = find_session(s, live)
        assert found is not None and found.username == "alice" and len(found.csrf_token) > 30
        assert found.role == "clinician"
        assert find_session(s, dead) is None
        assert find_session(s, "not-a-token") is None
        user = s.merge(user)
        user.active = False
    with store.write() as s:
        assert find_session(s, live) is None  # the user was deactivated
        close_session(s, live)
        s.merge(user).active = True
    with store.read() as s:
        assert find_session(s, live) is None


def test_audit_newest_first_by_entity(store: Store) -> None:
    with store.write() as s:
        record(s, "alice", "read", "case", 1)
        record(s, "bob", "update", "case", 1, "x" * 500)
        record(s, "bob", "read", "enquiry", 2)
    with store.read() as s:
        got = events(s, entity="case", entity_id="1")
        assert [(e.username, e.action) for e in got] == [("bob", "update"), ("alice", "read")]
        assert len(got[0].detail) == 200
        assert len(events(s)) == 3

"""Stored engine results: fresh only for the case revision and inputs they were computed from;
audited reads record one event (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store.audit import AuditEvent, events
from sarcnav.store.cases import (
    Assessed,
    CaseQuery,
    add_case,
    get_case,
    list_cases,
    load_case,
    replace_case,
)
from sarcnav.store.results import Derived, Inputs, fresh, put

INPUTS = Inputs("engines-1", "trials-1", date(2026, 11, 26))
CASE = Case(id="SYN-RES-1", synthetic=True)


def _stored(store: Store, case_id: int, inputs: Inputs = INPUTS) -> dict[str, object] | None:
    with store.read() as s:
        found = load_case(s, case_id)
        assert found is not None and found.case == CASE.model_copy(
            update={"synthetic": found.case.synthetic}
        )
        return fresh(found.results, found.revision, inputs)


def test_results_written_with_the_case_are_fresh_until_an_input_changes(store: Store) -> None:
    with store.write() as s:
        case_id = add_case(s, CASE, Assessed(), derived=Derived(INPUTS, {"n": 1})).id
    assert _stored(store, case_id) == {"n": 1}
    for other in (
        Inputs("engines-2", "trials-1", INPUTS.as_of),
        Inputs("engines-1", "trials-2", INPUTS.as_of),
        Inputs("engines-1", "trials-1", date(2026, 11, 27)),
    ):
        assert _stored(store, case_id, other) is None


def test_an_edit_makes_results_stale_unless_new_ones_come_with_it(store: Store) -> None:
    with store.write() as s:
        case_id = add_case(s, CASE, Assessed(), derived=Derived(INPUTS, {"n": 1})).id
    with store.write() as s:
        row = get_case(s, case_id)
        assert row is not None
        replace_case(s, row, CASE.model_copy(update={"synthetic": False}), Assessed())
    assert _stored(store, case_id) is None
    with store.write() as s:
        row = get_case(s, case_id)
        assert row is not None
        replace_case(s, row, CASE, Assessed(), Derived(INPUTS, {"n": 3}))
        assert row.revision == 3
    assert _stored(store, case_id) == {"n": 3}


def test_put_inserts_replaces_and_keeps_a_later_revision(store: Store) -> None:
    with store.write() as s:
        case_id = add_case(s, CASE, Assessed()).id
    assert _stored(store, case_id) is None
    with store.write() as s:
        put(s, case_id, 1, Derived(INPUTS, {"n": 1}))
    assert _stored(store, case_id) == {"n": 1}
    newer = Inputs("engines-2", "trials-1", INPUTS.as_of)
    with store.write() as s:
        put(s, case_id, 1, Derived(newer, {"n": 2}))
    assert _stored(store, case_id, newer) == {"n": 2}
    with store.write() as s:
        row = get_case(s, case_id)
        assert row is not None
        replace_case(s, row, CASE, Assessed(), Derived(newer, {"n": 3}))  # revision 2
    with store.write() as s:  # a reader that computed from revision 1 comes too late
        put(s, case_id, 1, Derived(newer, {"n": 1}))
    assert _stored(store, case_id, newer) == {"n": 3}


def test_audited_read_records_one_event_on_the_same_connection(store: Store) -> None:
    with store.write() as s:
        add_case(s, CASE, Assessed())
    event = AuditEvent("alice", "list", "case")
    with store.audited(event) as s:
        rows, total = list_cases(s, CaseQuery())
        event.detail = f"{len(rows)} of {total}"
    with pytest.raises(RuntimeError), store.audited(AuditEvent("bob", "read", "case", 1)):
        raise RuntimeError("the read failed")
    with store.read() as s:
        got = [(e.username, e.action, e.entity_id, e.detail) for e in events(s)]
    assert got == [("alice", "list", None, "1 of 1")]


@pytest.mark.parametrize("one_statement", [True, False])
def test_audited_reads_inside_a_request_share_its_connection(
    store: Store, one_statement: bool
) -> None:
    """PostgreSQL: inside ``request()`` the sign-in check's connection is the reads', and every
    read's event is committed when its block ends (in autocommit, or with the transaction of a
    read of several statements); a read that fails records nothing. SQLite: no sharing."""
    with store.write() as s:
        case_id = add_case(s, CASE, Assessed()).id
    with store.request():
        with store.connect() as first, store.connect() as second:
            assert (first is second) is (store.dialect == "postgresql")
            first.execute(select(1))  # as the sign-in check does
        for name in ("alice", "carol"):
            event = AuditEvent(name, "list", "case")
            with store.audited(event, one_statement=one_statement) as s:
                rows, total = list_cases(s, CaseQuery())
                event.detail = f"{len(rows)} of {total}"
            with pytest.raises(RuntimeError), store.audited(AuditEvent("bob", "read", "case")):
                raise RuntimeError("the read failed")
            with store.audited(AuditEvent(name, "read", "case", case_id)) as s:
                assert load_case(s, case_id) is not None
        with store.read() as s:  # another connection sees them before the request ends
            got = [(e.username, e.action, e.detail) for e in reversed(events(s))]
    assert got == [
        (n, a, "1 of 1" if a == "list" else "")
        for n in ("alice", "carol")
        for a in ("list", "read")
    ]

"""The demo seed: synthetic only, idempotent, users get fresh passwords that work."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sarcnav.app.demo import EXAMPLES, reset_demo_users, seed_demo
from sarcnav.app.main import create_app
from sarcnav.store import Store
from sarcnav.store.cases import CaseQuery, list_cases
from sarcnav.store.enquiries import list_enquiries


def test_seed_is_synthetic_and_runs_once(store: Store) -> None:
    seed_demo(store, cases=12)
    seed_demo(store, cases=12)
    examples = len(list(EXAMPLES.glob("*.json")))
    with store.read() as s:
        rows, total = list_cases(s, CaseQuery(limit=200))
        enquiries, count = list_enquiries(s)
    assert examples > 0 and total == 12 + examples
    assert all(r.synthetic for r in rows) and all(e.synthetic for e in enquiries) and count == 5
    assert all(r.assessed_diagnosis for r in rows)


def test_demo_passwords_change_each_time_and_sign_in(store: Store) -> None:
    first = reset_demo_users(store)
    second = reset_demo_users(store)
    assert set(first) == {"clinician", "navigator", "admin"} and first != second
    client = TestClient(create_app(store))
    ok = {"username": "admin", "password": second["admin"]}
    stale = {"username": "admin", "password": first["admin"]}
    assert client.post("/api/v1/session", json=ok).status_code == 200
    assert client.post("/api/v1/session", json=stale).status_code == 401

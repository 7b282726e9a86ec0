"""Sign-in, roles, cookies, CSRF, audit, headers and logs."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.app.apphelp import PASSWORD, Bearer, page_sign_in

from sarcnav.store import Store
from sarcnav.store.audit import events
from sarcnav.store.users import get_user


def test_passwords_are_argon2_hashes(store: Store) -> None:
    with store.read() as s:
        user = get_user(s, "clinician")
        assert user is not None and user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash


@pytest.mark.parametrize("username, password", [("clinician", "wrong"), ("nobody", PASSWORD)])
def test_wrong_credentials_refused_and_audited(
    client: TestClient, store: Store, username: str, password: str
) -> None:
    reply = client.post("/api/v1/session", json={"username": username, "password": password})
    assert reply.status_code == 401
    page = client.post("/signin", data={"username": username, "password": password})
    assert (
        page.status_code == 401 and "wrong" in page.text and "sarcnav_session" not in page.cookies
    )
    with store.read() as s:
        assert [e.action for e in events(s)] == ["sign_in_failed", "sign_in_failed"]


def test_api_needs_a_token(client: TestClient) -> None:
    for path in ("/api/v1/cases", "/api/v1/enquiries", "/api/v1/cases/1", "/api/v1/audit"):
        assert client.get(path).status_code == 401
    bad = {"Authorization": "Bearer not-a-token"}
    assert client.get("/api/v1/cases", headers=bad).status_code == 401


def test_pages_redirect_to_sign_in(client: TestClient) -> None:
    for path in ("/", "/cases", "/cases/1", "/inbox", "/knowledge", "/audit"):
        reply = client.get(path)
        assert reply.status_code == 303 and reply.headers["location"] == "/signin"


@pytest.mark.parametrize(
    "role, path, code",
    [
        ("navigator", "/api/v1/cases", 403),
        ("clinician", "/api/v1/enquiries", 403),
        ("clinician", "/api/v1/audit", 403),
        ("navigator", "/api/v1/audit", 403),
        ("admin", "/api/v1/cases", 200),
        ("admin", "/api/v1/enquiries", 200),
        ("admin", "/api/v1/audit", 200),
        ("clinician", "/api/v1/cases", 200),
        ("navigator", "/api/v1/enquiries", 200),
    ],
)
def test_roles(client: TestClient, bearer: Bearer, role: str, path: str, code: int) -> None:
    assert client.get(path, headers=bearer(role)).status_code == code


def test_session_cookie_is_httponly_and_samesite(client: TestClient) -> None:
    reply = client.post("/signin", data={"username": "clinician", "password": PASSWORD})
    cookie = reply.headers["set-cookie"].lower()
    assert "sarcnav_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_cookie_requests_that_change_state_need_the_csrf_token(client: TestClient) -> None:
    csrf = page_sign_in(client, "navigator")
    body = {"text": "SYNTHETIC. A question.", "synthetic": True}
    assert client.post("/api/v1/enquiries", json=body).status_code == 403
    wrong = {"X-CSRF-Token": "x" * 43}
    assert client.post("/api/v1/enquiries", json=body, headers=wrong).status_code == 403
    made = client.post("/api/v1/enquiries", json=body, headers={"X-CSRF-Token": csrf})
    assert made.status_code == 201
    eid = made.json()["id"]
    form = {"draft": "Hello", "csrf_token": "forged"}
    assert client.post(f"/inbox/{eid}/draft", data=form).status_code == 403
    assert client.post(f"/inbox/{eid}/draft", data={"draft": "Hello"}).status_code == 422
    form["csrf_token"] = csrf
    assert client.post(f"/inbox/{eid}/draft", data=form).status_code == 303


def test_sign_out_ends_the_session(client: TestClient) -> None:
    csrf = page_sign_in(client, "clinician")
    assert client.get("/cases").status_code == 200
    assert client.post("/signout", data={"csrf_token": csrf}).status_code == 303
    client.cookies.clear()
    assert client.get("/cases").status_code == 303


def test_reads_and_writes_of_patient_data_are_audited(
    client: TestClient, bearer: Bearer, store: Store
) -> None:
    headers = bearer("clinician")
    made = client.post("/api/v1/cases", json={"id": "SYN-A", "synthetic": True}, headers=headers)
    case_id = made.json()["id"]
    client.get("/api/v1/cases", headers=headers)
    client.get(f"/api/v1/cases/{case_id}", headers=headers)
    client.put(f"/api/v1/cases/{case_id}", json={"synthetic": True}, headers=headers)
    with store.read() as s:
        got = [(e.username, e.action, e.entity, e.entity_id) for e in reversed(events(s))]
    assert got[-4:] == [
        ("clinician", "create", "case", str(case_id)),
        ("clinician", "list", "case", None),
        ("clinician", "read", "case", str(case_id)),
        ("clinician", "update", "case", str(case_id)),
    ]


def test_security_headers(client: TestClient) -> None:
    reply = client.get("/signin")
    assert "default-src 'self'" in reply.headers["content-security-policy"]
    assert reply.headers["x-content-type-options"] == "nosniff"


def test_pages_load_nothing_from_other_hosts(client: TestClient, bearer: Bearer) -> None:
    client.post("/api/v1/cases", json={"id": "SYN-X", "synthetic": True}, headers=bearer("admin"))
    page_sign_in(client, "admin")
    external = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
    for path in ("/signin", "/cases", "/cases/1", "/cases/new", "/inbox", "/knowledge", "/audit"):
        reply = client.get(path)
        assert reply.status_code == 200, path
        assert not external.search(reply.text), path
    templates = Path(__file__).parents[2] / "src/sarcnav/app/templates"
    for template in templates.glob("*.html"):
        assert not external.search(template.read_text()), template.name


def test_logs_hold_no_patient_text_or_ids(
    client: TestClient, bearer: Bearer, caplog: pytest.LogCaptureFixture
) -> None:
    headers = bearer("clinician")
    secret = "Jane-Q-Synthetic-Doe"
    with caplog.at_level(logging.DEBUG):
        made = client.post(
            "/api/v1/cases/from-report", json={"text": secret, "ref": secret}, headers=headers
        )
        client.get(f"/api/v1/cases/{made.json()['id']}", headers=headers)
        client.get("/api/v1/cases", params={"q": secret}, headers=headers)
    # Everything the server side logged (httpx here is the test's own client).
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name != "httpx")
    assert "POST /api/v1/cases/from-report 201" in logged
    assert "GET /api/v1/cases/{case_id} 200" in logged
    assert secret not in logged

"""The case page reads the engines' results stored when the case was written; results that are
stale (other engines or knowledge, an edited case) are recomputed once and stored (SQLite and
PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from tests.app.apphelp import PASSWORD, page_sign_in
from tests.app.liveserver import add_users

from sarcnav.app import capabilities
from sarcnav.app.main import create_app
from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store.admin import empty, ensure_postgres_database
from sarcnav.store.audit import events
from sarcnav.store.models import CaseResultRow

PG_URL = os.environ.get(
    "SARCNAV_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/sarcnav_app_test"
)
LMS = json.loads((Path(__file__).parents[1] / "fixtures/app/case_lms.json").read_text())
# The same case without the findings of malignancy: the engines conclude otherwise.
BENIGN = {
    **LMS,
    "findings": {
        **LMS["findings"],
        "atypia_grade": "none",
        "mitoses": {"value": 1, "unit": "per_10_hpf"},
        "necrosis": "none",
    },
}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        store = Store.open(data_dir=tmp_path)
    else:
        if os.environ.get("SARCNAV_SKIP_POSTGRES") == "1":
            pytest.skip("SARCNAV_SKIP_POSTGRES=1")
        ensure_postgres_database(PG_URL)
        store = Store.open(PG_URL)
        empty(store)
    add_users(store)
    yield store
    store.close()


@pytest.fixture
def api(any_store: Store) -> tuple[TestClient, dict[str, str]]:
    client = TestClient(create_app(any_store), follow_redirects=False)
    reply = client.post("/api/v1/session", json={"username": "clinician", "password": PASSWORD})
    return client, {"Authorization": f"Bearer {reply.json()['token']}"}


def _count_evaluations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = capabilities.evaluate

    def counted(case: Case, given: capabilities.Inputs) -> capabilities.Derived:
        calls.append(case.id)
        return real(case, given)

    monkeypatch.setattr(capabilities, "evaluate", counted)
    return calls


def _stored(store: Store, case_id: int) -> CaseResultRow:
    with store.read() as s:
        row = s.get(CaseResultRow, case_id)
        assert row is not None
        return row


def _diagnosis(case: dict[str, Any]) -> str:
    return str(capabilities.assess(Case.model_validate(case)).diagnosis_code)


def test_case_page_shows_the_stored_results_without_running_the_engines(
    api: tuple[TestClient, dict[str, str]], any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, headers = api
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    assert _stored(any_store, case_id).engine_version == capabilities.engine_version()
    calls = _count_evaluations(monkeypatch)
    got = client.get(f"/api/v1/cases/{case_id}", headers=headers).json()
    assert got["diagnosis"]["code"] == _diagnosis(LMS)
    assert got["options"]["options"] and got["prognosis"]["status"] and "matches" in got["trials"]
    page_sign_in(client, "clinician")
    page = client.get(f"/cases/{case_id}")
    assert page.status_code == 200 and f"<code>{_diagnosis(LMS)}</code>" in page.text
    assert calls == []


def test_results_of_other_engines_or_knowledge_are_recomputed_once(
    api: tuple[TestClient, dict[str, str]], any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, headers = api
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    monkeypatch.setattr(capabilities, "engine_version", lambda: "next-knowledge")
    calls = _count_evaluations(monkeypatch)
    for _ in range(2):
        reply = client.get(f"/api/v1/cases/{case_id}", headers=headers)
        assert reply.status_code == 200 and reply.json()["diagnosis"]["code"] == _diagnosis(LMS)
    assert calls == ["SYN-FIX-LMS"]
    assert _stored(any_store, case_id).engine_version == "next-knowledge"


def test_editing_a_case_stores_results_for_the_edited_case(
    api: tuple[TestClient, dict[str, str]], any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, headers = api
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    assert _diagnosis(BENIGN) != _diagnosis(LMS)
    assert client.put(f"/api/v1/cases/{case_id}", json=BENIGN, headers=headers).status_code == 200
    stored = _stored(any_store, case_id)
    assert stored.case_revision == 2 and stored.results["diagnosis"]["code"] == _diagnosis(BENIGN)
    calls = _count_evaluations(monkeypatch)
    got = client.get(f"/api/v1/cases/{case_id}", headers=headers).json()
    assert got["diagnosis"]["code"] == _diagnosis(BENIGN) and calls == []


def test_engine_version_is_a_stable_digest() -> None:
    version = capabilities.engine_version()
    assert len(version) == 32 and int(version, 16) >= 0
    capabilities.engine_version.cache_clear()
    assert capabilities.engine_version() == version


def test_engine_sources_cover_every_module_the_results_come_from() -> None:
    script = (
        "import sys\n"
        "from sarcnav.app import capabilities as c\n"
        "from sarcnav.model import Case\n"
        "c.evaluate(Case(id='x'), c.inputs())\n"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() "
        "if n.startswith('sarcnav') and getattr(m, '__file__', None)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    root = Path(capabilities.__file__).parents[1]
    used = {Path(f).relative_to(root).as_posix() for f in out.split()}
    web = {u for u in used if u.startswith(("app/", "store/")) or u == "__init__.py"}
    covered = {u for u in used if u.startswith(capabilities.ENGINE_SOURCES)}
    assert used - web - covered == set()
    assert "app/capabilities.py" in covered and "risk/prognosis.py" in covered


def test_pages_read_on_one_connection_and_every_read_is_audited(
    api: tuple[TestClient, dict[str, str]], any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL the case list and the case page take one pooled connection per request
    (sign-in check, read and audit event in one transaction); SQLite keeps two (the audit insert
    waits for its write lock outside the read). Each read, a missing case's too, is committed to
    the audit log before the page is answered; a wrong session reads and records nothing. Stale
    results are stored on the request's connection too (a request never holds two)."""
    client, headers = api
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    page_sign_in(client, "clinician")
    client.get("/cases")  # the filter menus are read once per 30 s, on a connection of their own
    checkouts: list[object] = []
    event.listen(any_store.engine, "checkout", lambda *args: checkouts.append(args))
    one = 1 if any_store.dialect == "postgresql" else 2
    # The error page checks the sign-in once more (for its menu), on a connection of its own.
    for path, status, expected in (
        ("/cases", 200, one),
        (f"/cases/{case_id}", 200, one),
        ("/cases/999999", 404, one + 1),
    ):
        checkouts.clear()
        assert client.get(path).status_code == status, path
        assert len(checkouts) == expected, path
    client.cookies.set("sarcnav_session", "not-a-token")
    assert client.get(f"/cases/{case_id}").status_code == 303
    with any_store.read() as s:
        got = [(e.username, e.action, e.entity_id, e.detail) for e in events(s, limit=3)]
    assert got == [
        ("clinician", "read", "999999", ""),
        ("clinician", "read", str(case_id), ""),
        ("clinician", "list", None, "1 of 1"),
    ]
    client.cookies.clear()
    page_sign_in(client, "clinician")
    monkeypatch.setattr(capabilities, "engine_version", lambda: "next-knowledge")
    checkouts.clear()  # stale results are computed and stored, on the request's connection
    assert client.get(f"/cases/{case_id}").status_code == 200
    assert len(checkouts) == (1 if any_store.dialect == "postgresql" else 3)
    assert _stored(any_store, case_id).engine_version == "next-knowledge"

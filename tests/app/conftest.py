"""App fixtures: the app over a fresh SQLite store, and signed-in clients per role."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.app.apphelp import PASSWORD, Bearer

from sarcnav.app.main import create_app
from sarcnav.app.security import hash_password
from sarcnav.store import Store
from sarcnav.store.users import Role, add_user

# One throw-away trial database for the whole run (the app opens it once per process).
os.environ.setdefault(
    "SARCNAV_TRIALS_DB",
    f"sqlite:///{tempfile.mkdtemp(prefix='sarcnav-app-trials-')}/trials.sqlite",
)
PASSWORD_HASH = hash_password(PASSWORD)  # argon2 is slow on purpose: hash once per run


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(data_dir=tmp_path)
    with opened.write() as session:
        for role in Role:
            add_user(session, role.value, PASSWORD_HASH, role)
    yield opened
    opened.close()


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), follow_redirects=False)


@pytest.fixture
def bearer(client: TestClient) -> Bearer:
    """Headers with a Bearer token for the demo user of a role."""

    def headers(role: str) -> dict[str, str]:
        reply = client.post("/api/v1/session", json={"username": role, "password": PASSWORD})
        assert reply.status_code == 200, reply.text
        return {"Authorization": f"Bearer {reply.json()['token']}"}

    return headers

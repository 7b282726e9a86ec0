"""Schemathesis over the OpenAPI: generated requests (valid and invalid) never get a 5xx and
documented responses conform to the schema. A bounded number of examples keeps it quick."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from tests.app.apphelp import PASSWORD

from sarcnav.app.main import create_app
from sarcnav.app.security import hash_password
from sarcnav.store import Store
from sarcnav.store.users import Role, add_user

_DATA = Path(tempfile.mkdtemp(prefix="sarcnav-schemathesis-"))
atexit.register(shutil.rmtree, _DATA, True)
_STORE = Store.open(data_dir=_DATA)
with _STORE.write() as _session:
    add_user(_session, "admin", hash_password(PASSWORD), Role.ADMIN)
APP = create_app(_STORE)
_TOKEN = (
    TestClient(APP)
    .post("/api/v1/session", json={"username": "admin", "password": PASSWORD})
    .json()["token"]
)
HEADERS = {"Authorization": f"Bearer {_TOKEN}"}

schema = schemathesis.openapi.from_asgi("/api/openapi.json", APP)


@schema.exclude(method="DELETE").parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_never_answers_5xx(case: Any) -> None:
    case.call_and_validate(
        headers=HEADERS, checks=[not_a_server_error, response_schema_conformance]
    )

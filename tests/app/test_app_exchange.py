"""FHIR export/import and CSV export through the API (audited)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from fastapi.testclient import TestClient
from tests.app.apphelp import Bearer

from sarcnav.model import Case
from sarcnav.store import Store
from sarcnav.store.audit import events

LMS = json.loads((Path(__file__).parents[1] / "fixtures" / "app" / "case_lms.json").read_text())


def test_fhir_export_then_import_as_a_new_case(
    client: TestClient, bearer: Bearer, store: Store
) -> None:
    headers = bearer("clinician")
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    bundle = client.get(f"/api/v1/cases/{case_id}/fhir", headers=headers).json()
    assert bundle["resourceType"] == "Bundle" and bundle["identifier"]["value"] == "SYN-FIX-LMS"
    assert client.post("/api/v1/fhir", json=bundle, headers=headers).status_code == 409
    bundle["identifier"]["value"] = "SYN-FIX-LMS-COPY"
    made = client.post("/api/v1/fhir", json=bundle, headers=headers)
    assert made.status_code == 201
    copy = client.get(f"/api/v1/cases/{made.json()['id']}", headers=headers).json()["case"]
    assert Case.model_validate(copy) == Case.model_validate({**LMS, "id": "SYN-FIX-LMS-COPY"})
    with store.read() as s:
        assert "export_fhir" in [e.action for e in events(s, entity="case")]


def test_fhir_import_rejects_what_is_not_a_bundle(client: TestClient, bearer: Bearer) -> None:
    reply = client.post(
        "/api/v1/fhir", json={"resourceType": "Patient"}, headers=bearer("clinician")
    )
    assert (
        reply.status_code == 422 and "not a valid FHIR Bundle" in reply.json()["detail"][0]["msg"]
    )


def test_csv_export(client: TestClient, bearer: Bearer) -> None:
    headers = bearer("clinician")
    client.post("/api/v1/cases", json=LMS, headers=headers)
    reply = client.get("/api/v1/export/cases.csv", headers=headers)
    assert reply.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(reply.text)))
    assert [r["case_id"] for r in rows] == ["SYN-FIX-LMS"] and rows[0]["agents"] == "doxorubicin"
    assert client.get("/api/v1/export/cases.csv", headers=bearer("navigator")).status_code == 403

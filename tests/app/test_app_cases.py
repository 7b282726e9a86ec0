"""Cases through the API and the pages: create, read back, list, filter, errors, escaping."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from tests.app.apphelp import Bearer, page_sign_in

from sarcnav.model import Case

FIXTURES = Path(__file__).parents[1] / "fixtures" / "app"
LMS = json.loads((FIXTURES / "case_lms.json").read_text())


def test_case_file_round_trips_through_the_api(client: TestClient, bearer: Bearer) -> None:
    headers = bearer("clinician")
    made = client.post("/api/v1/cases", json=LMS, headers=headers)
    assert made.status_code == 201 and made.json()["ref"] == "SYN-FIX-LMS"
    got = client.get(f"/api/v1/cases/{made.json()['id']}", headers=headers).json()
    assert Case.model_validate(got["case"]) == Case.model_validate(LMS)
    names = {c["name"]: c["available"] for c in got["capabilities"]}
    assert names["report_reading"] is True and names["trials"] is True


def test_duplicate_case_id_is_409(client: TestClient, bearer: Bearer) -> None:
    headers = bearer("clinician")
    assert client.post("/api/v1/cases", json=LMS, headers=headers).status_code == 201
    again = client.post("/api/v1/cases", json=LMS, headers=headers)
    assert again.status_code == 409 and "SYN-FIX-LMS" in again.json()["detail"]


def test_invalid_case_names_the_field(client: TestClient, bearer: Bearer) -> None:
    bad = {**LMS, "findings": {"max_dimension_cm": -1}}
    reply = client.post("/api/v1/cases", json=bad, headers=bearer("clinician"))
    assert reply.status_code == 422
    assert reply.json()["detail"][0]["loc"] == ["body", "findings", "max_dimension_cm"]


def test_missing_case_is_404(client: TestClient, bearer: Bearer) -> None:
    reply = client.get("/api/v1/cases/999", headers=bearer("clinician"))
    assert reply.status_code == 404 and reply.json()["detail"] == "id: no case with id 999"


REPORT = (
    "*** SYNTHETIC TEST DOCUMENT ***\n"
    "Procedure: Total abdominal hysterectomy.\n"
    "Findings: Intramural tumour, 7.0 x 6.0 x 5.5 cm. Spindle cell morphology. "
    "Mitotic count 12 per 10 HPF. Tumour cell necrosis: identified.\n"
    "Diagnosis: Leiomyosarcoma, spindle cell."
)


def test_report_starts_a_case_with_findings_read_and_kept(
    client: TestClient, bearer: Bearer
) -> None:
    headers = bearer("clinician")
    body = {"text": REPORT, "synthetic": True}
    made = client.post("/api/v1/cases/from-report", json=body, headers=headers)
    assert made.status_code == 201 and made.json()["ref"].startswith("R-")
    got = client.get(f"/api/v1/cases/{made.json()['id']}", headers=headers).json()
    assert got["case"]["findings"]["max_dimension_cm"] == 7.0
    assert got["case"]["synthetic"] is True
    report = got["reports"][0]
    assert report["text"] == REPORT and report["reader"] == "sarcnav.reports"
    spans = report["extracted"]["extractions"]
    size = next(e for e in spans if e["field"] == "findings.max_dimension_cm")
    assert REPORT[size["start"] : size["end"]].startswith("7.0")


def test_case_page_highlights_the_evidence(client: TestClient, bearer: Bearer) -> None:
    made = client.post(
        "/api/v1/cases/from-report", json={"text": REPORT + " <x>"}, headers=bearer("clinician")
    )
    page_sign_in(client, "clinician")
    page = client.get(f"/cases/{made.json()['id']}").text
    assert '<mark class="ev" title="findings.max_dimension_cm">7.0' in page
    assert "&lt;x&gt;" in page and "<x>" not in page


def test_list_filters_and_pages(client: TestClient, bearer: Bearer) -> None:
    headers = bearer("clinician")
    for i in range(5):
        client.post("/api/v1/cases", json={"id": f"SYN-{i}", "synthetic": i < 3}, headers=headers)
    page = client.get("/api/v1/cases", params={"limit": 2}, headers=headers).json()
    assert page["total"] == 5 and [c["ref"] for c in page["items"]] == ["SYN-4", "SYN-3"]
    only = client.get("/api/v1/cases", params={"synthetic": False}, headers=headers).json()
    assert {c["ref"] for c in only["items"]} == {"SYN-3", "SYN-4"}
    found = client.get("/api/v1/cases", params={"q": "syn-2"}, headers=headers).json()
    assert [c["ref"] for c in found["items"]] == ["SYN-2"]
    assert client.get("/api/v1/cases", params={"limit": 0}, headers=headers).status_code == 422


def test_new_case_page_from_pasted_report_escapes_text(client: TestClient) -> None:
    csrf = page_sign_in(client, "clinician")
    text = "SYNTHETIC <script>alert('x')</script> & report"
    form = {"csrf_token": csrf, "report": text, "ref": "SYN-PAGE-1", "synthetic": "true"}
    reply = client.post("/cases/new", data=form)
    assert reply.status_code == 303
    page = client.get(reply.headers["location"])
    assert page.status_code == 200 and "Case SYN-PAGE-1" in page.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; report" in page.text
    assert "<script>alert" not in page.text
    assert 'id="h-trials"' in page.text and 'id="h-opt"' in page.text


def test_new_case_page_from_case_file(client: TestClient) -> None:
    csrf = page_sign_in(client, "clinician")
    files = {"case_file": ("case.json", json.dumps(LMS), "application/json")}
    reply = client.post("/cases/new", data={"csrf_token": csrf}, files=files)
    assert reply.status_code == 303
    page = client.get(reply.headers["location"])
    assert "SYN-FIX-LMS" in page.text and "doxorubicin" in page.text


def test_new_case_page_reports_bad_files_by_field(client: TestClient) -> None:
    csrf = page_sign_in(client, "clinician")
    bad = {**LMS, "patient": {"age_years": 300}}
    files = {"case_file": ("case.json", json.dumps(bad), "application/json")}
    reply = client.post("/cases/new", data={"csrf_token": csrf}, files=files)
    assert reply.status_code == 422 and "patient.age_years" in reply.text
    files = {"case_file": ("case.json", "{not json", "application/json")}
    reply = client.post("/cases/new", data={"csrf_token": csrf}, files=files)
    assert reply.status_code == 422 and "case_file: not valid JSON" in reply.text
    reply = client.post("/cases/new", data={"csrf_token": csrf, "report": "  "})
    assert reply.status_code == 422 and "report: paste a report" in reply.text


def test_case_list_page_searches_with_htmx_partial(client: TestClient, bearer: Bearer) -> None:
    headers = bearer("clinician")
    for ref in ("SYN-ALPHA", "SYN-BETA"):
        client.post("/api/v1/cases", json={"id": ref, "synthetic": True}, headers=headers)
    page_sign_in(client, "clinician")
    full = client.get("/cases", params={"q": "alpha"})
    assert "<html" in full.text and "SYN-ALPHA" in full.text and "SYN-BETA" not in full.text
    part = client.get("/cases", params={"q": "beta"}, headers={"HX-Request": "true"})
    assert "<html" not in part.text and "SYN-BETA" in part.text and "1 case" in part.text
    assert client.get("/cases/424242").status_code == 404


def test_case_page_lists_matching_trials(client: TestClient, bearer: Bearer) -> None:
    from sarcnav.app.capabilities import _trial_store
    from sarcnav.trials import import_path

    import_path(
        _trial_store(), Path(__file__).parents[1] / "fixtures" / "trials" / "sarcoma_trials.jsonl"
    )
    headers = bearer("clinician")
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    trials = client.get(f"/api/v1/cases/{case_id}", headers=headers).json()["trials"]
    assert trials["candidates"] > 0 and trials["matches"]
    first = trials["matches"][0]
    assert first["nct_id"].startswith("NCT") and first["verdict"] in {
        "eligible",
        "possibly_eligible",
        "excluded",
    }
    page_sign_in(client, "clinician")
    assert first["nct_id"] in client.get(f"/cases/{case_id}").text

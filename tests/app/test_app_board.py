"""Tumour-board PDF: a real PDF, every section present, patient text escaped, sources cited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.app.apphelp import Bearer

from sarcnav.app.board import _refuse, board_html
from sarcnav.app.schemas import CaseDetail
from sarcnav.knowledge import bibliography

LMS = json.loads((Path(__file__).parents[1] / "fixtures" / "app" / "case_lms.json").read_text())


def _detail(client: TestClient, headers: dict[str, str], case: dict[str, object]) -> CaseDetail:
    case_id = client.post("/api/v1/cases", json=case, headers=headers).json()["id"]
    return CaseDetail.model_validate(client.get(f"/api/v1/cases/{case_id}", headers=headers).json())


def test_pdf_download(client: TestClient, bearer: Bearer) -> None:
    headers = bearer("clinician")
    case_id = client.post("/api/v1/cases", json=LMS, headers=headers).json()["id"]
    reply = client.get(f"/api/v1/cases/{case_id}/summary.pdf", headers=headers)
    assert reply.status_code == 200 and reply.headers["content-type"] == "application/pdf"
    assert reply.content.startswith(b"%PDF-") and len(reply.content) > 5_000
    assert client.get("/api/v1/cases/999/summary.pdf", headers=headers).status_code == 404


def test_summary_sections_sources_and_escaping(client: TestClient, bearer: Bearer) -> None:
    case = {**LMS, "treatments": [{"line": 1, "regimen": "<img src='http://x/y'>", "agents": []}]}
    detail = _detail(client, bearer("clinician"), case)
    html = board_html(detail, "now")
    for heading in (
        "Diagnosis",
        "Stage",
        "Therapy received",
        "Options",
        "Clinical trials",
        "Sources",
    ):
        assert f"<h2>{heading}" in html
    assert "&lt;img src=&#39;http://x/y&#39;&gt;" in html and "<img" not in html
    cited = detail.diagnosis["sources"] if detail.diagnosis else []
    assert cited and bibliography()[cited[0]].citation in html


def test_no_resource_is_fetched() -> None:
    with pytest.raises(ValueError, match="external resource refused"):
        _refuse("http://example.org/x.png")

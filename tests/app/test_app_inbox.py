"""The enquiry inbox: triage on arrival, queue, draft, approve (audited), export; API and pages."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.app.apphelp import Bearer, page_sign_in

from sarcnav.store import Store
from sarcnav.store.audit import events

MESSAGE = "SYNTHETIC. My mother has leiomyosarcoma. Are there clinical trials she could join?"


def test_triage_draft_approve_export_by_api(
    client: TestClient, bearer: Bearer, store: Store
) -> None:
    headers = bearer("navigator")
    made = client.post(
        "/api/v1/enquiries", json={"text": MESSAGE, "synthetic": True}, headers=headers
    )
    assert made.status_code == 201
    enquiry = made.json()
    eid, triage = enquiry["id"], enquiry["triage"]
    assert "clinical_trials" in triage["intents"] and triage["relation"] == "child"
    assert enquiry["draft"] == triage["draft"] and enquiry["status"] == "drafted"
    cleared = client.put(f"/api/v1/enquiries/{eid}/draft", json={"draft": " "}, headers=headers)
    assert cleared.json()["status"] == "new"
    early = client.post(f"/api/v1/enquiries/{eid}/approve", headers=headers)
    assert early.status_code == 409 and early.json()["detail"].startswith("draft:")
    draft = client.put(
        f"/api/v1/enquiries/{eid}/draft", json={"draft": "Dear writer"}, headers=headers
    )
    assert draft.json()["status"] == "drafted" and draft.json()["draft_edited_by"] == "navigator"
    assert client.get("/api/v1/enquiries/export", headers=headers).json() == []
    done = client.post(f"/api/v1/enquiries/{eid}/approve", headers=headers).json()
    assert done["status"] == "approved" and done["approved_by"] == "navigator"
    again = client.put(f"/api/v1/enquiries/{eid}/draft", json={"draft": "x"}, headers=headers)
    assert again.status_code == 409
    exported = client.get("/api/v1/enquiries/export", headers=headers).json()
    assert [(e["id"], e["draft"]) for e in exported] == [(eid, "Dear writer")]
    queue = client.get("/api/v1/enquiries", params={"status": "approved"}, headers=headers).json()
    assert queue["total"] == 1 and queue["triage_available"] is True
    with store.read() as s:
        actions = [e.action for e in reversed(events(s, entity="enquiry"))]
    # refused steps roll back with their transaction, so they leave no event
    assert actions == ["create", "edit_draft", "edit_draft", "export", "approve", "export", "list"]


def test_inbox_pages_edit_and_approve(client: TestClient, bearer: Bearer) -> None:
    made = client.post(
        "/api/v1/enquiries", json={"text": MESSAGE + " <b>bold</b>"}, headers=bearer("navigator")
    )
    eid = made.json()["id"]
    csrf = page_sign_in(client, "navigator")
    inbox = client.get("/inbox")
    assert f'href="/inbox/{eid}"' in inbox.text and "&lt;b&gt;bold&lt;/b&gt;" in inbox.text
    assert '<span class="tag label">clinical_trials</span>' in inbox.text
    page = client.get(f"/inbox/{eid}").text
    assert "clinical_trials" in page and "for a person to check, edit and approve" in page
    client.post(f"/inbox/{eid}/draft", data={"csrf_token": csrf, "draft": ""})
    assert "disabled" in client.get(f"/inbox/{eid}").text  # nothing to approve
    saved = client.post(f"/inbox/{eid}/draft", data={"csrf_token": csrf, "draft": "Reply <i>"})
    assert saved.status_code == 303
    assert "Reply &lt;i&gt;" in client.get(f"/inbox/{eid}").text
    assert client.post(f"/inbox/{eid}/approve", data={"csrf_token": csrf}).status_code == 303
    done = client.get(f"/inbox/{eid}").text
    assert "Approved by navigator" in done and 'name="draft"' not in done
    exported = client.get("/inbox/export")
    assert exported.headers["content-type"].startswith("application/x-ndjson")
    assert '"status":"approved"' in exported.text
    approved = client.get("/inbox", params={"state": "approved"}).text
    assert f'href="/inbox/{eid}"' in approved

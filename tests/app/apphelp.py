"""Helpers shared by the app tests (synthetic users only)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

PASSWORD = "correct horse battery"
Bearer = Callable[[str], dict[str, str]]


def page_sign_in(client: TestClient, role: str) -> str:
    """Sign in through the form (cookie session); returns the CSRF token of the session."""
    reply = client.post("/signin", data={"username": role, "password": PASSWORD})
    assert reply.status_code == 303, reply.text
    page = client.get("/knowledge")
    marker = 'name="csrf_token" value="'
    start = page.text.index(marker) + len(marker)
    return page.text[start : page.text.index('"', start)]

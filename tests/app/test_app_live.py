"""The server as a real process: 20 concurrent writing clients lose nothing (SQLite and
PostgreSQL), and records committed before a SIGKILL are there after a restart."""

from __future__ import annotations

import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from tests.app.liveserver import LiveServer, add_users

from sarcnav.store import Store
from sarcnav.store.admin import ensure_postgres_database
from sarcnav.store.cases import get_case_by_ref
from sarcnav.store.enquiries import list_enquiries

PG_URL = os.environ.get(
    "SARCNAV_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/sarcnav_app_test"
)
CLIENTS = 20
WRITES_EACH = 5


def _database(kind: str, tmp_path: Path) -> tuple[Store, str | None]:
    if kind == "sqlite":
        return Store.open(data_dir=tmp_path), None
    if os.environ.get("SARCNAV_SKIP_POSTGRES") == "1":
        pytest.skip("SARCNAV_SKIP_POSTGRES=1")
    ensure_postgres_database(PG_URL)
    return Store.open(PG_URL), PG_URL


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_twenty_concurrent_writers_lose_nothing(kind: str, tmp_path: Path) -> None:
    store, url = _database(kind, tmp_path)
    add_users(store)
    server = LiveServer(tmp_path, url).start()
    run = uuid.uuid4().hex[:8]
    try:
        clinician, navigator = server.token("clinician"), server.token("navigator")

        def writer(client_no: int) -> list[tuple[str, int]]:
            codes = []
            with httpx.Client(base_url=server.url, timeout=60) as http:
                for i in range(WRITES_EACH):
                    ref = f"SYN-{run}-{client_no}-{i}"
                    case = {"id": ref, "synthetic": True, "patient": {"age_years": 50}}
                    codes.append(
                        (ref, http.post("/api/v1/cases", json=case, headers=clinician).status_code)
                    )
                    message = {"text": f"SYNTHETIC {ref}", "synthetic": True}
                    reply = http.post("/api/v1/enquiries", json=message, headers=navigator)
                    codes.append((f"enquiry {ref}", reply.status_code))
            return codes

        with ThreadPoolExecutor(CLIENTS) as pool:
            results = [c for batch in pool.map(writer, range(CLIENTS)) for c in batch]
    finally:
        server.stop()
    assert [r for r in results if r[1] != 201] == []
    with store.read() as session:
        missing = [
            f"SYN-{run}-{c}-{i}"
            for c in range(CLIENTS)
            for i in range(WRITES_EACH)
            if get_case_by_ref(session, f"SYN-{run}-{c}-{i}") is None
        ]
        texts = {e.text for e in list_enquiries(session, limit=100_000)[0]}
    assert missing == []
    assert all(
        f"SYNTHETIC SYN-{run}-{c}-{i}" in texts for c in range(CLIENTS) for i in range(WRITES_EACH)
    )
    store.close()


def test_committed_records_survive_sigkill(tmp_path: Path) -> None:
    store = Store.open(data_dir=tmp_path)
    add_users(store)
    store.close()
    server = LiveServer(tmp_path).start()
    headers = server.token("clinician")
    acknowledged: list[str] = []
    stop = threading.Event()

    def writer(client_no: int) -> None:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            i = 0
            while not stop.is_set():
                ref = f"SYN-KILL-{client_no}-{i}"
                try:
                    reply = http.post(
                        "/api/v1/cases", json={"id": ref, "synthetic": True}, headers=headers
                    )
                except httpx.TransportError:
                    return  # the server is gone
                if reply.status_code == 201:
                    acknowledged.append(ref)
                i += 1

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 20
    while len(acknowledged) < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill()  # while the writers are still sending
    stop.set()
    for thread in threads:
        thread.join(15)
    assert len(acknowledged) >= 40

    restarted = LiveServer(tmp_path).start()
    try:
        listed = httpx.get(
            restarted.url + "/api/v1/cases",
            params={"q": "SYN-KILL", "limit": 1},
            headers=restarted.token("clinician"),
            timeout=30,
        )
    finally:
        restarted.stop()
    assert listed.json()["total"] >= len(acknowledged)
    store = Store.open(data_dir=tmp_path)
    with store.read() as session:
        lost = [ref for ref in acknowledged if get_case_by_ref(session, ref) is None]
    store.close()
    assert lost == []

"""Server CPU per request of the case list and the case page, in process: the ASGI app is called
directly (no HTTP client, no socket), so ``time.process_time`` counts the app's own work only.

Run: ``.venv/bin/python benchmarks/app_cpu.py [--cases N] [--profile list|case]``. Prints the
minimum over 5 rounds of 40 requests of CPU milliseconds per request; ``--profile`` prints
cProfile's top lines (cumulative) for 200 requests to that page instead.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from sarcnav.app.demo import seed_cases
from sarcnav.app.main import create_app
from sarcnav.app.security import hash_password, sign_in
from sarcnav.store import Store
from sarcnav.store.users import Role, add_user

PATHS = {"list": "/cases", "case": "/cases/7"}


async def request(app: Any, path: str, cookie: str) -> int:
    """One GET through the ASGI app; returns the status."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"bench"), (b"cookie", f"sarcnav_session={cookie}".encode())],
        "client": ("127.0.0.1", 1),
        "server": ("bench", 80),
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def measure(app: Any, cookie: str, profile: str | None) -> None:
    """All requests from one task, as under uvicorn (whose worker threads outlive requests)."""
    for path in PATHS.values():
        for _ in range(20):  # warm: first views compute and store results
            assert await request(app, path, cookie) == 200
    if profile:
        import yappi  # not a dependency: ``uv pip install yappi`` to profile

        yappi.set_clock_type("cpu")
        yappi.start()
        for _ in range(200):
            await request(app, PATHS[profile], cookie)
        yappi.stop()
        yappi.get_func_stats().sort("ttot").print_all(
            out=__import__("sys").stdout,
            columns={0: ("name", 110), 1: ("ncall", 8), 3: ("ttot", 8)},
        )
        return
    for name, path in PATHS.items():
        best = float("inf")
        for _ in range(10):
            started = time.process_time()
            for _ in range(40):
                await request(app, path, cookie)
            best = min(best, (time.process_time() - started) / 40)
        print(f"{name}: {best * 1000:.2f} ms CPU per request")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--profile", choices=sorted(PATHS))
    args = parser.parse_args()
    store = Store.open(data_dir=Path(tempfile.mkdtemp(prefix="sarcnav-cpu-")))
    seed_cases(store, args.cases, seed=11)
    with store.write() as session:
        add_user(session, "bench", hash_password("bench password"), Role.CLINICIAN)
    opened = sign_in(store, "bench", "bench password")
    assert opened is not None
    app = create_app(store)
    asyncio.run(measure(app, opened[0], args.profile))


if __name__ == "__main__":
    main()

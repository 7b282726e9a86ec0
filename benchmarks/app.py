"""Web-app latency: 10,000 synthetic cases, 20 concurrent clients, p50/p95 of the case list page
and the case page, on SQLite (WAL) and on PostgreSQL (database ``sarcnav_app_bench``).

Run: ``.venv/bin/python benchmarks/app.py [--cases N] [--requests N] [--sqlite-only]``.
Target: p95 at most 150 ms. The server runs as a real ``sarcnav serve`` process on a free port.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from sarcnav.app.demo import seed_cases
from sarcnav.app.security import hash_password
from sarcnav.store import Store
from sarcnav.store.admin import drop_everything, ensure_postgres_database
from sarcnav.store.users import Role, add_user

PG_URL = os.environ.get(
    "SARCNAV_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/sarcnav_app_bench"
)
CLIENTS = 20
PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(store: Store, cases: int) -> float:
    started = time.perf_counter()
    seed_cases(store, cases, seed=11)
    with store.write() as session:
        add_user(session, "bench", hash_password(PASSWORD), Role.CLINICIAN)
    return time.perf_counter() - started


def serve(data_dir: Path, url: str | None, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SARCNAV_DATABASE_URL"}
    if url:
        env["SARCNAV_DATABASE_URL"] = url
    sarcnav = str(Path(sys.executable).with_name("sarcnav"))
    command = [sarcnav, "serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(
        [*command, "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/signin", timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


def measure(base: str, cases: int, requests: int) -> dict[str, list[float]]:
    """Every client signs in first (argon2 is slow on purpose), then the timed requests run."""
    timings: dict[str, list[float]] = {"case list": [], "case page": []}
    clients = [httpx.Client(base_url=base, timeout=60) for _ in range(CLIENTS)]
    for http in clients:
        http.post("/signin", data={"username": "bench", "password": PASSWORD})

    def client(seed: int) -> None:
        rng, http = random.Random(seed), clients[seed]
        for i in range(requests):
            if i % 2:
                kind, path = "case page", f"/cases/{rng.randrange(1, cases + 1)}"
            else:
                kind, path = "case list", f"/cases?page={rng.randrange(1, cases // 50 + 1)}"
            started = time.perf_counter()
            reply = http.get(path)
            timings[kind].append((time.perf_counter() - started) * 1000)
            if reply.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {reply.status_code}")

    try:
        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(client, range(CLIENTS)))
    finally:
        for http in clients:
            http.close()
    return timings


def report(name: str, seeded: float, timings: dict[str, list[float]]) -> None:
    print(f"\n{name}: seeded in {seeded:.1f} s")
    for kind, values in timings.items():
        cuts = statistics.quantiles(values, n=100)
        p50, p95 = cuts[49], cuts[94]
        verdict = "meets" if p95 <= 150 else "misses"
        line = f"  {kind:<9} n={len(values):<5} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms"
        print(f"{line}  ({verdict} p95 <= 150 ms)")


def run(name: str, url: str | None, cases: int, requests: int, workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="sarcnav-bench-") as folder:
        data = Path(folder)
        if url:
            ensure_postgres_database(url)
            drop_everything(url)
        store = Store.open(url, data)
        seeded = prepare(store, cases)
        store.close()
        process, base = serve(data, url, workers)
        try:
            measure(base, cases, 2)  # warm-up
            report(name, seeded, measure(base, cases, requests))
        finally:
            process.terminate()
            process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20, help="per client")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    args = parser.parse_args()
    print(
        f"sarcnav web app: {args.cases} synthetic cases, {CLIENTS} concurrent clients, "
        f"{args.requests} requests each (half list, half case page), {args.workers} workers, "
        f"{os.cpu_count()} CPUs"
    )
    run("SQLite (WAL)", None, args.cases, args.requests, args.workers)
    if not args.sqlite_only:
        run("PostgreSQL", PG_URL, args.cases, args.requests, args.workers)


if __name__ == "__main__":
    main()

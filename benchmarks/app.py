"""Web-app latency: 10,000 synthetic cases, 20 concurrent clients, p50/p95 of the case list page
and the case page, on SQLite (WAL) and on PostgreSQL (database ``sarcnav_app_bench``).

Run: ``.venv/bin/python benchmarks/app.py [--cases N] [--requests N] [--sqlite-only | --pg-only]``.
Target: p95 at most 150 ms. The server runs as a real ``sarcnav serve`` process on a free port;
the 20 clients are closed loops (each sends its next request when the last one is answered) over
HTTP keep-alive connections, all driven by one asyncio thread so that the client's own CPU stays
small next to the server's. Besides latencies it prints the CPU seconds per request of the server
(all its processes, from /proc) and of the client: wall-clock figures depend on what else the
machine runs, CPU figures much less. On PostgreSQL it also prints the CPU per request of the
database's server processes (the backends connected to the benchmark database, from /proc) and
the network round trips per request to the database, counted in process from libpq's protocol
trace (one round trip: messages sent, then the first message received).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event

from sarcnav.app.demo import seed_cases
from sarcnav.app.main import create_app
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


def tree_cpu(root: int) -> float:
    """CPU seconds used so far by process ``root`` and its descendants (Linux; 0.0 elsewhere)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return 0.0
    parents: dict[int, int] = {}
    used: dict[int, int] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        pid = int(entry.name)
        parents[pid], used[pid] = int(fields[1]), int(fields[11]) + int(fields[12])
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(used.get(pid, 0) for pid in tree) / os.sysconf("SC_CLK_TCK")


def postgres_cpu(database: str) -> float:
    """CPU seconds used so far by the PostgreSQL backends connected to ``database`` (Linux)."""
    total = 0
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            title = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if not title.startswith("postgres: ") or f" {database} " not in title:
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def round_trips(url: str, data: Path, cases: int, requests: int = 50) -> dict[str, float]:
    """Database round trips per request of each page, in process (the server's code, one client):
    every pooled connection writes libpq's protocol trace to one file; a round trip is a run of
    messages sent followed by a message received."""
    store = Store.open(url, data)
    client = TestClient(create_app(store))
    client.post("/signin", data={"username": "bench", "password": PASSWORD})
    paths = {"case list": ("/cases?page={}", cases // 50), "case page": ("/cases/{}", cases)}
    rng, found = random.Random(5), {}
    with tempfile.TemporaryFile("w+") as trace:

        def traced(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
            if not record.info.get("traced"):
                dbapi_connection.pgconn.trace(trace.fileno())
                dbapi_connection.pgconn.set_trace_flags(1)  # no timestamps
                record.info["traced"] = True

        event.listen(store.engine, "checkout", traced)
        for kind, (path, last) in paths.items():
            for _ in range(5):  # warm: statements prepared
                client.get(path.format(rng.randrange(1, last + 1)))
            trace.seek(0)
            trace.truncate()
            for _ in range(requests):
                reply = client.get(path.format(rng.randrange(1, last + 1)))
                if reply.status_code != 200:
                    raise RuntimeError(f"{path}: HTTP {reply.status_code}")
            trace.flush()
            trace.seek(0)
            sides = [line[:1] for line in trace if line[:1] in ("F", "B")]
            trips = sum(1 for a, b in itertools.pairwise(sides) if (a, b) == ("F", "B"))
            found[kind] = trips / requests
    store.close()
    return found


@dataclass
class Measured:
    timings: dict[str, list[float]] = field(
        default_factory=lambda: {"case list": [], "case page": []}
    )
    server_cpu: float = 0.0
    client_cpu: float = 0.0
    database_cpu: float | None = None
    wall: float = 0.0

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.timings.values())


async def measure(
    base: str, server: int, cases: int, requests: int, database: str | None = None
) -> Measured:
    """Every client signs in first (argon2 is slow on purpose), then the timed requests run."""
    found = Measured()
    clients = [httpx.AsyncClient(base_url=base, timeout=60) for _ in range(CLIENTS)]
    for http in clients:
        await http.post("/signin", data={"username": "bench", "password": PASSWORD})

    async def client(seed: int) -> None:
        rng, http = random.Random(seed), clients[seed]
        for i in range(requests):
            if i % 2:
                kind, path = "case page", f"/cases/{rng.randrange(1, cases + 1)}"
            else:
                kind, path = "case list", f"/cases?page={rng.randrange(1, cases // 50 + 1)}"
            started = time.perf_counter()
            reply = await http.get(path)
            found.timings[kind].append((time.perf_counter() - started) * 1000)
            if reply.status_code != 200:
                raise RuntimeError(f"{path}: HTTP {reply.status_code}")

    database_cpu = postgres_cpu(database) if database else 0.0
    server_cpu, client_cpu, wall = tree_cpu(server), time.process_time(), time.perf_counter()
    try:
        await asyncio.gather(*(client(n) for n in range(CLIENTS)))
    finally:
        found.wall = time.perf_counter() - wall
        found.client_cpu = time.process_time() - client_cpu
        found.server_cpu = tree_cpu(server) - server_cpu
        if database:
            found.database_cpu = postgres_cpu(database) - database_cpu
        for http in clients:
            await http.aclose()
    return found


def report(name: str, seeded: float, found: Measured) -> None:
    n = found.requests
    print(f"\n{name}: seeded in {seeded:.1f} s; {n} requests in {found.wall:.1f} s")
    for kind, values in found.timings.items():
        cuts = statistics.quantiles(values, n=100)
        p50, p95 = cuts[49], cuts[94]
        verdict = "meets" if p95 <= 150 else "misses"
        line = f"  {kind:<9} n={len(values):<5} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms"
        print(f"{line}  ({verdict} p95 <= 150 ms)")
    print(
        f"  CPU per request (both pages): server {1000 * found.server_cpu / n:.1f} ms, "
        f"client {1000 * found.client_cpu / n:.1f} ms"
    )
    if found.database_cpu is not None:
        print(f"  PostgreSQL backends' CPU per request: {1000 * found.database_cpu / n:.1f} ms")


def run(name: str, url: str | None, cases: int, requests: int, workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="sarcnav-bench-") as folder:
        data = Path(folder)
        if url:
            ensure_postgres_database(url)
            drop_everything(url)
        store = Store.open(url, data)
        seeded = prepare(store, cases)
        store.close()
        if url:  # the planner statistics and visibility map that autovacuum keeps in service
            engine = create_engine(url, isolation_level="AUTOCOMMIT")
            with engine.connect() as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
            engine.dispose()
        process, base = serve(data, url, workers)
        database = url.rsplit("/", 1)[1].split("?")[0] if url else None
        try:
            asyncio.run(measure(base, process.pid, cases, 2))  # warm-up
            found = asyncio.run(measure(base, process.pid, cases, requests, database))
            report(name, seeded, found)
        finally:
            process.terminate()
            process.wait(10)
        if url:
            trips = round_trips(url, data, cases)
            print(
                "  database round trips per request: "
                + ", ".join(f"{kind} {value:.1f}" for kind, value in trips.items())
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=40, help="per client")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--sqlite-only", action="store_true")
    only.add_argument("--pg-only", action="store_true")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    args = parser.parse_args()
    print(
        f"sarcnav web app: {args.cases} synthetic cases, {CLIENTS} concurrent clients, "
        f"{args.requests} requests each (half list, half case page), {args.workers} workers, "
        f"{os.cpu_count()} CPUs"
    )
    with tempfile.TemporaryDirectory(prefix="sarcnav-bench-trials-") as trials:
        # One (empty) trial database for the seeding here and the server: the stored results
        # name its revision, so both must read the same one.
        os.environ["SARCNAV_TRIALS_DB"] = f"sqlite:///{trials}/trials.sqlite"
        if not args.pg_only:
            run("SQLite (WAL)", None, args.cases, args.requests, args.workers)
        if not args.sqlite_only:
            run("PostgreSQL", PG_URL, args.cases, args.requests, args.workers)


if __name__ == "__main__":
    main()

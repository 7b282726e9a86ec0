"""Run ``sarcnav serve`` as a real subprocess on a free port (durability, concurrency, browser)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from tests.app.apphelp import PASSWORD

from sarcnav.app.security import hash_password
from sarcnav.store import Store
from sarcnav.store.users import Role, add_user, get_user

SARCNAV = Path(sys.executable).with_name("sarcnav")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def add_users(store: Store) -> None:
    """The test users (one per role, same synthetic password), where missing."""
    digest = hash_password(PASSWORD)
    with store.write() as session:
        for role in Role:
            if get_user(session, role.value) is None:
                add_user(session, role.value, digest, role)


class LiveServer:
    """One server process over a data dir (SQLite) or a database URL."""

    def __init__(self, data_dir: Path, database_url: str | None = None) -> None:
        self.data_dir, self.database_url = data_dir, database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> LiveServer:
        env = {k: v for k, v in os.environ.items() if k != "SARCNAV_DATABASE_URL"}
        if self.database_url:
            env["SARCNAV_DATABASE_URL"] = self.database_url
        command = [
            str(SARCNAV),
            "serve",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
        ]
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            try:
                httpx.get(self.url + "/signin", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not answer within 120 s")

    def kill(self) -> None:
        """SIGKILL: no shutdown handlers, no flushing."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
            self.process = None

    def token(self, role: str) -> dict[str, str]:
        reply = httpx.post(
            self.url + "/api/v1/session", json={"username": role, "password": PASSWORD}, timeout=30
        )
        reply.raise_for_status()
        return {"Authorization": f"Bearer {reply.json()['token']}"}

"""Database engines: SQLite in WAL mode under a data directory (default) or PostgreSQL by URL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DATA_DIR = Path("data")
WRITE_OPTION = "sarcnav_write"
AUTOCOMMIT_OPTION = "sarcnav_autocommit"


def database_url(url: str | None = None, data_dir: Path | None = None) -> str:
    """The URL to use: explicit, else ``SARCNAV_DATABASE_URL``, else SQLite under the data dir."""
    chosen = url or os.environ.get("SARCNAV_DATABASE_URL")
    if chosen:
        if chosen.startswith("postgresql://"):
            chosen = "postgresql+psycopg://" + chosen.removeprefix("postgresql://")
        return chosen
    folder = data_dir or Path(os.environ.get("SARCNAV_DATA_DIR", DEFAULT_DATA_DIR))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(folder / 'sarcnav.db').resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-16000")  # 16 MB of pages per connection
    cursor.execute("PRAGMA mmap_size=268435456")  # read pages through the OS page cache
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    """Writers take the write lock at BEGIN, so concurrent writers queue instead of failing.
    With ``AUTOCOMMIT_OPTION`` no BEGIN is sent: each statement is its own transaction."""
    options = conn.get_execution_options()
    if options.get(AUTOCOMMIT_OPTION, False):
        return
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE_OPTION, False) else "BEGIN")


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys, a busy timeout and a page cache."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 10}, pool_size=20
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_size=20, max_overflow=10, pool_pre_ping=True)


def make_sessionmakers(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """A reader and a writer session factory (the writer locks SQLite for writing at BEGIN)."""
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
    return reader, writer

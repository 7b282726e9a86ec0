"""Database housekeeping for operators, tests and benchmarks: create a PostgreSQL database, empty
every table."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sarcnav.store import Store
from sarcnav.store.models import Base


def ensure_postgres_database(url: str) -> None:
    """Create the database named in ``url`` when it does not exist (connects to ``postgres``)."""
    target = make_url(url)
    name = target.database
    if not name:
        raise ValueError("database URL names no database")
    server = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        server.dispose()


def drop_everything(url: str) -> None:
    """Drop every table of a PostgreSQL database (test and benchmark databases only)."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def empty(store: Store) -> None:
    """Delete every row of every table (keeps the schema)."""
    with store.write() as session:
        if store.dialect == "postgresql":
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())

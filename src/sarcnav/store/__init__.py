"""Persistence: one :class:`Store` per database, migrations applied on open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from sarcnav.store.audit import AuditEvent
from sarcnav.store.db import AUTOCOMMIT_OPTION, database_url, make_engine, make_sessionmakers
from sarcnav.store.migrate import upgrade

__all__ = ["Store"]


class Store:
    """A database: an engine plus reader and writer sessions (each one transaction)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader, self._writer = make_sessionmakers(engine)
        # SQLite allows one writer: queue this process's writers here rather than in SQLite's
        # busy handler, which sleeps in steps of up to 100 ms. Other processes still wait on it.
        self._write_lock: AbstractContextManager[object] = (
            threading.Lock() if engine.dialect.name == "sqlite" else nullcontext()
        )
        # The connection of the request being served, inside ``request()`` (PostgreSQL only).
        self._shared: ContextVar[Connection | None] = ContextVar("sarcnav_request", default=None)

    @classmethod
    def open(cls, url: str | None = None, data_dir: Path | None = None) -> Store:
        """Connect (URL, ``SARCNAV_DATABASE_URL`` or SQLite under the data dir) and migrate."""
        store = cls(make_engine(database_url(url, data_dir)))
        upgrade(store.engine)
        return store

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction."""
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def request(self) -> Iterator[None]:
        """One connection for what a request reads (PostgreSQL), in autocommit: the sign-in
        check (``connect()``) and the audited read that follow run on it, each statement its
        own transaction, so a request of single-statement reads sends no BEGIN or COMMIT; a
        read of several statements still gets a transaction (``audited``). Without it, each
        step took a pool checkout with its liveness ping, a BEGIN and a ROLLBACK or COMMIT.
        Does nothing on SQLite, whose audit insert must not wait for the single write lock
        inside a read."""
        if self.dialect == "sqlite" or self._shared.get() is not None:
            yield
            return
        with self.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            token = self._shared.set(connection)
            try:
                yield
            finally:
                self._shared.reset(token)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """The request's connection inside ``request()``, else one of its own."""
        shared = self._shared.get()
        if shared is not None:
            yield shared
            return
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def audited(self, event: AuditEvent, *, one_statement: bool = False) -> Iterator[Session]:
        """A read recorded as ``event`` with one insert on the same connection (set
        ``event.detail`` inside the block). When the block raises, nothing is recorded; callers
        use what they read only after the block, once the event is stored (committed).
        PostgreSQL: the read is a transaction and the insert part of it; inside ``request()``,
        a block that reads with ``one_statement`` (on PostgreSQL) needs no transaction (one
        statement sees one snapshot), and the insert commits by itself. SQLite: the insert
        follows the read's transaction as a statement of its own, so the database's one write
        lock is held only while that insert runs."""
        if self.dialect == "sqlite":
            with self.engine.connect() as connection:
                with connection.begin(), Session(connection, expire_on_commit=False) as session:
                    yield session
                with self._write_lock:
                    connection.execution_options(**{AUTOCOMMIT_OPTION: True})
                    event.store(connection)
                    connection.commit()
            return
        with self.connect() as connection:
            if one_statement and connection is self._shared.get():
                with Session(connection, expire_on_commit=False) as session:
                    yield session
                event.store(connection)  # autocommit: durable when this returns
                return
            with self._transaction(connection) as session:
                yield session
                event.store(connection)

    @contextmanager
    def _transaction(self, connection: Connection) -> Iterator[Session]:
        """PostgreSQL: a transaction on ``connection`` (the request's connection leaves
        autocommit for it and returns to it), committed when the block ends without an
        exception, with what its session added."""
        shared = connection is self._shared.get()
        if shared:
            connection.commit()  # the sign-in check's (nothing is sent in autocommit)
            default = self.engine.dialect.default_isolation_level
            connection.execution_options(isolation_level=default)
        try:
            with connection.begin(), Session(connection, expire_on_commit=False) as session:
                yield session
                session.flush()
        finally:
            if shared:
                connection.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction, committed when the block ends without an exception. Inside
        ``request()`` (PostgreSQL) on the request's connection: a request never holds two."""
        shared = self._shared.get()
        if shared is not None:
            with self._transaction(shared) as session:
                yield session
            return
        with self._write_lock, self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

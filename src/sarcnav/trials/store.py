"""The trial store: SQLite (with FTS5 full-text search) by default, PostgreSQL by URL.

Each trial is kept whole as JSON, with its criteria already parsed, next to the columns the
candidate query filters on and a table of the histology concepts it studies.

The location comes from ``--db`` (a SQLAlchemy URL), else ``SARCNAV_TRIALS_DB``, else
``$SARCNAV_DATA_DIR/trials.sqlite`` (``./data/trials.sqlite`` when that is unset).
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from sarcnav.errors import InputError
from sarcnav.model.trial import Trial
from sarcnav.trials.vocabulary import vocabulary

metadata = MetaData()
trials_table = Table(
    "trials",
    metadata,
    Column("nct_id", String(16), primary_key=True),
    Column("title", Text),
    Column("status", String(40), index=True),
    Column("phases", String(120)),
    Column("sex", String(10)),
    Column("min_age", Float),
    Column("max_age", Float),
    Column("countries", Text),
    Column("last_update", String(10), index=True),
    Column("recruiting", Integer, index=True),
    Column("search_text", Text),
    Column("document", Text, nullable=False),
    Column("match_document", Text, nullable=False),
)
targets_table = Table(
    "trial_targets",
    metadata,
    Column("concept", String(64), primary_key=True),
    Column("nct_id", String(16), primary_key=True),
    Column("depth", Integer, nullable=False),
)
sync_table = Table(
    "trial_sync",
    metadata,
    Column("query", Text, primary_key=True),
    Column("last_update", String(10)),
)
_LAST_UPDATE = select(sync_table.c.last_update).where(sync_table.c.query == bindparam("query"))
SCHEMA_VERSION = "3"
_SCHEMA_KEY = "__schema__"
_REVISION_KEY = "__revision__"
_NOT_FOR_MATCHING = {"eligibility_text", "provenance", "keywords", "interventions", "conditions"}
_SCHEMA_ATTEMPTS = 5
_SEARCH_INDEX_SQLITE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS trials_fts USING "
    "fts5(nct_id UNINDEXED, body, tokenize='porter unicode61')"
)
_SEARCH_INDEX_PG = (
    "CREATE INDEX IF NOT EXISTS trials_search_idx ON trials USING gin "
    "(to_tsvector('english', coalesce(search_text, '')))"
)
_RECRUITING = ("RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE")


def default_url() -> str:
    """The store URL from the environment (see the module docstring)."""
    url = os.environ.get("SARCNAV_TRIALS_DB")
    if url:
        return url
    folder = Path(os.environ.get("SARCNAV_DATA_DIR", "data"))
    return f"sqlite:///{folder / 'trials.sqlite'}"


class TrialStore:
    """Repository of trials; create with a SQLAlchemy URL (SQLite or PostgreSQL)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_url()
        if self.url.startswith("sqlite:///") and not self.url.endswith(":memory:"):
            Path(self.url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._create_schema()

    def _create_schema(self) -> None:
        """Create tables and the search index; another thread or process doing it too is fine."""
        for attempt in range(_SCHEMA_ATTEMPTS):
            try:
                metadata.create_all(self.engine)
                self._check_schema()
                with self.engine.begin() as conn:
                    conn.execute(text(_SEARCH_INDEX_SQLITE if self.sqlite else _SEARCH_INDEX_PG))
                return
            except (OperationalError, ProgrammingError, IntegrityError):
                if attempt == _SCHEMA_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))

    def _check_schema(self) -> None:
        found = self.last_update(_SCHEMA_KEY)
        if found is None:
            self.set_last_update(_SCHEMA_KEY, SCHEMA_VERSION)
        elif found != SCHEMA_VERSION:
            raise InputError(
                f"trial store {self.engine.url.render_as_string(hide_password=True)} has "
                f"schema {found}, this sarcnav needs {SCHEMA_VERSION}: use a new --db (or delete "
                "it) and import again"
            )

    def upsert(self, trials: Iterable[Trial], batch: int = 2000) -> int:
        """Insert or replace trials, in batches; returns how many were written."""
        written = 0
        chunk: list[Trial] = []
        for trial in trials:
            chunk.append(trial)
            if len(chunk) >= batch:
                written += self._write(chunk)
                chunk = []
        if chunk:
            written += self._write(chunk)
        return written

    def _write(self, chunk: list[Trial]) -> int:
        unique = list({t.nct_id: t for t in chunk}.values())
        ids = [t.nct_id for t in unique]
        rows = [_row(t) for t in unique]
        vocab = vocabulary()
        targets = [
            {"concept": c, "nct_id": t.nct_id, "depth": len(vocab.ancestors(c))}
            for t in unique
            for c in t.targets
        ]
        with self.engine.begin() as conn:
            conn.execute(delete(targets_table).where(targets_table.c.nct_id.in_(ids)))
            conn.execute(delete(trials_table).where(trials_table.c.nct_id.in_(ids)))
            conn.execute(insert(trials_table), rows)
            if targets:
                conn.execute(insert(targets_table), targets)
            conn.execute(delete(sync_table).where(sync_table.c.query == _REVISION_KEY))
            conn.execute(insert(sync_table), [{"query": _REVISION_KEY, "last_update": _token()}])
            if self.sqlite:
                marks = ",".join("?" * len(ids))
                raw = conn.connection.driver_connection
                assert raw is not None
                raw.execute(f"DELETE FROM trials_fts WHERE nct_id IN ({marks})", ids)
                raw.executemany(
                    "INSERT INTO trials_fts (nct_id, body) VALUES (?, ?)",
                    [(r["nct_id"], r["search_text"]) for r in rows],
                )
        return len(unique)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(trials_table)).scalar_one())

    def get(self, nct_id: str) -> Trial | None:
        with self.engine.connect() as conn:
            doc = conn.execute(
                select(trials_table.c.document).where(trials_table.c.nct_id == nct_id)
            ).scalar_one_or_none()
        return None if doc is None else Trial.model_validate_json(doc)

    def all(self) -> Iterator[Trial]:
        with self.engine.connect() as conn:
            for (doc,) in conn.execute(select(trials_table.c.document)):
                yield Trial.model_validate_json(doc)

    def candidates(
        self,
        concepts: Iterable[str] | None,
        *,
        statuses: tuple[str, ...] = (),
        phases: tuple[str, ...] = (),
        countries: tuple[str, ...] = (),
        sex: str | None = None,
        age: int | None = None,
        limit: int = 500,
    ) -> tuple[list[Trial], int]:
        """Trials studying one of ``concepts`` (None: any) that pass the structured filters.

        Returns at most ``limit`` trials — recruiting first, then those aimed most specifically at
        the concepts (a uterine-leiomyosarcoma trial before a soft-tissue-sarcoma one), then the
        most recently updated — and how many matched in all, so the caller can say how many were
        left unevaluated. The trials come without their raw text (criteria are already parsed);
        ``get`` returns the whole record.
        """
        t = trials_table
        where: list[Any] = []
        source: Any = t
        order: list[Any] = [t.c.recruiting.desc()]
        if concepts is not None:
            best = (
                select(targets_table.c.nct_id, func.max(targets_table.c.depth).label("depth"))
                .where(targets_table.c.concept.in_(list(concepts)))
                .group_by(targets_table.c.nct_id)
                .subquery()
            )
            source = t.join(best, best.c.nct_id == t.c.nct_id)
            order.append(best.c.depth.desc())
        order += [t.c.last_update.desc().nulls_last(), t.c.nct_id]
        if statuses:
            where.append(t.c.status.in_(statuses))
        if phases:
            where.append(or_(*(t.c.phases.like(f"%|{p}|%") for p in phases)))
        if countries:
            where.append(
                or_(*(func.lower(t.c.countries).like(f"%|{c.lower()}|%") for c in countries))
            )
        if sex:
            where.append(or_(t.c.sex.is_(None), t.c.sex.in_(["ALL", sex.upper()])))
        if age is not None:
            where.append(or_(t.c.min_age.is_(None), t.c.min_age <= age))
            where.append(or_(t.c.max_age.is_(None), t.c.max_age >= age))
        query = (
            select(t.c.match_document)
            .select_from(source)
            .where(*where)
            .order_by(*order)
            .limit(limit)
        )
        total_q = select(func.count()).select_from(source).where(*where)
        with self.engine.connect() as conn:
            docs = conn.execute(query).scalars().all()
            total = int(conn.execute(total_q).scalar_one())
        return [Trial.model_validate_json(d) for d in docs], total

    def search(self, words: str, limit: int = 20) -> list[tuple[str, str | None, str | None]]:
        """Full-text search over titles, conditions and eligibility: (nct_id, title, status)."""
        t = trials_table
        with self.engine.connect() as conn:
            if self.sqlite:
                ids = [
                    r[0]
                    for r in conn.execute(
                        text(
                            "SELECT nct_id FROM trials_fts WHERE trials_fts MATCH :q "
                            "ORDER BY rank LIMIT :n"
                        ),
                        {"q": _fts_query(words), "n": limit},
                    )
                ]
            else:
                vector = func.to_tsvector(
                    literal_column("'english'"), func.coalesce(t.c.search_text, "")
                )
                query = func.plainto_tsquery(literal_column("'english'"), words)
                ids = list(
                    conn.execute(
                        select(t.c.nct_id)
                        .where(vector.op("@@")(query))
                        .order_by(func.ts_rank(vector, query).desc())
                        .limit(limit)
                    ).scalars()
                )
            rows = conn.execute(
                select(t.c.nct_id, t.c.title, t.c.status).where(t.c.nct_id.in_(ids))
            ).all()
        found = {r[0]: (r[0], r[1], r[2]) for r in rows}
        return [found[i] for i in ids if i in found]

    def revision(self) -> str:
        """A token that changes whenever trials are written ("" before the first write): results
        matched against the store are stale when it differs from the one they were matched at."""
        return self.last_update(_REVISION_KEY) or ""

    def last_update(self, query: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(_LAST_UPDATE, {"query": query}).scalar_one_or_none()

    def set_last_update(self, query: str, day: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sync_table).where(sync_table.c.query == query))
            conn.execute(insert(sync_table), [{"query": query, "last_update": day}])


def _row(trial: Trial) -> dict[str, Any]:
    search = " ".join(
        [trial.title or "", *trial.conditions, *trial.keywords, trial.eligibility_text or ""]
    )
    return {
        "nct_id": trial.nct_id,
        "title": trial.title,
        "status": trial.status,
        "phases": "|" + "|".join(trial.phases) + "|",
        "sex": (trial.sex or "").upper() or None,
        "min_age": trial.minimum_age_years,
        "max_age": trial.maximum_age_years,
        "countries": "|" + "|".join(trial.countries) + "|",
        "last_update": trial.last_update,
        "recruiting": int((trial.status or "").upper() in _RECRUITING),
        "search_text": search,
        "document": trial.model_dump_json(exclude_none=True),
        "match_document": trial.model_dump_json(exclude_none=True, exclude=_NOT_FOR_MATCHING),
    }


def _token() -> str:
    return secrets.token_hex(5)  # fits the 10 characters of trial_sync.last_update


def _fts_query(words: str) -> str:
    """Plain words joined by AND, each quoted (users type prose, not FTS syntax)."""
    tokens = [w.replace('"', "") for w in words.split() if w.strip('"')]
    return " AND ".join(f'"{w}"' for w in tokens) or '""'


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()

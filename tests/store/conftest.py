"""Store fixtures: every store test runs on SQLite (WAL, a temp file) and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sarcnav.store import Store
from sarcnav.store.admin import drop_everything, empty, ensure_postgres_database

PG_URL = os.environ.get(
    "SARCNAV_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/sarcnav_app_test"
)


@pytest.fixture(scope="session")
def pg_store() -> Iterator[Store]:
    """The PostgreSQL test database; ``make test`` makes sure a server answers."""
    if os.environ.get("SARCNAV_SKIP_POSTGRES") == "1":
        pytest.skip("SARCNAV_SKIP_POSTGRES=1")
    ensure_postgres_database(PG_URL)
    drop_everything(PG_URL)  # the schema comes from the migrations under test
    store = Store.open(PG_URL)
    yield store
    store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        sqlite = Store.open(data_dir=tmp_path)
        yield sqlite
        sqlite.close()
    else:
        pg: Store = request.getfixturevalue("pg_store")
        empty(pg)
        yield pg

"""Alembic environment: the engine comes from the caller (see sarcnav.store.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from sarcnav.store.db import database_url, make_engine
from sarcnav.store.models import Base

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):
    engine = make_engine(database_url())

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()

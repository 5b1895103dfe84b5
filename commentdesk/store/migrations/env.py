"""Alembic environment: runs migrations on the engine the caller hands over."""

from __future__ import annotations

from alembic import context

from commentdesk.store.schema import metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` CLI use: build from the configured URL
    from commentdesk.store.database import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()

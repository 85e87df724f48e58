"""Alembic environment: run with the connection the Store hands over, or offline as SQL."""

from __future__ import annotations

from alembic import context

from console.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    # Offline mode: emit SQL for the dialect in the URL (used to check the PostgreSQL DDL).
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()

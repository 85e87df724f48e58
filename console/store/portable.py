"""Statements whose SQL differs between SQLite and PostgreSQL, in one form for both."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection as DbConnection


def insert_ignoring(
    conn: DbConnection, table: sa.Table, keys: Sequence[str]
) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that does nothing when a row with the same ``keys`` exists (``ON CONFLICT DO
    NOTHING``; both engines spell it the same, SQLAlchemy needs the dialect's construct)."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(keys))
    return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(keys))


__all__ = ["insert_ignoring"]

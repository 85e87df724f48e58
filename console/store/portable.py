"""Statements whose SQL differs between SQLite and PostgreSQL, in one form for both."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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


def upsert(
    conn: DbConnection, table: sa.Table, keys: Sequence[str], rows: Sequence[dict[str, Any]]
) -> None:
    """Insert ``rows``, replacing the row of the same ``keys`` where one exists (``ON CONFLICT
    DO UPDATE``): one statement, so two consoles writing the same rows at once both succeed
    where a delete-then-insert would let the second one's insert hit the first one's rows."""
    if not rows:
        return
    # One statement may not touch a row twice (PostgreSQL refuses): the last of a key wins.
    rows = list({tuple(r[k] for k in keys): r for r in rows}.values())
    statement = (
        postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table)
    )
    columns = [c for c in rows[0] if c not in keys]
    if not columns:
        conn.execute(statement.on_conflict_do_nothing(index_elements=list(keys)), list(rows))
        return
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=list(keys), set_={c: statement.excluded[c] for c in columns}
        ),
        list(rows),
    )


__all__ = ["insert_ignoring", "upsert"]

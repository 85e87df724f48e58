"""The health cache: each account's last health check, so a start shows it at once — no Qt.

The facts are the JSON ``console.health`` makes of a check; this repository only keeps them
with the time they were read. An entry is *changed since* when the console itself changed the
account after the check: an audit entry for it (every single edit and every operation of a
change set is audited) newer than the check, or an explicit :meth:`HealthCache.invalidate`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.timestamps import aware, must, now

if TYPE_CHECKING:
    from console.store.db import Store


@dataclass(frozen=True)
class StoredHealth:
    """One account's cached health check.

    ``changed_at`` is when the console last changed the account after ``checked_at`` (None:
    not since the check), which makes the facts stale whatever their age.
    """

    account_id: str
    checked_at: datetime
    facts: dict[str, Any] = field(default_factory=dict)
    changed_at: datetime | None = None


class HealthCache:
    """Reads and writes of the ``account_health`` table; ``store.health``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def load(self, connection: str) -> dict[str, StoredHealth]:
        """Every cached check of the connection by account id, with its ``changed_at``."""
        h, a = schema.account_health, schema.audit
        changes = (
            sa.select(a.c.account_id, sa.func.max(a.c.at).label("changed_at"))
            .where(a.c.connection == connection, a.c.account_id.is_not(None))
            .group_by(a.c.account_id)
            .subquery()
        )
        query = (
            sa.select(h, changes.c.changed_at)
            .select_from(h.outerjoin(changes, changes.c.account_id == h.c.account_id))
            .where(h.c.connection == connection)
        )

        def run(conn: DbConnection) -> dict[str, StoredHealth]:
            found: dict[str, StoredHealth] = {}
            for r in conn.execute(query):
                checked = must(r.checked_at)
                marks = [t for t in (aware(r.changed_at), aware(r.invalidated_at)) if t]
                changed = max((t for t in marks if t > checked), default=None)
                found[r.account_id] = StoredHealth(r.account_id, checked, dict(r.facts), changed)
            return found

        return await self._db.read(run)

    async def save(
        self, connection: str, facts: Mapping[str, Mapping[str, Any]], checked_at: datetime
    ) -> None:
        """Store the checks of ``facts`` (account id → facts), all read at ``checked_at``."""
        t = schema.account_health
        rows = [
            {
                "connection": connection,
                "account_id": account_id,
                "checked_at": checked_at,
                "invalidated_at": None,
                "facts": dict(values),
            }
            for account_id, values in facts.items()
        ]
        if not rows:
            return

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.delete(t).where(
                    t.c.connection == connection,
                    t.c.account_id.in_([r["account_id"] for r in rows]),
                )
            )
            conn.execute(sa.insert(t), rows)

        await self._db.write(run)

    async def invalidate(
        self, connection: str, account_ids: Iterable[str], at: datetime | None = None
    ) -> None:
        """Mark the checks of ``account_ids`` stale (kept for display until rechecked)."""
        t = schema.account_health
        ids = list(account_ids)
        when = at or now()

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.update(t)
                .where(t.c.connection == connection, t.c.account_id.in_(ids))
                .values(invalidated_at=when)
            )

        if ids:
            await self._db.write(run)

    async def retain(self, connection: str, account_ids: Iterable[str]) -> None:
        """Drop the checks of accounts not in ``account_ids`` (gone from the server)."""
        t = schema.account_health
        keep = set(account_ids)

        def run(conn: DbConnection) -> None:
            ids = conn.execute(sa.select(t.c.account_id).where(t.c.connection == connection))
            doomed = [r.account_id for r in ids if r.account_id not in keep]
            for start in range(0, len(doomed), 500):
                conn.execute(
                    sa.delete(t).where(
                        t.c.connection == connection,
                        t.c.account_id.in_(doomed[start : start + 500]),
                    )
                )

        await self._db.write(run)


__all__ = ["HealthCache", "StoredHealth"]

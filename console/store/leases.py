"""Process leases on jobs and change sets: which process runs one, since when, until when.

A lease is three columns on the leased row (``lease_owner``, ``lease_since``,
``lease_expires``). Taking one is a single read-decide-write in one transaction, so two
processes on the same database cannot both win: SQLite lets one writer at a time; on a shared
PostgreSQL store the row is read ``FOR UPDATE SKIP LOCKED``, so a console that finds another one
deciding about the same row at that moment is refused at once instead of waiting for it. The
owner renews the lease (heartbeat) while it runs and releases it at the end; an expired lease,
or one whose owner the caller knows is dead, is taken over. Times come from the database's clock
on PostgreSQL, so consoles on machines whose clocks differ agree on when a lease ran out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.timestamps import aware, now

if TYPE_CHECKING:
    from console.store.db import Store

#: The tables that carry lease columns.
LeasedTable = Literal["jobs", "change_sets"]

_TABLES: dict[str, sa.Table] = {"jobs": schema.jobs, "change_sets": schema.change_sets}

#: The holder named when another console is taking the lease at this very moment.
CLAIMING = "another console, taking it at this moment"


def _clock(conn: DbConnection) -> datetime:
    """Now, by the database's clock where the store is shared (the consoles' clocks differ)."""
    if conn.dialect.name == "postgresql":
        value = conn.execute(sa.select(sa.func.now())).scalar_one()
        return aware(value) or now()
    return now()


@dataclass(frozen=True)
class LeaseInfo:
    """Who holds a lease: the owner's identity, when it was taken, when it runs out."""

    owner: str
    since: datetime
    expires: datetime


@dataclass(frozen=True)
class LeaseOutcome:
    """The answer to a take: ``taken`` or not; ``holder`` the other owner when refused,
    ``previous`` an expired or dead owner that was taken over (reconcile its work)."""

    taken: bool
    holder: LeaseInfo | None = None
    previous: LeaseInfo | None = None


class Leases:
    """Lease columns of jobs and change sets; ``store.leases``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def take(
        self,
        table: LeasedTable,
        row_id: str,
        owner: str,
        ttl: timedelta,
        *,
        is_dead: Callable[[str], bool] = lambda _owner: False,
    ) -> LeaseOutcome:
        """Take the lease on ``row_id`` for ``owner`` unless another live owner holds it.

        Raises ``KeyError`` when there is no such row.
        """
        t = _TABLES[table]

        def run(conn: DbConnection) -> LeaseOutcome:
            query = sa.select(t.c.lease_owner, t.c.lease_since, t.c.lease_expires).where(
                t.c.id == row_id
            )
            if conn.dialect.name == "sqlite":
                # The driver begins the transaction only at the first write, so a plain read
                # first would let two stores on one file both see the lease free: a no-op write
                # takes SQLite's write lock before the row is read.
                conn.execute(
                    sa.update(t).where(t.c.id == row_id).values(lease_owner=t.c.lease_owner)
                )
            at = _clock(conn)
            row = conn.execute(query.with_for_update(skip_locked=True)).one_or_none()
            if row is None:
                # Missing, or locked by another console taking it right now (SKIP LOCKED).
                committed = conn.execute(query).one_or_none()
                if committed is None:
                    raise KeyError(row_id)
                busy = LeaseInfo(
                    committed.lease_owner or CLAIMING,
                    aware(committed.lease_since) or at,
                    aware(committed.lease_expires) or at,
                )
                return LeaseOutcome(False, holder=busy)
            held: LeaseInfo | None = None
            if row.lease_owner is not None:
                since, expires = aware(row.lease_since), aware(row.lease_expires)
                held = LeaseInfo(row.lease_owner, since or at, expires or at)
                alive = row.lease_owner == owner or (
                    held.expires > at and not is_dead(row.lease_owner)
                )
                if alive and row.lease_owner != owner:
                    return LeaseOutcome(False, holder=held)
            conn.execute(
                sa.update(t)
                .where(t.c.id == row_id)
                .values(
                    lease_owner=owner,
                    lease_since=held.since if held and held.owner == owner else at,
                    lease_expires=at + ttl,
                )
            )
            previous = held if held is not None and held.owner != owner else None
            return LeaseOutcome(True, previous=previous)

        return await self._db.write(run)

    async def renew(self, table: LeasedTable, row_id: str, owner: str, ttl: timedelta) -> bool:
        """Extend ``owner``'s lease; False when it is no longer theirs (taken over)."""
        t = _TABLES[table]

        def run(conn: DbConnection) -> bool:
            statement = (
                sa.update(t)
                .where(t.c.id == row_id, t.c.lease_owner == owner)
                .values(lease_expires=_clock(conn) + ttl)
            )
            return bool(conn.execute(statement).rowcount)

        return await self._db.write(run)

    async def release(self, table: LeasedTable, row_id: str, owner: str) -> None:
        """Give the lease up (only ``owner``'s own)."""
        t = _TABLES[table]
        statement = (
            sa.update(t)
            .where(t.c.id == row_id, t.c.lease_owner == owner)
            .values(lease_owner=None, lease_since=None, lease_expires=None)
        )
        await self._db.write(lambda conn: conn.execute(statement))

    async def holder(self, table: LeasedTable, row_id: str) -> LeaseInfo | None:
        """The current holder, expired or not (None when nobody holds it)."""
        t = _TABLES[table]

        def run(conn: DbConnection) -> LeaseInfo | None:
            row = conn.execute(
                sa.select(t.c.lease_owner, t.c.lease_since, t.c.lease_expires).where(
                    t.c.id == row_id
                )
            ).one_or_none()
            if row is None or row.lease_owner is None:
                return None
            at = _clock(conn)
            return LeaseInfo(
                row.lease_owner, aware(row.lease_since) or at, aware(row.lease_expires) or at
            )

        return await self._db.read(run)

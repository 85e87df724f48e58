"""The accounts cache: each connection's user list as last fetched, so a start shows it at once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.ops import Stage
from console.store.portable import upsert
from console.store.records import CachedAccount
from console.store.timestamps import aware, must

if TYPE_CHECKING:
    from console.store.db import Store

# Everything but the raw JSON, which only the detail view asks for (``raw``).
_COLUMNS = (
    schema.accounts.c.user_id,
    schema.accounts.c.email,
    schema.accounts.c.given_name,
    schema.accounts.c.family_name,
    schema.accounts.c.slug,
    schema.accounts.c.timezone,
    schema.accounts.c.meeting_type_count,
    schema.accounts.c.booking_url,
    schema.accounts.c.created_at,
    schema.accounts.c.fetched_at,
)


class AccountsCache:
    """Reads and single writes of the accounts table; ``store.accounts``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def load(self, connection: str) -> list[CachedAccount]:
        """Every cached account of a connection, by e-mail (without the raw JSON, for speed)."""
        return await self._db.read(lambda conn: _select(conn, connection))

    async def get(self, connection: str, user_id: str) -> CachedAccount | None:
        """One cached account, or None."""
        found = await self._db.read(lambda conn: _select(conn, connection, user_id))
        return found[0] if found else None

    async def raw(self, connection: str, user_id: str) -> dict[str, Any] | None:
        """The raw JSON of one cached account as the API sent it."""
        a = schema.accounts

        def run(conn: DbConnection) -> dict[str, Any] | None:
            value = conn.execute(
                sa.select(a.c.raw).where(a.c.connection == connection, a.c.user_id == user_id)
            ).scalar_one_or_none()
            return dict(value) if value is not None else None

        return await self._db.read(run)

    async def upsert(
        self, connection: str, accounts: Sequence[CachedAccount], *, replace_all: bool = False
    ) -> None:
        """Write accounts into the cache; ``replace_all`` drops those not in ``accounts``."""
        rows = list(accounts)
        await self._db.write(lambda conn: _write_accounts(conn, connection, rows, replace_all))

    async def delete(self, connection: str, user_id: str) -> None:
        """Drop one account from the cache."""
        await self._db.write(lambda conn: _delete_account(conn, connection, user_id))


class AccountWrites:
    """The accounts cache's writes, staged in a unit of work (``uow.accounts``)."""

    def __init__(self, stage: Stage) -> None:
        self._stage = stage

    def upsert(
        self, connection: str, accounts: Sequence[CachedAccount], *, replace_all: bool = False
    ) -> None:
        """As :meth:`AccountsCache.upsert`, when the unit of work commits."""
        rows = list(accounts)
        self._stage(lambda conn: _write_accounts(conn, connection, rows, replace_all))

    def delete(self, connection: str, user_id: str) -> None:
        """As :meth:`AccountsCache.delete`, when the unit of work commits."""
        self._stage(lambda conn: _delete_account(conn, connection, user_id))


def _select(conn: DbConnection, connection: str, user_id: str | None = None) -> list[CachedAccount]:
    a = schema.accounts
    query = sa.select(*_COLUMNS).where(a.c.connection == connection).order_by(a.c.email)
    if user_id is not None:
        query = query.where(a.c.user_id == user_id)
    return [
        CachedAccount(
            user_id=r[0],
            email=r[1],
            given_name=r[2],
            family_name=r[3],
            slug=r[4],
            timezone=r[5],
            meeting_type_count=r[6],
            booking_url=r[7],
            created_at=aware(r[8]),
            fetched_at=must(r[9]),
        )
        for r in conn.execute(query)
    ]


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write_accounts(
    conn: DbConnection, connection: str, accounts: list[CachedAccount], replace_all: bool
) -> None:
    """Replace the given accounts' rows (all of the connection's with ``replace_all``)."""
    a = schema.accounts
    if replace_all:
        keep = {acc.user_id for acc in accounts}
        held = conn.execute(sa.select(a.c.user_id).where(a.c.connection == connection)).scalars()
        gone = [user_id for user_id in held if user_id not in keep]
        # Chunked: SQLite caps the number of bound parameters in one statement.
        for chunk in _chunks(gone, 500):
            conn.execute(sa.delete(a).where(a.c.connection == connection, a.c.user_id.in_(chunk)))
    upsert(
        conn,
        a,
        ("connection", "user_id"),
        [
            {
                "connection": connection,
                "user_id": acc.user_id,
                "email": acc.email,
                "given_name": acc.given_name,
                "family_name": acc.family_name,
                "slug": acc.slug,
                "timezone": acc.timezone,
                "meeting_type_count": acc.meeting_type_count,
                "booking_url": acc.booking_url,
                "created_at": acc.created_at,
                "raw": acc.raw,
                "fetched_at": acc.fetched_at,
            }
            for acc in accounts
        ],
    )


def _delete_account(conn: DbConnection, connection: str, user_id: str) -> None:
    a = schema.accounts
    conn.execute(sa.delete(a).where(a.c.connection == connection, a.c.user_id == user_id))

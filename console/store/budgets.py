"""The team's request buckets (``store.budgets``): one row per API key, leased from atomically.

meetergo limits requests per key, so every console of a team using the key must draw on one
bucket. A lease is one ``UPDATE … RETURNING``: it refills the row for the time passed, takes up
to the tokens asked for (whole ones only) and says how many it got and how many are left, so
two consoles can never take the same token.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.portable import insert_ignoring

if TYPE_CHECKING:
    from console.store.db import Store

_B = schema.rate_buckets

#: meetergo's limit per key (DESIGN.md): 100 a minute, bursts of 200.
DEFAULT_PER_MINUTE = 100.0
DEFAULT_BURST = 200.0
# 0.6 s × 100/60 is 0.999…: rounding must not withhold a token that has flowed in.
_ROUNDING = 1e-6


@dataclass(frozen=True)
class BucketGrant:
    """What a lease got: ``granted`` whole tokens; ``left`` in the bucket; its refill rate."""

    granted: int
    left: float
    per_minute: float

    @property
    def wait(self) -> float:
        """Seconds until the next whole token flows in (0 when one is there)."""
        return max(0.0, (1.0 - self.left) * 60.0 / self.per_minute)


def _least(a: Any, b: Any) -> Any:
    return sa.case((a < b, a), else_=b)


def _clock(conn: DbConnection) -> Any:
    # The database's clock on a shared store: the consoles' clocks differ.
    if conn.dialect.name == "postgresql":
        return sa.cast(sa.func.extract("epoch", sa.func.statement_timestamp()), sa.Float)
    return sa.literal(time.time(), sa.Float)


class Budgets:
    """The rate_buckets table; ``store.budgets``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def lease(self, key_digest: str, want: int) -> BucketGrant:
        """Take up to ``want`` tokens from the key's bucket (a new bucket starts full)."""
        return await self._db.write(lambda conn: _lease(conn, key_digest, want))

    async def configure(
        self,
        key_digest: str,
        per_minute: float = DEFAULT_PER_MINUTE,
        burst: float = DEFAULT_BURST,
    ) -> None:
        """Set the key's limit (a company with another limit than meetergo's default)."""
        if per_minute <= 0 or burst < 1:
            raise ValueError("per_minute must be > 0 and burst >= 1")

        def run(conn: DbConnection) -> None:
            _ensure(conn, key_digest)
            conn.execute(
                sa.update(_B)
                .where(_B.c.key_digest == key_digest)
                .values(per_minute=per_minute, burst=burst, tokens=_least(_B.c.tokens, burst))
            )

        await self._db.write(run)


def _ensure(conn: DbConnection, key_digest: str) -> None:
    conn.execute(
        insert_ignoring(conn, _B, ("key_digest",)).values(
            key_digest=key_digest,
            tokens=DEFAULT_BURST,
            updated=conn.execute(sa.select(_clock(conn))).scalar_one(),
            per_minute=DEFAULT_PER_MINUTE,
            burst=DEFAULT_BURST,
            granted=0.0,
        )
    )


def _lease(conn: DbConnection, key_digest: str, want: int) -> BucketGrant:
    at = _clock(conn)
    elapsed = sa.case((at > _B.c.updated, at - _B.c.updated), else_=0.0)
    available = _least(_B.c.burst, _B.c.tokens + elapsed * _B.c.per_minute / 60.0)
    # Whole tokens only; CAST truncates, which is the floor of a non-negative amount.
    grant = _least(float(want), sa.cast(sa.cast(available + _ROUNDING, sa.Integer), sa.Float))
    statement = (
        sa.update(_B)
        .where(_B.c.key_digest == key_digest)
        .values(granted=grant, tokens=available - grant, updated=at)
        .returning(_B.c.granted, _B.c.tokens, _B.c.per_minute)
    )
    row = conn.execute(statement).one_or_none()
    if row is None:
        _ensure(conn, key_digest)
        row = conn.execute(statement).one()
    return BucketGrant(int(row.granted), max(0.0, float(row.tokens)), float(row.per_minute))


class KeyBucket:
    """One key's bucket as a token source for :class:`~console.api.team_budget.TeamRateBudget`."""

    def __init__(self, store: Store, key_digest: str) -> None:
        self._store = store
        self._digest = key_digest

    async def lease(self, want: int) -> BucketGrant:
        return await self._store.budgets.lease(self._digest, want)


__all__ = ["DEFAULT_BURST", "DEFAULT_PER_MINUTE", "BucketGrant", "Budgets", "KeyBucket"]

"""A request budget shared by a whole team: tokens leased from a bucket the consoles share.

On a shared store (PostgreSQL) every console of the team, on every machine, takes its tokens
from one bucket row per key (``console.store.budgets``), so together they stay under meetergo's
limit per key. A console leases only as many tokens as it has requests waiting right now (at
most :data:`MAX_LEASE`), so an idle console holds none, and a leased token not used within
:data:`LEASE_TTL` is dropped rather than sent late: a late token could join a burst the bucket
has meanwhile granted to the others. When the bucket cannot be reached the console falls back to
its own in-process bucket (requests must still go out) and says so once in the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Protocol

from console.api._transport import Clock, RateBudget, Sleep

log = logging.getLogger(__name__)

MAX_LEASE = 8
LEASE_TTL = 1.0
_MIN_WAIT = 0.005


class Grant(Protocol):
    """What one lease got."""

    @property
    def granted(self) -> int: ...

    @property
    def left(self) -> float: ...

    @property
    def wait(self) -> float: ...


class TokenSource(Protocol):
    """Where the team's tokens come from (``console.store.budgets.KeyBucket``)."""

    async def lease(self, want: int) -> Grant: ...


class TeamRateBudget(RateBudget):
    """A :class:`RateBudget` that leases its tokens from a :class:`TokenSource`.

    Within the process waiters are served in arrival order, as in :class:`RateBudget`.
    """

    def __init__(
        self,
        source: TokenSource,
        requests_per_minute: float = 100,
        burst: float = 200,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(requests_per_minute, burst, clock=clock, sleep=sleep)
        self._source = source
        self._leased = 0
        self._leased_at = 0.0
        self._left = float(burst)
        self._waiting = 0
        self._warned = False
        self._alone = False

    def available(self) -> float:
        """Tokens left for the team (as the last lease saw them) plus those leased here; this
        console's own while the team's bucket cannot be reached."""
        if self._alone:
            return super().available()
        return self._left + self._leased

    async def acquire(self) -> bool:
        """Take one token, leasing from the team's bucket when none is held.

        Always False: a burst's start is not tracked across consoles (see
        :meth:`RateBudget.burst_answered`).
        """
        self._waiting += 1
        try:
            async with self._lock:
                while True:
                    if self._leased and self._clock() - self._leased_at <= LEASE_TTL:
                        self._leased -= 1
                        return False
                    self._leased = 0
                    want = min(self._waiting, MAX_LEASE)
                    try:
                        grant = await self._source.lease(want)
                    except Exception as exc:  # the database is away: keep working alone
                        self._alone = True
                        wait = self._take_here(exc)
                    else:
                        self._alone = False
                        self._left = grant.left
                        if grant.granted >= 1:
                            self._leased, self._leased_at = grant.granted, self._clock()
                            continue
                        wait = max(grant.wait, _MIN_WAIT)
                    if wait <= 0:
                        return False
                    await self._sleep(wait)
        finally:
            self._waiting -= 1

    def _take_here(self, exc: Exception) -> float:
        if not self._warned:
            self._warned = True
            log.warning("team request budget unusable (%s); budget kept per console", exc)
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.rate_per_second


__all__ = ["LEASE_TTL", "MAX_LEASE", "Grant", "TeamRateBudget", "TokenSource"]

"""One process per job: a lease in the store, taken before any request, renewed while it runs.

Two processes on one job (the GUI's resume offer and a headless ``--resume``, or the same CSV
started twice) would send every create twice. So a job or change set is run only by the
process that holds its lease: the owner is named by host, process id and start time; it
renews the lease every third of its time to live and gives it up at the end. A second process
is refused with :class:`LeaseHeld`, which names the owner and since when. A lease whose owner
died (its time ran out, or its process is gone from this host) is taken over, and the work it
left in flight is reconciled by the caller (``ProcessLease.previous``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import socket
import sys
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING

from console.store.leases import LeasedTable, LeaseInfo

if TYPE_CHECKING:
    from console.store import Store

log = logging.getLogger(__name__)

DEFAULT_TTL = timedelta(seconds=30)
_STARTED = datetime.now(UTC)
_OWNER = re.compile(r"^(?P<host>.+) pid (?P<pid>\d+) started (?P<started>\S+)$")


def process_identity() -> str:
    """This process as a lease owner: host, pid and start time (a reused pid differs in time)."""
    return f"{socket.gethostname()} pid {os.getpid()} started {_STARTED:%Y-%m-%dT%H:%M:%S.%fZ}"


def owner_is_dead(owner: str) -> bool:
    """True when ``owner`` is a process of this host that no longer runs.

    Only decidable here for this host on POSIX; elsewhere the lease's expiry decides.
    """
    match = _OWNER.match(owner)
    if match is None or match["host"] != socket.gethostname():
        return False
    pid = int(match["pid"])
    if pid == os.getpid():
        return owner != process_identity()  # an earlier life of this pid
    if sys.platform == "win32":
        return False  # os.kill would terminate the process there, not probe it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class LeaseHeld(Exception):
    """Another live process runs this job or change set.

    Attributes: ``owner`` (host, pid and start time of that process), ``since`` (when it took
    the lease).
    """

    def __init__(self, owner: str, since: datetime) -> None:
        self.owner = owner
        self.since = since
        super().__init__(
            f"it is being run by another process ({owner}) since "
            f"{since.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC; wait for it to finish or stop it"
        )


class ProcessLease:
    """``async with ProcessLease(store, "change_sets", id):`` holds the lease for the block.

    Raises :class:`LeaseHeld` on entry when a live process holds it. ``previous`` is the dead
    or expired owner that was taken over (None when the lease was free).
    """

    def __init__(
        self,
        store: Store,
        table: LeasedTable,
        row_id: str,
        *,
        ttl: timedelta = DEFAULT_TTL,
        owner: str | None = None,
    ) -> None:
        self._store = store
        self._table: LeasedTable = table
        self._id = row_id
        self._ttl = ttl
        self.owner = owner or process_identity()
        self.previous: LeaseInfo | None = None
        self._heartbeat: asyncio.Task[None] | None = None

    async def __aenter__(self) -> ProcessLease:
        outcome = await self._store.leases.take(
            self._table, self._id, self.owner, self._ttl, is_dead=owner_is_dead
        )
        if not outcome.taken:
            assert outcome.holder is not None
            raise LeaseHeld(outcome.holder.owner, outcome.holder.since)
        self.previous = outcome.previous
        if self.previous is not None:
            log.warning(
                "took over %s %s from %s (gone)", self._table, self._id, self.previous.owner
            )
        self._heartbeat = asyncio.create_task(self._beat(), name=f"lease-{self._id}")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
        # Released even when the block was cancelled (the app closing): a clean stop leaves the
        # job resumable at once by the next process instead of after the lease runs out.
        with contextlib.suppress(RuntimeError):  # the store closed first
            await asyncio.shield(self._store.leases.release(self._table, self._id, self.owner))

    async def _beat(self) -> None:
        interval = self._ttl.total_seconds() / 3
        while True:
            await asyncio.sleep(interval)
            try:
                still = await self._store.leases.renew(self._table, self._id, self.owner, self._ttl)
            except RuntimeError:
                return  # the store closed
            if not still:
                log.error("lost the lease on %s %s", self._table, self._id)
                return

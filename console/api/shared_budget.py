"""A request budget shared by every process of this OS user that uses the same key.

meetergo limits requests per key, not per program: the GUI and a headless command on the same key
draw on one limit. :class:`SharedRateBudget` keeps the token bucket (tokens left, when it was
last refilled) in a small file per key under the console's state folder, read and rewritten
under an OS file lock, so that every console of the user takes its tokens from the same bucket.

The file is named after a hash of the key; it never holds the key. Its time is the wall clock
(``time.time``), which all processes share; a clock that went back counts as no time passed.
The locked read-modify-write takes microseconds, but a lock can be held by a process the OS just
descheduled, and the event loop must never wait for that: the loop only *tries* the lock, and
when another process holds it the token is taken in a worker thread that waits for it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from pathlib import Path

from console.api._file_lock import LockBusy, locked_file, read_all, replace_contents
from console.api._transport import Clock, RateBudget, Sleep

log = logging.getLogger(__name__)

# Domain-separated, so the file name says nothing about the key's hash elsewhere.
_HASH_PREFIX = b"meetergo-console rate budget\0"
_ROUNDING = 1e-6


def key_digest(key: str) -> str:
    """The name of ``key``'s budget (a domain-separated hash; the key cannot be read from it)."""
    return hashlib.sha256(_HASH_PREFIX + key.encode("utf-8")).hexdigest()[:32]


def budget_file(directory: Path, key: str) -> Path:
    """The state file of ``key``'s budget in ``directory`` (named by a hash, never the key)."""
    return directory / f"{key_digest(key)}.budget"


class SharedRateBudget(RateBudget):
    """A :class:`RateBudget` whose bucket lives in ``path`` and is shared between processes.

    Inside one process it behaves like :class:`RateBudget` (waiters in arrival order, waiting
    with the injected ``sleep``); across processes the tokens of all of them together flow in at
    ``requests_per_minute`` up to ``burst``. A missing file is a full bucket; an unreadable one
    (a process killed while writing) is an empty one, so a crash never grants a second burst.
    """

    def __init__(
        self,
        path: Path,
        requests_per_minute: float = 100,
        burst: float = 200,
        *,
        clock: Clock = time.time,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        super().__init__(requests_per_minute, burst, clock=clock, sleep=sleep)
        self.path = path
        self._seen = (self.burst, clock())  # what the file held when this process last looked
        self._warned = False

    def available(self) -> float:
        """Tokens left for all processes together (the last known figure while one writes)."""
        tokens, updated = self._seen
        try:
            with locked_file(self._ensure_folder(), blocking=False) as fd:
                tokens, updated = self._state(read_all(fd))
        except (LockBusy, OSError):
            pass
        return self._refilled(tokens, updated)[0]

    async def acquire(self) -> bool:
        """Take one token from the shared bucket, waiting until one has flowed in.

        Always False: the start of a burst is not tracked across processes, so the in-process
        correction of :meth:`RateBudget.burst_answered` does not apply to the shared bucket.
        """
        async with self._lock:
            while True:
                try:
                    try:
                        # Uncontended, the lock is free and this is a few system calls; a hop
                        # to a worker thread for each request cost more than the take itself
                        # (and, with the store's thread busy, a wait for the GIL on return).
                        wait = self._take(blocking=False)
                    except LockBusy:
                        wait = await asyncio.to_thread(self._take)
                except OSError as exc:
                    wait = self._take_here(exc)
                if wait <= 0:
                    return False
                await self._sleep(wait)

    def _take_here(self, exc: OSError) -> float:
        # The state folder is unusable (read-only, full, removed): requests must still go out,
        # limited by this process's own bucket as before the budget was shared.
        if not self._warned:
            self._warned = True
            log.warning(
                "request budget file %s unusable (%s); budget kept per process", self.path, exc
            )
        self._refill()
        if self._tokens >= 1.0 - _ROUNDING:
            self._tokens = max(0.0, self._tokens - 1.0)
            return 0.0
        return (1.0 - self._tokens) / self.rate_per_second

    def _take(self, *, blocking: bool = True) -> float:
        """Take a token under the file lock: 0 when taken, else the seconds until one is due.

        With ``blocking=False`` :class:`LockBusy` is raised, and nothing taken, when another
        process holds the lock.
        """
        try:
            return self._take_from_file(blocking)
        except FileNotFoundError:
            # The folder is made when the file cannot be opened for it (first use, or removed
            # meanwhile): making sure of it before every take cost system calls per request.
            self._ensure_folder()
            return self._take_from_file(blocking)

    def _take_from_file(self, blocking: bool) -> float:
        with locked_file(self.path, blocking=blocking) as fd:
            tokens, now = self._refilled(*self._state(read_all(fd)))
            wait = 0.0
            # Rounding (0.6 s × 100/60 is 0.999…) must not leave a waiter sleeping 1e-16 s
            # at a time on a clock whose resolution at 1.8e9 s is far coarser than that.
            if tokens >= 1.0 - _ROUNDING:
                tokens = max(0.0, tokens - 1.0)
            else:
                wait = (1.0 - tokens) / self.rate_per_second
            replace_contents(fd, f"{tokens!r} {now!r}\n".encode("ascii"))
        self._seen = (tokens, now)
        return wait

    def _refilled(self, tokens: float, updated: float) -> tuple[float, float]:
        now = self._clock()
        elapsed = max(0.0, now - updated)
        return min(self.burst, tokens + elapsed * self.rate_per_second), now

    def _state(self, data: bytes) -> tuple[float, float]:
        now = self._clock()
        if not data:
            return self.burst, now
        try:
            tokens_text, updated_text = data.decode("ascii").split()
            tokens, updated = float(tokens_text), float(updated_text)
        except ValueError:
            return 0.0, now
        if not (math.isfinite(tokens) and math.isfinite(updated) and tokens >= 0.0):
            return 0.0, now
        # Another console may allow a bigger burst; a clock set back (or a file from the future)
        # must not stop the refill until the clock has caught up again.
        return min(tokens, self.burst), min(updated, now)

    def _ensure_folder(self) -> Path:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self.path


__all__ = ["SharedRateBudget", "budget_file", "key_digest"]

"""Waiting out an unreachable or overloaded server: the job pauses, counts down, probes.

A transport failure (connection refused or reset, a timeout, a 5xx the client's own retries
did not get past, a 408) says nothing about the row or operation that met it, and neither does
a 429. So such failures never fail an item: the whole job waits behind one :class:`OutageGate`
— with the time of the next try published as a countdown — and continues when the server
answers a cheap GET again. Only an error the server gave about the item itself (a 4xx other
than 408 and 429) fails it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta

from console.api.errors import ApiConnectionError, ApiError, RateLimited, ServerError

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Probe = Callable[[], Awaitable[object]]
#: Seconds between probes while the server does not answer (the last one repeats).
PROBE_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0)


def is_transport_failure(error: BaseException) -> bool:
    """A failure that says nothing about the item: no answer, a 5xx, a 408 or a 429."""
    if isinstance(error, ApiConnectionError | ServerError | RateLimited):
        return True
    return isinstance(error, ApiError) and error.status_code == 408


class OutageGate:
    """Closed while the server is unreachable or asked to wait; workers pass it before sending.

    ``on_change(waiting_until)`` is called when a wait starts (with the moment of the next try)
    and when it ends (with None).
    """

    def __init__(
        self,
        probe: Probe,
        *,
        sleep: Sleep = asyncio.sleep,
        on_change: Callable[[datetime | None], None] = lambda _until: None,
        delays: Sequence[float] = PROBE_DELAYS,
    ) -> None:
        self._probe = probe
        self._sleep = sleep
        self._on_change = on_change
        self._delays = tuple(delays)
        self._open = asyncio.Event()
        self._open.set()
        self.waiting_until: datetime | None = None
        self.outages = 0

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    async def ready(self) -> None:
        """Return once the gate is open."""
        await self._open.wait()

    async def hold(self, seconds: float) -> None:
        """The server asked to wait (429 ``Retry-After``): close for ``seconds``, then open."""
        if not self._open.is_set():
            await self._open.wait()
            return
        self._close(seconds)
        try:
            await self._sleep(seconds)
        finally:
            self._reopen()

    async def outage(self) -> None:
        """The server did not answer: wait, probe, repeat until it answers; then open."""
        if not self._open.is_set():
            await self._open.wait()
            return
        self.outages += 1
        try:
            attempt = 0
            while True:
                delay = self._delays[min(attempt, len(self._delays) - 1)]
                attempt += 1
                self._close(delay)
                await self._sleep(delay)
                try:
                    await self._probe()
                except ApiError as exc:
                    if is_transport_failure(exc):
                        log.info("server still unreachable (%s); next try in a moment", exc)
                        continue
                    # Any other answer is the server speaking again.
                break
        finally:
            self._reopen()

    def _close(self, seconds: float) -> None:
        self._open.clear()
        self.waiting_until = datetime.now(UTC) + timedelta(seconds=seconds)
        self._on_change(self.waiting_until)

    def _reopen(self) -> None:
        self.waiting_until = None
        self._open.set()
        self._on_change(None)

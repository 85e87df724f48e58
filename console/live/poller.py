"""The poller: finds what webhooks missed by reading ``GET /v4/appointment/paginated`` — no Qt.

meetergo may deliver a webhook twice or not at all, and the receiver may be down, so the
poller reads the appointments from a little before now on and compares each with the booking
the store holds: an unknown one is ``booking_created``, a newly cancelled one
``booking_cancelled``, a moved one ``booking_rescheduled``. The feed's log drops what a webhook
already brought. While nothing changes the interval doubles (up to ``max_interval``), so an
idle console spends little of the key's shared request budget; a change resets it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from console.api.errors import ApiConnectionError, ApiError
from console.live.events import (
    CANCELLED,
    PENDING,
    PENDING_FOUND,
    PROVISIONAL_PREFIX,
    appointment_of_provisional,
    booking_from,
)
from console.live.feed import Feed
from console.store.records import BookingRecord
from console.store.timestamps import now

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class Poller:
    """Polls one connection's appointments into its :class:`Feed`; ``run()`` until cancelled."""

    def __init__(
        self,
        feed: Feed,
        *,
        interval: float = 30.0,
        max_interval: float = 300.0,
        lookback: timedelta = timedelta(days=1),
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.feed = feed
        self.base_interval = interval
        self.max_interval = max_interval
        self.interval = interval
        self.lookback = lookback
        self._sleep = sleep
        self._clock = clock
        self.polls = 0

    async def poll_once(self) -> int:
        """One pass over the appointments; how many new events it logged."""
        feed = self.feed
        since = self._clock() - self.lookback
        known = {
            b.appointment_id: b
            for b in await feed.store.events.bookings(feed.connection, start_from=since)
        }
        missed = bool(known) or self.polls > 0
        found = 0
        async for appointment in feed.client.appointments.list(
            start=since, sort_by="appointment.start", sort_direction="ASC"
        ):
            wire = appointment.model_dump(mode="json", by_alias=True)
            event_type = _change(known.get(appointment.id), booking_from(wire))
            if (
                event_type is not None
                and await feed.found(wire, event_type, missed=missed) is not None
            ):
                found += 1
        found += await self._poll_pending(missed)
        self.polls += 1
        return found

    async def _poll_pending(self, missed: bool) -> int:
        """Provisional bookings: new pending ones shown, ended ones removed."""
        feed = self.feed
        try:
            pending = {
                p.id: p.model_dump(mode="json", by_alias=True)
                async for p in feed.client.bookings.provisional(status="pending")
            }
        except ApiError as error:
            if isinstance(error, ApiConnectionError):
                raise
            # A key that may not list them (or an API without the route): appointments only.
            log.info("provisional bookings not read: %s", error)
            return 0
        known = await feed.store.events.bookings(feed.connection, statuses=[PENDING])
        shown = {b.appointment_id for b in known}
        found = 0
        for doc in pending.values():
            appointment = appointment_of_provisional(doc)
            if appointment["id"] in shown:
                continue
            if await feed.found(appointment, PENDING_FOUND, missed=missed) is not None:
                found += 1
        for booking in known:
            if booking.appointment_id.removeprefix(PROVISIONAL_PREFIX) not in pending:
                if await feed.pending_ended(booking) is not None:
                    found += 1
        return found

    async def run(self, *, wait_first: bool = False) -> None:
        """Poll, then wait the interval; back off while nothing changes."""
        if wait_first:
            await self._sleep(self.interval)
        while True:
            await self.poll_safely()
            await self._sleep(self.interval)

    async def poll_safely(self) -> int:
        """:meth:`poll_once`, with a failure noted in the feed's status rather than raised."""
        try:
            found = await self.poll_once()
        except ApiConnectionError as error:
            log.info("poll failed: %s", error)
            self._reachable(False)
            return 0
        except ApiError as error:
            log.warning("poll refused: %s", error)
            self._reachable(True)
            return 0
        self._reachable(True)
        self.interval = self.base_interval if found else min(self.interval * 2, self.max_interval)
        return found

    def _reachable(self, ok: bool) -> None:
        if self.feed.reachable != ok:
            self.feed.reachable = ok
        self.feed.status_changed()


def _change(before: BookingRecord | None, after: BookingRecord) -> str | None:
    if before is None:
        return "booking_created"
    if after.status == CANCELLED and before.status != CANCELLED:
        return "booking_cancelled"
    if after.start != before.start:
        return "booking_rescheduled"
    if after.updated_at != before.updated_at:
        return "booking_updated"
    return None


__all__ = ["Poller"]

"""A console on the shared store hears the relay's events: LISTEN, then read them from the log.

A notification only says "event N of connection C is in the log". The listener reads every
event of C after the last one it delivered, so an event is delivered once and in order even
when notifications arrive together, and one the listener missed while its database connection
was down is delivered on the next notification (or :meth:`EventListener.catch_up`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import psycopg
import sqlalchemy as sa

from console.live.feed import FeedUpdate
from console.relay.notify import CHANNEL, EventNotice, libpq_url
from console.store import schema
from console.store.records import EventRecord

if TYPE_CHECKING:
    from console.store import Store

log = logging.getLogger(__name__)

#: Called with the connection's name and the new event, once per event.
OnEvent = Callable[[str, EventRecord], None]

RECONNECT_DELAY = 2.0


class EventListener:
    """``await start()`` … ``await stop()``; ``on_event`` for every event logged after start.

    ``connections`` limits it to those connections (None: all of the team's).
    """

    def __init__(
        self, store: Store, on_event: OnEvent, *, connections: set[str] | None = None
    ) -> None:
        if not store.shared:
            raise ValueError("only a shared (PostgreSQL) store has a relay to listen to")
        self._store = store
        self._on_event = on_event
        self._connections = connections
        self._after: dict[str, int] = {}
        self._baseline = 0
        self._task: asyncio.Task[None] | None = None
        self._listening = asyncio.Event()

    async def start(self) -> None:
        """LISTEN; returns once notifications are heard (events from then on are delivered)."""
        self._baseline = await self._store.read(
            lambda conn: int(
                conn.execute(sa.select(sa.func.max(schema.booking_events.c.id))).scalar() or 0
            )
        )
        self._task = asyncio.ensure_future(self._run())
        waiting = asyncio.ensure_future(self._listening.wait())
        done, _ = await asyncio.wait({waiting, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if self._task in done:
            waiting.cancel()
            self._task.result()  # raises why it could not listen

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def catch_up(self, connection: str, up_to: int | None = None) -> int:
        """Deliver the connection's events not delivered yet (up to id ``up_to``); how many.

        The relay notifies an event once it is processed, so the events up to the notified one
        are delivered with their outcome; later ones come with their own notification.
        """
        after = self._after.get(connection, self._baseline)
        events = await self._store.events.latest(connection, 10_000, after_id=after)
        events = [e for e in events if up_to is None or e.id <= up_to]
        for event in sorted(events, key=lambda e: e.id):
            self._after[connection] = event.id
            self._on_event(connection, event)
        return len(events)

    async def _run(self) -> None:
        first = True
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    libpq_url(self._store), autocommit=True
                ) as conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if not first:  # what was logged while we were away
                        for connection in list(self._after):
                            await self.catch_up(connection)
                    first = False
                    async for message in conn.notifies():
                        notice = EventNotice.parse(message.payload)
                        if notice is None:
                            continue
                        wanted = self._connections
                        if wanted is None or notice.connection in wanted:
                            await self.catch_up(notice.connection, notice.event_id)
            except psycopg.OperationalError as exc:
                if first:
                    raise
                log.warning("lost the relay's notifications (%s); reconnecting", exc)
                await asyncio.sleep(RECONNECT_DELAY)


async def follow(
    store: Store,
    connection: str,
    stop: asyncio.Event,
    on_update: Callable[[FeedUpdate], None],
    on_listening: Callable[[], None] = lambda: None,
) -> None:
    """Show one connection's events as the relay logs them, until ``stop`` is set.

    What a console on the shared store runs instead of its own receiver and poller: each event
    comes with its booking row as the relay left it.
    """
    queue: asyncio.Queue[EventRecord] = asyncio.Queue()
    listener = EventListener(
        store, lambda _name, event: queue.put_nowait(event), connections={connection}
    )

    async def deliver() -> None:
        while True:
            event = await queue.get()
            booking = await store.events.booking(connection, event.appointment_id)
            on_update(FeedUpdate(event, booking))

    await listener.start()
    on_listening()
    consumer = asyncio.ensure_future(deliver())
    try:
        await stop.wait()
    finally:
        await listener.stop()
        consumer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await consumer


__all__ = ["EventListener", "OnEvent", "follow"]

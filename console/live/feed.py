"""The live feed of one connection: log every event first, re-read, then update the row — no Qt.

Three sources feed it: the webhook receiver (:meth:`Feed.receive`), the poller
(:meth:`Feed.found`) and the console's own cancels and reschedules (:meth:`Feed.own_action`).
Each event is written to the store's event log before anything else happens; the log drops an
event it already holds (same appointment, type and updatedAt), so a duplicate delivery or a
change both a webhook and the poller saw shows once. A webhook is only a hint: meetergo signs
nothing, so the appointment is read back from the API before its row changes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.api.errors import ApiConnectionError, ApiError
from console.live.events import (
    BOOKING_EVENTS,
    PENDING_ENDED,
    PENDING_FOUND,
    FeedEvent,
    booking_from,
    parse_body,
    parse_event,
)
from console.store.records import BookingRecord, EventRecord, EventResult, EventSource, NewEvent
from console.store.timestamps import now

if TYPE_CHECKING:
    from console.api.client import MeetergoClient
    from console.store import Store

log = logging.getLogger(__name__)

#: The feed's modes, as the status bar names them.
WEBHOOKS_LIVE = "webhooks"
POLLING_ONLY = "polling"
OFFLINE = "offline"


@dataclass(frozen=True)
class FeedUpdate:
    """A new event in the log, and the booking row it left (None when the row did not change);
    ``removed`` names a row that is gone (a provisional booking pending no more)."""

    event: EventRecord
    booking: BookingRecord | None
    removed: str | None = None


@dataclass(frozen=True)
class FeedStatus:
    """What the status bar shows: the mode, the last event, and a quiet webhook if any.

    ``webhook_quiet_since`` is set when the poller found ``found_by_polling`` events the
    webhook did not deliver since then ("webhook quiet since 14:02, 3 events found by polling").
    """

    mode: str
    last_event_at: datetime | None
    webhook_quiet_since: datetime | None
    found_by_polling: int


Listener = Callable[[FeedUpdate], None]
StatusListener = Callable[[FeedStatus], None]


class Feed:
    """The event log and bookings of one connection, fed by webhooks, polling and own actions."""

    def __init__(
        self,
        store: Store,
        client: MeetergoClient,
        connection: str,
        *,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.store = store
        self.client = client
        self.connection = connection
        self._clock = clock
        self._listeners: list[Listener] = []
        self._status_listeners: list[StatusListener] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self.receiver_running = False
        self.webhook_registered = False
        self.reachable = True
        self.last_event_at: datetime | None = None
        self._last_webhook_at: datetime | None = None
        self._quiet_since: datetime | None = None
        self._found_by_polling = 0

    # -- listeners -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` for every new event once its row is current; returns unsubscribe."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_status(self, listener: StatusListener) -> Callable[[], None]:
        """Call ``listener`` whenever :meth:`status` may have changed; returns unsubscribe."""
        self._status_listeners.append(listener)
        return lambda: (
            self._status_listeners.remove(listener) if listener in self._status_listeners else None
        )

    def status(self) -> FeedStatus:
        """The feed's state now."""
        if not self.reachable:
            mode = OFFLINE
        elif self.receiver_running and self.webhook_registered and not self._found_by_polling:
            mode = WEBHOOKS_LIVE
        else:
            mode = POLLING_ONLY
        quiet = self._quiet_since if self._found_by_polling and self.receiver_running else None
        return FeedStatus(mode, self.last_event_at, quiet, self._found_by_polling if quiet else 0)

    def status_changed(self) -> None:
        """Tell the status listeners (the poller and receiver call it after changing state)."""
        status = self.status()
        for listener in list(self._status_listeners):
            listener(status)

    def receiver_started(self) -> None:
        """The receiver listens: webhooks quiet from now on count from now."""
        self.receiver_running = True
        self._quiet_since = self._last_webhook_at or self._clock()
        self.status_changed()

    def receiver_stopped(self) -> None:
        self.receiver_running = False
        self.status_changed()

    # -- the three sources ---------------------------------------------------------------------

    async def receive(self, body: bytes) -> EventRecord | None:
        """A webhook body: logged before this returns (then the receiver acknowledges).

        Raises ``ValueError`` for a body that is no meetergo webhook (bad UTF-8, bad JSON,
        neither envelope). Returns None for a duplicate. The appointment is re-read in the
        background; :meth:`drain` waits for that.
        """
        event = parse_event(parse_body(body))
        self._last_webhook_at = self._clock()
        self._quiet_since = self._last_webhook_at
        if self._found_by_polling:
            self._found_by_polling = 0
            self.status_changed()
        record = await self._log(event, EventSource.WEBHOOK, body.decode("utf-8"))
        if record is not None:
            self._spawn(self._process(record, event, reread=True))
        return record

    async def found(
        self, appointment: Mapping[str, Any], event_type: str, *, missed: bool = True
    ) -> EventRecord | None:
        """A change the poller saw in a freshly read appointment; None when already logged.

        ``missed`` False: the first sync of an empty store, which no webhook could have brought.
        """
        event = _event_of(appointment, event_type)
        record = await self._log(event, EventSource.POLL, json.dumps(dict(appointment)))
        if record is not None:
            if self.receiver_running and missed:
                self._found_by_polling += 1
            await self._process(record, event, reread=False)
        return record

    async def own_action(
        self, appointment: Mapping[str, Any], event_type: str
    ) -> EventRecord | None:
        """The console's own cancel or reschedule, with the appointment the API answered."""
        event = _event_of(appointment, event_type)
        record = await self._log(event, EventSource.ACTION, json.dumps(dict(appointment)))
        if record is not None:
            await self._process(record, event, reread=False)
        return record

    async def pending_ended(self, booking: BookingRecord) -> EventRecord | None:
        """A provisional booking the poller no longer finds pending: logged, its row removed."""
        record = await self.store.events.record(
            self.connection,
            NewEvent(
                appointment_id=booking.appointment_id,
                event_type=PENDING_ENDED,
                updated_at=booking.updated_at.isoformat() if booking.updated_at else "",
                source=EventSource.POLL,
                raw=json.dumps({"id": booking.appointment_id, "status": booking.status}),
                previous_appointment_id=None,
            ),
        )
        if record is None:
            return None
        await self.store.events.forget_booking(self.connection, booking.appointment_id)
        await self.store.events.set_result(record.id, EventResult.APPLIED)
        self.last_event_at = record.received_at
        update = FeedUpdate(
            dataclasses.replace(record, result=EventResult.APPLIED),
            None,
            removed=booking.appointment_id,
        )
        for listener in list(self._listeners):
            listener(update)
        self.status_changed()
        return record

    async def replay(self, event_id: int) -> BookingRecord | None:
        """Process a logged event again (re-reading its appointment); the row it left."""
        record = await self.store.events.get(event_id)
        if record is None:
            raise LookupError(f"no event {event_id}")
        event = (
            parse_event(json.loads(record.raw))
            if record.source is EventSource.WEBHOOK
            else (_event_of(json.loads(record.raw), record.event_type))
        )
        return await self._process(record, event, reread=True)

    async def drain(self) -> None:
        """Wait until every event received so far is processed."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Finish what was received (an acknowledged event is processed, not dropped)."""
        await self.drain()

    # -- processing ----------------------------------------------------------------------------

    async def _log(self, event: FeedEvent, source: EventSource, raw: str) -> EventRecord | None:
        return await self.store.events.record(
            self.connection,
            NewEvent(
                appointment_id=event.appointment_id,
                event_type=event.event_type,
                updated_at=event.updated_at,
                source=source,
                raw=raw,
                previous_appointment_id=event.previous_appointment_id,
            ),
        )

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _process(
        self, record: EventRecord, event: FeedEvent, *, reread: bool
    ) -> BookingRecord | None:
        booking: BookingRecord | None = None
        result, problem = EventResult.APPLIED, None
        try:
            if event.event_type not in (*BOOKING_EVENTS, "booking_updated", PENDING_FOUND):
                result = EventResult.IGNORED
                await self.store.events.set_result(record.id, result)
            else:
                appointment: Mapping[str, Any] = event.appointment
                if reread and event.event_type != PENDING_FOUND:
                    fresh = await self.client.appointments.get(event.appointment_id)
                    appointment = fresh.model_dump(mode="json", by_alias=True)
                booking = await self.store.events.apply(
                    self.connection,
                    record.id,
                    booking_from(
                        appointment,
                        meeting_type_name=_meeting_type_name(event.appointment),
                        previous_appointment_id=event.previous_appointment_id,
                    ),
                )
        except (ApiError, ValueError) as error:
            # Kept in the log as failed: a replay re-reads it once the API answers again.
            log.warning("event %s not applied: %s", record.id, error)
            result, problem = EventResult.FAILED, str(error)
            await self.store.events.set_result(record.id, result, problem)
            if isinstance(error, ApiConnectionError):
                self.reachable = False
        self.last_event_at = record.received_at
        update = FeedUpdate(dataclasses.replace(record, result=result, error=problem), booking)
        for listener in list(self._listeners):
            listener(update)
        self.status_changed()
        return booking


def _event_of(appointment: Mapping[str, Any], event_type: str) -> FeedEvent:
    return parse_event({"webhookType": event_type, **appointment})


def _meeting_type_name(appointment: Mapping[str, Any]) -> str | None:
    mt = appointment.get("meetingType")
    if isinstance(mt, Mapping):
        info = mt.get("meetingInfo")
        if isinstance(info, Mapping) and info.get("name"):
            return str(info["name"])
    return None

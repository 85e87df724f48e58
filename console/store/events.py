"""The live feed's event log and the bookings it keeps current; ``store.events``.

An event is written before anything acts on it (the receiver acknowledges only after that), so
a crash loses nothing that was acknowledged. The log's identity is (appointment id, event type,
updatedAt): meetergo may deliver a webhook twice and the poller may find the same change, and
either is logged once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection
from sqlalchemy.engine import Row

from console.store import schema
from console.store.portable import insert_ignoring, upsert
from console.store.records import (
    BookingRecord,
    EventRecord,
    EventResult,
    EventSource,
    NewEvent,
)
from console.store.timestamps import aware, must, now

if TYPE_CHECKING:
    from console.store.db import Store

_E = schema.booking_events
_B = schema.bookings


class EventLog:
    """Reads and writes of the event log and the bookings table; ``store.events``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def record(self, connection: str, event: NewEvent) -> EventRecord | None:
        """Log an event; None when the same (appointment, type, updatedAt) is logged already."""
        return await self._db.write(lambda conn: _record(conn, connection, event, now()))

    async def set_result(
        self, event_id: int, result: EventResult, error: str | None = None
    ) -> None:
        """Note what processing the event did."""

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.update(_E).where(_E.c.id == event_id).values(result=result.value, error=error)
            )

        await self._db.write(run)

    async def apply(self, connection: str, event_id: int, booking: BookingRecord) -> BookingRecord:
        """Write an event's booking and mark the event applied, in one transaction.

        What the new row does not know (the meeting type's name, the booking it replaced) is
        kept from the row it replaces. Returns the row as written.
        """

        def run(conn: DbConnection) -> BookingRecord:
            written = booking
            if written.meeting_type_name is None or written.previous_appointment_id is None:
                before = conn.execute(
                    sa.select(_B.c.meeting_type_name, _B.c.previous_appointment_id).where(
                        _B.c.connection == connection,
                        _B.c.appointment_id == booking.appointment_id,
                    )
                ).first()
                if before is not None:
                    written = dataclasses.replace(
                        written,
                        meeting_type_name=written.meeting_type_name or before[0],
                        previous_appointment_id=written.previous_appointment_id or before[1],
                    )
            _write_bookings(conn, connection, [written])
            conn.execute(
                sa.update(_E)
                .where(_E.c.id == event_id)
                .values(result=EventResult.APPLIED.value, error=None)
            )
            return written

        return await self._db.write(run)

    async def get(self, event_id: int) -> EventRecord | None:
        """One logged event."""

        def run(conn: DbConnection) -> EventRecord | None:
            row = conn.execute(sa.select(_E).where(_E.c.id == event_id)).first()
            return _event(row) if row is not None else None

        return await self._db.read(run)

    async def latest(
        self, connection: str, limit: int = 200, *, after_id: int = 0
    ) -> list[EventRecord]:
        """The newest events (newest first), or those after ``after_id``."""

        def run(conn: DbConnection) -> list[EventRecord]:
            query = (
                sa.select(_E)
                .where(_E.c.connection == connection, _E.c.id > after_id)
                .order_by(_E.c.id.desc())
                .limit(limit)
            )
            return [_event(r) for r in conn.execute(query)]

        return await self._db.read(run)

    async def history(self, connection: str, appointment_id: str) -> list[EventRecord]:
        """Every event of a booking and of the bookings it replaced, oldest first.

        A reschedule that made a new appointment names the one it moved
        (``previous_appointment_id``), so following those links gives the booking's chain.
        """

        def run(conn: DbConnection) -> list[EventRecord]:
            ids: list[str] = []
            current: str | None = appointment_id
            while current is not None and current not in ids:
                ids.append(current)
                current = conn.execute(
                    sa.select(_E.c.previous_appointment_id)
                    .where(
                        _E.c.connection == connection,
                        _E.c.appointment_id == current,
                        _E.c.previous_appointment_id.is_not(None),
                    )
                    .limit(1)
                ).scalar_one_or_none()
            query = (
                sa.select(_E)
                .where(_E.c.connection == connection, _E.c.appointment_id.in_(ids))
                .order_by(_E.c.id)
            )
            return [_event(r) for r in conn.execute(query)]

        return await self._db.read(run)

    async def count(self, connection: str) -> int:
        """How many events the connection's log holds."""

        def run(conn: DbConnection) -> int:
            return int(
                conn.execute(
                    sa.select(sa.func.count()).select_from(_E).where(_E.c.connection == connection)
                ).scalar_one()
            )

        return await self._db.read(run)

    # -- bookings ------------------------------------------------------------------------------

    async def forget_booking(self, connection: str, appointment_id: str) -> None:
        """Drop a booking row (its events stay in the log): a provisional one that ended."""
        await self._db.write(
            lambda conn: conn.execute(
                sa.delete(_B).where(
                    _B.c.connection == connection, _B.c.appointment_id == appointment_id
                )
            )
        )

    async def upsert_bookings(self, connection: str, bookings: Sequence[BookingRecord]) -> None:
        """Write bookings as last read (replacing the rows of the same appointments)."""
        rows = list(bookings)
        await self._db.write(lambda conn: _write_bookings(conn, connection, rows))

    async def bookings(
        self,
        connection: str,
        *,
        host_ids: Sequence[str] | None = None,
        start_from: datetime | None = None,
        start_before: datetime | None = None,
        statuses: Sequence[str] | None = None,
    ) -> list[BookingRecord]:
        """The connection's bookings by start (without the raw JSON, for speed)."""

        def run(conn: DbConnection) -> list[BookingRecord]:
            query = sa.select(*_BOOKING_COLUMNS).where(_B.c.connection == connection)
            if host_ids is not None:
                query = query.where(_B.c.host_id.in_(list(host_ids)))
            if start_from is not None:
                query = query.where(_B.c.start >= start_from)
            if start_before is not None:
                query = query.where(_B.c.start < start_before)
            if statuses is not None:
                query = query.where(_B.c.status.in_(list(statuses)))
            return [_booking(r) for r in conn.execute(query.order_by(_B.c.start))]

        return await self._db.read(run)

    async def booking(self, connection: str, appointment_id: str) -> BookingRecord | None:
        """One booking with its raw JSON, or None."""

        def run(conn: DbConnection) -> BookingRecord | None:
            row = conn.execute(
                sa.select(*_BOOKING_COLUMNS, _B.c.raw).where(
                    _B.c.connection == connection, _B.c.appointment_id == appointment_id
                )
            ).first()
            return _booking(row, raw=dict(row.raw)) if row is not None else None

        return await self._db.read(run)


def _record(
    conn: DbConnection, connection: str, event: NewEvent, at: datetime
) -> EventRecord | None:
    values: dict[str, Any] = {
        "connection": connection,
        "appointment_id": event.appointment_id,
        "event_type": event.event_type,
        "updated_at": event.updated_at,
        "source": event.source.value,
        "received_at": at,
        "raw": event.raw,
        "result": EventResult.PENDING.value,
        "error": None,
        "previous_appointment_id": event.previous_appointment_id,
    }
    # Insert-unless-logged in one statement: on a shared store the relay and a console (or two
    # relays) may log the same event at the same moment, and a look-then-insert would let both
    # through to the unique constraint.
    new_id = conn.execute(
        insert_ignoring(conn, _E, ("connection", "appointment_id", "event_type", "updated_at"))
        .values(**values)
        .returning(_E.c.id)
    ).scalar_one_or_none()
    if new_id is None:
        return None
    return EventRecord(
        id=int(new_id),
        appointment_id=event.appointment_id,
        event_type=event.event_type,
        updated_at=event.updated_at,
        source=event.source,
        received_at=at,
        raw=event.raw,
        result=EventResult.PENDING,
        error=None,
        previous_appointment_id=event.previous_appointment_id,
    )


def _event(r: Row[Any]) -> EventRecord:
    return EventRecord(
        id=r.id,
        appointment_id=r.appointment_id,
        event_type=r.event_type,
        updated_at=r.updated_at,
        source=EventSource(r.source),
        received_at=must(r.received_at),
        raw=r.raw,
        result=EventResult(r.result),
        error=r.error,
        previous_appointment_id=r.previous_appointment_id,
    )


_BOOKING_COLUMNS = (
    _B.c.appointment_id,
    _B.c.host_id,
    _B.c.meeting_type_id,
    _B.c.meeting_type_name,
    _B.c.start,
    _B.c.end,
    _B.c.client_name,
    _B.c.client_email,
    _B.c.status,
    _B.c.created_at,
    _B.c.updated_at,
    _B.c.previous_appointment_id,
)


def _booking(r: Row[Any], raw: dict[str, Any] | None = None) -> BookingRecord:
    return BookingRecord(
        appointment_id=r[0],
        host_id=r[1],
        meeting_type_id=r[2],
        meeting_type_name=r[3],
        start=aware(r[4]),
        end=aware(r[5]),
        client_name=r[6],
        client_email=r[7],
        status=r[8],
        created_at=aware(r[9]),
        updated_at=aware(r[10]),
        previous_appointment_id=r[11],
        raw=raw or {},
    )


def _write_bookings(conn: DbConnection, connection: str, rows: list[BookingRecord]) -> None:
    if not rows:
        return
    upsert(
        conn,
        _B,
        ("connection", "appointment_id"),
        [
            {
                "connection": connection,
                "appointment_id": b.appointment_id,
                "host_id": b.host_id,
                "meeting_type_id": b.meeting_type_id,
                "meeting_type_name": b.meeting_type_name,
                "start": b.start,
                "end": b.end,
                "client_name": b.client_name,
                "client_email": b.client_email,
                "status": b.status,
                "created_at": b.created_at,
                "updated_at": b.updated_at,
                "previous_appointment_id": b.previous_appointment_id,
                "raw": b.raw,
            }
            for b in rows
        ],
    )

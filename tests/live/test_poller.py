"""The poller's back-off, and replaying a logged event."""

from __future__ import annotations

import json

import pytest
from starlette.applications import Starlette

from console.api import MeetergoClient
from console.live.feed import Feed
from console.live.poller import Poller
from console.store import EventResult, EventSource, Store
from tests.live.conftest import CONNECTION
from tests.sandbox.conftest import NOW


class StopPolling(Exception):
    pass


@pytest.mark.asyncio
async def test_the_interval_doubles_while_nothing_changes_and_resets_on_a_change(
    app: Starlette, feed: Feed
) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3:
            app.state.sandbox.traffic.step("book")  # a client books while the poller waits
        if len(waits) == 5:
            raise StopPolling

    poller = Poller(feed, interval=10, max_interval=40, sleep=sleep, clock=lambda: NOW)
    with pytest.raises(StopPolling):
        await poller.run()
    # first sync found the seed (reset to 10), then idle 20, 40, then the booking: 10, idle 20
    assert waits == [10, 20, 40, 10, 20]
    assert poller.polls == 5


@pytest.mark.asyncio
async def test_a_replayed_event_re_reads_its_appointment(
    app: Starlette, client: MeetergoClient, feed: Feed, store: Store
) -> None:
    state = app.state.sandbox
    assert state.traffic.step("book") == "booked"
    doc = state.db.doc("SELECT doc FROM appointments ORDER BY rowid DESC LIMIT 1", ())
    record = await feed.receive(json.dumps({"webhookType": "booking_created", **doc}).encode())
    assert record is not None
    await feed.drain()
    await client.appointments.cancel(doc["id"], reason="moved away")
    booking = await feed.replay(record.id)
    assert booking is not None and booking.status == "cancelled"
    replayed = await store.events.get(record.id)
    assert replayed is not None
    assert (replayed.source, replayed.result) == (EventSource.WEBHOOK, EventResult.APPLIED)
    assert await store.events.count(CONNECTION) == 1


@pytest.mark.asyncio
async def test_a_pending_booking_is_shown_until_confirmed_then_its_appointment_replaces_it(
    app: Starlette, client: MeetergoClient, feed: Feed, store: Store
) -> None:
    from tests.sandbox.conftest import client_for
    from tests.sandbox.test_provisional_bookings import _pending

    poller = Poller(feed, clock=lambda: NOW)
    await poller.poll_once()  # the seed
    async with client_for(app, app.state.sandbox.demo_api_key) as owner:
        user_id, _mt, _starts, [provisional_id] = await _pending(owner, 1)
        updates: list[object] = []
        feed.subscribe(updates.append)

        assert await poller.poll_once() == 1
        pending = await store.events.bookings(CONNECTION, statuses=["pending"])
        assert [(b.appointment_id, b.client_email, b.host_id) for b in pending] == [
            (f"provisional:{provisional_id}", "kunde0@example.com", user_id)
        ]
        assert await poller.poll_once() == 0  # still pending: nothing new

        confirmed = await owner.post(f"/_sandbox/provisional-booking/{provisional_id}/confirm")
        assert confirmed.status_code == 200
        assert await poller.poll_once() == 2  # the appointment, and the pending one ended
    assert await store.events.bookings(CONNECTION, statuses=["pending"]) == []
    kinds = [(u.event.event_type, u.removed) for u in updates]  # type: ignore[attr-defined]
    assert ("booking_pending_ended", f"provisional:{provisional_id}") in kinds
    assert ("booking_created", None) in kinds
    history = await store.events.history(CONNECTION, f"provisional:{provisional_id}")
    assert [e.event_type for e in history] == ["booking_pending", "booking_pending_ended"]

"""The event log on both engines: one entry per (appointment, type, updatedAt), even when two
stores on one database log the same event at once."""

from __future__ import annotations

import asyncio

import pytest

from console.store import EventSource, NewEvent, Store


def _event(source: EventSource = EventSource.WEBHOOK) -> NewEvent:
    return NewEvent("a1", "booking_created", "2026-12-01T10:00:00Z", source, '{"id": "a1"}')


@pytest.mark.asyncio
async def test_an_event_delivered_twice_is_logged_once(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        first = await store.events.record("Agency", _event())
        again = await store.events.record("Agency", _event(EventSource.POLL))
        other = await store.events.record("Other", _event())
        assert first is not None and first.source is EventSource.WEBHOOK
        assert again is None
        assert other is not None and other.id != first.id
        assert [e.id for e in await store.events.latest("Agency")] == [first.id]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_two_stores_logging_the_same_events_together_log_each_once(store_url: str) -> None:
    one, two = Store.open(store_url), Store.open(store_url)
    try:
        events = [
            NewEvent(f"a{i}", "booking_created", "", EventSource.WEBHOOK, "{}") for i in range(20)
        ]
        results = await asyncio.gather(
            *(s.events.record("Agency", e) for e in events for s in (one, two))
        )
        logged = [r for r in results if r is not None]
        assert sorted(r.appointment_id for r in logged) == sorted(e.appointment_id for e in events)
        assert await one.events.count("Agency") == 20
    finally:
        await one.close()
        await two.close()

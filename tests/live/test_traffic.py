"""The sandbox's traffic simulator sending real webhooks to the receiver on loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from starlette.applications import Starlette

from console.api import MeetergoClient
from console.live.events import booking_from
from console.live.feed import POLLING_ONLY, WEBHOOKS_LIVE, FeedUpdate
from console.live.watch import LiveFeed
from console.store import EventSource, Store
from tests.live.conftest import CONNECTION
from tests.sandbox.conftest import NOW


def _live(store: Store, client: MeetergoClient) -> LiveFeed:
    return LiveFeed(
        store,
        client,
        CONNECTION,
        token="traffic-token-0123456789",
        register_local=True,
        poll_interval=3600,  # the tests poll when they choose to
        clock=lambda: NOW,
    )


async def _updates(live: LiveFeed, count: int, act: object) -> list[FeedUpdate]:
    """Run ``act`` and wait (up to 10 s) until ``count`` new events are applied."""
    seen: list[FeedUpdate] = []
    done = asyncio.get_running_loop().create_future()

    def on_update(update: FeedUpdate) -> None:
        seen.append(update)
        if len(seen) >= count and not done.done():
            done.set_result(None)

    unsubscribe = live.feed.subscribe(on_update)
    try:
        assert callable(act)
        act()
        await asyncio.wait_for(done, 10)
    finally:
        unsubscribe()
    return seen


async def _sandbox_rows(app: Starlette, client: MeetergoClient) -> dict[str, str]:
    rows = {}
    async for appointment in client.appointments.list(start=NOW.replace(day=1)):
        rows[appointment.id] = booking_from(appointment.model_dump(mode="json", by_alias=True))
    return {k: v.status for k, v in rows.items()}


@pytest.mark.asyncio
async def test_simulated_bookings_arrive_by_webhook_and_none_is_lost_while_the_receiver_is_down(
    app: Starlette, client: MeetergoClient, tmp_path: Path
) -> None:
    state = app.state.sandbox
    store = Store.open(tmp_path / "console.sqlite3")
    live = _live(store, client)
    await live.start()
    try:
        assert live.registration is not None
        assert live.registration.count == 1
        assert live.feed.status().mode == WEBHOOKS_LIVE

        updates = await _updates(live, 3, lambda: [state.traffic.step("book") for _ in range(3)])
        assert {u.event.source for u in updates} == {EventSource.WEBHOOK}
        assert all(u.booking is not None and u.booking.status == "confirmed" for u in updates)

        # The receiver goes down; the clients keep booking, cancelling and rescheduling.
        assert live.receiver is not None
        await live.receiver.stop()
        for action in ("book", "book", "cancel", "reschedule", "book"):
            state.traffic.step(action)
        found = await live.poll_now()
        assert found >= 4
        assert await _sandbox_rows(app, client) == {
            b.appointment_id: b.status
            for b in await store.events.bookings(CONNECTION, start_from=NOW.replace(day=1))
        }
    finally:
        await live.stop()
        await store.close()

    # A restart keeps the log and the rows.
    reopened = Store.open(tmp_path / "console.sqlite3")
    try:
        assert await reopened.events.count(CONNECTION) >= 3 + found
        sources = {e.source for e in await reopened.events.latest(CONNECTION, 1000)}
        assert sources == {EventSource.WEBHOOK, EventSource.POLL}
    finally:
        await reopened.close()


@pytest.mark.asyncio
async def test_a_quiet_webhook_is_flagged_when_polling_finds_what_it_missed(
    app: Starlette, client: MeetergoClient, store: Store
) -> None:
    state = app.state.sandbox
    live = _live(store, client)
    await live.start()
    try:
        assert live.registration is not None and live.registration.ours is not None
        # Someone removes the console's webhook in meetergo: nothing is delivered any more.
        await client.webhooks.delete(live.registration.ours.id)
        state.traffic.step("book")
        state.traffic.step("book")
        assert await live.poll_now() == 2
        status = live.feed.status()
        assert status.mode == POLLING_ONLY
        assert status.found_by_polling == 2
        assert status.webhook_quiet_since is not None
    finally:
        await live.stop()


@pytest.mark.asyncio
async def test_registering_again_replaces_the_consoles_stale_webhook(
    client: MeetergoClient, store: Store
) -> None:
    from console.live.registration import register

    first = await register(client, "http://127.0.0.1:1/hooks/old", "console-a")
    other = await client.webhooks.create("https://elsewhere.example/hook", ["booking_created"])
    second = await register(client, "http://127.0.0.1:2/hooks/new", "console-a")
    assert first.ours is not None and second.ours is not None
    assert second.removed == [first.ours.id]
    assert {h.endpoint for h in await client.webhooks.list()} == {
        "https://elsewhere.example/hook",
        "http://127.0.0.1:2/hooks/new",
    }
    assert other.id in {h.id for h in second.webhooks}
    assert second.count == 2

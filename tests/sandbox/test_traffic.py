"""The traffic simulator: bookings, cancellations and reschedules, with webhooks."""

from __future__ import annotations

import pytest

from tests.sandbox.receiver import Receiver


@pytest.mark.asyncio
async def test_the_traffic_simulator_books_cancels_and_reschedules(app):
    state = app.state.sandbox

    def counts() -> tuple[int, int]:
        return (
            state.db.one("SELECT COUNT(*) FROM appointments")[0],
            state.db.one("SELECT COUNT(*) FROM appointments WHERE cancelled = 1")[0],
        )

    total, cancelled = counts()
    assert state.traffic.step("book") == "booked"
    assert counts() == (total + 1, cancelled)
    assert state.traffic.step("cancel") == "cancelled"
    assert counts() == (total + 1, cancelled + 1)
    assert state.traffic.step("reschedule") == "rescheduled"
    assert state.db.one("SELECT COUNT(*) FROM appointments WHERE doc LIKE '%rescheduledAt\":\"%'")
    assert {state.traffic.step() for _ in range(40)} >= {"booked", "cancelled"}


@pytest.mark.asyncio
async def test_traffic_started_by_the_admin_route_fires_booking_webhooks(app, owner):
    async with Receiver() as receiver:
        await owner.post(
            "/webhooks", json={"endpoint": receiver.url, "eventTypes": ["booking_created"]}
        )
        started = await owner.post("/_sandbox/traffic", json={"rate_per_minute": 3000})
        assert started.json()["running"] is True
        [event] = await receiver.wait_for(1)
        stopped = await owner.post("/_sandbox/traffic", json={"rate_per_minute": 0})
    assert event["webhookType"] == "booking_created"
    assert stopped.json()["running"] is False
    assert (await owner.post("/_sandbox/traffic", json={"rate_per_minute": -1})).status_code == 400

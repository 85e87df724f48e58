"""The webhook receiver on loopback: bad input is refused alone, good events are logged once."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from starlette.applications import Starlette

from console.api import MeetergoClient
from console.live.feed import Feed
from console.live.receiver import MAX_BODY, Receiver, ReceiverApp, receiver_token
from console.store import EventResult, EventSource, Store
from tests.live.conftest import CONNECTION

TOKEN = "test-token-0123456789"


@pytest_asyncio.fixture
async def receiver(feed: Feed) -> AsyncIterator[Receiver]:
    server = Receiver(ReceiverApp(TOKEN, feed.receive), "127.0.0.1", 0)
    await server.start()
    yield server
    await server.stop()


async def _appointment(app: Starlette) -> dict[str, Any]:
    """A real appointment of the sandbox, as its webhooks carry it."""
    state = app.state.sandbox
    assert state.traffic.step("book") == "booked"
    doc = state.db.doc("SELECT doc FROM appointments ORDER BY rowid DESC LIMIT 1", ())
    assert doc is not None
    return dict(doc)


async def _post(url: str, content: bytes, method: str = "POST") -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.request(
            method, url, content=content, headers={"content-type": "application/json"}
        )


@pytest.mark.asyncio
async def test_bad_deliveries_are_refused_and_the_next_good_event_still_arrives(
    app: Starlette, feed: Feed, store: Store, receiver: Receiver
) -> None:
    appt = await _appointment(app)
    base = receiver.url.rsplit("/hooks/", 1)[0]
    good = json.dumps({"webhookType": "booking_created", **appt}).encode()

    assert (await _post(receiver.url, b"x" * (MAX_BODY + 1))).status_code == 413
    assert (await _post(receiver.url, b'{"webhookType": "booking_created",')).status_code == 400
    assert (await _post(receiver.url, b'{"webhookType": "\xff\xfe"}')).status_code == 400
    assert (await _post(receiver.url, b"[1, 2]")).status_code == 400
    assert (await _post(receiver.url, b'{"hello": "world"}')).status_code == 400
    assert (await _post(f"{base}/hooks/wrong-token", good)).status_code == 404
    assert (await _post(f"{base}/other", good)).status_code == 404
    wrong_method = await _post(receiver.url, b"", method="GET")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "POST"
    assert await store.events.count(CONNECTION) == 0

    assert (await _post(receiver.url, good)).status_code == 200
    await feed.drain()
    [event] = await store.events.latest(CONNECTION)
    assert (event.appointment_id, event.source, event.result) == (
        appt["id"],
        EventSource.WEBHOOK,
        EventResult.APPLIED,
    )
    assert json.loads(event.raw)["id"] == appt["id"]
    booking = await store.events.booking(CONNECTION, appt["id"])
    assert booking is not None
    assert booking.status == "confirmed"
    assert booking.client_email == appt["attendees"][0]["email"]


@pytest.mark.asyncio
async def test_a_duplicate_delivery_is_stored_once(
    app: Starlette, feed: Feed, store: Store, receiver: Receiver
) -> None:
    appt = await _appointment(app)
    body = json.dumps({"webhookType": "booking_created", **appt}).encode()
    answers = [(await _post(receiver.url, body)).status_code for _ in range(3)]
    await feed.drain()
    assert answers == [200, 200, 200]
    assert await store.events.count(CONNECTION) == 1


@pytest.mark.asyncio
async def test_both_envelopes_both_cancel_spellings_and_the_nested_reschedule_are_read(
    app: Starlette, client: MeetergoClient, feed: Feed, store: Store, receiver: Receiver
) -> None:
    appt = await _appointment(app)
    older = {"event": "booking_created", "data": appt}
    assert (await _post(receiver.url, json.dumps(older).encode())).status_code == 200

    # Cancelled in meetergo; the webhook spells the cancel its own way.
    await client.appointments.cancel(appt["id"], reason="ill")
    cancel_body = {
        "webhookType": "booking_cancelled",
        **appt,
        "isCancelled": True,
        "updatedAt": "2026-03-02T08:05:00Z",
        "cancel": {"cancelledAt": "2026-03-02T08:05:00Z", "cancelledBy": "attendee"},
    }
    assert (await _post(receiver.url, json.dumps(cancel_body).encode())).status_code == 200
    await feed.drain()
    types = [e.event_type for e in reversed(await store.events.latest(CONNECTION))]
    assert types == ["booking_created", "booking_cancelled"]
    row = await store.events.booking(CONNECTION, appt["id"])
    assert row is not None
    assert row.status == "cancelled"

    moved = {**appt, "id": "moved-" + appt["id"], "start": "2026-03-05T10:00:00Z"}
    nested = {
        "webhookType": "booking_rescheduled",
        "id": appt["id"],
        "oldStartDate": appt["start"],
        "rescheduledAppointment": {**moved, "rescheduledAt": "2026-03-02T08:06:00Z"},
    }
    assert (await _post(receiver.url, json.dumps(nested).encode())).status_code == 200
    await feed.drain()
    [latest, *_] = await store.events.latest(CONNECTION)
    assert latest.event_type == "booking_rescheduled"
    assert latest.appointment_id == moved["id"]
    assert latest.previous_appointment_id == appt["id"]
    chain = await store.events.history(CONNECTION, moved["id"])
    assert [e.event_type for e in chain] == [
        "booking_created",
        "booking_cancelled",
        "booking_rescheduled",
    ]


@pytest.mark.asyncio
async def test_the_token_is_made_once_and_kept_in_the_keyring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", "ak_live:not-the-token")
    first = receiver_token()
    assert first == receiver_token()
    assert len(first) >= 24
    assert "ak_live" not in first

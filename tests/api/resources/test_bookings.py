"""``POST /v4/booking``: the body sent and both kinds of answer read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.api import Attendee
from tests.api.conftest import BASE, body_of
from tests.api.resources.samples import assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_booking_create_sends_the_current_attendee_shape(client, respx_mock):
    route = respx_mock.post("/v4/booking").respond(
        201, json={"appointmentId": "ap1", "secret": "s"}
    )
    result = await client.bookings.create(
        "mt1",
        datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        Attendee(email="kunde@example.de", firstname="Erika", lastname="Muster", language="de"),
        host_ids=["u1"],
    )
    assert_common_headers(route.calls.last.request)
    assert body_of(route.calls.last.request) == {
        "meetingTypeId": "mt1",
        "start": "2026-03-02T09:00:00+00:00",
        "attendee": {
            "email": "kunde@example.de",
            "firstname": "Erika",
            "lastname": "Muster",
            "language": "de",
            "receiveReminders": True,
            "notes": {},
            "dataPolicyAccepted": True,
        },
        "hostIds": ["u1"],
    }
    assert result.appointment_id == "ap1" and not result.pending


async def test_booking_create_reads_a_pending_answer(client, respx_mock):
    respx_mock.post("/v4/booking").respond(
        201, json={"bookingType": "doubleOptIn", "provisionalBookingId": "pb1"}
    )
    result = await client.bookings.create(
        "mt1", "2026-03-02T09:00:00Z", {"email": "k@example.de"}, queue_id="q1"
    )
    assert result.pending
    assert result.provisional_booking_id == "pb1"


async def test_booking_without_host_or_queue_is_refused_before_sending(client):
    with pytest.raises(ValueError, match="host_ids or queue_id"):
        await client.bookings.create("mt1", "2026-03-02T09:00:00Z", {"email": "k@example.de"})

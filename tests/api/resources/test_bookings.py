"""``POST /v4/booking``: the body sent and both kinds of answer read."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
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


async def test_provisional_bookings_are_walked_page_by_page_with_the_status_filter(
    client, respx_mock
):
    def item(n: int) -> dict[str, object]:
        return {
            "id": f"p{n}",
            "type": "doubleOptIn",
            "status": "pending",
            "meetingTypeId": "mt1",
            "hostIds": ["u1"],
            "dto": {"start": "2026-03-02T09:00:00.000Z", "attendee": {"email": f"k{n}@x.de"}},
            "createdAt": "2026-03-01T08:00:00.000Z",
        }

    route = respx_mock.get("/v4/provisional-booking/paginated")
    route.side_effect = [
        httpx.Response(200, json={"provisionalBookings": [item(0), item(1)], "total": 3}),
        httpx.Response(200, json={"provisionalBookings": [item(2)], "total": 3}),
    ]
    found = [p async for p in client.bookings.provisional(page_size=2)]
    assert [p.id for p in found] == ["p0", "p1", "p2"]
    assert found[0].dto["attendee"] == {"email": "k0@x.de"} and found[0].host_ids == ["u1"]
    first, second = (call.request.url.params for call in route.calls)
    assert dict(first) == {"page": "0", "pageSize": "2", "status": "pending"}
    assert second["page"] == "1"

"""``/v4/appointment``: paging, reading, cancelling and rescheduling."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.api.conftest import ACTING, BASE, body_of
from tests.api.resources.samples import APPOINTMENT, assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_appointments_list_walks_zero_based_pages_until_a_short_page(client, respx_mock):
    pages = {
        0: [{**APPOINTMENT, "id": "a0"}, {**APPOINTMENT, "id": "a1"}],
        1: [{**APPOINTMENT, "id": "a2"}, {**APPOINTMENT, "id": "a3"}],
        2: [{**APPOINTMENT, "id": "a4"}],
    }
    import httpx

    route = respx_mock.get("/v4/appointment/paginated").mock(
        side_effect=lambda request: httpx.Response(
            200, json={"appointments": pages[int(request.url.params["page"])], "total": 99}
        )
    )
    ids = [
        appt.id
        async for appt in client.acting_as("u1").appointments.list(
            start=date(2026, 3, 1), page_size=2, sort_by="appointment.start"
        )
    ]
    assert ids == ["a0", "a1", "a2", "a3", "a4"]
    assert [call.request.url.params["page"] for call in route.calls] == ["0", "1", "2"]
    first = route.calls[0].request
    assert first.url.params["pageSize"] == "2"
    assert first.url.params["start"] == "2026-03-01"
    assert first.url.params["sortBy"] == "appointment.start"
    assert first.headers[ACTING] == "u1"


async def test_appointments_list_stops_when_the_total_is_seen(client, respx_mock):
    route = respx_mock.get("/v4/appointment/paginated").respond(
        200, json={"appointments": [APPOINTMENT, {**APPOINTMENT, "id": "ap2"}], "total": 2}
    )
    assert len([a async for a in client.appointments.list(page_size=2)]) == 2
    assert route.call_count == 1


async def test_appointment_get(client, respx_mock):
    respx_mock.get("/v4/appointment/ap1").respond(200, json=APPOINTMENT)
    appt = await client.appointments.get("ap1")
    assert appt.start == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def test_appointment_cancel_posts_the_reason(client, respx_mock):
    route = respx_mock.post("/v4/appointment/ap1/cancel").respond(
        200, json={**APPOINTMENT, "isCancelled": True}
    )
    appt = await client.acting_as("u1").appointments.cancel("ap1", reason="Krankheit")
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {"reason": "Krankheit"}
    assert appt.cancelled


async def test_appointment_reschedule_unwraps_the_appointment(client, respx_mock):
    route = respx_mock.post("/v4/appointment/ap1/reschedule").respond(
        200, json={"appointment": {**APPOINTMENT, "start": "2026-03-03T10:00:00.000Z"}}
    )
    appt = await client.appointments.reschedule("ap1", "2026-03-03T10:00:00Z")
    assert body_of(route.calls.last.request) == {"start": "2026-03-03T10:00:00Z"}
    assert appt.start == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)

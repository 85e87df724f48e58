"""Provisional (pending) bookings: the paginated list, its status filter, and the sandbox's
admin route that confirms or declines them in place of the opt-in mail or the host's button."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.sandbox.conftest import NOW, client_for, make_app, shutdown
from tests.sandbox.hosts import attendee_body, listed_slots, new_host
from tests.sandbox.receiver import Receiver

LIST = "/v4/provisional-booking/paginated"


async def _pending(owner, count: int, flag: str = "requireHostConfirmation"):
    user_id, mt, _ = await new_host(owner, meetingOptions={flag: True})
    starts = (await listed_slots(owner, mt, user_id))[:count]
    ids = []
    for i, start in enumerate(starts):
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": attendee_body(f"kunde{i}@example.com"),
            },
        )
        assert response.status_code == 201
        ids.append(response.json()["provisionalBookingId"])
    return user_id, mt, starts, ids


@pytest.mark.asyncio
async def test_pending_bookings_are_listed_page_by_page_with_their_hosts_and_request(owner):
    user_id, mt, starts, ids = await _pending(owner, 3)
    first = (await owner.get(LIST, params={"page": 0, "pageSize": 2})).json()
    second = (await owner.get(LIST, params={"page": 1, "pageSize": 2})).json()
    assert first["total"] == second["total"] == 3
    items = first["provisionalBookings"] + second["provisionalBookings"]
    assert [i["id"] for i in items] == ids
    item = items[0]
    assert item["type"] == "requireHostConfirmation" and item["status"] == "pending"
    assert item["meetingTypeId"] == mt and item["dto"]["start"] == starts[0]
    assert item["dto"]["attendee"]["email"] == "kunde0@example.com"
    assert item["hosts"][0]["id"] == user_id and item["hosts"][0]["givenName"] == "Hanna"
    assert item["deletedAt"] is None


@pytest.mark.asyncio
async def test_confirming_books_the_appointment_and_fires_booking_created(owner, app):
    async with Receiver() as receiver:
        hook = {"endpoint": receiver.url, "eventTypes": ["booking_created"]}
        assert (await owner.post("/webhooks", json=hook)).status_code == 201
        user_id, mt, starts, ids = await _pending(owner, 2)
        response = await owner.post(f"/_sandbox/provisional-booking/{ids[0]}/confirm")
        assert response.status_code == 200
        confirmed = response.json()
        assert confirmed["status"] == "confirmed" and confirmed["appointmentId"]
        appt = (await owner.get(f"/v4/appointment/{confirmed['appointmentId']}")).json()
        assert appt["start"] == starts[0] and appt["attendees"][0]["email"] == "kunde0@example.com"
        assert starts[0] not in await listed_slots(owner, mt, user_id)
        (payload,) = await receiver.wait_for(1)
        assert payload["webhookType"] == "booking_created" and payload["id"] == appt["id"]
        again = await owner.post(f"/_sandbox/provisional-booking/{ids[0]}/confirm")
        assert again.status_code == 409
        pending = (await owner.get(LIST, params={"status": "pending"})).json()
        assert [i["id"] for i in pending["provisionalBookings"]] == [ids[1]]
        done = (await owner.get(LIST, params={"status": "confirmed"})).json()
        assert [i["id"] for i in done["provisionalBookings"]] == [ids[0]]


@pytest.mark.asyncio
async def test_declining_books_nothing_and_lists_it_as_declined_by_host(owner):
    user_id, mt, starts, ids = await _pending(owner, 1, flag="doubleOptIn")
    response = await owner.post(f"/_sandbox/provisional-booking/{ids[0]}/decline")
    assert response.status_code == 200
    assert response.json()["status"] == "declined_by_host" and response.json()["deletedAt"]
    listed = (await owner.get(LIST, params={"status": "declined_by_host"})).json()
    assert listed["total"] == 1
    assert starts[0] in await listed_slots(owner, mt, user_id)
    appts = (
        await owner.get(
            "/v4/appointment/paginated", params={"page": 0, "pageSize": 5, "userId": user_id}
        )
    ).json()
    assert appts["total"] == 0
    assert (await owner.post(f"/_sandbox/provisional-booking/{ids[0]}/confirm")).status_code == 409
    missing = await owner.post("/_sandbox/provisional-booking/nope/decline")
    assert missing.status_code == 404


@pytest.mark.asyncio
async def test_a_pending_booking_whose_time_has_passed_is_expired_and_cannot_be_confirmed():
    clock = [NOW]
    app = make_app(now=lambda: clock[0])
    try:
        async with client_for(app, app.state.sandbox.demo_api_key) as owner:
            _, _, _, ids = await _pending(owner, 1)
            clock[0] = NOW + timedelta(days=2)
            expired = (await owner.get(LIST, params={"status": "expired"})).json()
            assert [i["id"] for i in expired["provisionalBookings"]] == ids
            assert (await owner.get(LIST, params={"status": "pending"})).json()["total"] == 0
            refused = await owner.post(f"/_sandbox/provisional-booking/{ids[0]}/confirm")
            assert refused.status_code == 409
            assert "expired" in refused.json()["message"]
    finally:
        await shutdown(app)


@pytest.mark.asyncio
async def test_hosts_see_only_their_own_and_a_bad_status_is_a_400(owner, app):
    user_id, _, _, ids = await _pending(owner, 1)
    async with client_for(app, app.state.sandbox.demo_api_key, user_id) as host:
        mine = (await host.get(LIST)).json()
        assert [i["id"] for i in mine["provisionalBookings"]] == ids
    me = (await owner.get("/v4/user/me")).json()
    async with client_for(app, app.state.sandbox.demo_pat) as pat:
        assert (await pat.get(LIST, params={"userId": me["id"]})).json()["total"] == 0
    bad = await owner.get(LIST, params={"status": "maybe", "pageSize": 500})
    assert bad.status_code == 400
    message = bad.json()["message"]
    assert "pageSize must not be greater than 100" in message
    assert any(m.startswith("status must be one of") for m in message)
    async with client_for(app, None) as anonymous:
        assert (await anonymous.get(LIST)).status_code == 401

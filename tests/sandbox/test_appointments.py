"""Appointments: paginated listing and its filters, visibility, cancel and reschedule."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import NOW, client_for, pro_ids
from tests.sandbox.hosts import attendee_body, listed_slots, new_host
from tests.sandbox.receiver import Receiver


async def _page(owner: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await owner.get("/v4/appointment/paginated", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


@pytest.mark.asyncio
async def test_appointment_pages_are_zero_based_and_cover_everything_once(owner):
    first = await _page(owner, page=0, pageSize=100)
    total = first["total"]
    assert total > 300  # three weeks either side of "now" for two dozen professionals
    seen = []
    page = 0
    while True:
        chunk = await _page(owner, page=page, pageSize=100)
        assert chunk["page"] == page and chunk["pageSize"] == 100
        seen += [a["id"] for a in chunk["appointments"]]
        if len(chunk["appointments"]) < 100:
            break
        page += 1
    assert len(seen) == len(set(seen)) == total
    starts = [a["start"] for a in first["appointments"]]
    assert starts == sorted(starts)


@pytest.mark.asyncio
async def test_the_demo_weeks_hold_past_and_future_appointments(owner):
    now = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    everything = await _page(owner, page=0, pageSize=1)
    future = await _page(owner, page=0, pageSize=1, start=now)
    assert 0 < future["total"] < everything["total"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "params",
    [
        {"page": 0},
        {"pageSize": 10},
        {"page": -1, "pageSize": 10},
        {"page": 0, "pageSize": 101},
        {"page": 0, "pageSize": 0},
        {"page": 0, "pageSize": 5, "status": "maybe"},
        {"page": 0, "pageSize": 5, "sortBy": "appointment.price"},
    ],
)
async def test_appointment_listing_validates_paging_status_and_sort(owner, params):
    response = await owner.get("/v4/appointment/paginated", params=params)
    assert response.status_code == 400
    assert isinstance(response.json()["message"], list)


@pytest.mark.asyncio
async def test_appointment_filters_narrow_the_listing(owner):
    ids = await pro_ids(owner)
    own = await _page(owner, page=0, pageSize=100, userId=ids[0])
    assert own["total"] > 0 and all(a["hostIds"] == [ids[0]] for a in own["appointments"])
    cancelled = await _page(owner, page=0, pageSize=100, status="cancelled")
    assert cancelled["total"] > 0 and all(a["isCancelled"] for a in cancelled["appointments"])
    mt = own["appointments"][0]["meetingTypeId"]
    by_type = await _page(owner, page=0, pageSize=100, meetingTypeId=mt)
    assert all(a["meetingTypeId"] == mt for a in by_type["appointments"])
    window = await _page(owner, page=0, pageSize=100, start="2026-03-02", end="2026-03-02")
    assert all(a["start"].startswith(("2026-03-02",)) for a in window["appointments"])
    someone = own["appointments"][0]["attendees"][0]["email"]
    found = await _page(owner, page=0, pageSize=100, search=someone.upper())
    assert any(a["attendees"][0]["email"] == someone for a in found["appointments"])
    newest = await _page(
        owner, page=0, pageSize=5, sortBy="appointment.start", sortDirection="DESC"
    )
    starts = [a["start"] for a in newest["appointments"]]
    assert starts == sorted(starts, reverse=True)


@pytest.mark.asyncio
async def test_a_professional_sees_and_gets_only_their_own_appointments(app, owner):
    ids = await pro_ids(owner)
    other = (await _page(owner, page=0, pageSize=1, userId=ids[1]))["appointments"][0]
    async with client_for(app, app.state.sandbox.demo_api_key, ids[0]) as pro:
        page = await pro.get("/v4/appointment/paginated", params={"page": 0, "pageSize": 100})
        assert all(a["hostIds"] == [ids[0]] for a in page.json()["appointments"])
        assert (await pro.get(f"/v4/appointment/{other['id']}")).status_code == 404
    assert (await owner.get(f"/v4/appointment/{other['id']}")).status_code == 200


@pytest.mark.asyncio
async def test_cancel_and_reschedule_free_and_move_the_slot_and_fire_webhooks(owner):
    user_id, mt, _ = await new_host(owner)
    slots = await listed_slots(owner, mt, user_id)
    async with Receiver() as receiver:
        await owner.post(
            "/webhooks",
            json={
                "endpoint": receiver.url,
                "eventTypes": ["booking_cancelled", "booking_rescheduled"],
            },
        )
        booked = (
            await owner.post(
                "/v4/booking",
                json={
                    "meetingTypeId": mt,
                    "start": slots[0],
                    "hostIds": [user_id],
                    "attendee": attendee_body(),
                },
            )
        ).json()
        moved = await owner.post(
            f"/v4/appointment/{booked['id']}/reschedule", json={"start": slots[3]}
        )
        assert moved.status_code == 200
        assert moved.json()["appointment"]["start"] == slots[3]
        assert moved.json()["appointment"]["end"] == "2026-03-03T10:00:00.000Z"
        assert slots[0] in await listed_slots(owner, mt, user_id)
        assert slots[3] not in await listed_slots(owner, mt, user_id)
        unlisted = await owner.post(
            f"/v4/appointment/{booked['id']}/reschedule", json={"start": "2026-03-03T15:00:00Z"}
        )
        assert unlisted.status_code == 400
        cancelled = await owner.post(
            f"/v4/appointment/{booked['id']}/cancel", json={"reason": "Krank"}
        )
        assert cancelled.json()["isCancelled"] is True
        assert cancelled.json()["cancel"]["reason"] == "Krank"
        assert slots[3] in await listed_slots(owner, mt, user_id)
        again = await owner.post(f"/v4/appointment/{booked['id']}/cancel", json={})
        assert again.status_code == 400
        rescheduled, cancel_event = await receiver.wait_for(2)
    assert rescheduled["webhookType"] == "booking_rescheduled"
    assert rescheduled["previousStart"] == slots[0]
    assert cancel_event["webhookType"] == "booking_cancelled"
    assert cancel_event["isCancelled"] is True


@pytest.mark.asyncio
async def test_one_attendee_of_a_group_booking_leaves_and_the_last_one_cancels_it(app, owner):
    state = app.state.sandbox
    page = await _page(owner, page=0, pageSize=5, status="confirmed")
    appointment = page["appointments"][0]
    doc = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (appointment["id"],))
    first = doc["attendees"][0]["id"]
    doc["attendees"].append({**doc["attendees"][0], "id": "guest", "email": "g@x.example"})
    state.store_appointment(doc)
    path = f"/v4/appointment/{appointment['id']}/cancel"

    assert (await owner.post(path, json={})).status_code == 400  # a group needs cancelAll
    assert (await owner.post(path, json={"attendeeId": "nobody"})).status_code == 404
    left = await owner.post(path, json={"attendeeId": "guest", "reason": "verhindert"})
    assert left.status_code == 200, left.text
    assert left.json()["isCancelled"] is False
    assert [a["id"] for a in left.json()["attendees"]] == [first]
    last = await owner.post(path, json={"attendeeId": first})
    assert last.json()["isCancelled"] is True

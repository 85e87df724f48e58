"""Booking availability (computed by the scheduling engine), bookable windows and bookings."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.sandbox.conftest import client_for
from tests.sandbox.hosts import TUESDAY, attendee_body, listed_slots, new_host
from tests.sandbox.receiver import Receiver


@pytest.mark.asyncio
async def test_availability_needs_host_ids_or_a_queue(owner):
    response = await owner.get(
        "/v4/booking-availability", params={"meetingTypeId": "x", "start": TUESDAY, "end": TUESDAY}
    )
    assert response.status_code == 400
    assert response.json()["message"] == "Expected hostIds or queueId"


@pytest.mark.asyncio
async def test_slots_follow_the_weekly_hours_in_the_current_and_the_guides_shape(owner):
    user_id, mt, _ = await new_host(owner)
    response = await owner.get(
        "/v4/booking-availability",
        params={"meetingTypeId": mt, "start": TUESDAY, "end": TUESDAY, "hostIds": user_id},
    )
    body = response.json()
    assert body["timezone"] == "Europe/Berlin"
    # 09:00-12:00 Berlin in winter is 08:00-11:00 UTC: six 30-minute starts.
    assert body["dates"] == [
        {
            "date": TUESDAY,
            "spots": [
                {"startTime": f"2026-03-03T{t}:00.000Z", "unavailabilityEvents": []}
                for t in ("08:00", "08:30", "09:00", "09:30", "10:00", "10:30")
            ],
        }
    ]
    assert body["timeframes"] == [
        {"start": "2026-03-03T08:00:00.000Z", "end": "2026-03-03T11:00:00.000Z"}
    ]
    assert [s["start"] for s in body["availableSlots"]] == [
        s["startTime"] for s in body["dates"][0]["spots"]
    ]


@pytest.mark.asyncio
async def test_host_ids_may_be_comma_separated_or_repeated(owner):
    user_id, mt, _ = await new_host(owner)
    base = {"meetingTypeId": mt, "start": TUESDAY, "end": TUESDAY}
    comma = await owner.get(
        "/v4/booking-availability", params={**base, "hostIds": f"{user_id},other"}
    )
    repeated = await owner.get(
        "/v4/booking-availability", params=[*base.items(), ("hostIds", user_id), ("hostIds", "x")]
    )
    assert comma.status_code == repeated.status_code == 200
    assert comma.json()["dates"] == repeated.json()["dates"] != []


@pytest.mark.asyncio
async def test_a_listed_start_can_be_booked_once_and_then_disappears(owner):
    user_id, mt, _ = await new_host(owner)
    before = await listed_slots(owner, mt, user_id)
    booking = await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": before[2],
            "hostIds": [user_id],
            "attendee": attendee_body(),
        },
    )
    assert booking.status_code == 201
    result = booking.json()
    assert result["appointmentId"] == result["id"] and result["secret"]
    after = await listed_slots(owner, mt, user_id)
    assert after == before[:2] + before[3:]
    again = await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": before[2],
            "hostIds": [user_id],
            "attendee": attendee_body("zwei@example.com"),
        },
    )
    assert again.status_code == 400


@pytest.mark.asyncio
async def test_a_start_that_is_not_listed_is_refused(owner):
    user_id, mt, _ = await new_host(owner)
    for start in ("2026-03-03T08:10:00Z", "2026-03-03T13:00:00Z", "2026-03-01T08:00:00Z"):
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": attendee_body(),
            },
        )
        assert response.status_code == 400, start


@pytest.mark.asyncio
async def test_the_guides_booking_shape_without_hosts_reminders_or_notes_is_accepted(owner):
    user_id, mt, _ = await new_host(owner)
    start = (await listed_slots(owner, mt, user_id))[0]
    response = await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": start,
            "attendee": {"email": "g@example.com", "fullname": "Gina Guide", "phone": "+49"},
        },
    )
    assert response.status_code == 201
    appointment = (await owner.get(f"/v4/appointment/{response.json()['id']}")).json()
    assert appointment["attendees"][0]["firstname"] == "Gina"
    assert appointment["attendees"][0]["fullname"] == "Gina Guide"


@pytest.mark.asyncio
async def test_booking_validation_lists_the_problems(owner):
    response = await owner.post("/v4/booking", json={"attendee": {"email": "nope"}})
    assert response.status_code == 400
    assert set(response.json()["message"]) == {
        "meetingTypeId should not be empty",
        "attendee.email must be an email",
        "start must be a valid ISO 8601 date string",
    }


@pytest.mark.asyncio
async def test_buffers_interval_and_minimum_notice_shape_the_slots(owner):
    user_id, mt, _ = await new_host(
        owner,
        meetingInfo={"bufferBefore": 30},
        timeslotInterval=15,
        bookingMinimum=24 * 60 + 60,  # notice reaches to Tuesday 09:00 UTC = 10:00 Berlin
    )
    slots = await listed_slots(owner, mt, user_id)
    assert slots[0] == "2026-03-03T09:00:00.000Z"
    assert slots[-1] == "2026-03-03T10:30:00.000Z"
    assert len(slots) == 7  # 10:00 .. 11:30 Berlin in 15-minute steps
    await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": "2026-03-03T10:00:00.000Z",
            "hostIds": [user_id],
            "attendee": attendee_body(),
        },
    )
    # 10:30 would need 10:00-10:30 free as its buffer before: it is taken now.
    remaining = await listed_slots(owner, mt, user_id)
    assert "2026-03-03T10:30:00.000Z" not in remaining
    assert "2026-03-03T09:30:00.000Z" in remaining


@pytest.mark.asyncio
async def test_double_opt_in_and_host_confirmation_answer_pending_bookings(owner):
    for flag in ("doubleOptIn", "requireHostConfirmation"):
        await owner.post("/_sandbox/reset")
        user_id, mt, _ = await new_host(owner, meetingOptions={flag: True})
        start = (await listed_slots(owner, mt, user_id))[0]
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": attendee_body(),
            },
        )
        assert response.status_code == 201
        body = response.json()
        assert body["bookingType"] == flag and body["provisionalBookingId"]
        assert "appointmentId" not in body
        assert start in await listed_slots(owner, mt, user_id)  # nothing is booked yet


@pytest.mark.asyncio
async def test_a_booking_fires_booking_created_with_the_documented_fields(owner):
    user_id, mt, _ = await new_host(owner)
    async with Receiver() as receiver:
        await owner.post(
            "/webhooks", json={"endpoint": receiver.url, "eventTypes": ["booking_created"]}
        )
        start = (await listed_slots(owner, mt, user_id))[0]
        booked = (
            await owner.post(
                "/v4/booking",
                json={
                    "meetingTypeId": mt,
                    "start": start,
                    "hostIds": [user_id],
                    "attendee": attendee_body(),
                },
            )
        ).json()
        [payload] = await receiver.wait_for(1)
    assert payload["webhookType"] == "booking_created"
    assert payload["id"] == booked["appointmentId"]
    documented = {
        "secret",
        "start",
        "end",
        "location",
        "isCancelled",
        "rescheduledAt",
        "meetingInfo",
        "attendees",
        "hosts",
        "hostIds",
        "meetingType",
        "meetingTypeId",
        "companyId",
        "createdAt",
        "updatedAt",
    }
    assert documented <= set(payload)
    assert payload["hosts"][0]["id"] == user_id
    assert payload["meetingType"]["meetingInfo"]["duration"] == 30
    assert set(payload["attendees"][0]) >= {
        "id",
        "email",
        "firstname",
        "lastname",
        "fullname",
        "phone",
        "timezone",
        "language",
    }


@pytest.mark.asyncio
async def test_the_seeded_agency_has_bookable_slots_and_booked_weeks(owner, app):
    users = (await owner.get("/v4/user", params={"limit": 100})).json()["users"]
    pro = next(u for u in users if u["timezone"] == "Europe/London")
    async with client_for(app, app.state.sandbox.demo_api_key, pro["id"]) as client:
        mt = (await client.get("/v4/meeting-type")).json()[0]
        slots = await listed_slots(client, mt["id"], pro["id"], "2026-03-02", "2026-03-13")
    assert slots
    assert all(datetime.fromisoformat(s.replace("Z", "+00:00")).weekday() < 6 for s in slots)


@pytest.mark.asyncio
async def test_bookable_windows_answer_the_weekly_hours_and_validate_dates(owner):
    user_id, _, _ = await new_host(owner)
    headers = {"x-meetergo-api-user-id": user_id}
    path = f"/v4/user/{user_id}/bookable-windows"
    response = await owner.get(
        path, params={"startDate": TUESDAY, "endDate": "2026-03-04"}, headers=headers
    )
    assert response.json() == {"windows": ["2026-03-03T08:00:00.000Z", "2026-03-04T08:00:00.000Z"]}
    missing = await owner.get(path, params={"startDate": TUESDAY}, headers=headers)
    assert missing.json()["message"] == "startDate and endDate are required"
    wrong = await owner.get(
        path, params={"startDate": "03.03.2026", "endDate": TUESDAY}, headers=headers
    )
    assert wrong.json()["message"] == "Invalid date format. Use YYYY-MM-DD"
    unknown = await owner.get(
        "/v4/user/00000000-0000-4000-8000-000000000000/bookable-windows",
        params={"startDate": TUESDAY, "endDate": TUESDAY},
        headers=headers,
    )
    assert unknown.json()["message"] == "User not found"


@pytest.mark.asyncio
async def test_the_legacy_unversioned_booking_path_books_too(owner):
    user_id, mt, _ = await new_host(owner)
    start = (await listed_slots(owner, mt, user_id))[0]
    response = await owner.post(
        "/booking", json={"meetingTypeId": mt, "start": start, "attendee": attendee_body()}
    )
    assert response.status_code == 201
    legacy = await owner.get(f"/meeting-type/{mt}", headers={"x-meetergo-api-user-id": user_id})
    assert legacy.json()["id"] == mt


@pytest.mark.asyncio
async def test_a_group_meeting_takes_as_many_bookings_per_start_as_it_has_spots(owner):
    user_id, mt, _ = await new_host(owner, spots=2)
    start = (await listed_slots(owner, mt, user_id))[0]
    for n, expected in enumerate((201, 201, 400)):
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": attendee_body(f"gast{n}@example.com"),
            },
        )
        assert response.status_code == expected, n


@pytest.mark.asyncio
async def test_local_hours_hold_on_both_sides_of_the_dst_switch(owner):
    user_id, mt, _ = await new_host(owner)
    # Berlin springs forward on Sunday 2026-03-29: 09:00 local is 08:00Z before, 07:00Z after.
    before = await listed_slots(owner, mt, user_id, "2026-03-27", "2026-03-27")
    after = await listed_slots(owner, mt, user_id, "2026-03-30", "2026-03-30")
    assert (before[0], before[-1]) == ("2026-03-27T08:00:00.000Z", "2026-03-27T10:30:00.000Z")
    assert (after[0], after[-1]) == ("2026-03-30T07:00:00.000Z", "2026-03-30T09:30:00.000Z")
    assert await listed_slots(owner, mt, user_id, "2026-03-28", "2026-03-29") == []

"""Booking availability (computed by the scheduling engine), bookings, holidays, appointments."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from tests.sandbox.conftest import client_for
from tests.sandbox.receiver import Receiver

TUESDAY = "2026-03-03"  # the fixture clock stands on Monday 2026-03-02 09:00 Berlin
MORNINGS = {
    day: {"enabled": True, "hours": [{"start": "09:00", "end": "12:00"}]}
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
}


async def _host(owner: httpx.AsyncClient, **meeting: object) -> tuple[str, str, str]:
    """A new Berlin user with Mon-Fri 9-12 and a 30 min meeting type; (user, type, availability)."""
    created = (
        await owner.post(
            "/v4/user",
            json={
                "email": "host@example.com",
                "givenName": "Hanna",
                "familyName": "Host",
                "timezone": "Europe/Berlin",
                "availability": {"name": "Vormittags", "schedule": MORNINGS},
            },
        )
    ).json()
    user_id = created["userId"]
    if meeting:
        await owner.patch(
            f"/v4/meeting-type/{created['meetingTypeId']}",
            json=meeting,
            headers={"x-meetergo-api-user-id": user_id},
        )
    return user_id, created["meetingTypeId"], created["availabilityId"]


async def _slots(
    client: httpx.AsyncClient, mt: str, host: str, start: str = TUESDAY, end: str = TUESDAY
) -> list[str]:
    response = await client.get(
        "/v4/booking-availability",
        params={"meetingTypeId": mt, "start": start, "end": end, "hostIds": host},
    )
    assert response.status_code == 200, response.text
    return [s["startTime"] for d in response.json()["dates"] for s in d["spots"]]


def _attendee(email: str = "kunde@example.com") -> dict[str, object]:
    return {
        "email": email,
        "firstname": "Karl",
        "lastname": "Kunde",
        "receiveReminders": True,
        "notes": {},
    }


@pytest.mark.asyncio
async def test_availability_needs_host_ids_or_a_queue(owner):
    response = await owner.get(
        "/v4/booking-availability", params={"meetingTypeId": "x", "start": TUESDAY, "end": TUESDAY}
    )
    assert response.status_code == 400
    assert response.json()["message"] == "Expected hostIds or queueId"


@pytest.mark.asyncio
async def test_slots_follow_the_weekly_hours_in_the_current_and_the_guides_shape(owner):
    user_id, mt, _ = await _host(owner)
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
    user_id, mt, _ = await _host(owner)
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
    user_id, mt, _ = await _host(owner)
    before = await _slots(owner, mt, user_id)
    booking = await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": before[2],
            "hostIds": [user_id],
            "attendee": _attendee(),
        },
    )
    assert booking.status_code == 201
    result = booking.json()
    assert result["appointmentId"] == result["id"] and result["secret"]
    after = await _slots(owner, mt, user_id)
    assert after == before[:2] + before[3:]
    again = await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": before[2],
            "hostIds": [user_id],
            "attendee": _attendee("zwei@example.com"),
        },
    )
    assert again.status_code == 400


@pytest.mark.asyncio
async def test_a_start_that_is_not_listed_is_refused(owner):
    user_id, mt, _ = await _host(owner)
    for start in ("2026-03-03T08:10:00Z", "2026-03-03T13:00:00Z", "2026-03-01T08:00:00Z"):
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": _attendee(),
            },
        )
        assert response.status_code == 400, start


@pytest.mark.asyncio
async def test_the_guides_booking_shape_without_hosts_reminders_or_notes_is_accepted(owner):
    user_id, mt, _ = await _host(owner)
    start = (await _slots(owner, mt, user_id))[0]
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
    user_id, mt, _ = await _host(
        owner,
        meetingInfo={"bufferBefore": 30},
        timeslotInterval=15,
        bookingMinimum=24 * 60 + 60,  # notice reaches to Tuesday 09:00 UTC = 10:00 Berlin
    )
    slots = await _slots(owner, mt, user_id)
    assert slots[0] == "2026-03-03T09:00:00.000Z"
    assert slots[-1] == "2026-03-03T10:30:00.000Z"
    assert len(slots) == 7  # 10:00 .. 11:30 Berlin in 15-minute steps
    await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "start": "2026-03-03T10:00:00.000Z",
            "hostIds": [user_id],
            "attendee": _attendee(),
        },
    )
    # 10:30 would need 10:00-10:30 free as its buffer before: it is taken now.
    remaining = await _slots(owner, mt, user_id)
    assert "2026-03-03T10:30:00.000Z" not in remaining
    assert "2026-03-03T09:30:00.000Z" in remaining


@pytest.mark.asyncio
async def test_double_opt_in_and_host_confirmation_answer_pending_bookings(owner):
    for flag in ("doubleOptIn", "requireHostConfirmation"):
        await owner.post("/_sandbox/reset")
        user_id, mt, _ = await _host(owner, meetingOptions={flag: True})
        start = (await _slots(owner, mt, user_id))[0]
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": _attendee(),
            },
        )
        assert response.status_code == 201
        body = response.json()
        assert body["bookingType"] == flag and body["provisionalBookingId"]
        assert "appointmentId" not in body
        assert start in await _slots(owner, mt, user_id)  # nothing is booked yet


@pytest.mark.asyncio
async def test_holiday_exceptions_block_the_states_holidays(owner):
    user_id, mt, av = await _host(owner)
    headers = {"x-meetergo-api-user-id": user_id}
    response = await owner.patch(
        f"/availability/{av}/holiday-exceptions",
        json={"year": 2026, "country": "DE", "germanState": "BY"},
        headers=headers,
    )
    assert response.status_code == 200
    added = response.json()
    good_friday = [e for e in added if e["start"].startswith("2026-04-02T22:00")]
    assert len(good_friday) == 1 and good_friday[0]["available"] is False
    assert any(e["start"].startswith("2026-01-05T23:00") for e in added)  # Epiphany in Bavaria
    assert await _slots(owner, mt, user_id, "2026-04-03", "2026-04-03") == []
    assert await _slots(owner, mt, user_id, "2026-04-02", "2026-04-02") != []
    again = await owner.patch(
        f"/v4/availability/{av}/holiday-exceptions",
        json={"year": 2026, "country": "DE", "germanState": "BY"},
        headers=headers,
    )
    assert again.json() == []  # nothing is added twice
    stored = (await owner.get(f"/v4/availability/{av}", headers=headers)).json()
    assert len(stored["availabilityExceptions"]) == len(added)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"year": 2024, "country": "DE"}, "year must not be less than 2025"),
        ({"year": 2028, "country": "AT"}, "year must not be greater than 2027"),
        ({"year": 2026, "country": "XX"}, "country must be one of"),
        ({"year": 2026, "country": "AT", "germanState": "BY"}, "germanState is only allowed"),
        ({"year": 2026, "country": "DE", "germanState": "ZZ"}, "germanState must be one of"),
    ],
)
async def test_holiday_exceptions_validate_year_country_and_state(owner, body, problem):
    user_id, _, av = await _host(owner)
    response = await owner.patch(
        f"/availability/{av}/holiday-exceptions",
        json=body,
        headers={"x-meetergo-api-user-id": user_id},
    )
    assert response.status_code == 400
    assert any(m.startswith(problem) for m in response.json()["message"])


@pytest.mark.asyncio
async def test_austrian_and_swiss_holidays_are_known(owner):
    user_id, _, av = await _host(owner)
    headers = {"x-meetergo-api-user-id": user_id}
    # Austria's national day (26 Oct), then Switzerland's (1 Aug), midnight Berlin time.
    for country, day in (("AT", "2025-10-25T22:00"), ("CH", "2025-07-31T22:00")):
        added = (
            await owner.patch(
                f"/availability/{av}/holiday-exceptions",
                json={"year": 2025, "country": country},
                headers=headers,
            )
        ).json()
        assert any(e["start"].startswith(day) for e in added), country


@pytest.mark.asyncio
async def test_availability_patch_takes_the_guides_array_and_date_exceptions(owner):
    user_id, mt, av = await _host(owner)
    headers = {"x-meetergo-api-user-id": user_id}
    response = await owner.patch(
        f"/v4/availability/{av}",
        headers=headers,
        json={
            "schedule": [{"dayOfWeek": "tuesday", "intervals": [{"from": "14:00", "to": "15:00"}]}],
            "availabilityExceptions": [
                {"start": "2026-03-04T08:00:00Z", "end": "2026-03-04T09:00:00Z", "available": True}
            ],
        },
    )
    assert response.status_code == 200
    assert response.json()["schedule"]["monday"]["enabled"] is False
    assert await _slots(owner, mt, user_id) == [
        "2026-03-03T13:00:00.000Z",
        "2026-03-03T13:30:00.000Z",
    ]
    assert await _slots(owner, mt, user_id, "2026-03-04", "2026-03-04") == [
        "2026-03-04T08:00:00.000Z",
        "2026-03-04T08:30:00.000Z",
    ]
    bad = await owner.patch(
        f"/v4/availability/{av}",
        headers=headers,
        json={
            "schedule": {"monday": {"enabled": True, "hours": [{"start": "10:00", "end": "09:00"}]}}
        },
    )
    assert bad.status_code == 400


@pytest.mark.asyncio
async def test_availabilities_can_be_listed_and_created_without_the_v4_prefix(owner):
    user_id, _, av = await _host(owner)
    headers = {"x-meetergo-api-user-id": user_id}
    created = await owner.post(
        "/availability",
        headers=headers,
        json={
            "name": "Abends",
            "timezone": "Europe/Berlin",
            "schedule": {
                "friday": {"enabled": True, "hours": [{"start": "17:00", "end": "20:00"}]}
            },
        },
    )
    assert created.status_code == 201
    listed = (await owner.get("/availability", headers=headers)).json()
    assert [a["id"] for a in listed] == [av, created.json()["id"]]
    assert (await owner.get(f"/v4/availability/{av}")).status_code == 400  # header needed


@pytest.mark.asyncio
async def test_a_booking_fires_booking_created_with_the_documented_fields(owner):
    user_id, mt, _ = await _host(owner)
    async with Receiver() as receiver:
        await owner.post(
            "/webhooks", json={"endpoint": receiver.url, "eventTypes": ["booking_created"]}
        )
        start = (await _slots(owner, mt, user_id))[0]
        booked = (
            await owner.post(
                "/v4/booking",
                json={
                    "meetingTypeId": mt,
                    "start": start,
                    "hostIds": [user_id],
                    "attendee": _attendee(),
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
async def test_cancel_and_reschedule_free_and_move_the_slot_and_fire_webhooks(owner):
    user_id, mt, _ = await _host(owner)
    slots = await _slots(owner, mt, user_id)
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
                    "attendee": _attendee(),
                },
            )
        ).json()
        moved = await owner.post(
            f"/v4/appointment/{booked['id']}/reschedule", json={"start": slots[3]}
        )
        assert moved.status_code == 200
        assert moved.json()["appointment"]["start"] == slots[3]
        assert moved.json()["appointment"]["end"] == "2026-03-03T10:00:00.000Z"
        assert slots[0] in await _slots(owner, mt, user_id)
        assert slots[3] not in await _slots(owner, mt, user_id)
        unlisted = await owner.post(
            f"/v4/appointment/{booked['id']}/reschedule", json={"start": "2026-03-03T15:00:00Z"}
        )
        assert unlisted.status_code == 400
        cancelled = await owner.post(
            f"/v4/appointment/{booked['id']}/cancel", json={"reason": "Krank"}
        )
        assert cancelled.json()["isCancelled"] is True
        assert cancelled.json()["cancel"]["reason"] == "Krank"
        assert slots[3] in await _slots(owner, mt, user_id)
        again = await owner.post(f"/v4/appointment/{booked['id']}/cancel", json={})
        assert again.status_code == 400
        rescheduled, cancel_event = await receiver.wait_for(2)
    assert rescheduled["webhookType"] == "booking_rescheduled"
    assert rescheduled["previousStart"] == slots[0]
    assert cancel_event["webhookType"] == "booking_cancelled"
    assert cancel_event["isCancelled"] is True


@pytest.mark.asyncio
async def test_the_booking_page_lists_free_times(owner):
    await _host(owner)
    page = await owner.get("/cal/hanna-host/30min-meeting")
    assert page.status_code == 200
    assert '<time datetime="2026-03-02T08:30:00.000Z">' in page.text
    assert (await owner.get("/cal/hanna-host/nope")).status_code == 404


@pytest.mark.asyncio
async def test_the_seeded_agency_has_bookable_slots_and_booked_weeks(owner, app):
    users = (await owner.get("/v4/user", params={"limit": 100})).json()["users"]
    pro = next(u for u in users if u["timezone"] == "Europe/London")
    async with client_for(app, app.state.sandbox.demo_api_key, pro["id"]) as client:
        mt = (await client.get("/v4/meeting-type")).json()[0]
        slots = await _slots(client, mt["id"], pro["id"], "2026-03-02", "2026-03-13")
    assert slots
    assert all(datetime.fromisoformat(s.replace("Z", "+00:00")).weekday() < 6 for s in slots)


@pytest.mark.asyncio
async def test_bookable_windows_answer_the_weekly_hours_and_validate_dates(owner):
    user_id, _, _ = await _host(owner)
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
    user_id, mt, _ = await _host(owner)
    start = (await _slots(owner, mt, user_id))[0]
    response = await owner.post(
        "/booking", json={"meetingTypeId": mt, "start": start, "attendee": _attendee()}
    )
    assert response.status_code == 201
    legacy = await owner.get(f"/meeting-type/{mt}", headers={"x-meetergo-api-user-id": user_id})
    assert legacy.json()["id"] == mt


@pytest.mark.asyncio
async def test_a_group_meeting_takes_as_many_bookings_per_start_as_it_has_spots(owner):
    user_id, mt, _ = await _host(owner, spots=2)
    start = (await _slots(owner, mt, user_id))[0]
    for n, expected in enumerate((201, 201, 400)):
        response = await owner.post(
            "/v4/booking",
            json={
                "meetingTypeId": mt,
                "start": start,
                "hostIds": [user_id],
                "attendee": _attendee(f"gast{n}@example.com"),
            },
        )
        assert response.status_code == expected, n


@pytest.mark.asyncio
async def test_local_hours_hold_on_both_sides_of_the_dst_switch(owner):
    user_id, mt, _ = await _host(owner)
    # Berlin springs forward on Sunday 2026-03-29: 09:00 local is 08:00Z before, 07:00Z after.
    before = await _slots(owner, mt, user_id, "2026-03-27", "2026-03-27")
    after = await _slots(owner, mt, user_id, "2026-03-30", "2026-03-30")
    assert (before[0], before[-1]) == ("2026-03-27T08:00:00.000Z", "2026-03-27T10:30:00.000Z")
    assert (after[0], after[-1]) == ("2026-03-30T07:00:00.000Z", "2026-03-30T09:30:00.000Z")
    assert await _slots(owner, mt, user_id, "2026-03-28", "2026-03-29") == []

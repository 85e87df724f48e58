"""What meetergo's own MCP server (an independent client) relies on: rescheduling around the
appointment itself, the meeting type's allowed durations, bring-along guests, an inclusive
``end`` on the appointment list, and a ``custom`` channel whose link comes by PATCH."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.sandbox.hosts import TUESDAY, attendee_body, listed_slots, new_host


async def _book(owner, mt: str, host: str, start: str, **extra: object):
    return await owner.post(
        "/v4/booking",
        json={
            "meetingTypeId": mt,
            "hostIds": [host],
            "start": start,
            "attendee": extra.pop("attendee", attendee_body()),
            **extra,
        },
    )


def _minutes(slot: dict[str, str]) -> float:
    start = datetime.fromisoformat(slot["start"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(slot["end"].replace("Z", "+00:00"))
    return (end - start).total_seconds() / 60


@pytest.mark.asyncio
async def test_existing_appointment_id_offers_that_appointments_own_slot_again(owner):
    host, mt, _ = await new_host(owner)
    start = (await listed_slots(owner, mt, host))[2]
    booked = await _book(owner, mt, host, start)
    assert booked.status_code == 201, booked.text
    assert start not in await listed_slots(owner, mt, host)
    params = {
        "meetingTypeId": mt,
        "hostIds": host,
        "start": TUESDAY,
        "end": TUESDAY,
        "existingAppointmentId": booked.json()["appointmentId"],
    }
    again = await owner.get("/v4/booking-availability", params=params)
    starts = [s["startTime"] for d in again.json()["dates"] for s in d["spots"]]
    assert start in starts


@pytest.mark.asyncio
async def test_durations_follow_the_meeting_types_allowed_durations(owner):
    host, mt, _ = await new_host(owner, meetingOptions={"allowedDurations": [30, 60]})
    base = {"meetingTypeId": mt, "hostIds": host, "start": TUESDAY, "end": TUESDAY}
    hour = await owner.get("/v4/booking-availability", params={**base, "meetingDuration": 60})
    assert hour.status_code == 200, hour.text
    slots = hour.json()["availableSlots"]
    assert slots and all(_minutes(s) == 60 for s in slots)
    # 09:00-12:00 Berlin holds an hour-long meeting starting at 11:00 at the latest.
    assert slots[-1]["start"] == "2026-03-03T10:00:00.000Z"
    refused = await owner.get("/v4/booking-availability", params={**base, "meetingDuration": 45})
    assert refused.status_code == 400
    assert "30, 60" in str(refused.json()["message"])

    booked = await _book(owner, mt, host, slots[0]["start"], duration=60)
    assert booked.status_code == 201, booked.text
    assert _minutes(booked.json()) == 60
    assert (await _book(owner, mt, host, slots[-1]["start"], duration=45)).status_code == 400
    # The hour-long booking took 08:00-09:00 UTC, both half hours of it, and nothing more.
    left = await listed_slots(owner, mt, host)
    assert "2026-03-03T08:30:00.000Z" not in left and "2026-03-03T09:00:00.000Z" in left


@pytest.mark.asyncio
async def test_bring_along_emails_are_stored_as_guests_of_the_appointment(owner):
    host, mt, _ = await new_host(owner)
    start = (await listed_slots(owner, mt, host))[0]
    guests = ["gast.eins@example.com", "gast.zwei@example.com"]
    booked = await _book(
        owner, mt, host, start, attendee={**attendee_body(), "bringalongEmails": guests}
    )
    assert booked.status_code == 201, booked.text
    appt = (await owner.get(f"/v4/appointment/{booked.json()['appointmentId']}")).json()
    assert [g["email"] for g in appt["guests"]] == guests
    assert len(appt["attendees"]) == 1
    too_many = {**attendee_body(), "bringalongEmails": [f"g{i}@example.com" for i in range(6)]}
    second = (await listed_slots(owner, mt, host))[0]
    assert (await _book(owner, mt, host, second, attendee=too_many)).status_code == 400
    not_mail = {**attendee_body(), "bringalongEmails": ["kein mail"]}
    assert (await _book(owner, mt, host, second, attendee=not_mail)).status_code == 400


@pytest.mark.asyncio
async def test_the_end_of_the_appointment_list_is_inclusive(owner):
    host, mt, _ = await new_host(owner)
    start = (await listed_slots(owner, mt, host))[1]
    booked = await _book(owner, mt, host, start)
    assert booked.status_code == 201
    listed = await owner.get(
        "/v4/appointment/paginated",
        params={"page": 0, "pageSize": 100, "userId": host, "start": TUESDAY, "end": start},
    )
    assert [a["start"] for a in listed.json()["appointments"]] == [start]
    by_day = await owner.get(
        "/v4/appointment/paginated",
        params={"page": 0, "pageSize": 100, "userId": host, "start": TUESDAY, "end": TUESDAY},
    )
    assert [a["start"] for a in by_day.json()["appointments"]] == [start]


@pytest.mark.asyncio
async def test_a_custom_channel_is_created_without_its_link_which_a_patch_sets(owner):
    host, _, _ = await new_host(owner)
    acting = {"x-meetergo-api-user-id": host}
    info = {"name": "Videoberatung", "description": "", "duration": 30, "channel": "custom"}
    created = await owner.post(
        "/v4/meeting-type",
        json={"meetingInfo": {**info, "customChannelLink": "https://meet.example/x"}},
        headers=acting,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["meetingInfo"]["channel"] == "custom"
    assert "customChannelLink" not in body["meetingInfo"]  # the create route drops it
    bare = await owner.post("/v4/meeting-type", json={"meetingInfo": info}, headers=acting)
    assert bare.status_code == 201, bare.text
    patched = await owner.patch(
        f"/v4/meeting-type/{body['id']}",
        json={"meetingInfo": {"customChannelLink": "https://meet.example/x"}},
        headers=acting,
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["meetingInfo"]["customChannelLink"] == "https://meet.example/x"
    # Switching an existing type to custom still needs the link in the same PATCH.
    phone = await owner.post(
        "/v4/meeting-type", json={"meetingInfo": {**info, "channel": "phone"}}, headers=acting
    )
    switched = await owner.patch(
        f"/v4/meeting-type/{phone.json()['id']}",
        json={"meetingInfo": {"channel": "custom"}},
        headers=acting,
    )
    assert switched.status_code == 400

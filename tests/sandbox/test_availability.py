"""Availabilities: weekly hours in both shapes, date exceptions, public holidays."""

from __future__ import annotations

import pytest

from console.scheduling.schedule import Interval, WeeklySchedule
from tests.sandbox.hosts import listed_slots, new_host

EVENINGS = {"monday": {"enabled": True, "hours": [{"start": "20:00", "end": "00:00"}]}}
"""Monday from 20:00 until midnight, the end written as the time picker shows it."""
MONDAY = "2026-03-02"
EVENING_STARTS = [
    f"2026-03-02T{h}:{m}:00.000Z" for h in ("19", "20", "21", "22") for m in ("00", "30")
]
"""20:00 to 23:30 in Berlin (UTC+1) on the fixture's Monday, every 30 minutes."""


def _until_midnight(schedule: object) -> bool:
    return WeeklySchedule.from_wire(schedule).intervals("monday") == (Interval("20:00", "24:00"),)


@pytest.mark.asyncio
async def test_holiday_exceptions_block_the_states_holidays(owner):
    user_id, mt, av = await new_host(owner)
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
    assert await listed_slots(owner, mt, user_id, "2026-04-03", "2026-04-03") == []
    assert await listed_slots(owner, mt, user_id, "2026-04-02", "2026-04-02") != []
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
    user_id, _, av = await new_host(owner)
    response = await owner.patch(
        f"/availability/{av}/holiday-exceptions",
        json=body,
        headers={"x-meetergo-api-user-id": user_id},
    )
    assert response.status_code == 400
    assert any(m.startswith(problem) for m in response.json()["message"])


@pytest.mark.asyncio
async def test_austrian_and_swiss_holidays_are_known(owner):
    user_id, _, av = await new_host(owner)
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
    user_id, mt, av = await new_host(owner)
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
    assert await listed_slots(owner, mt, user_id) == [
        "2026-03-03T13:00:00.000Z",
        "2026-03-03T13:30:00.000Z",
    ]
    assert await listed_slots(owner, mt, user_id, "2026-03-04", "2026-03-04") == [
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
    user_id, _, av = await new_host(owner)
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
async def test_a_user_created_with_hours_until_midnight_is_bookable_until_midnight(owner):
    created = await owner.post(
        "/v4/user",
        json={
            "email": "abend@example.com",
            "givenName": "Abend",
            "familyName": "Schicht",
            "timezone": "Europe/Berlin",
            "availability": {"name": "Abends", "schedule": EVENINGS},
        },
    )
    assert created.status_code == 201, created.text
    body = created.json()
    headers = {"x-meetergo-api-user-id": body["userId"]}
    read = (await owner.get(f"/v4/availability/{body['availabilityId']}", headers=headers)).json()
    assert read["schedule"]["monday"]["hours"][0]["end"] in ("00:00", "24:00")
    assert _until_midnight(read["schedule"])
    slots = await listed_slots(owner, body["meetingTypeId"], body["userId"], MONDAY, MONDAY)
    assert slots == EVENING_STARTS


@pytest.mark.asyncio
async def test_an_availability_patched_to_end_at_midnight_is_accepted_and_read_back(owner):
    user_id, mt, av = await new_host(owner)
    headers = {"x-meetergo-api-user-id": user_id}
    patched = await owner.patch(
        f"/v4/availability/{av}", headers=headers, json={"schedule": EVENINGS}
    )
    assert patched.status_code == 200, patched.text
    read = (await owner.get(f"/v4/availability/{av}", headers=headers)).json()
    assert _until_midnight(read["schedule"])
    assert read["schedule"]["tuesday"] == {"enabled": False, "hours": []}
    assert await listed_slots(owner, mt, user_id, MONDAY, MONDAY) == EVENING_STARTS


@pytest.mark.asyncio
async def test_a_schedule_the_model_finds_unsound_is_refused_with_every_problem(owner):
    user_id, _, av = await new_host(owner)
    response = await owner.patch(
        f"/v4/availability/{av}",
        headers={"x-meetergo-api-user-id": user_id},
        json={
            "schedule": {
                "monday": {
                    "hours": [
                        {"start": "09:00", "end": "12:00"},
                        {"start": "11:00", "end": "13:00"},
                    ]
                },
                "tuesday": {"hours": [{"start": "9 Uhr", "end": "12:00"}]},
            }
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "Bad Request"
    assert len(body["message"]) == 1 and body["message"][0].startswith("schedule: Tuesday: ")
    overlapping = {
        "monday": {
            "hours": [{"start": "09:00", "end": "12:00"}, {"start": "11:00", "end": "13:00"}]
        }
    }
    overlap = await owner.patch(
        f"/v4/availability/{av}",
        headers={"x-meetergo-api-user-id": user_id},
        json={"schedule": overlapping},
    )
    assert overlap.status_code == 400
    problems = WeeklySchedule.from_wire(overlapping).problems()
    assert problems and overlap.json()["message"] == [f"schedule: {p}" for p in problems]

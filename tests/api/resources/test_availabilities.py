"""``/v4/availability`` as the acting user: what each call sends and reads."""

from __future__ import annotations

from datetime import time

import pytest

from console.scheduling.schedule import WEEKDAYS
from tests.api.conftest import ACTING, BASE, body_of
from tests.api.resources.samples import assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_availability_get_normalises_an_array_schedule(client, respx_mock):
    route = respx_mock.get("/v4/availability/av1").respond(
        200,
        json={
            "id": "av1",
            "name": "Business Hours",
            "timezone": "Europe/Berlin",
            "schedule": [{"dayOfWeek": "friday", "intervals": [{"from": "09:00", "to": "17:00"}]}],
            "availabilityExceptions": [],
            "isDefault": True,
        },
    )
    avail = await client.acting_as("u1").availabilities.get("av1")
    assert route.calls.last.request.headers[ACTING] == "u1"
    friday = avail.schedule.day("friday")
    assert friday.enabled and friday.intervals[0].end == time(17, 0)
    assert not avail.schedule.day("monday").enabled


async def test_availability_update_writes_all_seven_weekday_objects(client, respx_mock):
    route = respx_mock.patch("/v4/availability/av1").respond(
        200, json={"id": "av1", "schedule": {"monday": {"enabled": True, "hours": []}}}
    )
    await client.acting_as("u1").availabilities.update(
        "av1",
        name="Sprechzeiten",
        schedule={"monday": {"enabled": True, "hours": [{"start": "08:00", "end": "12:00"}]}},
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    body = body_of(route.calls.last.request)
    assert body["name"] == "Sprechzeiten"
    assert set(body["schedule"]) == set(WEEKDAYS)
    assert body["schedule"]["monday"]["hours"] == [{"start": "08:00", "end": "12:00"}]


async def test_availability_update_accepts_a_weekly_schedule_from_the_scheduling_layer(
    client, respx_mock
):
    from console.scheduling.schedule import PRESETS

    route = respx_mock.patch("/v4/availability/av1").respond(200, json={"id": "av1"})
    await client.acting_as("u1").availabilities.update("av1", schedule=PRESETS["weekdays_9_17"])
    schedule = body_of(route.calls.last.request)["schedule"]
    assert schedule["friday"] == {"enabled": True, "hours": [{"start": "09:00", "end": "17:00"}]}
    assert schedule["saturday"] == {"enabled": False, "hours": []}


async def test_add_holidays_patches_holiday_exceptions_with_the_german_state(client, respx_mock):
    route = respx_mock.patch("/v4/availability/av1/holiday-exceptions").respond(
        200,
        json=[
            {
                "id": 1,
                "ownerId": "u1",
                "ownerType": "user",
                "available": False,
                "start": "2026-10-03T00:00:00.000Z",
                "end": "2026-10-04T00:00:00.000Z",
                "title": "Tag der Deutschen Einheit",
                "note": None,
            },
        ],
    )
    exceptions = await client.acting_as("u1").availabilities.add_holidays("av1", 2026, "DE", "BY")
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {"year": 2026, "country": "DE", "germanState": "BY"}
    assert exceptions[0].title == "Tag der Deutschen Einheit"
    assert exceptions[0].available is False


async def test_availability_update_sends_the_whole_exception_list(client, respx_mock):
    from datetime import UTC, datetime

    from console.api.models import AvailabilityException

    route = respx_mock.patch("/v4/availability/av1").respond(200, json={"id": "av1"})
    closed = AvailabilityException(
        id=7,
        available=False,
        start=datetime(2026, 12, 23, 23, 0, tzinfo=UTC),
        end=datetime(2026, 12, 24, 23, 0, tzinfo=UTC),
        title="Christmas Eve",
    )
    await client.acting_as("u1").availabilities.update("av1", exceptions=[closed])
    body = body_of(route.calls.last.request)
    assert set(body) == {"availabilityExceptions"}
    [sent] = body["availabilityExceptions"]
    assert sent["id"] == 7 and sent["available"] is False and sent["title"] == "Christmas Eve"
    assert datetime.fromisoformat(sent["start"]) == closed.start
    # An empty list clears every exception, so it is sent, not dropped.
    await client.acting_as("u1").availabilities.update("av1", exceptions=[])
    assert body_of(route.calls.last.request) == {"availabilityExceptions": []}

"""Every client method sends the exact method, path, headers and body, and reads the answer."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from console import __version__
from console.api import Attendee
from tests.api.conftest import ACTING, API_KEY, BASE, body_of

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]

USER = {
    "id": "u1",
    "email": "anna@kanzlei.de",
    "givenName": "Anna",
    "familyName": "Schmidt",
    "fullName": "Anna Schmidt",
    "slug": "anna-schmidt",
    "timezone": "Europe/Berlin",
    "companyId": "co1",
    "createdAt": "2026-01-10T08:00:00.000Z",
    "updatedAt": "2026-01-10T08:00:00.000Z",
    "userType": "api-platform",
    "meetingTypeIds": ["mt1"],
    "bookingUrl": "https://cal.meetergo.com/anna-schmidt",
}
MEETING_TYPE = {
    "id": "mt1",
    "slug": "erstberatung",
    "userId": "u1",
    "meetingInfo": {"name": "Erstberatung", "description": "", "duration": 30, "channel": "phone"},
    "spots": 1,
    "bookingUrl": "https://cal.meetergo.com/anna-schmidt/erstberatung",
}
WEBHOOK = {
    "id": "w1",
    "endpoint": "https://agency.example/hooks/meetergo",
    "description": "bookings",
    "eventTypes": ["booking_created", "booking_cancelled"],
    "companyId": "co1",
    "createdAt": "2026-01-10T08:00:00.000Z",
}
APPOINTMENT = {
    "id": "ap1",
    "start": "2026-03-02T09:00:00.000Z",
    "end": "2026-03-02T09:30:00.000Z",
    "isCancelled": False,
    "meetingTypeId": "mt1",
    "hostIds": ["u1"],
}


def assert_common_headers(request, *, acting=None, json_body=True):
    """Auth, user agent, content type and acting user as every call must send them."""
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["user-agent"] == f"meetergo-console/{__version__}"
    if json_body:
        assert request.headers["content-type"] == "application/json"
    if acting is None:
        assert ACTING not in request.headers
    else:
        assert request.headers[ACTING] == acting


# --- users -------------------------------------------------------------------------------


async def test_create_user_posts_json_with_schedule_as_weekday_objects(client, respx_mock):
    route = respx_mock.post("/v4/user").respond(
        201,
        json={
            "userId": "u9",
            "availabilityId": "av9",
            "meetingTypeId": "mt9",
            "bookingUrl": "https://cal.meetergo.com/max-muster/erstberatung",
            "companyId": "co1",
        },
    )
    created = await client.users.create(
        email="max@kanzlei.de",
        given_name="Max",
        family_name="Muster",
        timezone="Europe/Berlin",
        slug="max-muster",
        availability={
            "name": "Business Hours",
            "schedule": [{"dayOfWeek": "monday", "intervals": [{"from": "09:00", "to": "18:00"}]}],
        },
        meeting_type={"name": "Erstberatung", "duration": 30, "slug": "erstberatung"},
    )
    request = route.calls.last.request
    assert_common_headers(request)
    body = body_of(request)
    assert body["email"] == "max@kanzlei.de"
    assert (body["givenName"], body["familyName"], body["slug"]) == ("Max", "Muster", "max-muster")
    assert body["availability"]["timezone"] == "Europe/Berlin"
    assert body["availability"]["schedule"]["monday"] == {
        "enabled": True,
        "hours": [{"start": "09:00", "end": "18:00"}],
    }
    assert body["availability"]["schedule"]["sunday"] == {"enabled": False, "hours": []}
    assert body["meetingType"] == {"name": "Erstberatung", "duration": 30, "slug": "erstberatung"}
    assert created.user_id == "u9"
    assert created.meeting_type_id == "mt9"
    assert created.booking_url == "https://cal.meetergo.com/max-muster/erstberatung"


async def test_create_user_without_options_sends_only_the_required_fields(client, respx_mock):
    route = respx_mock.post("/v4/user").respond(201, json={"userId": "u9"})
    await client.users.create(
        email="a@b.de", given_name="A", family_name="B", timezone="America/New_York"
    )
    assert body_of(route.calls.last.request) == {
        "email": "a@b.de",
        "givenName": "A",
        "familyName": "B",
        "timezone": "America/New_York",
    }


async def test_me_gets_the_acting_user(client, respx_mock):
    route = respx_mock.get("/v4/user/me").respond(200, json=USER)
    user = await client.users.me()
    assert_common_headers(route.calls.last.request, json_body=False)
    assert user.id == "u1" and user.full_name == "Anna Schmidt"


async def test_get_user_reads_one_user(client, respx_mock):
    respx_mock.get("/v4/user/u1").respond(200, json=USER)
    user = await client.users.get("u1")
    assert user.booking_url == "https://cal.meetergo.com/anna-schmidt"
    assert user.meeting_type_ids == ["mt1"]


async def test_update_user_patches_only_given_fields(client, respx_mock):
    route = respx_mock.patch("/v4/user/u1").respond(200, json={**USER, "slug": "anna-schmidt-law"})
    user = await client.users.update("u1", slug="anna-schmidt-law")
    assert_common_headers(route.calls.last.request)
    assert body_of(route.calls.last.request) == {"slug": "anna-schmidt-law"}
    assert user.slug == "anna-schmidt-law"


async def test_update_user_with_nothing_to_change_sends_nothing(client):
    with pytest.raises(ValueError, match="nothing to update"):
        await client.users.update("u1")


async def test_delete_user_with_transfer_target(client, respx_mock):
    route = respx_mock.delete("/v4/user/u2").respond(200, text="User deleted successfully")
    await client.users.delete("u2", transfer_to="u1")
    assert body_of(route.calls.last.request) == {"targetUserId": "u1"}


async def test_delete_user_without_transfer_sends_no_body(client, respx_mock):
    route = respx_mock.delete("/v4/user/u2").respond(204)
    assert await client.users.delete("u2") is None
    assert route.calls.last.request.content == b""


async def test_users_list_walks_offsets_until_the_total(client, respx_mock):
    users = [{**USER, "id": f"u{i}"} for i in range(5)]

    def page(request):
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        chunk = users[offset : offset + limit]
        return (200, {"json": {"users": chunk, "total": 5, "count": len(chunk), "offset": offset}})

    route = respx_mock.get("/v4/user").mock(
        side_effect=lambda request: __import__("httpx").Response(
            page(request)[0], **page(request)[1]
        )
    )
    ids = [user.id async for user in client.users.list(page_size=2, user_type="api-platform")]
    assert ids == ["u0", "u1", "u2", "u3", "u4"]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"limit": "2", "offset": "0", "userType": "api-platform"},
        {"limit": "2", "offset": "2", "userType": "api-platform"},
        {"limit": "2", "offset": "4", "userType": "api-platform"},
    ]


async def test_users_pages_stop_on_a_short_page_without_a_total(client, respx_mock):
    route = respx_mock.get("/v4/user").respond(200, json={"users": [USER]})
    pages = [page async for page in client.users.pages()]
    assert len(pages) == 1 and pages[0].users[0].id == "u1"
    assert route.call_count == 1
    assert route.calls.last.request.url.params["limit"] == "100"


async def test_users_page_size_above_100_is_refused(client):
    with pytest.raises(ValueError, match="between 1 and 100"):
        async for _ in client.users.list(page_size=101):
            pass


# --- meeting types -----------------------------------------------------------------------


async def test_meeting_types_list_acts_as_the_user_and_reads_a_bare_array(client, respx_mock):
    route = respx_mock.get("/v4/meeting-type").respond(200, json=[MEETING_TYPE])
    types = await client.meeting_types.list("u1")
    assert_common_headers(route.calls.last.request, acting="u1", json_body=False)
    assert [t.name for t in types] == ["Erstberatung"]


async def test_meeting_types_list_also_reads_the_old_wrapper(client, respx_mock):
    respx_mock.get("/v4/meeting-type").respond(200, json={"meetingTypes": [MEETING_TYPE]})
    assert [t.id for t in await client.meeting_types.list("u1")] == ["mt1"]


async def test_meeting_type_get(client, respx_mock):
    route = respx_mock.get("/v4/meeting-type/mt1").respond(200, json=MEETING_TYPE)
    mt = await client.meeting_types.get("mt1", "u1")
    assert route.calls.last.request.headers[ACTING] == "u1"
    assert mt.user_id == "u1" and mt.duration == 30


async def test_meeting_type_create_sends_nested_meeting_info(client, respx_mock):
    route = respx_mock.post("/v4/meeting-type").respond(201, json=MEETING_TYPE)
    mt = await client.meeting_types.create(
        "u1", name="Erstberatung", duration=30, buffer_before=10, spots=1
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {
            "name": "Erstberatung",
            "description": "",
            "duration": 30,
            "channel": "phone",
            "bufferBefore": 10,
        },
        "spots": 1,
    }
    assert mt.id == "mt1"


async def test_meeting_type_create_sets_a_dropped_slug_with_a_patch(client, respx_mock):
    respx_mock.post("/v4/meeting-type").respond(
        201, json={**MEETING_TYPE, "slug": "erstberatung-1"}
    )
    patch = respx_mock.patch("/v4/meeting-type/mt1").respond(
        200, json={**MEETING_TYPE, "slug": "beratung"}
    )
    mt = await client.meeting_types.create("u1", name="Erstberatung", duration=30, slug="beratung")
    assert body_of(patch.calls.last.request) == {"slug": "beratung"}
    assert patch.calls.last.request.headers[ACTING] == "u1"
    assert mt.slug == "beratung"


async def test_meeting_type_update_nests_info_fields_and_keeps_top_level_ones(client, respx_mock):
    route = respx_mock.patch("/v4/meeting-type/mt1").respond(200, json=MEETING_TYPE)
    await client.meeting_types.update(
        "mt1",
        "u1",
        duration=45,
        buffer_before=15,
        buffer_after=10,
        timeslot_interval=15,
        booking_minimum=120,
        enabled=True,
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {"duration": 45, "bufferBefore": 15, "bufferAfter": 10},
        "enabled": True,
        "timeslotInterval": 15,
        "bookingMinimum": 120,
    }


async def test_meeting_type_delete_with_empty_200(client, respx_mock):
    route = respx_mock.delete("/v4/meeting-type/mt1").respond(200, text="")
    assert await client.meeting_types.delete("mt1", "u1", delete_availability=True) is None
    assert route.calls.last.request.url.params["deleteAvailability"] == "true"
    assert route.calls.last.request.headers[ACTING] == "u1"


# --- availability ------------------------------------------------------------------------


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
    avail = await client.availability.get("av1", "u1")
    assert route.calls.last.request.headers[ACTING] == "u1"
    friday = avail.schedule.day("friday")
    assert friday.enabled and friday.intervals[0].end == time(17, 0)
    assert not avail.schedule.day("monday").enabled


async def test_availability_update_writes_all_seven_weekday_objects(client, respx_mock):
    route = respx_mock.patch("/v4/availability/av1").respond(
        200, json={"id": "av1", "schedule": {"monday": {"enabled": True, "hours": []}}}
    )
    await client.availability.update(
        "av1",
        "u1",
        name="Sprechzeiten",
        schedule={"monday": {"enabled": True, "hours": [{"start": "08:00", "end": "12:00"}]}},
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    body = body_of(route.calls.last.request)
    assert body["name"] == "Sprechzeiten"
    assert set(body["schedule"]) == {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
    assert body["schedule"]["monday"]["hours"] == [{"start": "08:00", "end": "12:00"}]


async def test_availability_update_accepts_a_weekly_schedule_from_the_scheduling_layer(
    client, respx_mock
):
    from console.scheduling.schedule import PRESETS

    route = respx_mock.patch("/v4/availability/av1").respond(200, json={"id": "av1"})
    await client.availability.update("av1", "u1", schedule=PRESETS["weekdays_9_17"])
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
    exceptions = await client.availability.add_holidays("av1", "u1", 2026, "DE", "BY")
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {"year": 2026, "country": "DE", "germanState": "BY"}
    assert exceptions[0].title == "Tag der Deutschen Einheit"
    assert exceptions[0].available is False


# --- slots and bookings ------------------------------------------------------------------


async def test_slots_list_repeats_host_ids_and_reads_dates_spots(client, respx_mock):
    route = respx_mock.get("/v4/booking-availability").respond(
        200,
        json={
            "timezone": "Europe/Berlin",
            "timeframes": [],
            "dates": [{"date": "2026-03-02", "spots": [{"startTime": "2026-03-02T09:00:00.000Z"}]}],
        },
    )
    slots = await client.slots.list(
        "mt1", date(2026, 3, 2), date(2026, 3, 9), host_ids=["u1", "u2"], timezone="Europe/Berlin"
    )
    request = route.calls.last.request
    assert request.url.params.get_list("hostIds") == ["u1", "u2"]
    assert request.url.params["meetingTypeId"] == "mt1"
    assert (request.url.params["start"], request.url.params["end"]) == ("2026-03-02", "2026-03-09")
    assert request.url.params["timezone"] == "Europe/Berlin"
    assert ACTING not in request.headers
    assert slots.starts() == [datetime(2026, 3, 2, 9, 0, tzinfo=UTC)]


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


# --- appointments ------------------------------------------------------------------------


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
        async for appt in client.appointments.list(
            "u1", start=date(2026, 3, 1), page_size=2, sort_by="appointment.start"
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
    appt = await client.appointments.cancel("ap1", reason="Krankheit", user_id="u1")
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


# --- personal page and templates ---------------------------------------------------------


async def test_personal_page_get_acts_as_the_user(client, respx_mock):
    route = respx_mock.get("/v4/personal-page/me").respond(
        200,
        json={"id": "pp1", "useCustomColors": True, "primaryColor": "#2E4A3F", "meetingTypes": []},
    )
    page = await client.personal_page.get("u1")
    assert route.calls.last.request.headers[ACTING] == "u1"
    assert page.primary_color == "#2E4A3F"


async def test_personal_page_update_turns_custom_colours_on_and_can_remove_the_image(
    client, respx_mock
):
    route = respx_mock.patch("/v4/personal-page/me").respond(200, json={"id": "pp1"})
    await client.personal_page.update("u1", primary_color="#0066cc", header_image=None)
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "primaryColor": "#0066cc",
        "headerImage": None,
        "useCustomColors": True,
    }


async def test_template_create_posts_to_create_with_meeting_info(client, respx_mock):
    route = respx_mock.post("/v4/meeting-type-template/create").respond(
        201, json={"id": "t1", "meetingInfo": {"name": "Erstberatung", "duration": 30}}
    )
    template = await client.templates.create(
        name="Erstberatung", duration=30, description="Kostenlos", user_id="admin"
    )
    assert_common_headers(route.calls.last.request, acting="admin")
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {
            "name": "Erstberatung",
            "description": "Kostenlos",
            "duration": 30,
            "channel": "phone",
        },
        "templateType": "individual",
    }
    assert template.id == "t1" and template.meeting_info.name == "Erstberatung"


async def test_template_update_patches_locked_fields(client, respx_mock):
    route = respx_mock.patch("/v4/meeting-type-template/t1").respond(200, json={"id": "t1"})
    await client.templates.update("t1", duration=45, locked_fields=["meetingInfo.duration"])
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {"duration": 45},
        "lockedFields": ["meetingInfo.duration"],
    }


async def test_template_assign_acts_as_the_target_user(client, respx_mock):
    route = respx_mock.post("/v4/meeting-type-template/t1/assign").respond(201, json=MEETING_TYPE)
    mt = await client.templates.assign("t1", "u7")
    assert_common_headers(route.calls.last.request, acting="u7")
    assert mt is not None and mt.id == "mt1"


# --- webhooks (host root) ----------------------------------------------------------------


async def test_webhooks_live_at_the_host_root(client, respx_mock):
    route = respx_mock.get("/webhooks").respond(200, json=[WEBHOOK])
    hooks = await client.webhooks.list()
    assert route.calls.last.request.url.path == "/webhooks"
    assert hooks[0].event_types == ["booking_created", "booking_cancelled"]


async def test_webhook_create(client, respx_mock):
    route = respx_mock.post("/webhooks").respond(201, json=WEBHOOK)
    hook = await client.webhooks.create(
        "https://agency.example/hooks/meetergo", ["booking_created"], "bookings", user_id="u1"
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "endpoint": "https://agency.example/hooks/meetergo",
        "eventTypes": ["booking_created"],
        "description": "bookings",
    }
    assert hook.id == "w1"


async def test_webhook_update_replaces_event_types(client, respx_mock):
    route = respx_mock.patch("/webhooks/w1").respond(200, json=WEBHOOK)
    await client.webhooks.update("w1", event_types=["booking_rescheduled"])
    assert body_of(route.calls.last.request) == {"eventTypes": ["booking_rescheduled"]}


async def test_webhook_delete(client, respx_mock):
    route = respx_mock.delete("/webhooks/w1").respond(204)
    await client.webhooks.delete("w1")
    assert route.call_count == 1

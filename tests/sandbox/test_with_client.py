"""The project's own client (console.api.MeetergoClient) against the in-process sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, time, timedelta

import pytest
import pytest_asyncio
from starlette.applications import Starlette

from console.api import MeetergoClient
from console.api.errors import (
    ActingUserRefused,
    ApiConnectionError,
    AuthenticationError,
    BadRequest,
    Conflict,
    LimitReached,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from console.sandbox import Faults, sandbox_transport
from tests.sandbox.conftest import BASE, NOW, make_app, shutdown
from tests.sandbox.receiver import Receiver

MORNINGS = [
    {"dayOfWeek": day, "intervals": [{"from": "09:00", "to": "12:00"}]}
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
]


async def _no_sleep(seconds: float) -> None:
    return None


def _client(app: Starlette, key: str | None = None, **options: object) -> MeetergoClient:
    return MeetergoClient(
        api_key=key or app.state.sandbox.demo_api_key,
        base_url=BASE,
        transport=sandbox_transport(app),
        sleep=_no_sleep,
        **options,  # type: ignore[arg-type]
    )


@pytest_asyncio.fixture
async def client(app: Starlette) -> AsyncIterator[MeetergoClient]:
    async with _client(app) as meetergo:
        yield meetergo


async def _new_host(client: MeetergoClient):
    return await client.users.create(
        email="client.host@example.com",
        given_name="Clara",
        family_name="Client",
        timezone="Europe/Berlin",
        availability={"name": "Vormittags", "schedule": MORNINGS},
        meeting_type={"name": "Erstgespräch", "duration": 30},
    )


@pytest.mark.asyncio
async def test_users_create_list_get_update_and_delete(client):
    me = await client.users.me()
    created = await _new_host(client)
    assert created.booking_url == f"{BASE}/cal/clara-client/erstgespraech"
    listed = [user async for user in client.users.list(page_size=10)]
    assert len(listed) == 26 and created.user_id in {u.id for u in listed}
    assert sum(p.total == 26 for p in [p async for p in client.users.pages(page_size=10)]) == 3
    fetched = await client.users.get(created.user_id)
    assert fetched.meeting_type_ids == [created.meeting_type_id]
    assert fetched.booking_url == f"{BASE}/cal/clara-client"
    renamed = await client.users.update(created.user_id, slug="Clara Client Berlin")
    assert renamed.slug == "clara-client-berlin"
    with pytest.raises(BadRequest):
        await client.users.update(created.user_id, slug="abc")
    with pytest.raises(Conflict):
        await _new_host(client)
    await client.users.delete(created.user_id, transfer_to=me.id)
    with pytest.raises(NotFound):
        await client.users.get(created.user_id)
    assert created.meeting_type_id in (await client.users.me()).meeting_type_ids


@pytest.mark.asyncio
async def test_meeting_types_create_update_list_and_delete(client):
    host = await _new_host(client)
    host_view = client.acting_as(host.user_id)
    mt = await host_view.meeting_types.create(
        name="Mandatsgespräch",
        duration=45,
        buffer_before=10,
        buffer_after=10,
        slug="mandat",
    )
    assert mt.slug == "mandat" and mt.meeting_info.buffer_before == 10
    updated = await host_view.meeting_types.update(
        mt.id, duration=60, timeslot_interval=15, booking_minimum=120
    )
    assert updated.duration == 60 and updated.timeslot_interval == 15
    assert (await host_view.meeting_types.get(mt.id)).booking_minimum == 120
    ids = [m.id for m in await host_view.meeting_types.list()]
    assert ids == [host.meeting_type_id, mt.id]
    with pytest.raises(BadRequest) as caught:
        await host_view.meeting_types.update(mt.id, duration=481)
    assert "meetingInfo.duration must not be greater than 480" in str(caught.value)
    with pytest.raises(Conflict):
        await host_view.meeting_types.create(name="Mandat", duration=30, slug="mandat")
    await host_view.meeting_types.delete(mt.id)
    with pytest.raises(NotFound):
        await host_view.meeting_types.get(mt.id)


@pytest.mark.asyncio
async def test_availability_get_update_and_holidays(client):
    host = await _new_host(client)
    host_view = client.acting_as(host.user_id)
    availability = await host_view.availabilities.get(host.availability_id)
    assert availability.schedule.day("monday").intervals[0].start == time(9, 0)
    changed = await host_view.availabilities.update(
        host.availability_id,
        name="Nachmittags",
        schedule={"tuesday": {"enabled": True, "hours": [{"start": "14:00", "end": "16:00"}]}},
    )
    assert changed.name == "Nachmittags" and changed.schedule.day("monday").enabled is False
    holidays = await host_view.availabilities.add_holidays(host.availability_id, 2026, "DE", "BY")
    assert "Epiphany" in {h.title for h in holidays}  # Bavaria only
    with pytest.raises(BadRequest):
        await host_view.availabilities.add_holidays(host.availability_id, 2030, "DE")


@pytest.mark.asyncio
async def test_slots_booking_and_appointments_round_trip(client):
    host = await _new_host(client)
    tuesday = date(2026, 3, 3)
    slots = await client.slots.list(host.meeting_type_id, tuesday, tuesday, host_ids=[host.user_id])
    starts = slots.starts()
    assert len(starts) == 6 and starts[0] == NOW + timedelta(days=1)
    booked = await client.bookings.create(
        host.meeting_type_id,
        starts[1],
        {"email": "kundin@example.com", "firstname": "Kim", "lastname": "Kundin"},
        host_ids=[host.user_id],
    )
    assert not booked.pending and booked.appointment_id
    again = await client.slots.list(host.meeting_type_id, tuesday, tuesday, host_ids=[host.user_id])
    assert starts[1] not in again.starts()
    with pytest.raises(BadRequest):
        await client.bookings.create(
            host.meeting_type_id,
            starts[1],
            {"email": "zwei@example.com"},
            host_ids=[host.user_id],
        )
    mine = [a async for a in client.acting_as(host.user_id).appointments.list()]
    assert [a.id for a in mine] == [booked.appointment_id]
    everyone = [a async for a in client.appointments.list(start=NOW, page_size=100)]
    assert booked.appointment_id in {a.id for a in everyone} and len(everyone) > 100
    moved = await client.appointments.reschedule(booked.appointment_id, starts[4])
    assert moved.start == starts[4]
    cancelled = await client.appointments.cancel(booked.appointment_id, reason="Verhindert")
    assert cancelled.cancelled
    assert (await client.appointments.get(booked.appointment_id)).is_cancelled


@pytest.mark.asyncio
async def test_personal_page_templates_and_webhooks(client):
    host = await _new_host(client)
    host_view = client.acting_as(host.user_id)
    page = await host_view.personal_pages.update(primary_color="#2E4A3F", description="Willkommen")
    assert page.model_dump(by_alias=True)["primaryColor"] == "#2E4A3F"
    assert (await host_view.personal_pages.get()).model_dump(by_alias=True)[
        "useCustomColors"
    ] is True
    template = await client.templates.create(name="Rückruf", duration=15)
    template = await client.templates.update(
        template.id, duration=20, locked_fields=["meetingInfo.duration"]
    )
    assert template.meeting_info.duration == 20
    assigned = await host_view.templates.assign(template.id)
    assert assigned is not None and assigned.user_id == host.user_id
    assert assigned.duration == 20
    hooks = [
        await client.webhooks.create(f"https://example.com/{n}", ["booking_created"])
        for n in range(6)
    ]
    with pytest.raises(LimitReached):
        await client.webhooks.create("https://example.com/7", ["booking_created"])
    updated = await client.webhooks.update(hooks[0].id, event_types=["booking_cancelled"])
    assert updated.model_dump(by_alias=True)["eventTypes"] == ["booking_cancelled"]
    await client.webhooks.delete(hooks[0].id)
    assert len(await client.webhooks.list()) == 5


@pytest.mark.asyncio
async def test_auth_errors_reach_the_client_as_typed_errors(app):
    async with _client(app, key="ak_live:00000000-0000-4000-8000-000000000000:x") as stranger:
        with pytest.raises(AuthenticationError):
            await stranger.users.me()
    async with _client(app) as owner:
        pro = [u async for u in owner.users.list()][1]
    async with _client(app, key=app.state.sandbox.demo_pat) as pat:
        await pat.users.me()
        with pytest.raises(ActingUserRefused):
            pat.acting_as(pro.id)
        with pytest.raises(PermissionDenied):
            await pat.users.create(
                email="p@example.com", given_name="P", family_name="Q", timezone="UTC"
            )


@pytest.mark.asyncio
async def test_a_personal_token_opens_its_own_meeting_types_straight_after_connecting(app):
    async with _client(app) as owner:
        own_id = (await owner.users.me()).id
        expected = [m.id for m in await owner.acting_as(own_id).meeting_types.list()]
    async with _client(app, key=app.state.sandbox.demo_pat) as pat:
        assert pat.own_user_id == own_id
        listed = [m.id for m in await pat.acting_as(own_id).meeting_types.list()]
    assert listed == expected and listed


@pytest.mark.asyncio
async def test_the_client_sees_429_and_5xx_from_the_sandbox():
    app = make_app(faults=Faults(rate_limit_rate=1.0))
    try:
        async with _client(app, max_retries=1) as meetergo:
            with pytest.raises(RateLimited) as caught:
                await meetergo.users.me()
            assert caught.value.retry_after == 1
            app.state.sandbox.faults.rate_limit_rate = 0.0
            app.state.sandbox.faults.error_rate = 1.0
            with pytest.raises(ServerError):
                await meetergo.users.me()
    finally:
        await shutdown(app)


@pytest.mark.asyncio
async def test_a_dropped_create_is_reconciled_by_looking_the_user_up():
    app = make_app(faults=Faults(drop_rate=1.0, seed=5))
    try:
        async with _client(app) as meetergo:
            outcomes = []
            for n in range(8):
                try:
                    await meetergo.users.create(
                        email=f"r{n}@example.com",
                        given_name="R",
                        family_name=f"N{n}",
                        timezone="UTC",
                    )
                except ApiConnectionError:
                    outcomes.append(n)
            assert outcomes == list(range(8))
            app.state.sandbox.faults.drop_rate = 0.0
            emails = {u.email async for u in meetergo.users.list()}
        landed = {n for n in range(8) if f"r{n}@example.com" in emails}
        assert 0 < len(landed) < 8  # some were processed before the connection dropped
    finally:
        await shutdown(app)


@pytest.mark.asyncio
async def test_webhooks_registered_by_the_client_receive_bookings(client):
    host = await _new_host(client)
    async with Receiver() as receiver:
        await client.webhooks.create(receiver.url, ["booking_created"])
        tuesday = date(2026, 3, 3)
        start = (
            await client.slots.list(host.meeting_type_id, tuesday, tuesday, host_ids=[host.user_id])
        ).starts()[0]
        booked = await client.bookings.create(
            host.meeting_type_id, start, {"email": "w@example.com"}, host_ids=[host.user_id]
        )
        [event] = await receiver.wait_for(1)
    assert event["webhookType"] == "booking_created" and event["id"] == booked.appointment_id

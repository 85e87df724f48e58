"""Fleet health against the in-process sandbox: the problem accounts are found, a demo account
with bookings is healthy with its last booking, the cache answers a second run without a
request, and a change the console makes (an audit entry) or age makes an entry stale again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from console.credentials import Connection, CredentialKind
from console.health import AccountHealth, HealthKind
from console.health.model import fleet_slug_clashes
from console.health.service import HealthService
from console.jobs.edits import AccountRef, MeetingTypeSettingsEdit
from console.jobs.engine import ChangeEngine
from console.jobs.model import OpStatus
from console.store import Store, audit_entry
from console.store.templates import Assignment
from tests.health.fleet import counted_sandbox, fleet_slugs, meeting_types, seed_problems
from tests.jobs.sandbox_helpers import no_sleep


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.asyncio
async def test_each_seeded_problem_is_found_and_a_healthy_account_has_none(store: Store) -> None:
    async with counted_sandbox() as (client, _):
        fleet = await seed_problems(client)
        slugs = await fleet_slugs(client)
        health = await HealthService(client, store, "Sandbox").refresh(slugs)

    assert health[fleet.healthy].problems == ()
    assert health[fleet.healthy].next_slot is not None
    assert health[fleet.disabled].problems == (HealthKind.NO_MEETING_TYPE, HealthKind.NO_SLOT)
    assert health[fleet.no_hours].problems == (HealthKind.NO_SLOT,)
    assert health[fleet.no_hours].enabled_meeting_types == 1
    assert health[fleet.type_clash].problems == (HealthKind.SLUG_CLASH,)
    assert health[fleet.type_clash].meeting_type_slug_clashes == ("erstberatung",)
    assert health[fleet.twin_a].problems == (HealthKind.SLUG_CLASH,)
    assert health[fleet.twin_a].account_slug_clashes == (fleet.twin_b,)
    assert health[fleet.twin_b].account_slug_clashes == (fleet.twin_a,)


@pytest.mark.asyncio
async def test_a_demo_account_with_bookings_shows_its_newest_booking(store: Store) -> None:
    async with counted_sandbox() as (client, _):
        slugs = await fleet_slugs(client)
        health = await HealthService(client, store, "Sandbox").refresh(slugs)
        booked = [h for h in health.values() if h.last_booking is not None]
        assert booked, "the demo agency has bookings"
        sample = booked[0]
        made = [
            a.created_at or a.start
            async for a in client.acting_as(sample.account_id).appointments.list()
        ]
    assert sample.last_booking == max(m for m in made if m is not None)


@pytest.mark.asyncio
async def test_slot_search_stops_at_the_first_meeting_type_with_a_slot(store: Store) -> None:
    async with counted_sandbox() as (client, transport):
        fleet = await seed_problems(client)
        await client.acting_as(fleet.healthy).meeting_types.create(name="Zweittermin", duration=20)
        slugs = {fleet.healthy: None, fleet.no_hours: None}
        transport.requests.clear()
        await HealthService(client, store, "Sandbox").refresh(slugs, account_ids=[fleet.healthy])
        assert transport.requests["GET /v4/booking-availability"] == 1


@pytest.mark.asyncio
async def test_a_second_run_sends_no_request_for_fresh_entries(store: Store) -> None:
    async with counted_sandbox() as (client, transport):
        fleet = await seed_problems(client)
        slugs = await fleet_slugs(client)
        first = await HealthService(client, store, "Sandbox").refresh(slugs)
        transport.requests.clear()
        again = await HealthService(client, store, "Sandbox").refresh(slugs)
        assert transport.total() == 0
        assert again[fleet.disabled].problems == first[fleet.disabled].problems
        assert again[fleet.twin_a].account_slug_clashes == (fleet.twin_b,)
        assert not again[fleet.disabled].stale

        forced = await HealthService(client, store, "Sandbox").refresh(
            slugs, account_ids=[fleet.disabled], force=True
        )
        assert transport.requests["GET /v4/meeting-type"] == 1
        assert forced[fleet.disabled].problems == first[fleet.disabled].problems


@pytest.mark.asyncio
async def test_an_audited_change_makes_the_entry_stale_and_only_it_is_rechecked(
    store: Store,
) -> None:
    async with counted_sandbox() as (client, transport):
        fleet = await seed_problems(client)
        slugs = await fleet_slugs(client)
        service = HealthService(client, store, "Sandbox")
        await service.refresh(slugs)
        # The console switches the meeting type back on, as the meeting-types service would.
        [mt] = await meeting_types(client, fleet.disabled)
        acting = client.acting_as(fleet.disabled)
        await acting.send("PATCH", f"/v4/meeting-type/{mt['id']}", json={"enabled": True})
        await store.audit.record(
            audit_entry(
                "Sandbox",
                "meeting_type.update",
                account_id=fleet.disabled,
                account_email="disabled@kanzlei.example",
                before={"enabled": False},
                after={"enabled": True},
            )
        )
        cached = await service.cached(slugs)
        assert cached[fleet.disabled].stale
        assert service.due(cached) == [fleet.disabled]

        transport.requests.clear()
        checked: list[AccountHealth] = []
        health = await service.refresh(slugs, on_checked=checked.append)
        assert [h.account_id for h in checked] == [fleet.disabled]
        assert transport.requests["GET /v4/meeting-type"] == 1
        assert health[fleet.disabled].problems == ()


@pytest.mark.asyncio
async def test_entries_older_than_the_limit_are_rechecked_a_few_at_a_time(store: Store) -> None:
    clock = Clock()
    async with counted_sandbox() as (client, transport):
        await seed_problems(client)
        slugs = await fleet_slugs(client)
        service = HealthService(client, store, "Sandbox", clock=clock)
        await service.refresh(slugs)
        clock.now += timedelta(minutes=16)
        assert all(h.stale for h in (await service.cached(slugs)).values())

        transport.requests.clear()
        checked: list[AccountHealth] = []
        await service.refresh(slugs, limit=4, on_checked=checked.append)
        assert len(checked) == 4
        assert transport.requests["GET /v4/meeting-type"] == 4
        assert len(service.due(await service.cached(slugs))) == len(slugs) - 4


@pytest.mark.asyncio
async def test_never_checked_accounts_come_first_and_show_no_problem_yet(store: Store) -> None:
    async with counted_sandbox() as (client, _):
        fleet = await seed_problems(client)
        service = HealthService(client, store, "Sandbox")
        await service.refresh({fleet.healthy: "a"}, force=True)
        slugs = {fleet.healthy: "a", fleet.disabled: "b"}
        cached = await service.cached(slugs)
    assert not cached[fleet.disabled].checked and cached[fleet.disabled].problems == ()
    assert service.due(cached) == [fleet.disabled]


@pytest.mark.asyncio
async def test_a_meeting_type_changed_away_from_its_template_is_drift(store: Store) -> None:
    async with counted_sandbox() as (client, _):
        fleet = await seed_problems(client)
        [mt] = await meeting_types(client, fleet.healthy)
        body = {"meetingInfo": {"name": "Erstberatung", "duration": 30}}
        await store.templates.save("Sandbox", "tpl-1", name="Erstberatung", body=body)
        await store.templates.record_assignment(
            "Sandbox", Assignment("tpl-1", fleet.healthy, mt["id"], "healthy")
        )
        service = HealthService(client, store, "Sandbox")
        slugs = {fleet.healthy: None}
        assert (await service.refresh(slugs))[fleet.healthy].template_drift == ()

        acting = client.acting_as(fleet.healthy)
        patch = {"meetingInfo": {"duration": 45}}
        await acting.send("PATCH", f"/v4/meeting-type/{mt['id']}", json=patch)
        health = await service.refresh(slugs, force=True)
    assert health[fleet.healthy].template_drift == ("Erstberatung",)
    assert HealthKind.TEMPLATE_DRIFT in health[fleet.healthy].problems


@pytest.mark.asyncio
async def test_an_account_the_api_refuses_is_a_failed_check_not_a_crash(store: Store) -> None:
    async with counted_sandbox() as (client, _):
        slugs = {"no-such-user": None}
        health = await HealthService(client, store, "Sandbox").refresh(slugs)
    assert health["no-such-user"].problems == (HealthKind.CHECK_FAILED,)
    assert health["no-such-user"].error


@pytest.mark.asyncio
async def test_connection_health_counts_webhooks_and_the_days_the_key_has_left(
    store: Store,
) -> None:
    async with counted_sandbox() as (client, _):
        await client.webhooks.create("https://hooks.example/a", ["booking_created"], "one")
        await client.webhooks.create("https://hooks.example/b", ["booking_created"], "two")
        connection = Connection(
            "Kanzlei", "http://sandbox.test", CredentialKind.API_KEY, date(2026, 3, 14)
        )
        found = await HealthService(client, store, "Sandbox").connection_health(
            connection, today=date(2026, 3, 4)
        )
    assert found.webhooks == 2 and found.webhook_limit == 6 and not found.webhooks_full
    assert found.days_left == 10


def test_slugs_clash_across_the_fleet_whatever_their_case() -> None:
    clashes = fleet_slug_clashes({"a": "anna", "b": "Anna", "c": "carl", "d": None, "e": ""})
    assert clashes == {"a": ("b",), "b": ("a",)}


def test_stored_facts_read_back_as_the_same_record() -> None:
    record = AccountHealth(
        "u1",
        checked_at=datetime(2026, 3, 4, 10, tzinfo=UTC),
        stale=False,
        meeting_types=2,
        enabled_meeting_types=1,
        next_slot=datetime(2026, 3, 5, 8, tzinfo=UTC),
        meeting_type_slug_clashes=("x",),
        last_booking=datetime(2026, 3, 1, 9, tzinfo=UTC),
        template_drift=("T",),
        kit_drift=("K",),
    )
    back = AccountHealth.from_facts("u1", record.facts(), checked_at=record.checked_at, stale=False)
    assert back == record


@pytest.mark.asyncio
async def test_a_change_set_applied_to_an_account_makes_its_entry_stale(store: Store) -> None:
    async with counted_sandbox() as (client, _):
        fleet = await seed_problems(client)
        slugs = await fleet_slugs(client)
        service = HealthService(client, store, "Sandbox")
        await service.refresh(slugs)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        edit = MeetingTypeSettingsEdit("Erstberatung", {"enabled": True})
        plan = await engine.plan("Switch on", [AccountRef(fleet.disabled, "disabled")], edit)
        applied = await engine.apply(plan.id)
        assert applied.counts()[OpStatus.DONE] == 1

        cached = await service.cached(slugs)
        assert service.due(cached) == [fleet.disabled]
        health = await service.refresh(slugs)
    assert health[fleet.disabled].problems == ()

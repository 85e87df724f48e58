"""Availability change sets on the in-process sandbox, checked through the slots clients see."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import pytest_asyncio

from console.api import MeetergoClient
from console.jobs.edits import AccountRef, WeeklyHoursEdit, closed_days_edit
from console.jobs.engine import ChangeEngine
from console.jobs.model import ChangeSetState, OpStatus
from console.scheduling.schedule import Interval, WeeklySchedule
from console.store import Store
from tests.jobs.sandbox_helpers import no_sleep, sandbox_client

ZONES = ("Europe/Berlin", "America/New_York", "Australia/Brisbane")


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


async def _accounts(client: MeetergoClient) -> list[tuple[AccountRef, str]]:
    made = []
    for i, tz in enumerate(ZONES):
        created = await client.users.create(
            email=f"zone{i}@kanzlei.example",
            given_name=f"Zone{i}",
            family_name="Muster",
            timezone=tz,
            meeting_type={"name": "Erstberatung", "duration": 30},
        )
        assert created.meeting_type_id is not None
        made.append(
            (AccountRef(created.user_id, f"zone{i}@kanzlei.example", tz), created.meeting_type_id)
        )
    return made


async def _local_days_with_slots(
    client: MeetergoClient, account: AccountRef, mt_id: str, first: date, last: date
) -> set[date]:
    assert account.timezone is not None
    tz = ZoneInfo(account.timezone)
    answer = await client.slots.list(
        mt_id, first - timedelta(days=1), last + timedelta(days=1), host_ids=[account.user_id]
    )
    return {
        spot.start_time.astimezone(tz).date()
        for day in answer.dates
        for spot in day.spots
        if first <= spot.start_time.astimezone(tz).date() <= last
    }


def _next_weekday(weekday: int, after_days: int) -> date:
    day = datetime.now(ZoneInfo("UTC")).date() + timedelta(days=after_days)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


@pytest.mark.asyncio
async def test_a_closed_day_across_three_zones_removes_exactly_that_local_day(store: Store) -> None:
    wednesday = _next_weekday(2, 10)
    tuesday, thursday = wednesday - timedelta(days=1), wednesday + timedelta(days=1)
    async with sandbox_client() as client:
        made = await _accounts(client)
        for account, mt_id in made:
            days = await _local_days_with_slots(client, account, mt_id, tuesday, thursday)
            assert days == {tuesday, wednesday, thursday}, account.timezone
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan("Closed", [a for a, _ in made], closed_days_edit(wednesday))
        assert plan.counts()[OpStatus.PENDING] == 3
        # Each account's closed day starts at its own midnight.
        starts = {
            op.account_label: op.after["availabilityExceptions"][-1]["start"]
            for op in plan.operations
        }
        assert len(set(starts.values())) == 3
        applied = await engine.apply(plan.id)
        assert applied.state is ChangeSetState.DONE
        for account, mt_id in made:
            days = await _local_days_with_slots(client, account, mt_id, tuesday, thursday)
            assert days == {tuesday, thursday}, account.timezone

        again = await engine.plan("Closed again", [a for a, _ in made], closed_days_edit(wednesday))
        assert again.counts()[OpStatus.UNCHANGED] == 3

        undo = await engine.plan_undo(plan.id)
        assert (await engine.apply(undo.id)).state is ChangeSetState.DONE
        for account, mt_id in made:
            days = await _local_days_with_slots(client, account, mt_id, tuesday, thursday)
            assert days == {tuesday, wednesday, thursday}, account.timezone


@pytest.mark.asyncio
async def test_weekly_hours_are_sent_whole_and_read_back_as_the_server_stored_them(
    store: Store,
) -> None:
    hours = WeeklySchedule.from_hours(range(4), [("09:00", "18:00")]).with_day(
        "friday", [("09:00", "17:00")]
    )
    async with sandbox_client() as client:
        made = await _accounts(client)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan("Hours", [a for a, _ in made], WeeklyHoursEdit(hours))
        op = plan.operations[0]
        assert op.request is not None
        assert set(op.request.body or {}) == {"schedule"}
        assert len((op.request.body or {})["schedule"]) == 7
        assert (await engine.apply(plan.id)).state is ChangeSetState.DONE
        for account, _ in made:
            user = await client.users.get(account.user_id)
            assert user.default_availability_id is not None
            stored = await client.acting_as(account.user_id).availabilities.get(
                user.default_availability_id
            )
            assert stored.schedule.intervals("friday") == (Interval("09:00", "17:00"),)
            assert stored.schedule.intervals("monday") == (Interval("09:00", "18:00"),)
            assert stored.timezone == account.timezone

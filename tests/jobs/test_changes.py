"""The fleet-change engine against the in-process sandbox: plan, apply, conflicts, undo, soak."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from console.jobs.edits import MeetingTypeSettingsEdit, UserFieldsEdit
from console.jobs.edits.meeting_types import create_state
from console.jobs.engine import ChangeEngine, LeaseHeld
from console.jobs.model import ChangeEvent, ChangeSetState, OpStatus
from console.store import Store
from tests.jobs.change_helpers import count_writes, make_accounts
from tests.jobs.sandbox_helpers import no_sleep, sandbox_client

DURATION = "meetingInfo.duration"
BUFFER = "meetingInfo.bufferAfter"


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


async def _duration_of(client: object, account_id: str, mt_id: str) -> int:
    acting = client.acting_as(account_id)  # type: ignore[attr-defined]
    return int((await acting.meeting_types.get(mt_id)).meeting_info.duration)


@pytest.mark.asyncio
async def test_plan_apply_and_undo_across_50_accounts(store: Store) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 50)
        # One account already has the new duration and buffer: listed unchanged, never sent.
        first = client.acting_as(accounts[0].user_id)
        [mt0] = await first.meeting_types.list()
        await first.meeting_types.update(mt0.id, duration=45, buffer_after=10)
        writes = count_writes(client.sandbox_app.state.sandbox)  # type: ignore[attr-defined]
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        events: list[ChangeEvent] = []
        engine.subscribe(events.append)

        edit = MeetingTypeSettingsEdit("Erstberatung", {"duration": 45, "bufferAfter": 10})
        plan = await engine.plan("Duration 45 min", accounts, edit)
        assert plan.state is ChangeSetState.PLANNED and len(plan.accounts()) == 50
        counts = plan.counts()
        assert (counts[OpStatus.PENDING], counts[OpStatus.UNCHANGED]) == (49, 1)
        pending = next(op for op in plan.operations if op.status is OpStatus.PENDING)
        assert [(d.field, d.before, d.after) for d in pending.diffs()] == [
            (DURATION, 30, 45),
            (BUFFER, 0, 10),
        ]
        assert pending.request is not None and pending.request.method == "PATCH"
        assert pending.request.body == {"meetingInfo": {"duration": 45, "bufferAfter": 10}}
        assert pending.request.acting_user == pending.account_id
        assert not writes  # planning sends nothing

        applied = await engine.apply(plan.id)
        assert applied.state is ChangeSetState.DONE
        assert applied.counts()[OpStatus.DONE] == 49
        assert len(writes) == 49 and set(writes.values()) == {1}
        for op in applied.operations:
            assert op.resource_id is not None
            assert await _duration_of(client, op.account_id, op.resource_id) == 45
        journaled = await engine.load(plan.id)
        assert journaled.counts()[OpStatus.DONE] == 49
        audit = await store.audit.entries("Sandbox", change_set_id=plan.id)
        assert len(audit) == 49
        assert {(e.before or {}).get(DURATION) for e in audit} == {30}
        assert {(e.after or {}).get(DURATION) for e in audit} == {45}
        assert {e.account_email for e in audit} == {a.label for a in accounts[1:]}
        done_events = [e for e in events if e.operation and e.operation.status is OpStatus.DONE]
        assert len(done_events) == 49 and done_events[-1].counts[OpStatus.DONE] == 49

        undo = await engine.plan_undo(plan.id)
        assert undo.undo_of == plan.id and undo.counts()[OpStatus.PENDING] == 49
        assert await engine.attached_appointments(undo.id) == 0  # nothing would be deleted
        undone = await engine.apply(undo.id)
        assert undone.state is ChangeSetState.DONE
        assert set(writes.values()) == {2}
        for op in applied.operations[1:]:
            assert op.resource_id is not None
            assert await _duration_of(client, op.account_id, op.resource_id) == 30
        # The account that was unchanged keeps its own 45 minutes.
        assert await _duration_of(client, accounts[0].user_id, mt0.id) == 45
        history = await engine.history()
        assert [cs.id for cs in history] == [undo.id, plan.id]


@pytest.mark.asyncio
async def test_an_account_edited_between_plan_and_apply_is_a_conflict_with_three_values(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 5)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan(
            "Duration 45", accounts, MeetingTypeSettingsEdit("erstberatung", {"duration": 45})
        )
        # A colleague sets account 2 to 60 minutes after the plan was made.
        colleague = plan.operations[2]
        assert colleague.resource_id is not None
        await client.acting_as(colleague.account_id).meeting_types.update(
            colleague.resource_id, duration=60
        )
        # The plan is old enough that every write reads its resource first.
        engine.conflict_age = timedelta(0)
        applied = await engine.apply(plan.id)
        assert applied.state is ChangeSetState.PARTIAL
        assert applied.counts()[OpStatus.DONE] == 4
        conflict = applied.operations[2]
        assert conflict.status is OpStatus.CONFLICT
        [diff] = conflict.conflicts
        assert (diff.field, diff.before, diff.now, diff.after) == (DURATION, 30, 60, 45)
        assert await _duration_of(client, colleague.account_id, colleague.resource_id) == 60
        stored = (await engine.load(plan.id)).operations[2]
        assert stored.status is OpStatus.CONFLICT and stored.conflicts == conflict.conflicts


@pytest.mark.asyncio
async def test_undo_refuses_to_overwrite_a_newer_value(store: Store) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 3)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan("Rename", accounts, UserFieldsEdit({"familyName": "Neu"}))
        await engine.apply(plan.id)
        # Someone renames account 1 again afterwards.
        await client.users.update(accounts[1].user_id, family_name="Später")

        undo = await engine.plan_undo(plan.id)
        statuses = [op.status for op in undo.operations]
        assert statuses == [OpStatus.PENDING, OpStatus.CONFLICT, OpStatus.PENDING]
        [diff] = undo.operations[1].conflicts
        assert (diff.field, diff.before, diff.now, diff.after) == (
            "familyName",
            "Neu",
            "Später",
            "Muster",
        )
        undone = await engine.apply(undo.id)
        assert undone.counts()[OpStatus.DONE] == 2
        names = [(await client.users.get(a.user_id)).family_name for a in accounts]
        assert names == ["Muster", "Später", "Muster"]


@pytest.mark.asyncio
async def test_an_account_without_the_meeting_type_is_skipped_with_the_reason(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 2)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan(
            "Buffers", accounts, MeetingTypeSettingsEdit("Folgetermin", {"bufferBefore": 5})
        )
        assert [op.status for op in plan.operations] == [OpStatus.SKIPPED] * 2
        assert plan.operations[0].error == "no meeting type named 'Folgetermin'"
        applied = await engine.apply(plan.id)
        assert applied.state is ChangeSetState.DONE and applied.counts()[OpStatus.SKIPPED] == 2


@pytest.mark.asyncio
async def test_an_account_without_the_meeting_type_can_get_it_created_and_undo_deletes_it(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 2)
        second = client.acting_as(accounts[1].user_id)
        [mt1] = await second.meeting_types.list()
        await second.meeting_types.update(mt1.id, name="Folgetermin")
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        edit = MeetingTypeSettingsEdit(
            "Folgetermin",
            {"duration": 45, "bufferBefore": 5},
            create=create_state("Folgetermin", duration=45, slug="folgetermin"),
        )
        plan = await engine.plan("Buffers", accounts, edit)
        ops = {op.account_id: op for op in plan.operations}
        create, patch = ops[accounts[0].user_id], ops[accounts[1].user_id]
        assert create.status is OpStatus.PENDING and create.request is not None
        assert (create.request.method, create.request.path) == ("POST", "/v4/meeting-type")
        assert create.request.body is not None
        assert create.request.body["meetingInfo"]["bufferBefore"] == 5
        assert create.resource_id is None
        assert patch.request is not None and patch.request.method == "PATCH"
        applied = await engine.apply(plan.id)
        assert applied.counts()[OpStatus.DONE] == 2
        made = next(op for op in applied.operations if op.account_id == accounts[0].user_id)
        assert made.resource_id is not None
        first = client.acting_as(accounts[0].user_id)
        got = await first.meeting_types.get(made.resource_id)
        assert (got.meeting_info.name, got.slug) == ("Folgetermin", "folgetermin")
        assert (got.meeting_info.duration, got.meeting_info.buffer_before) == (45, 5)

        undo = await engine.plan_undo(plan.id)
        undone = await engine.apply(undo.id)
        assert undone.counts()[OpStatus.DONE] == 2
        names = [mt.meeting_info.name for mt in await first.meeting_types.list()]
        assert "Folgetermin" not in names  # what the change set created is gone again
        assert await _duration_of(client, accounts[1].user_id, mt1.id) == 30


@pytest.mark.asyncio
async def test_a_change_set_held_by_another_process_is_refused_naming_it(store: Store) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 2)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan("Rename", accounts, UserFieldsEdit({"givenName": "Eva"}))
        other = "elsewhere pid 4242 started 2026-12-01T20:00:00.000000Z"
        await store.leases.take("change_sets", plan.id, other, timedelta(minutes=5))
        writes = count_writes(client.sandbox_app.state.sandbox)  # type: ignore[attr-defined]
        with pytest.raises(LeaseHeld) as refused:
            await engine.apply(plan.id)
        assert refused.value.owner == other and "elsewhere pid 4242" in str(refused.value)
        assert not writes
        # Once that lease runs out (its owner died), the change set is taken over.
        await store.leases.take("change_sets", plan.id, other, timedelta(seconds=-1))
        assert (await engine.apply(plan.id)).counts()[OpStatus.DONE] == 2


@pytest.mark.asyncio
async def test_a_soak_of_200_operations_under_faults_applies_each_exactly_once(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 200, prefix="soak")
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep, concurrency=8)
        plan = await engine.plan(
            "Duration 50", accounts, MeetingTypeSettingsEdit("Erstberatung", {"duration": 50})
        )
        assert plan.counts()[OpStatus.PENDING] == 200
        state = client.sandbox_app.state.sandbox  # type: ignore[attr-defined]
        writes = count_writes(state)
        state.faults.error_rate = 0.10
        state.faults.rate_limit_rate = 0.05
        state.faults.drop_rate = 0.02
        waits: list[ChangeEvent] = []
        engine.subscribe(lambda e: waits.append(e) if e.waiting_until is not None else None)

        applied = await engine.apply(plan.id)
        assert applied.state is ChangeSetState.DONE
        assert applied.counts()[OpStatus.DONE] == 200
        assert len(writes) == 200 and set(writes.values()) == {1}  # nothing applied twice
        assert waits  # the 429s paused the run with a countdown
        state.faults.error_rate = state.faults.rate_limit_rate = state.faults.drop_rate = 0.0
        for op in applied.operations[:20]:
            assert op.resource_id is not None
            assert await _duration_of(client, op.account_id, op.resource_id) == 50
        assert len(await store.audit.entries("Sandbox", change_set_id=plan.id)) == 200

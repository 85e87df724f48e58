"""The change-set journal and process leases: what is written comes back, states, takeover."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from console.store import Store, audit_entry
from console.store.change_records import (
    MISSING,
    ChangeSet,
    ChangeSetState,
    FieldDiff,
    Operation,
    OpStatus,
    ResourceKind,
    WireRequest,
)
from console.store.leases import LeasedTable


def _change_set(connection: str = "Agency", n: int = 3) -> ChangeSet:
    at = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    return ChangeSet(
        id=f"cs-{connection}-{n}",
        name="Duration 45",
        connection=connection,
        created_at=at,
        planned_at=at,
        state=ChangeSetState.PLANNED,
        operations=[
            Operation(
                id=f"op-{connection}-{n}-{i}",
                index=i,
                account_id=f"u{i}",
                account_label=f"u{i}@example.com",
                resource=ResourceKind.MEETING_TYPE,
                resource_id=f"mt{i}",
                before={"id": f"mt{i}", "meetingInfo.duration": 30},
                after={"id": f"mt{i}", "meetingInfo.duration": 45},
                request=WireRequest(
                    "PATCH", f"/v4/meeting-type/mt{i}", f"u{i}", {"meetingInfo": {"duration": 45}}
                ),
                status=OpStatus.PENDING,
            )
            for i in range(n)
        ],
    )


@pytest.mark.asyncio
async def test_a_journaled_change_set_comes_back_with_every_operation_and_transition(
    store_url: str,
) -> None:
    store = Store.open(store_url)
    try:
        planned = _change_set()
        await store.changes.create(planned)
        assert await store.changes.load(planned.id) == planned

        op = planned.operations[1]
        op.status = OpStatus.IN_FLIGHT
        await store.changes.update_operation(planned.id, op, count_attempt=True)
        op.status = OpStatus.CONFLICT
        op.conflicts = (FieldDiff("meetingInfo.duration", 30, 45, 60),)
        op.error = "changed since"
        async with store.unit_of_work() as uow:
            uow.changes.update_operation(planned.id, op)
            uow.changes.set_state(planned.id, ChangeSetState.APPLYING)
        loaded = await store.changes.load(planned.id)
        assert loaded is not None and loaded.state is ChangeSetState.APPLYING
        back = loaded.operations[1]
        assert back.status is OpStatus.CONFLICT and back.attempts == 1
        assert back.conflicts == (FieldDiff("meetingInfo.duration", 30, 45, 60),)
        assert [d.now for d in loaded.operations[1].diffs()] == [MISSING]
        assert [cs.id for cs in await store.changes.unfinished("Agency")] == [planned.id]

        await store.changes.set_state(planned.id, ChangeSetState.PARTIAL)
        assert await store.changes.unfinished("Agency") == []
        with pytest.raises(KeyError):
            await store.changes.set_state("nope", ChangeSetState.DONE)
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_history_is_per_connection_and_newest_first(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        older, newer, other = _change_set(n=1), _change_set(n=2), _change_set("Other", 1)
        newer.created_at += timedelta(minutes=5)
        for cs in (older, newer, other):
            await store.changes.create(cs)
        assert [cs.id for cs in await store.changes.history("Agency")] == [newer.id, older.id]
        assert [cs.id for cs in await store.changes.history("Agency", limit=1)] == [newer.id]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_audit_entries_are_found_by_their_change_set(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        for cs_id in ("cs-1", "cs-1", None):
            await store.audit.record(
                audit_entry(
                    "Agency",
                    "patch meeting_type",
                    account_id="u1",
                    account_email="u1@example.com",
                    before={"meetingInfo.duration": 30},
                    after={"meetingInfo.duration": 45},
                    change_set_id=cs_id,
                )
            )
        found = await store.audit.entries("Agency", change_set_id="cs-1")
        assert len(found) == 2 and {e.change_set_id for e in found} == {"cs-1"}
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_lease_is_refused_to_a_second_owner_until_it_expires_or_its_owner_dies(
    store_url: str,
) -> None:
    store = Store.open(store_url)
    try:
        await store.changes.create(_change_set())
        table: LeasedTable = "change_sets"
        row = "cs-Agency-3"
        first = await store.leases.take(table, row, "host-a pid 1", timedelta(minutes=1))
        assert first.taken and first.previous is None
        refused = await store.leases.take(table, row, "host-b pid 2", timedelta(minutes=1))
        assert not refused.taken and refused.holder is not None
        assert refused.holder.owner == "host-a pid 1"
        # The same owner may take it again (a renewal), keeping its "since".
        again = await store.leases.take(table, row, "host-a pid 1", timedelta(minutes=1))
        assert again.taken
        holder = await store.leases.holder(table, row)
        assert holder is not None and holder.since == refused.holder.since
        # A dead owner's lease is taken over at once, and the caller learns whose it was.
        taken = await store.leases.take(
            table, row, "host-b pid 2", timedelta(minutes=1), is_dead=lambda o: o.endswith(" 1")
        )
        assert taken.taken and taken.previous is not None
        assert taken.previous.owner == "host-a pid 1"
        assert not await store.leases.renew(table, row, "host-a pid 1", timedelta(minutes=1))
        await store.leases.release(table, row, "host-b pid 2")
        assert await store.leases.holder(table, row) is None
        with pytest.raises(KeyError):
            await store.leases.take(table, "nope", "x", timedelta(minutes=1))
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_consoles_taking_one_lease_at_the_same_moment_leave_exactly_one_holder(
    store_url: str,
) -> None:
    consoles = [Store.open(store_url) for _ in range(4)]
    try:
        await consoles[0].changes.create(_change_set())
        table: LeasedTable = "change_sets"
        for attempt in range(5):
            outcomes = await asyncio.gather(
                *(
                    s.leases.take(table, "cs-Agency-3", f"host-{i} pid {i}", timedelta(minutes=1))
                    for i, s in enumerate(consoles)
                )
            )
            winners = [i for i, o in enumerate(outcomes) if o.taken]
            assert len(winners) == 1, (attempt, outcomes)
            holder = await consoles[0].leases.holder(table, "cs-Agency-3")
            assert holder is not None and holder.owner == f"host-{winners[0]} pid {winners[0]}"
            assert all(o.holder is not None for o in outcomes if not o.taken)
            await consoles[winners[0]].leases.release(table, "cs-Agency-3", holder.owner)
    finally:
        for s in consoles:
            await s.close()

"""Many bookings cancelled as one change set: planned, killed mid-apply, resumed, never undone."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from console.jobs.edits import AccountRef, BookingCancelEdit
from console.jobs.engine import ChangeEngine, NotUndoable
from console.jobs.model import ChangeSetState, OpStatus
from console.live.events import booking_from
from console.store import Store
from tests.jobs.sandbox_helpers import no_sleep, sandbox_client


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


def _count_cancels(state: Any) -> Counter[str]:
    """Cancels the sandbox carries out, per appointment (counted where it writes)."""
    cancels: Counter[str] = Counter()
    cancel = state.cancel

    def counting(appt: Any, *args: Any, **kwargs: Any) -> Any:
        result = cancel(appt, *args, **kwargs)
        cancels[appt["id"]] += 1
        return result

    state.cancel = counting
    return cancels


@pytest.mark.asyncio
async def test_cancelling_bookings_of_two_accounts_killed_resumed_and_not_undoable(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        state = client.sandbox_app.state.sandbox  # type: ignore[attr-defined]
        open_rows = [
            booking_from(a.model_dump(mode="json", by_alias=True))
            async for a in client.appointments.list()
        ]
        open_rows = [b for b in open_rows if b.status != "cancelled" and b.host_id]
        hosts = list(dict.fromkeys(b.host_id for b in open_rows if b.host_id))[:2]
        assert len(hosts) == 2
        chosen = {h: [b.appointment_id for b in open_rows if b.host_id == h][:3] for h in hosts}
        # One of them is a group booking (a second attendee): it needs cancelAll.
        group_id = chosen[hosts[0]][0]
        doc = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (group_id,))
        doc["attendees"].append({**doc["attendees"][0], "id": "second", "email": "b@x.example"})
        state.store_appointment(doc)
        # One was cancelled by the client before the plan: skipped, not sent.
        already = chosen[hosts[1]][0]
        await client.appointments.cancel(already, reason="client cancelled")
        cancels = _count_cancels(state)

        accounts = [AccountRef(h, f"{h}@agency.example") for h in hosts]
        edit = BookingCancelEdit(chosen, reason="Office closed")
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep, concurrency=1)
        plan = await engine.plan("Cancel 6 bookings", accounts, edit)
        assert not plan.can_undo()
        assert plan.counts()[OpStatus.PENDING] == 5
        skipped = [op for op in plan.operations if op.status is OpStatus.SKIPPED]
        assert [(op.resource_id, op.error) for op in skipped] == [(already, "already cancelled")]
        group_op = next(op for op in plan.operations if op.resource_id == group_id)
        assert group_op.request is not None
        assert group_op.request.path == f"/v4/appointment/{group_id}/cancel"
        assert group_op.request.body == {"reason": "Office closed", "cancelAll": True}
        assert [(d.field, d.after) for d in group_op.diffs()] == [("status", "cancelled")]
        assert group_op.before["attendees"] == 2 and group_op.before["client"]

        # The process dies right after the first cancel reached the server: the journal says
        # "in flight", the appointment is cancelled, nothing else was sent.
        first = next(op for op in plan.operations if op.status is OpStatus.PENDING)
        assert first.request is not None
        await client.acting_as(first.account_id).send(
            "POST", first.request.path, json=first.request.body, retry=False
        )
        async with store.unit_of_work() as uow:
            uow.changes.update_operation(
                plan.id, replace(first, status=OpStatus.IN_FLIGHT, attempts=1), count_attempt=True
            )
        await store.changes.set_state(plan.id, ChangeSetState.APPLYING)
        assert [cs.id for cs in await engine.unfinished()] == [plan.id]

        resumed = await ChangeEngine(client, store, "Sandbox", sleep=no_sleep).resume(plan.id)
        assert resumed.state is ChangeSetState.DONE
        assert resumed.counts()[OpStatus.DONE] == 5
        # Each booking was cancelled exactly once, the interrupted one too.
        assert cancels == Counter({op.resource_id: 1 for op in plan.operations if op.request})
        for ids in chosen.values():
            for appointment_id in ids:
                appt = await client.appointments.get(appointment_id)
                assert appt.model_dump(by_alias=True)["isCancelled"] is True
        stored = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (chosen[hosts[1]][1],))
        assert stored["cancel"]["reason"] == "Office closed"

        with pytest.raises(NotUndoable, match="cannot be undone"):
            await engine.plan_undo(plan.id)


def test_a_cancel_edit_without_bookings_or_with_a_long_reason_is_refused() -> None:
    with pytest.raises(ValueError, match="choose the bookings"):
        BookingCancelEdit({"h1": []})
    with pytest.raises(ValueError, match="longer than 500"):
        BookingCancelEdit({"h1": ["a1"]}, reason="x" * 501)

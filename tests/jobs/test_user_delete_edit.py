"""Deleting accounts as a change set: planned with a transfer target, applied, not undoable."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.api.errors import NotFound
from console.jobs.edits import UserDeleteEdit
from console.jobs.engine import ChangeEngine
from console.jobs.model import ChangeSetState, OpStatus
from console.store import Store
from tests.jobs.change_helpers import make_accounts
from tests.jobs.sandbox_helpers import no_sleep, sandbox_client


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


@pytest.mark.asyncio
async def test_deleting_accounts_transfers_their_meeting_types_and_spares_the_target(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        *doomed, target = await make_accounts(client, 3)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        edit = UserDeleteEdit(transfer_to=target.user_id)
        # The target was selected too: it is listed but skipped, never deleted.
        plan = await engine.plan("Delete 3 accounts", [*doomed, target], edit)
        assert plan.state is ChangeSetState.PLANNED
        statuses = [op.status for op in plan.operations]
        assert statuses == [OpStatus.PENDING, OpStatus.PENDING, OpStatus.SKIPPED]
        assert plan.operations[2].error == "it receives the deleted accounts' resources"
        diff = {d.field: (d.before, d.after) for d in plan.operations[0].diffs()}
        assert diff["deleted"] == (False, True)
        assert diff["transferTo"] == (None, target.user_id)
        request = plan.operations[0].request
        assert request is not None and request.method == "DELETE"
        assert request.body == {"targetUserId": target.user_id}
        for account in doomed:  # planning sends nothing
            await client.users.get(account.user_id)

        applied = await engine.apply(plan.id)
        assert applied.state is ChangeSetState.DONE
        assert applied.counts()[OpStatus.DONE] == 2
        for account in doomed:
            with pytest.raises(NotFound):
                await client.users.get(account.user_id)
        kept = await client.acting_as(target.user_id).meeting_types.list()
        assert len(kept) == 3  # its own and the two transferred

        undo = await engine.plan_undo(plan.id)
        assert {op.status for op in undo.operations} == {OpStatus.SKIPPED}
        assert {op.error for op in undo.operations} == {"a DELETE cannot be undone"}

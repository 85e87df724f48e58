"""Templates against the in-process sandbox: create and edit with the values stored, assignment
as a change set (slug clash reported before sending, resumed exactly once after a kill), drift
on hand-made divergences and re-apply of only the chosen fields."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from console.api import MeetergoClient
from console.jobs.edits import AccountRef
from console.jobs.engine import ChangeEngine
from console.jobs.model import ChangeEvent, ChangeSetState, OpStatus
from console.services.templates import DriftStatus, TemplateService
from console.store import Store
from console.store.templates import TemplateRecord
from tests.jobs.change_helpers import make_accounts
from tests.jobs.sandbox_helpers import no_sleep, sandbox_client

BODY: dict[str, Any] = {
    "meetingInfo": {
        "name": "Mandantengespräch",
        "description": "Erstes Gespräch",
        "duration": 30,
        "bufferAfter": 10,
        "channel": "phone",
    },
    "timeslotInterval": 15,
    "spots": 1,
}


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


def _sandbox(client: MeetergoClient) -> Any:
    return client.sandbox_app.state.sandbox  # type: ignore[attr-defined]


async def _assigned(
    client: MeetergoClient, store: Store, accounts: list[AccountRef]
) -> tuple[TemplateService, TemplateRecord]:
    service = TemplateService(client, store, "Sandbox")
    record = await service.create(BODY)
    engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
    plan = await engine.plan("Assign", accounts, service.assign_edit(record))
    applied = await engine.apply(plan.id)
    assert applied.counts()[OpStatus.DONE] == len(accounts)
    assert await service.record_assignments(applied) == len(accounts)
    return service, record


async def _patch(client: MeetergoClient, account: str, mt_id: str, body: Any) -> None:
    await client.acting_as(account).send("PATCH", f"/v4/meeting-type/{mt_id}", json=body)


@pytest.mark.asyncio
async def test_create_and_edit_store_the_values_sent(store: Store) -> None:
    async with sandbox_client() as client:
        service = TemplateService(client, store, "Sandbox")
        record = await service.create(BODY)
        [made] = await _on_server(client, record.template_id)
        assert made["meetingInfo"]["bufferAfter"] == 10 and made["timeslotInterval"] == 15

        edited = await service.edit(
            record.template_id,
            {"meetingInfo": {"duration": 45}},
            locked_fields=["meetingInfo.duration"],
        )
        assert edited.body["meetingInfo"] == {**BODY["meetingInfo"], "duration": 45}
        assert edited.locked_fields == ("meetingInfo.duration",)
        [made] = await _on_server(client, record.template_id)
        assert made["meetingInfo"]["duration"] == 45
        assert made["lockedFields"] == ["meetingInfo.duration"]
        assert [t.template_id for t in await service.templates()] == [record.template_id]

        registered = await service.register(" abc-123 ", name="Von Hand")
        assert registered.origin == "registered" and registered.name == "Von Hand"
        assert service.assign_edit(registered).slug == "von-hand"
        bare = await service.register("def-456")
        with pytest.raises(ValueError, match="does not know this template's name"):
            service.assign_edit(bare)  # no slug to check for a clash: refused, not guessed
        with pytest.raises(ValueError, match="does not know this template's values"):
            await service.drift("def-456")
        with pytest.raises(ValueError, match="lockedFields"):
            await service.create({**BODY, "lockedFields": []})
        with pytest.raises(ValueError, match="meetingInfo"):
            await service.create({"spots": 1})


async def _on_server(client: MeetergoClient, template_id: str) -> list[dict[str, Any]]:
    # The sandbox lists templates for inspection; the console itself never can.
    found = await client.send("GET", "/v4/meeting-type-template")
    return [t for t in found if t["id"] == template_id]


@pytest.mark.asyncio
async def test_an_account_with_the_slug_is_skipped_with_the_reason_before_sending(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 3, prefix="clash")
        taken = accounts[1]
        await client.acting_as(taken.user_id).send(
            "POST",
            "/v4/meeting-type",
            json={"meetingInfo": {"name": "Mandantengespräch", "duration": 20}},
        )
        service = TemplateService(client, store, "Sandbox")
        record = await service.create(BODY)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan("Assign", accounts, service.assign_edit(record))
        by_account = {op.account_id: op for op in plan.operations}
        clash = by_account[taken.user_id]
        assert clash.status is OpStatus.SKIPPED and clash.request is None
        assert "'mandantengespraech'" in str(clash.error)
        assert "'mandantengespraech-1'" in str(clash.error)
        applied = await engine.apply(plan.id)
        assert applied.counts()[OpStatus.DONE] == 2
        slugs = [
            mt.get("slug")
            for mt in await client.acting_as(taken.user_id).send("GET", "/v4/meeting-type")
        ]
        assert "mandantengespraech-1" not in slugs
        # Planned again, every account is skipped: two from the template, one by the clash.
        again = await engine.plan("Assign", accounts, service.assign_edit(record))
        errors = sorted(str(op.error) for op in again.operations)
        assert errors[0].startswith("already has a meeting type from this template")
        assert again.counts()[OpStatus.SKIPPED] == 3


@pytest.mark.asyncio
async def test_drift_reports_one_field_several_fields_and_a_deleted_meeting_type(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 4, prefix="drift")
        service, record = await _assigned(client, store, accounts)
        await service.edit(record.template_id, {}, locked_fields=["bufferAfter"])
        mts = {
            a.account_id: a.meeting_type_id for a in await service.assignments(record.template_id)
        }
        one, several, gone, same = (a.user_id for a in accounts)
        await _patch(client, one, mts[one], {"meetingInfo": {"duration": 60}})
        await _patch(
            client,
            several,
            mts[several],
            {"meetingInfo": {"duration": 45, "bufferAfter": 0}, "timeslotInterval": 30},
        )
        await client.acting_as(gone).send("DELETE", f"/v4/meeting-type/{mts[gone]}")

        drift = {d.account_id: d for d in await service.drift(record.template_id)}
        assert drift[same].status is DriftStatus.IN_SYNC and drift[same].fields == ()
        assert drift[gone].status is DriftStatus.GONE
        assert drift[one].status is DriftStatus.DRIFTED
        assert [(f.field, f.template, f.account) for f in drift[one].fields] == [
            ("meetingInfo.duration", 30, 60)
        ]
        assert [(f.field, f.locked) for f in drift[several].fields] == [
            ("meetingInfo.bufferAfter", True),  # locked fields first
            ("meetingInfo.duration", False),
            ("timeslotInterval", False),
        ]


@pytest.mark.asyncio
async def test_reapply_writes_only_the_chosen_fields_and_is_undoable(store: Store) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 2, prefix="reapply")
        service, record = await _assigned(client, store, accounts)
        mts = {
            a.account_id: a.meeting_type_id for a in await service.assignments(record.template_id)
        }
        first, second = (a.user_id for a in accounts)
        for account in (first, second):
            await _patch(
                client,
                account,
                mts[account],
                {"meetingInfo": {"duration": 60, "bufferAfter": 0}, "timeslotInterval": 30},
            )
        edit, refs = await service.reapply_edit(record.template_id, ["duration"], [first])
        assert [r.user_id for r in refs] == [first]
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        plan = await engine.plan("Re-apply", refs, edit)
        [op] = plan.operations
        assert op.request is not None and op.request.body == {"meetingInfo": {"duration": 30}}
        await engine.apply(plan.id)

        drift = {d.account_id: d for d in await service.drift(record.template_id)}
        assert [f.field for f in drift[first].fields] == [
            "meetingInfo.bufferAfter",
            "timeslotInterval",
        ]  # the fields not chosen keep the account's values
        assert len(drift[second].fields) == 3  # the account not chosen is untouched

        undo = await engine.plan_undo(plan.id)
        await engine.apply(undo.id)
        drift = {d.account_id: d for d in await service.drift(record.template_id)}
        assert len(drift[first].fields) == 3
        with pytest.raises(ValueError, match="not a field of this template"):
            await service.reapply_edit(record.template_id, ["colour"])


@pytest.mark.asyncio
async def test_assigning_30_accounts_killed_midway_resumes_each_exactly_once(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 30, prefix="resume")
        service = TemplateService(client, store, "Sandbox")
        record = await service.create(BODY)
        state = _sandbox(client)
        assigns: Counter[str] = Counter()
        real_assign = state.templates.assign

        def counted(actor: Any, template_id: str, targets: list[str]) -> Any:
            made = real_assign(actor, template_id, targets)
            for user, _mt in made:
                assigns[user["id"]] += 1
            return made

        state.templates.assign = counted
        state.faults.drop_rate = 0.1  # some answers lost after the server made the type
        first = ChangeEngine(client, store, "Sandbox", sleep=no_sleep, lease_owner="first")
        plan = await first.plan("Assign", accounts, service.assign_edit(record))
        done = 0
        killed = asyncio.Event()

        def listen(event: ChangeEvent) -> None:
            nonlocal done
            if event.operation is not None and event.operation.status is OpStatus.DONE:
                done += 1
                if done == 10:
                    killed.set()

        first.subscribe(listen)
        run = asyncio.ensure_future(first.apply(plan.id))
        await killed.wait()
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
        state.faults.drop_rate = 0.0

        second = ChangeEngine(client, store, "Sandbox", sleep=no_sleep, lease_owner="second")
        resumed = await second.resume(plan.id)
        assert resumed.state is ChangeSetState.DONE
        assert resumed.counts()[OpStatus.DONE] == 30
        assert await service.record_assignments(resumed) == 30
        assert set(assigns) == {a.user_id for a in accounts}
        assert set(assigns.values()) == {1}  # nobody got the template twice
        for account in accounts:
            mine = [
                mt
                for mt in await client.acting_as(account.user_id).send("GET", "/v4/meeting-type")
                if mt.get("templateId") == record.template_id
            ]
            assert len(mine) == 1 and mine[0]["slug"] == "mandantengespraech"
        stored = {
            a.account_id: a.meeting_type_id for a in await service.assignments(record.template_id)
        }
        assert len(stored) == 30


@pytest.mark.asyncio
async def test_an_undone_assignment_is_no_longer_listed_and_a_forgotten_template_stays_gone(
    store: Store,
) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 3, prefix="undo")
        service, record = await _assigned(client, store, accounts)
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)
        [assign] = await engine.history(limit=1)
        # One account's meeting type is deleted by hand first: its undo finds it gone.
        gone = next(op for op in assign.operations if op.account_id == accounts[0].user_id)
        await client.acting_as(accounts[0].user_id).send(
            "DELETE", f"/v4/meeting-type/{gone.resource_id}"
        )
        undone = await engine.apply((await engine.plan_undo(assign.id)).id)
        assert undone.counts()[OpStatus.DONE] == 2 and undone.counts()[OpStatus.UNCHANGED] == 1
        await service.sync_from_journal()
        assert await service.assignments(record.template_id) == []
        assert await service.drift(record.template_id) == []  # not "gone": not listed at all

        # Assigned again, then forgotten: the record goes, the journal does not bring it back.
        again = await engine.apply(
            (await engine.plan("Again", accounts[:2], service.assign_edit(record))).id
        )
        await service.sync_from_journal()
        assert len(await service.assignments(record.template_id)) == 2
        forgotten, had = await service.forget(record.template_id)
        assert forgotten.name == "Mandantengespräch"
        assert sorted(a.account_id for a in had) == sorted(a.user_id for a in accounts[:2])
        await service.sync_from_journal()
        assert await service.templates() == []
        assert await store.templates.assignments("Sandbox", record.template_id) == []
        # The meeting types the assignment made stay on the accounts.
        made = {op.resource_id for op in again.operations}
        for account in accounts[:2]:
            live = await client.acting_as(account.user_id).send("GET", "/v4/meeting-type")
            assert made & {str(mt["id"]) for mt in live if not mt.get("deletedAt")}
        with pytest.raises(KeyError):
            await service.forget(record.template_id)


@pytest.mark.asyncio
async def test_origins_and_drift_by_account_for_the_accounts_pane(store: Store) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 3, prefix="origin")
        service, record = await _assigned(client, store, accounts)
        made = {
            a.account_id: a.meeting_type_id for a in await service.assignments(record.template_id)
        }
        origins = await service.origins(accounts[0].user_id)
        assert origins == {made[accounts[0].user_id]: record}
        assert set(await service.origins()) == set(made.values())
        await _patch(client, accounts[1].user_id, made[accounts[1].user_id], {"spots": 3})
        by_account = await service.drifts_by_account([accounts[1].user_id, accounts[2].user_id])
        assert set(by_account) == {accounts[1].user_id, accounts[2].user_id}
        [(template, drifted)] = by_account[accounts[1].user_id]
        assert template == record and drifted.status is DriftStatus.DRIFTED
        assert [f.field for f in drifted.fields] == ["spots"]
        [(_, fine)] = by_account[accounts[2].user_id]
        assert fine.status is DriftStatus.IN_SYNC
        assert set(await service.drifts_by_account()) == {a.user_id for a in accounts}

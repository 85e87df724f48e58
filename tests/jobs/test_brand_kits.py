"""A brand kit applied across accounts by the fleet-change engine: diff, resume, undo."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.jobs.edits import BrandKitEdit
from console.jobs.engine import ChangeEngine
from console.jobs.model import ChangeEvent, ChangeSetState, OpStatus
from console.store import Store
from tests.jobs.change_helpers import make_accounts
from tests.jobs.sandbox_helpers import no_sleep, sandbox_client

KIT = {
    "useCustomColors": True,
    "primaryColor": "#2e4a3f",
    "headerTitle": "Kanzlei Muster",
    "onlineProfiles": {"xing": "https://xing.com/kanzlei"},
}


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


@pytest.mark.asyncio
async def test_a_kit_on_ten_accounts_interrupted_resumed_then_undone(store: Store) -> None:
    async with sandbox_client() as client:
        accounts = await make_accounts(client, 10, prefix="kit")
        # One account already matches the kit's colours: only its title differs.
        first = client.acting_as(accounts[0].user_id)
        await first.personal_pages.update(
            use_custom_colors=True,
            primary_color="#2e4a3f",
            online_profiles={"xing": "https://xing.com/kanzlei", "facebook": "fb/anna0"},
        )
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep, concurrency=1)
        plan = await engine.plan("Kit Muster", accounts, BrandKitEdit(KIT))
        assert plan.counts()[OpStatus.PENDING] == 10
        own = next(op for op in plan.operations if op.account_id == accounts[0].user_id)
        assert [d.field for d in own.diffs()] == ["headerTitle"]
        assert own.request is not None and own.request.body == {"headerTitle": "Kanzlei Muster"}
        other = next(op for op in plan.operations if op.account_id == accounts[1].user_id)
        assert other.request is not None
        assert other.request.path == "/v4/personal-page/me"
        assert other.request.acting_user == accounts[1].user_id
        assert set(other.request.body or {}) == set(KIT)

        # Interrupted after four accounts (the user cancels; the rest stays pending).
        done: list[str] = []

        def stop_after_four(event: ChangeEvent) -> None:
            if event.operation is not None and event.operation.status is OpStatus.DONE:
                done.append(event.operation.account_id)
                if len(done) == 4:
                    engine.cancel()

        unsubscribe = engine.subscribe(stop_after_four)
        stopped = await engine.apply(plan.id)
        unsubscribe()
        assert stopped.state is ChangeSetState.CANCELLED
        assert stopped.counts()[OpStatus.DONE] == 4 and stopped.counts()[OpStatus.PENDING] == 6

        resumed = await ChangeEngine(client, store, "Sandbox", sleep=no_sleep).resume(plan.id)
        assert resumed.state is ChangeSetState.DONE
        assert resumed.counts()[OpStatus.DONE] == 10
        for account in accounts:
            page = await client.acting_as(account.user_id).personal_pages.get()
            assert page.primary_color == "#2e4a3f" and page.use_custom_colors
            assert (page.model_extra or {}).get("headerTitle") == "Kanzlei Muster"
            assert (page.online_profiles or {}).get("xing") == "https://xing.com/kanzlei"
        kept = await first.personal_pages.get()
        assert (kept.online_profiles or {}).get("facebook") == "fb/anna0"

        undo = await engine.plan_undo(plan.id)
        undone = await engine.apply(undo.id)
        assert undone.state is ChangeSetState.DONE and undone.counts()[OpStatus.DONE] == 10
        for account in accounts[1:]:
            page = await client.acting_as(account.user_id).personal_pages.get()
            assert not page.use_custom_colors and page.primary_color is None
            assert (page.model_extra or {}).get("headerTitle") is None
        back = await first.personal_pages.get()
        assert back.primary_color == "#2e4a3f"  # its own colours were never the kit's doing
        assert (back.model_extra or {}).get("headerTitle") is None


def test_a_kit_with_a_bad_colour_or_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="not a hex colour"):
        BrandKitEdit({"primaryColor": "#12"})
    with pytest.raises(ValueError, match="not a booking-page field: logo"):
        BrandKitEdit({"logo": "x"})


@pytest.mark.asyncio
async def test_the_store_knows_which_kit_each_account_got_and_undo_takes_it_back(
    store: Store,
) -> None:
    from console.services.branding import BrandingService, KitDriftStatus
    from console.store.brand_kits import BrandKit

    async with sandbox_client() as client:
        accounts = await make_accounts(client, 3, prefix="applied")
        first, second = (
            await store.brand_kits.save("Sandbox", BrandKit("Muster", KIT)),
            await store.brand_kits.save(
                "Sandbox", BrandKit("Korn", {"useCustomColors": True, "primaryColor": "#7a3b00"})
            ),
        )
        engine = ChangeEngine(client, store, "Sandbox", sleep=no_sleep)

        def kit_edit(kit: BrandKit) -> BrandKitEdit:
            return BrandKitEdit(kit.fields, kit=kit.name, kit_id=kit.kit_id)

        planned = await engine.plan("Muster", accounts, kit_edit(first))
        assert await store.brand_kits.applied("Sandbox") == {}  # planned is not applied
        # The kit's name is journaled with each operation but is no field of the diff.
        assert all([d.field for d in op.diffs()] != [] for op in planned.operations)
        assert all(
            "brandKit" not in (op.request.body or {}) for op in planned.operations if op.request
        )
        await engine.apply(planned.id)
        ids = [a.user_id for a in accounts]
        assert await store.brand_kits.applied("Sandbox") == dict.fromkeys(ids, "Muster")

        later = await engine.apply((await engine.plan("Korn", accounts[:1], kit_edit(second))).id)
        assert later.counts()[OpStatus.DONE] == 1
        applied = await store.brand_kits.applied("Sandbox")
        assert applied == {ids[0]: "Korn", ids[1]: "Muster", ids[2]: "Muster"}

        # A renamed kit keeps its accounts.
        await store.brand_kits.rename("Sandbox", "Muster", "Kanzlei Muster")
        with pytest.raises(ValueError, match="'Korn' exists already"):
            await store.brand_kits.rename("Sandbox", "Kanzlei Muster", "Korn")
        applied = await store.brand_kits.applied("Sandbox")
        assert applied == {ids[0]: "Korn", ids[1]: "Kanzlei Muster", ids[2]: "Kanzlei Muster"}

        # The account whose page was changed by hand is reported, the others match.
        await client.acting_as(ids[1]).personal_pages.update(primary_color="#06c")
        service = BrandingService(client, store, "Sandbox")
        drifts = {d.account_id: d for d in await service.kit_drifts()}
        assert drifts[ids[1]].status is KitDriftStatus.DRIFTED
        assert drifts[ids[1]].fields == ("primaryColor",)
        assert drifts[ids[2]].matches and drifts[ids[0]].matches
        assert [d.account_id for d in await service.kit_drifts([ids[2]])] == [ids[2]]

        # Undoing the second kit gives the account the first one back; undoing the first
        # leaves the accounts without a kit, except the one changed by hand since: its undo
        # is a conflict, nothing is restored, so it still got the kit (and drifted from it).
        await engine.apply((await engine.plan_undo(later.id)).id)
        assert (await store.brand_kits.applied("Sandbox"))[ids[0]] == "Kanzlei Muster"
        undone = await engine.apply((await engine.plan_undo(planned.id)).id)
        assert undone.counts()[OpStatus.CONFLICT] == 1
        assert await store.brand_kits.applied("Sandbox") == {ids[1]: "Kanzlei Muster"}
        await client.acting_as(ids[1]).personal_pages.update(primary_color="#2e4a3f")
        await engine.apply((await engine.plan_undo(planned.id)).id)
        assert await store.brand_kits.applied("Sandbox") == {}

        # A deleted kit is compared as it was applied.
        await engine.apply((await engine.plan("Korn", accounts[:1], kit_edit(second))).id)
        await store.brand_kits.delete("Sandbox", "Korn")
        assert await store.brand_kits.applied("Sandbox") == {ids[0]: "Korn"}
        assert second.kit_id and second.kit_id != first.kit_id
        await client.acting_as(ids[0]).personal_pages.update(use_custom_colors=False)
        (gone,) = await service.kit_drifts()
        assert gone.kit == "Korn" and gone.fields == ("useCustomColors",)

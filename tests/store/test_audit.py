"""The audit trail: newest first, with who, before and after."""

from __future__ import annotations

import socket

import pytest

from console.store import Store, audit_entry


@pytest.mark.asyncio
async def test_the_audit_trail_lists_newest_first_with_before_and_after(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        first = await store.audit.record(
            audit_entry(
                "Agency",
                "create",
                account_id="u1",
                account_email="a@example.com",
                before=None,
                after={"email": "a@example.com"},
            )
        )
        await store.audit.record(
            audit_entry(
                "Agency",
                "rename",
                account_id="u1",
                account_email="a@example.com",
                before={"given_name": "A"},
                after={"given_name": "B"},
                who="tester",
            )
        )
        await store.audit.record(
            audit_entry(
                "Other", "delete", account_id="u9", account_email=None, before={}, after=None
            )
        )
        entries = await store.audit.entries("Agency")
        assert [e.action for e in entries] == ["rename", "create"]
        assert entries[0].who == "tester" and entries[1].who == first.who != ""
        assert entries[0].before == {"given_name": "A"} and entries[0].after == {"given_name": "B"}
        assert len(await store.audit.entries()) == 3
        assert [e.action for e in await store.audit.entries(account_id="u9")] == ["delete"]
        assert first.id is not None and entries[1].id == first.id
        # On a shared store the trail says which computer sent each change.
        assert {e.machine for e in entries} == {socket.gethostname()}
    finally:
        await store.close()

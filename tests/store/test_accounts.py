"""The accounts cache: per connection, raw JSON kept, refreshes and deletes."""

from __future__ import annotations

import pytest

from console.store import Store
from tests.store.samples import cached_account


@pytest.mark.asyncio
async def test_the_accounts_cache_is_per_connection_and_keeps_raw_json(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        await store.accounts.upsert("Agency", [cached_account(1), cached_account(2)])
        await store.accounts.upsert("Other", [cached_account(3)])
        await store.accounts.upsert("Agency", [cached_account(2)])  # a refresh of one account
        loaded = await store.accounts.load("Agency")
        assert [a.user_id for a in loaded] == ["u00001", "u00002"]
        assert loaded[0] == cached_account(1)
        assert loaded[0].created_at is not None and loaded[0].created_at.tzinfo is not None
        assert await store.accounts.raw("Agency", "u00001") == {
            "id": "u00001",
            "extraField": [1, 2],
        }
        assert await store.accounts.get("Agency", "u00002") == cached_account(2)
        assert await store.accounts.get("Other", "u00002") is None
        await store.accounts.upsert("Agency", [cached_account(5)], replace_all=True)
        assert [a.user_id for a in await store.accounts.load("Agency")] == ["u00005"]
        await store.accounts.delete("Agency", "u00005")
        assert await store.accounts.load("Agency") == []
        assert [a.user_id for a in await store.accounts.load("Other")] == ["u00003"]
    finally:
        await store.close()

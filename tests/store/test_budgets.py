"""The team's request buckets: leases are atomic, whole tokens, refilled by time, never more
than the burst to all consoles together; an idle console holds none."""

from __future__ import annotations

import asyncio

import pytest

from console.api.team_budget import TeamRateBudget
from console.store import Store
from console.store.budgets import DEFAULT_BURST, KeyBucket

pytestmark = pytest.mark.asyncio


async def test_a_new_bucket_is_full_and_a_lease_takes_whole_tokens(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        first = await store.budgets.lease("k1", 8)
        assert first.granted == 8 and first.left == pytest.approx(DEFAULT_BURST - 8, abs=0.1)
        other = await store.budgets.lease("k2", 3)
        assert other.granted == 3  # another key, another bucket
        await store.budgets.configure("k1", per_minute=6, burst=5)  # one every 10 s
        drained = [await store.budgets.lease("k1", 4) for _ in range(3)]
        assert [g.granted for g in drained] == [4, 1, 0]
        assert 9.0 < drained[-1].wait <= 10.0
    finally:
        await store.close()


async def test_consoles_leasing_at_once_never_get_more_than_the_burst_together(
    store_url: str,
) -> None:
    consoles = [Store.open(store_url) for _ in range(3)]
    try:
        await consoles[0].budgets.configure("team", per_minute=0.001, burst=50)
        grants = await asyncio.gather(
            *(s.budgets.lease("team", 4) for _ in range(10) for s in consoles)
        )
        assert sum(g.granted for g in grants) == 50
    finally:
        for s in consoles:
            await s.close()


async def test_a_console_leases_only_what_it_is_about_to_send(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        # Next to no refill, so the figures do not depend on how fast the test runs.
        await store.budgets.configure("key", per_minute=0.001, burst=DEFAULT_BURST)
        budget = TeamRateBudget(KeyBucket(store, "key"))
        assert await budget.acquire() is False
        # One request waited, so one token was leased: an idle console holds nothing.
        assert (await store.budgets.lease("key", 0)).left == pytest.approx(DEFAULT_BURST - 1)
        await asyncio.gather(*(budget.acquire() for _ in range(20)))
        assert (await store.budgets.lease("key", 0)).left == pytest.approx(DEFAULT_BURST - 21)
    finally:
        await store.close()


async def test_without_its_store_a_console_still_sends_on_its_own_budget(store_url: str) -> None:
    store = Store.open(store_url)
    await store.close()
    budget = TeamRateBudget(KeyBucket(store, "key"), requests_per_minute=60, burst=2)
    assert [await budget.acquire() for _ in range(2)] == [False, False]
    assert budget.available() < 1

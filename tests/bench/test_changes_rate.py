"""Benchmark: applying 1,200 PATCH operations against a sandbox limited to 300/min, burst 600.

The sandbox runs as the console runs it (``python -m console sandbox serve`` on loopback, on a
data folder): first without a limit to seed 1,200 accounts and plan the change set (one
meeting-type duration each), then restarted on the same data with ``--rate-limit 300`` (burst
2 × 300 = 600). The client's budget is set to match, as a user would for a raised limit
(``requests_per_minute=300, burst=600``), and the change set is applied through the engine,
journaled in an on-disk store.

The plan's conflict re-read is set beyond the run (``conflict_age``): this measures the write
path; the re-read policy and its cost are the conflict tests' subject.

Prints the achieved PATCH rate after the burst (the last 400 operations, when every one waits
for the refill) as a share of the limit
and the number of 429 answers received. Target: ≥ 95 % and zero 429s. Run with
``uv run pytest -m bench tests/bench/test_changes_rate.py -s``.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from console.api import MeetergoClient
from console.jobs.edits import AccountRef, MeetingTypeSettingsEdit
from console.jobs.engine import ChangeEngine
from console.jobs.model import ChangeEvent, ChangeSetState, OpStatus
from console.store import Store
from tests.jobs.processes import Sandbox

OPERATIONS = 1_200
LIMIT_PER_MINUTE = 300
BURST = 600
TARGET = 0.95


class Counting429(httpx.AsyncBaseTransport):
    """The real HTTP transport, counting the 429 answers that come back."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.rate_limited = 0
        self.answered = 0
        self.limited_at: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        self.answered += 1
        if response.status_code == 429:
            self.rate_limited += 1
            self.limited_at.append(self.answered)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _seed(client: MeetergoClient, n: int) -> list[AccountRef]:
    gate = asyncio.Semaphore(20)

    async def one(i: int) -> AccountRef:
        email = f"rate{i:04d}@kanzlei.example"
        async with gate:
            created = await client.users.create(
                email=email,
                given_name="Rate",
                family_name=f"Test{i}",
                timezone="Europe/Berlin",
                meeting_type={"name": "Erstberatung", "duration": 30},
            )
        return AccountRef(created.user_id, email)

    return list(await asyncio.gather(*(one(i) for i in range(n))))


@pytest.mark.bench
@pytest.mark.timeout(420)  # about 2 min of it is the limit itself: 600 operations at 5/s
@pytest.mark.asyncio
async def test_applying_1200_patches_holds_the_limit_without_a_429(tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "sandbox", ("--rate-limit", "off"))
    await asyncio.to_thread(box.start)
    store = Store.open(tmp_path / "console.sqlite3")
    try:
        async with MeetergoClient(
            box.key, box.base_url, requests_per_minute=1_000_000, burst=1_000_000
        ) as seeder:
            seeding = time.perf_counter()
            accounts = await _seed(seeder, OPERATIONS)
            print(f"\nseeded {OPERATIONS} accounts in {time.perf_counter() - seeding:.1f} s")
            planner = ChangeEngine(seeder, store, "Bench", concurrency=20)
            plan = await planner.plan(
                "Duration 45", accounts, MeetingTypeSettingsEdit("Erstberatung", {"duration": 45})
            )
        assert plan.counts()[OpStatus.PENDING] == OPERATIONS
        await asyncio.to_thread(box.stop)
        box.args = ("--rate-limit", str(LIMIT_PER_MINUTE))
        await asyncio.to_thread(box.start)  # same port, same data, the limit on

        transport = Counting429()
        async with MeetergoClient(
            box.key,
            box.base_url,
            transport=transport,
            requests_per_minute=LIMIT_PER_MINUTE,
            burst=BURST,
        ) as client:
            engine = ChangeEngine(
                client, store, "Bench", concurrency=10, conflict_age=timedelta(hours=1)
            )
            finished: list[float] = []

            def on_event(event: ChangeEvent) -> None:
                if event.operation is not None and event.operation.status is OpStatus.DONE:
                    finished.append(time.perf_counter())

            engine.subscribe(on_event)
            started = time.perf_counter()
            applied = await engine.apply(plan.id)
            elapsed = time.perf_counter() - started
    finally:
        await store.close()
        await asyncio.to_thread(box.stop)

    assert applied.state is ChangeSetState.DONE
    assert applied.counts()[OpStatus.DONE] == OPERATIONS
    # After the burst: once the tokens that flowed in during the burst are spent too, every
    # operation waits for the refill; the last 400 are well inside that.
    steady = finished[-400:]
    rate_per_minute = (len(steady) - 1) / (steady[-1] - steady[0]) * 60
    share = rate_per_minute / LIMIT_PER_MINUTE
    burst_seconds = finished[BURST - 1] - started
    print(
        f"\n{OPERATIONS} PATCH operations in {elapsed:.1f} s: burst of {BURST} in "
        f"{burst_seconds:.1f} s, then {rate_per_minute:.1f}/min = {share:.1%} of the "
        f"{LIMIT_PER_MINUTE}/min limit; 429 answers received: {transport.rate_limited}"
        + (f" (answers no. {transport.limited_at})" if transport.limited_at else "")
    )
    assert transport.rate_limited == 0
    assert share >= TARGET

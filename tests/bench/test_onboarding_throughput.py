"""Benchmark: onboarding throughput against a sandbox server with 50 ms injected latency.

The sandbox runs the way the console runs it: ``python -m console sandbox serve --port 0`` as a
child process on 127.0.0.1 (here with ``--latency-ms 50 --rate-limit off``), reached through
the real ``MeetergoClient`` over loopback HTTP, so the server's CPU is not taken from the job's
event loop. The job writes its journal to an on-disk store, as in the app.

Prints ratio = (rows × latency ÷ concurrency) ÷ elapsed — the share of the ideal a bounded-
concurrency job reaches once journaling, the cache, the audit trail, HTTP and the server's own
work are paid for — and beside it the ratio of bare ``users.create`` calls at the same
concurrency (no job, no journal), which tells the job's overhead from the server's limits.
Target ≥ 0.85. Run with ``uv run pytest -m bench tests/bench -s`` to see the figures.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from console.api import MeetergoClient
from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import OnboardingJob
from console.sandbox.child import sandbox_server
from console.store import RowStatus, Store
from tests.jobs.sandbox_helpers import csv_rows, email_counts

ROWS = 200
LATENCY_MS = 50
CONCURRENCIES = (10, 20)
TARGET = 0.85


async def _bare_creates(client: MeetergoClient, concurrency: int, prefix: str) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            await client.users.create(
                email=f"{prefix}{i:04d}@kanzlei.example",
                given_name="Bare",
                family_name=f"Call{i}",
                timezone="Europe/Berlin",
                meeting_type={"name": "Erstberatung", "duration": 30},
            )

    await asyncio.gather(*(one(i) for i in range(ROWS)))


async def _timed(run: Callable[[], Awaitable[object]]) -> float:
    started = time.perf_counter()
    await run()
    return time.perf_counter() - started


@pytest.mark.bench
@pytest.mark.asyncio
async def test_onboarding_throughput_reaches_the_ideal_under_latency(tmp_path: Path) -> None:
    ratios: dict[int, float] = {}
    async with sandbox_server("--latency-ms", str(LATENCY_MS), "--rate-limit", "off") as server:
        client = MeetergoClient(
            server.api_key, server.base_url, requests_per_minute=1_000_000, burst=1_000_000
        )
        store = Store.open(tmp_path / "console.sqlite3")
        try:
            async with client:
                await client.users.me()  # connect once, so set-up is not timed
                for concurrency in CONCURRENCIES:
                    prefix = f"bench{concurrency}x"
                    preview = parse_csv(csv_rows(ROWS, prefix))
                    job = OnboardingJob(
                        client, store, "Sandbox", preview.rows, concurrency=concurrency
                    )
                    await job.journal()  # journaling the import is not part of the run
                    counts: dict[RowStatus, int] = {}

                    async def run_job(
                        job: OnboardingJob = job, counts: dict[RowStatus, int] = counts
                    ) -> None:
                        counts.update(await job.run())

                    elapsed = await _timed(run_job)
                    assert counts[RowStatus.DONE] == ROWS
                    bare = await _timed(
                        lambda c=concurrency: _bare_creates(client, c, f"bare{c}x")  # type: ignore[misc]
                    )
                    created = await email_counts(client)
                    assert sum(n for e, n in created.items() if e.startswith(prefix)) == ROWS
                    ideal = ROWS * (LATENCY_MS / 1000) / concurrency
                    ratios[concurrency] = ideal / elapsed
                    print(
                        f"\nonboarding throughput: rows {ROWS}, concurrency {concurrency},"
                        f" latency {LATENCY_MS} ms: elapsed {elapsed:.3f} s, ideal {ideal:.3f} s,"
                        f" ratio {ideal / elapsed:.2f} (target >= {TARGET}),"
                        f" {ROWS / elapsed:.0f} rows/s; bare create calls: elapsed {bare:.3f} s,"
                        f" ratio {ideal / bare:.2f}"
                    )
        finally:
            await store.close()
    for concurrency, ratio in ratios.items():
        assert ratio >= TARGET, f"concurrency {concurrency}: ratio {ratio:.2f} < {TARGET}"

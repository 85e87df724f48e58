"""Benchmark: onboarding throughput against the sandbox with 50 ms injected latency.

Prints ratio = (rows × latency ÷ concurrency) ÷ elapsed — the share of the ideal a bounded-
concurrency job reaches once journaling, the cache, the audit trail and the client's own work
are paid for. Target ≥ 0.85. For comparison it also prints the same ratio for bare
``users.create`` calls at the same concurrency (no journal, no job): the in-process sandbox and
the client share this process's CPU, which caps both at high concurrency on a 2-core machine.
Run with ``uv run pytest -m bench tests/bench -s`` to see the figures.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from console.api import MeetergoClient
from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import OnboardingJob
from console.sandbox import Faults
from console.store import RowStatus, Store
from tests.jobs.sandbox_helpers import csv_rows, email_counts, sandbox_client

ROWS = 200
LATENCY_MS = 50


async def _bare_creates(client: MeetergoClient, concurrency: int) -> float:
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        async with gate:
            await client.users.create(
                email=f"bare{i:04d}@kanzlei.example",
                given_name="Bare",
                family_name=f"Call{i}",
                timezone="Europe/Berlin",
                meeting_type={"name": "Erstberatung", "duration": 30},
            )

    started = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(ROWS)))
    return time.perf_counter() - started


@pytest.mark.bench
@pytest.mark.asyncio
@pytest.mark.parametrize("concurrency", [5, 10, 20])
async def test_onboarding_throughput_against_the_ideal_under_latency(
    tmp_path: Path, concurrency: int
) -> None:
    store = Store.open(tmp_path / "console.sqlite3")
    try:
        async with sandbox_client(Faults(latency_ms=LATENCY_MS), patch_sleep=False) as client:
            preview = parse_csv(csv_rows(ROWS, "bench"))
            job = OnboardingJob(client, store, "Sandbox", preview.rows, concurrency=concurrency)
            await job.journal()  # journaling the import is not part of the run
            started = time.perf_counter()
            counts = await job.run()
            elapsed = time.perf_counter() - started
            assert counts[RowStatus.DONE] == ROWS
            created = await email_counts(client)
            assert sum(1 for e in created if e.startswith("bench")) == ROWS
            bare = await _bare_creates(client, concurrency)
    finally:
        await store.close()

    ideal = ROWS * (LATENCY_MS / 1000) / concurrency
    ratio = ideal / elapsed
    print(
        f"\nonboarding throughput: {ROWS} rows, concurrency {concurrency}, latency {LATENCY_MS} ms:"
        f" elapsed {elapsed:.3f} s, ideal {ideal:.3f} s, ratio {ratio:.2f} (target >= 0.85),"
        f" {ROWS / elapsed:.0f} rows/s; bare create calls: ratio {ideal / bare:.2f}"
    )

"""Benchmark: onboarding throughput against the sandbox with 50 ms injected latency.

Prints ratio = (rows × latency ÷ concurrency) ÷ elapsed — the share of the ideal a bounded-
concurrency job reaches once journaling, the cache, the audit trail and the client's own work
are paid for. Target ≥ 0.85. Run with ``uv run pytest tests/bench -s`` to see the figures.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import OnboardingJob
from console.sandbox import Faults
from console.store import RowStatus, Store
from tests.jobs.sandbox_helpers import csv_rows, email_counts, sandbox_client

ROWS = 200
CONCURRENCY = 5
LATENCY_MS = 50


@pytest.mark.bench
@pytest.mark.asyncio
async def test_onboarding_throughput_reaches_the_ideal_under_latency(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "console.sqlite3")
    try:
        async with sandbox_client(Faults(latency_ms=LATENCY_MS), patch_sleep=False) as client:
            preview = parse_csv(csv_rows(ROWS, "bench"))
            job = OnboardingJob(client, store, "Sandbox", preview.rows, concurrency=CONCURRENCY)
            await job.journal()  # journaling the import is not part of the run
            started = time.perf_counter()
            counts = await job.run()
            elapsed = time.perf_counter() - started
            assert counts[RowStatus.DONE] == ROWS
            created = await email_counts(client)
            assert sum(1 for e in created if e.startswith("bench")) == ROWS
    finally:
        await store.close()

    ideal = ROWS * (LATENCY_MS / 1000) / CONCURRENCY
    ratio = ideal / elapsed
    print(
        f"\nonboarding throughput: {ROWS} rows, concurrency {CONCURRENCY}, "
        f"latency {LATENCY_MS} ms: elapsed {elapsed:.3f} s, ideal {ideal:.3f} s, "
        f"ratio {ratio:.2f} (target >= 0.85), {ROWS / elapsed:.0f} rows/s"
    )

"""Benchmark: onboarding throughput of the headless command against a real sandbox process.

Run as a user runs it: ``meetergo-console onboard users.csv --base-url URL`` (the key in
``MEETERGO_API_KEY``), a process of its own, against ``meetergo-console sandbox serve`` in
another process. The clock runs from the command's "Job …: N rows to run" line (printed right
before the first create) to its last "[N/N]" line, as someone watching the output sees it.

* Latency: the sandbox answers each request after 50 ms (``--latency-ms 50 --rate-limit off``),
  so at concurrency c the ideal is rows × 50 ms ÷ c. Ratio = ideal ÷ elapsed, target >= 0.85 at
  c = 8 and 20. The rows fit into the client's burst (200 requests), so its budget of
  100 requests/minute does not bind.
* Rate limit: 300 rows against the sandbox's real limit (100/min, burst 200) at concurrency 8.
  The budget's floor is (requests - burst) ÷ rate; the whole command, start to exit, must take
  no more than 1.05x the floor.

Run with ``uv run pytest -m bench -s tests/bench/test_onboarding_throughput.py``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.sandbox.child import SandboxInfo, sandbox_server
from tests.jobs.sandbox_helpers import csv_rows

LATENCY_MS = 50
LATENCY_ROWS = 160
CONCURRENCIES = (8, 20)
TARGET = 0.85
LIMITED_ROWS = 300
RATE_PER_MINUTE = 100
BURST = 200
MAX_FLOOR_RATIO = 1.05
CONSOLE = Path(sys.executable).with_name("meetergo-console")


def onboard(
    server: SandboxInfo, csv: Path, home: Path, concurrency: int
) -> tuple[float, float, int]:
    """Run the command; returns (seconds from the job line to the last row, seconds from
    start to exit, rows done)."""
    env = {
        **os.environ,
        "MEETERGO_API_KEY": server.api_key,
        "MEETERGO_CONSOLE_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    command = [
        str(CONSOLE),
        "onboard",
        str(csv),
        "--base-url",
        server.base_url,
        "--concurrency",
        str(concurrency),
    ]
    started = time.perf_counter()
    job_started: float | None = None
    last_row: float | None = None
    done = 0
    output: list[str] = []
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if line.startswith("Job "):
                job_started = time.perf_counter()
            elif line.startswith("["):
                last_row = time.perf_counter()
                done += " done " in line
        status = process.wait(timeout=300)
    total = time.perf_counter() - started
    assert status == 0, "".join(output[-20:])
    assert job_started is not None and last_row is not None, "".join(output[-20:])
    return last_row - job_started, total, done


async def latency_runs(tmp_path: Path) -> dict[int, tuple[float, float]]:
    results: dict[int, tuple[float, float]] = {}
    async with sandbox_server("--latency-ms", str(LATENCY_MS), "--rate-limit", "off") as server:
        for concurrency in CONCURRENCIES:
            csv = tmp_path / f"users{concurrency}.csv"
            csv.write_bytes(csv_rows(LATENCY_ROWS, f"lat{concurrency}x"))
            run, _total, done = await asyncio.to_thread(
                onboard, server, csv, tmp_path / f"home{concurrency}", concurrency
            )
            assert done == LATENCY_ROWS
            ideal = LATENCY_ROWS * LATENCY_MS / 1000 / concurrency
            results[concurrency] = (run, ideal)
    return results


@pytest.mark.bench
def test_onboarding_reaches_the_ideal_under_latency_at_concurrency_8_and_20(tmp_path: Path):
    results = asyncio.run(latency_runs(tmp_path))
    for concurrency, (run, ideal) in results.items():
        print(
            f"\nonboard command, {LATENCY_ROWS} rows, concurrency {concurrency}, latency"
            f" {LATENCY_MS} ms: run {run:.3f} s, ideal {ideal:.3f} s, ratio {ideal / run:.2f}"
            f" (target >= {TARGET}), {LATENCY_ROWS / run:.0f} rows/s"
        )
    for concurrency, (run, ideal) in results.items():
        assert ideal / run >= TARGET, f"concurrency {concurrency}: {ideal / run:.2f} < {TARGET}"


async def limited_run(tmp_path: Path) -> tuple[float, int]:
    csv = tmp_path / "users.csv"
    csv.write_bytes(csv_rows(LIMITED_ROWS, "limit"))
    async with sandbox_server() as server:  # the sandbox's real limit: 100/min, burst 200
        _run, total, done = await asyncio.to_thread(onboard, server, csv, tmp_path / "home", 8)
    return total, done


@pytest.mark.bench
def test_a_rate_limited_import_takes_no_longer_than_the_budget_allows(tmp_path: Path):
    total, done = asyncio.run(limited_run(tmp_path))
    assert done == LIMITED_ROWS
    # One create per row and one page of the account list before the job.
    requests = LIMITED_ROWS + 1
    floor = (requests - BURST) / (RATE_PER_MINUTE / 60)
    print(
        f"\nonboard command, {LIMITED_ROWS} rows at the sandbox's rate limit"
        f" ({RATE_PER_MINUTE}/min, burst {BURST}): {total:.1f} s start to exit, budget floor"
        f" {floor:.1f} s, ratio {total / floor:.3f} (target <= {MAX_FLOOR_RATIO})"
    )
    assert total <= MAX_FLOOR_RATIO * floor

"""Benchmark: the real ``sandbox serve`` process on loopback, on one core.

The server runs pinned to one core and the load loop (:mod:`tests.bench.loadgen`) in its own
process on the other, over keep-alive connections, so the figures are the server's:

* ``GET /v4/user/me``: median latency on one connection ≤ 2 ms (Nagle plus delayed ACKs
  used to add ~40 ms), and ≥ 1,000 req/s over 8 connections;
* ``GET /v4/booking-availability`` for a 14-day window: ≥ 800 req/s.

Run with ``uv run pytest -m bench tests/bench/test_sandbox_serve.py -s`` to see the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sandbox.serve_process import Served, pinned, served

SERVER_CPU, CLIENT_CPU = 0, 1
ME_P50_MS = 2.0
ME_RPS = 1000
SLOTS_RPS = 800


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load(child: Served, path: str, *, connections: int, count: int) -> dict[str, Any]:
    """Run the load loop in its own process; its figures plus ``cpu_rps``, the requests per
    second of the server's own CPU time (what one core serves when nothing else runs on it —
    the machine is shared, so wall-clock req/s is printed beside it but not asserted)."""
    warm = [str(child.port), path, child.key, "--connections", str(connections)]
    for amount in (min(200, count), count):  # the first round warms caches and connections
        used = cpu_seconds(child.process.pid)
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench.loadgen", *warm, "--count", str(amount)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            preexec_fn=pinned(CLIENT_CPU),
        )
        used = cpu_seconds(child.process.pid) - used
    figures: dict[str, Any] = json.loads(done.stdout)
    figures["cpu_rps"] = figures["count"] / max(used, 1e-9)
    return figures


def show(name: str, figures: dict[str, Any]) -> None:
    print(
        f"\n{name}: {figures['count']} requests, {figures['cpu_rps']:.0f} req/s per core-second"
        f" ({figures['rps']:.0f} req/s wall), p50 {figures['p50_ms']:.2f} ms,"
        f" p95 {figures['p95_ms']:.2f} ms, statuses {figures['statuses']}"
    )


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    with served("--rate-limit", "off", cpu=SERVER_CPU) as child:
        yield child


@pytest.mark.bench
def test_user_me_answers_in_under_two_milliseconds(server: Served) -> None:
    figures = load(server, "/v4/user/me", connections=1, count=2000)
    show("GET /v4/user/me, 1 connection", figures)
    assert figures["statuses"] == {"200": figures["count"]}
    assert figures["p50_ms"] <= ME_P50_MS


@pytest.mark.bench
def test_user_me_serves_a_thousand_requests_a_second_on_one_core(server: Served) -> None:
    figures = load(server, "/v4/user/me", connections=8, count=6000)
    show("GET /v4/user/me, 8 connections", figures)
    assert figures["statuses"] == {"200": figures["count"]}
    assert figures["cpu_rps"] >= ME_RPS


def slots_path(child: Served, days: int) -> str:
    """A booking-availability query of a seeded professional for ``days`` from tomorrow."""
    headers = {"Authorization": f"Bearer {child.key}"}
    with httpx.Client(base_url=child.base_url, headers=headers) as client:
        owner = client.get("/v4/user/me").json()["id"]
        users = client.get("/v4/user", params={"limit": 100}).json()["users"]
        pro = next(u for u in users if u["id"] != owner and u["meetingTypeIds"])
    first = (datetime.now(UTC) + timedelta(days=1)).date()
    last = first + timedelta(days=days - 1)
    return (
        f"/v4/booking-availability?meetingTypeId={pro['meetingTypeIds'][0]}"
        f"&hostIds={pro['id']}&start={first.isoformat()}&end={last.isoformat()}"
    )


@pytest.mark.bench
def test_fourteen_days_of_slots_at_eight_hundred_requests_a_second(server: Served) -> None:
    path = slots_path(server, 14)
    figures = load(server, path, connections=8, count=4000)
    show("GET /v4/booking-availability, 14 days, 8 connections", figures)
    assert figures["statuses"] == {"200": figures["count"]}
    assert figures["cpu_rps"] >= SLOTS_RPS

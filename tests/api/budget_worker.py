"""A console process that sends N GETs on one key: ``python -m tests.api.budget_worker``.

Arguments: base URL, request count, requests per minute, burst; the key in MEETERGO_API_KEY.
It builds its client the way the console's sessions do (a shared budget in the console's state
folder), prints ``ready``, waits for a line on stdin (so several workers start together), sends
the GETs eight at a time and prints one JSON line: the status of every answer it received
(retries included, counted at the transport) and the seconds the GETs took.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections import Counter
from typing import Any

import httpx

from console import paths
from console.api import MeetergoClient
from console.api.shared_budget import SharedRateBudget, budget_file


class CountingTransport(httpx.AsyncBaseTransport):
    """The real transport, counting the status of every answer that came back."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.statuses: Counter[int] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def main(base_url: str, count: int, per_minute: float, burst: float) -> None:
    key = os.environ["MEETERGO_API_KEY"]
    transport = CountingTransport()
    budget = SharedRateBudget(budget_file(paths.budget_dir(), key), per_minute, burst)
    client = MeetergoClient(key, base_url, transport=transport, budget=budget)
    async with client:
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)
        gate = asyncio.Semaphore(8)
        failures: Counter[str] = Counter()

        async def one() -> None:
            async with gate:
                try:
                    await client.users.me()
                except Exception as exc:  # counted and reported, never hidden
                    failures[type(exc).__name__] += 1

        started = time.monotonic()
        await asyncio.gather(*(one() for _ in range(count)))
        seconds = time.monotonic() - started
    result = {
        "statuses": {str(k): v for k, v in transport.statuses.items()},
        "failures": dict(failures),
        "seconds": seconds,
    }
    print(json.dumps(result), flush=True)


async def run_consoles(
    base_url: str, key: str, *, processes: int, count: int, per_minute: float, burst: float
) -> list[dict[str, Any]]:
    """Run ``processes`` workers on one key together; their JSON results, in start order."""
    env = {**os.environ, "MEETERGO_API_KEY": key}
    command = [sys.executable, "-m", "tests.api.budget_worker", base_url, str(count)]
    workers = [
        await asyncio.create_subprocess_exec(
            *command,
            str(per_minute),
            str(burst),
            env=env,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for _ in range(processes)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert (await worker.stdout.readline()).strip() == b"ready"
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write(b"go\n")
        await worker.stdin.drain()
    results = []
    for worker in workers:
        out, _ = await worker.communicate()
        assert worker.returncode == 0
        results.append(json.loads(out.decode().strip().splitlines()[-1]))
    return results


if __name__ == "__main__":
    url, n, rpm, cap = sys.argv[1:5]
    asyncio.run(main(url, int(n), float(rpm), float(cap)))

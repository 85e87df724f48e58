"""Bounded concurrency as every job of the journal core runs it: N workers on one queue."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


async def run_workers(
    count: int, work: Callable[[], Coroutine[Any, Any, None]], *, name: str
) -> None:
    """Run ``count`` (at least one) copies of ``work()`` until all end; if one fails or the
    caller is cancelled, the others are cancelled and awaited before this returns."""
    workers = [asyncio.create_task(work(), name=f"{name}-{n}") for n in range(max(count, 1))]
    try:
        await asyncio.gather(*workers)
    finally:
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)

"""Connections to the API: a few small httpcore pools instead of one large one."""

from __future__ import annotations

import httpx

#: Pools, and connections each pool may hold (open and kept alive): 4 x 25 = httpx's 100.
SHARDS = 4
CONNECTIONS_PER_SHARD = 25


class ShardedPool(httpx.AsyncBaseTransport):
    """Sends each request through the least busy of :data:`SHARDS` connection pools.

    httpcore's pool walks every connection it holds, several times, for each request it starts
    or finishes (expiry checks with a socket poll each, and a count that is quadratic in the
    connections): at 20 requests in flight that bookkeeping cost more CPU than the request
    itself (``tests/bench/test_onboarding_throughput.py``). Pools of a quarter of the
    connections each cut it to a fraction; connections stay kept alive and reused as before.
    """

    def __init__(self) -> None:
        limits = httpx.Limits(
            max_connections=CONNECTIONS_PER_SHARD,
            max_keepalive_connections=CONNECTIONS_PER_SHARD,
        )
        self._shards = [httpx.AsyncHTTPTransport(limits=limits) for _ in range(SHARDS)]
        self._in_flight = [0] * SHARDS

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        shard = self._in_flight.index(min(self._in_flight))
        self._in_flight[shard] += 1
        try:
            # Counted until the headers arrive: the API's small JSON body follows at once, so
            # this is close enough to the connection's busy time for choosing a pool.
            return await self._shards[shard].handle_async_request(request)
        finally:
            self._in_flight[shard] -= 1

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()

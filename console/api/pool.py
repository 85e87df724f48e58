"""Connections to the API: a few small httpcore pools instead of one large one."""

from __future__ import annotations

import ssl

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

    def __init__(self, *, plain_http: bool = False) -> None:
        """``plain_http``: the base URL is ``http://``, so no TLS connection is ever made."""
        limits = httpx.Limits(
            max_connections=CONNECTIONS_PER_SHARD,
            max_keepalive_connections=CONNECTIONS_PER_SHARD,
        )
        # One TLS context for all pools: each transport would otherwise build its own and load
        # the CA bundle into it (about 0.15 s of CPU each at start-up).
        context = _unverifiable_context() if plain_http else httpx.create_ssl_context()
        self._shards = [
            httpx.AsyncHTTPTransport(limits=limits, verify=context) for _ in range(SHARDS)
        ]
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


def _unverifiable_context() -> ssl.SSLContext:
    """A client context that trusts no certificate at all, built without loading any.

    For a plain-http base URL nothing uses it (the client follows no redirects); should an
    https request go out anyway, it fails certificate verification rather than skipping it.
    """
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies hostnames and certificates

"""ASGI middleware in front of the API routes: injected faults and the per-key rate limit."""

from __future__ import annotations

import asyncio
import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from console.sandbox.config import SandboxConfig
from console.sandbox.errors import reason

#: Scope key set by :func:`console.sandbox.transport.sandbox_transport` for in-process calls.
IN_PROCESS = "sandbox.in_process"
UNGATED = ("/_sandbox", "/cal")


class DroppedConnection(Exception):
    """An injected dropped connection on the in-process transport."""


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token bucket per credential: ``per_minute`` refill, ``burst`` capacity."""

    def __init__(
        self, per_minute: int, burst: int, clock: Callable[[], float] | None = None
    ) -> None:
        self.per_second = per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock or time.monotonic
        self._buckets: dict[str, _Bucket] = {}

    def take(self, key: str) -> float | None:
        """Spend one token; None when allowed, else seconds until one is available."""
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return (1.0 - bucket.tokens) / self.per_second


class Gate:
    """Applies latency, injected 5xx/429/drops and the rate limit to API requests."""

    def __init__(self, app: ASGIApp, config: SandboxConfig) -> None:
        self.app = app
        self.config = config
        self.random = random.Random(config.faults.seed)
        cfg = config
        self.limiter = RateLimiter(cfg.requests_per_minute, cfg.burst, cfg.clock)

    def reseed(self) -> None:
        """Restart the fault sequence (after ``POST /_sandbox/faults``)."""
        self.random = random.Random(self.config.faults.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith(UNGATED):
            await self.app(scope, receive, send)
            return
        faults = self.config.faults
        if faults.latency_ms > 0:
            await asyncio.sleep(faults.latency_ms / 1000)
        dropped = faults.drop_rate > 0 and self.random.random() < faults.drop_rate
        drop_after = dropped and self.random.random() < 0.5
        if dropped and not drop_after:
            await _drop(scope, send)
            return
        if faults.rate_limit_rate > 0 and self.random.random() < faults.rate_limit_rate:
            await _error(send, 429, "Too Many Requests", {"retry-after": "1"})
            return
        if faults.error_rate > 0 and self.random.random() < faults.error_rate:
            status = self.random.choice((500, 502, 503))
            await _error(send, status, "Injected server error")
            return
        if self.config.rate_limit:
            key = _credential(scope)
            wait = self.limiter.take(key)
            if wait is not None:
                await _error(
                    send, 429, "Too Many Requests", {"retry-after": str(max(1, math.ceil(wait)))}
                )
                return
        if drop_after:
            # Processed for real, but the answer never reaches the client.
            async def swallow(message: Message) -> None:
                return None

            await self.app(scope, receive, swallow)
            await _drop(scope, send)
            return
        await self.app(scope, receive, send)


def _credential(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            return bytes(value).decode("latin-1")
    return ""


async def _drop(scope: Scope, send: Send) -> None:
    if scope.get(IN_PROCESS):
        raise DroppedConnection("injected dropped connection")
    # Over a socket: start a response and give up mid-way; uvicorn then closes the connection,
    # and the client sees the peer vanish without a complete answer.
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"4096")],
        }
    )


async def _error(
    send: Send, status: int, message: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps({"statusCode": status, "message": message, "error": reason(status)}).encode()
    raw: list[tuple[bytes, bytes]] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def faults_from_json(current: Any, body: dict[str, Any]) -> list[str]:
    """Apply a ``/_sandbox/faults`` body to ``current`` (a Faults); returns problems."""
    problems: list[str] = []
    for key in ("error_rate", "rate_limit_rate", "drop_rate"):
        if key in body:
            value = body[key]
            if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
                problems.append(f"{key} must be a number between 0 and 1")
            else:
                setattr(current, key, float(value))
    for key in ("latency_ms", "seed"):
        if key in body:
            value = body[key]
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                problems.append(f"{key} must be a non-negative integer")
            else:
                setattr(current, key, value)
    return problems

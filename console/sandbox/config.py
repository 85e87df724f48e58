"""Configuration of a sandbox instance and of its injected faults."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass
class Faults:
    """Faults the sandbox injects into API requests (not into ``/_sandbox`` or ``/cal`` pages).

    Rates are probabilities per request in ``0.0..1.0``; ``seed`` makes the sequence repeatable.
    """

    latency_ms: int = 0
    error_rate: float = 0.0
    rate_limit_rate: float = 0.0
    drop_rate: float = 0.0
    seed: int = 0

    def as_dict(self) -> dict[str, float | int]:
        """The wire form used by ``GET/POST /_sandbox/faults``."""
        return {
            "latency_ms": self.latency_ms,
            "error_rate": self.error_rate,
            "rate_limit_rate": self.rate_limit_rate,
            "drop_rate": self.drop_rate,
            "seed": self.seed,
        }


@dataclass
class SandboxConfig:
    """Everything that shapes one sandbox instance.

    ``data_dir`` None keeps the state in memory. ``now`` replaces the wall clock (aware UTC
    datetimes) for seeding and slot computation; ``clock`` replaces the monotonic clock of the
    rate limiter so tests can move time without sleeping.
    """

    data_dir: Path | None = None
    seed: int = 1
    now: Callable[[], datetime] | None = None
    requests_per_minute: int = 100
    burst: int = 200
    rate_limit: bool = True
    faults: Faults = field(default_factory=Faults)
    reset: bool = False
    traffic_per_minute: float = 0.0
    clock: Callable[[], float] | None = None
    webhook_backoff: tuple[float, ...] = (0.2, 0.5, 1.0)
    webhook_timeout: float = 5.0

"""A real ``sandbox serve`` child process for the tests and benchmarks that need a socket."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Served:
    """A running ``sandbox serve`` process and the two values its banner printed."""

    process: subprocess.Popen[str]
    base_url: str
    key: str

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def terminate(self, timeout: float = 30.0) -> tuple[int, str]:
        """SIGTERM, then the exit status and what it wrote to stderr."""
        self.process.send_signal(signal.SIGTERM)
        try:
            _, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            raise
        return self.process.returncode, err


def pinned(cpu: int | None) -> Callable[[], None] | None:
    """A ``preexec_fn`` that keeps the child on one core (None: anywhere)."""
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return None
    core = cpu % (os.cpu_count() or 1)
    return lambda: os.sched_setaffinity(0, {core})


def start(*extra: str, env: dict[str, str] | None = None, cpu: int | None = None) -> Served:
    """Start ``python -m console sandbox serve --port 0 *extra`` (on core ``cpu`` if given)
    and read its banner."""
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        preexec_fn=pinned(cpu),
    )
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    second = process.stdout.readline().strip()
    if not first.startswith("Sandbox running at "):
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"no banner: {first!r} {err}")
    return Served(
        process, first.removeprefix("Sandbox running at "), second.removeprefix("Demo API key: ")
    )


@contextmanager
def served(*extra: str, cpu: int | None = None) -> Iterator[Served]:
    """:func:`start` for the length of a block; killed afterwards if still running."""
    child = start(*extra, cpu=cpu)
    try:
        yield child
    finally:
        if child.process.poll() is None:
            child.process.kill()
        child.process.communicate()

"""The relay as the team runs it: ``relay serve`` receiving the sandbox's webhooks onto one
PostgreSQL store, and two consoles (``relay listen``) seeing every event once."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from console.store import Store
from tests.jobs.processes import console_command, sandbox_serve

pytestmark = pytest.mark.timeout(240)


class Lines:
    """Collects a child's output lines in a thread; :meth:`until` waits for a condition."""

    def __init__(self, stream: Any) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: Any) -> None:
        with stream:
            for line in stream:
                with self._changed:
                    self.lines.append(line.rstrip("\n"))
                    self._changed.notify_all()

    def join(self) -> None:
        """Wait for the end of the output (the child exited)."""
        self._thread.join(timeout=60)

    def until(self, done: Any, timeout: float = 120) -> list[str]:
        with self._changed:
            assert self._changed.wait_for(lambda: done(self.lines), timeout), self.lines[-20:]
            return list(self.lines)


def _stop(process: subprocess.Popen[str], *outputs: Lines) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    for output in outputs:
        output.join()
    for stream in (process.stdout, process.stderr):
        if stream is not None and not stream.closed:
            stream.close()
    assert process.returncode == 0


def _events(lines: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in lines if line.startswith("{")]


def test_the_relay_receives_the_sandboxs_webhooks_and_two_consoles_see_each_event_once(
    tmp_path: Path, postgres_url: str
) -> None:
    with sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off") as box:
        # Anna follows with the relay's own command, Bob with the one he would use alone: on
        # a shared store it runs no receiver of its own and follows the relay.
        listeners = [
            console_command(
                tmp_path / "anna", box.key, "relay", "listen", "--store", postgres_url, "--json"
            ),
            console_command(
                tmp_path / "bob",
                box.key,
                "bookings",
                "watch",
                "--store",
                postgres_url,
                "--base-url",
                box.base_url,
                "--json",
            ),
        ]
        outputs = []
        for listener, first in zip(
            listeners,
            ("Listening for the relay's events", "Following the relay's events"),
            strict=True,
        ):
            assert listener.stderr is not None and listener.stdout is not None
            assert listener.stderr.readline().startswith(first)
            outputs.append(Lines(listener.stdout))
        relay = console_command(
            tmp_path / "relay",
            box.key,
            "relay",
            "serve",
            "--store",
            postgres_url,
            "--base-url",
            box.base_url,
            "--port",
            "0",
        )
        assert relay.stderr is not None
        relay_err = Lines(relay.stderr)
        relay_err.until(lambda lines: any("receiving webhooks at" in line for line in lines))
        with httpx.Client(
            base_url=box.base_url, headers={"Authorization": f"Bearer {box.key}"}
        ) as http:
            http.post("/_sandbox/traffic", json={"rate_per_minute": 600}).raise_for_status()
            outputs[0].until(
                lambda lines: sum(e["source"] == "webhook" for e in _events(lines)) >= 6
            )
            actions = http.post("/_sandbox/traffic", json={"rate_per_minute": 0}).json()
        booked = sum(actions["actions"][k] for k in ("booked", "cancelled", "rescheduled"))
        assert booked >= 6
        _stop(relay, relay_err)  # what it received is logged and notified before it exits

        async def logged() -> set[int]:
            store = Store.open(postgres_url)
            try:
                connection = box.base_url
                return {e.id for e in await store.events.latest(connection, 100_000)}
            finally:
                await store.close()

        ids = asyncio.run(logged())
        assert ids
        for output in outputs:
            seen = _events(output.until(lambda lines: len(_events(lines)) >= len(ids)))
            assert sorted(e["id"] for e in seen) == sorted(ids)  # each once, none missing
            assert sum(e["source"] == "webhook" for e in seen) >= 6
        for listener, output in zip(listeners, outputs, strict=True):
            _stop(listener, output)

"""Real processes for the journal-core tests: ``sandbox serve``, a counting proxy in front of
it, and console commands run as children (killed with SIGKILL where a test needs a crash)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn
from starlette.types import Message, Receive, Scope, Send


@dataclass
class Sandbox:
    """A ``sandbox serve`` child; ``restart()`` brings it back on the same port and data."""

    data: Path
    args: tuple[str, ...] = ()
    port: int = 0
    process: subprocess.Popen[str] | None = None
    base_url: str = ""
    key: str = ""

    def start(self) -> Sandbox:
        command = [sys.executable, "-m", "console", "sandbox", "serve", "--data", str(self.data)]
        command += ["--port", str(self.port), *self.args]
        self.process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline().strip()
        second = self.process.stdout.readline().strip()
        assert first.startswith("Sandbox running at "), first
        self.base_url = first.removeprefix("Sandbox running at ")
        self.key = second.removeprefix("Demo API key: ")
        self.port = int(self.base_url.rsplit(":", 1)[1])
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        process, self.process = self.process, None
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@contextmanager
def sandbox_serve(data: Path, *args: str) -> Iterator[Sandbox]:
    box = Sandbox(data, tuple(args)).start()
    try:
        yield box
    finally:
        box.stop()


@dataclass
class CountingProxy:
    """Forwards every request to ``upstream`` and counts the writes the server accepted
    (method, path) — counted when the server answered, whether or not the client still
    listened, so a write applied for a killed process counts too."""

    upstream: str
    writes: Counter[tuple[str, str]] = field(default_factory=Counter)
    base_url: str = ""
    #: While set and not yet opened, writes wait here before they reach the server.
    gate: threading.Event | None = None
    #: Every answer the server gave: (monotonic time its request reached the proxy, status).
    answers: list[tuple[float, int]] = field(default_factory=list)
    _reached: dict[int, threading.Event] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def after_writes(self, n: int) -> threading.Event:
        """An event set once ``n`` writes were accepted."""
        event = threading.Event()
        with self._lock:
            self._reached[n] = event
            if sum(self.writes.values()) >= n:
                event.set()
        return event

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message: Message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        method = scope["method"]
        path = scope["path"]
        arrived = time.monotonic()
        gate = self.gate
        if gate is not None and method in ("POST", "PATCH", "DELETE"):
            await asyncio.to_thread(gate.wait)
        query = scope.get("query_string", b"").decode()
        headers = [(k.decode(), v.decode()) for k, v in scope["headers"] if k != b"host"]
        async with httpx.AsyncClient(timeout=60) as client:
            answer = await client.request(
                method,
                f"{self.upstream}{path}" + (f"?{query}" if query else ""),
                headers=headers,
                content=body,
            )
        with self._lock:
            self.answers.append((arrived, answer.status_code))
        if method in ("POST", "PATCH", "DELETE") and answer.status_code < 300:
            with self._lock:
                self.writes[method, path] += 1
                total = sum(self.writes.values())
                for n, event in self._reached.items():
                    if total >= n:
                        event.set()
        keep = {"content-type", "retry-after"}
        await send(
            {
                "type": "http.response.start",
                "status": answer.status_code,
                "headers": [
                    (k.encode(), v.encode()) for k, v in answer.headers.items() if k in keep
                ],
            }
        )
        await send({"type": "http.response.body", "body": answer.content})


@contextmanager
def counting_proxy(upstream: str) -> Iterator[CountingProxy]:
    """A :class:`CountingProxy` served on a free loopback port in a thread."""
    proxy = CountingProxy(upstream)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    proxy.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(proxy, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    try:
        yield proxy
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


def console(home: Path, base_url: str, key: str, *args: str) -> subprocess.Popen[str]:
    """``meetergo-console ARGS --base-url URL`` as a child, the key in the environment."""
    return console_command(home, key, *args, "--base-url", base_url)


def console_command(home: Path, key: str, *args: str) -> subprocess.Popen[str]:
    """``meetergo-console ARGS`` as a child in its own home folder, the key in the environment."""
    return subprocess.Popen(
        [sys.executable, "-m", "console", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "MEETERGO_API_KEY": key,
            "MEETERGO_CONSOLE_HOME": str(home),
        },
    )

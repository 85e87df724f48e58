"""A tiny HTTP receiver on 127.0.0.1 for webhook tests (asyncio streams, no framework)."""

from __future__ import annotations

import asyncio
import json
from typing import Any


class Receiver:
    """Collects JSON POST bodies; answers each with the next status in ``statuses`` (then 200)."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.bodies: list[dict[str, Any]] = []
        self.attempts = 0
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []
        self._server: asyncio.Server | None = None
        self.url = ""

    async def __aenter__(self) -> Receiver:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/hook"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def wait_for(self, count: int, within: float = 5.0) -> list[dict[str, Any]]:
        """Wait until ``count`` bodies were accepted (2xx); returns them."""
        if len(self.bodies) < count:
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append((count, future))
            await asyncio.wait_for(future, within)
        return self.bodies[:count]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.decode("latin-1").split("\r\n"):
                    name, _, value = line.partition(":")
                    if name.lower() == "content-length":
                        length = int(value.strip())
                body = await reader.readexactly(length)
                self.attempts += 1
                status = self.statuses.pop(0) if self.statuses else 200
                if 200 <= status < 300:
                    self.bodies.append(json.loads(body))
                writer.write(f"HTTP/1.1 {status} X\r\nContent-Length: 0\r\n\r\n".encode("latin-1"))
                await writer.drain()
                for count, future in list(self._waiters):
                    if len(self.bodies) >= count and not future.done():
                        future.set_result(None)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

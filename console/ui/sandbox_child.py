"""The built-in sandbox as a child process of the GUI (``meetergo-console sandbox serve``).

No Qt here: plain asyncio subprocess handling, so it is testable on any loop. The child prints
two flushed lines that this module parses (brief: cross-team contract)::

    Sandbox running at http://127.0.0.1:PORT
    Demo API key: ak_live:...
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

URL_PREFIX = "Sandbox running at "
KEY_PREFIX = "Demo API key: "
START_LIMIT_S = 30.0
STOP_LIMIT_S = 5.0


class SandboxStartError(RuntimeError):
    """The sandbox child did not come up (exited early or never printed its address)."""


@dataclass(frozen=True)
class SandboxInfo:
    """Where the running sandbox listens and the demo key it accepts."""

    base_url: str
    api_key: str


class SandboxChild:
    """Start, watch and stop one ``sandbox serve`` child process."""

    def __init__(self, data_dir: Path, *, extra_args: tuple[str, ...] = ()) -> None:
        self.data_dir = data_dir
        self.extra_args = extra_args
        self.info: SandboxInfo | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._drain: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        """Whether the child is alive."""
        return self._process is not None and self._process.returncode is None

    def command(self) -> list[str]:
        """The exact command line (same interpreter, free port, state in ``data_dir``)."""
        # A frozen app's executable is the console itself; there is no "-m" to give it.
        program = (
            [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "console"]
        )
        return [
            *program,
            "sandbox",
            "serve",
            "--port",
            "0",
            "--data",
            str(self.data_dir),
            *self.extra_args,
        ]

    async def start(self) -> SandboxInfo:
        """Start the child and wait for its two lines; raises :class:`SandboxStartError`."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._process = await asyncio.create_subprocess_exec(
            *self.command(),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            async with asyncio.timeout(START_LIMIT_S):
                self.info = await self._read_banner()
        except TimeoutError as exc:
            await self.stop()
            raise SandboxStartError("the sandbox did not start within 30 s") from exc
        except SandboxStartError:
            await self.stop()
            raise
        # Keep reading its output into our log: a full pipe would block the child.
        self._drain = asyncio.ensure_future(self._drain_output())
        return self.info

    async def stop(self) -> None:
        """Terminate the child (kill it if it does not exit within 5 s)."""
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.terminate()
            try:
                async with asyncio.timeout(STOP_LIMIT_S):
                    await process.wait()
            except TimeoutError:
                process.kill()
                await process.wait()
        if self._drain is not None:
            self._drain.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._drain
            self._drain = None

    async def _read_banner(self) -> SandboxInfo:
        assert self._process is not None and self._process.stdout is not None
        url = key = None
        tail: list[str] = []
        while url is None or key is None:
            raw = await self._process.stdout.readline()
            if not raw:
                detail = " | ".join(tail[-5:])
                raise SandboxStartError(f"the sandbox exited before it was ready: {detail}")
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith(URL_PREFIX):
                url = line[len(URL_PREFIX) :].strip().rstrip("/")
            elif line.startswith(KEY_PREFIX):
                key = line[len(KEY_PREFIX) :].strip()
            else:
                tail.append(line)
                log.info("sandbox: %s", line)
        return SandboxInfo(url, key)

    async def _drain_output(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        stdout = self._process.stdout
        while True:
            raw = await stdout.readline()
            if not raw:
                return
            log.debug("sandbox: %s", raw.decode("utf-8", "replace").rstrip())

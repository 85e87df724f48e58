"""The built-in sandbox as a child process (``meetergo-console sandbox serve``).

No Qt here: plain asyncio subprocess handling, so the GUI, the headless commands and the
benchmarks share it. The child prints two flushed lines that this module parses::

    Sandbox running at http://127.0.0.1:PORT
    Demo API key: ak_live:...

One process writes a sandbox folder: a command that needs the sandbox first looks for the
GUI's running child (:func:`running_sandbox`), and only then starts its own
(:func:`sandbox_server`).

The child is supervised (``sandbox serve --supervised``, see ``console.sandbox.supervision``):
it ends with its parent, even one killed with SIGKILL, a child left over on the data folder by
a console that is gone is stopped before a new one starts, and an exit nobody asked for is
reported to the handler given to :meth:`SandboxChild.set_exit_handler` (the GUI restarts it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from console.sandbox.supervision import SandboxFolderBusy, stop_stale_serve

log = logging.getLogger(__name__)

URL_PREFIX = "Sandbox running at "
KEY_PREFIX = "Demo API key: "
START_LIMIT_S = 30.0
STOP_LIMIT_S = 5.0
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class SandboxStartError(RuntimeError):
    """The sandbox child did not come up (exited early or never printed its address)."""


class SandboxFolderInUse(SandboxStartError):
    """Another program's live sandbox serves the data folder (``pid``); it was left alone."""

    def __init__(self, message: str, *, folder: Path, pid: int) -> None:
        super().__init__(message)
        self.folder = folder
        self.pid = pid


@dataclass(frozen=True)
class SandboxInfo:
    """Where the running sandbox listens and the demo key it accepts."""

    base_url: str
    api_key: str


class SandboxChild:
    """Start, watch and stop one ``sandbox serve`` child process.

    ``data_dir`` None runs the child on a fresh in-memory state (benchmarks); ``extra_args``
    are passed to ``sandbox serve`` as they are.
    """

    def __init__(
        self,
        data_dir: Path | None,
        *,
        extra_args: tuple[str, ...] = (),
        start_limit: float = START_LIMIT_S,
        stop_limit: float = STOP_LIMIT_S,
    ) -> None:
        self.data_dir = data_dir
        self.extra_args = extra_args
        self.start_limit = start_limit
        self.stop_limit = stop_limit
        self.info: SandboxInfo | None = None
        #: The pid of a stale sandbox the last :meth:`start` found on ``data_dir`` and stopped.
        self.stale_stopped: int | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._drain: asyncio.Task[None] | None = None
        self._on_exit: Callable[[int], None] | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        return self._process.pid if self.running and self._process is not None else None

    def set_exit_handler(self, handler: Callable[[int], None] | None) -> None:
        """Call ``handler(exit status)`` when the child exits without :meth:`stop` (it died)."""
        self._on_exit = handler

    @property
    def running(self) -> bool:
        """Whether the child is alive."""
        return self._process is not None and self._process.returncode is None

    def command(self) -> list[str]:
        """The exact command line (same interpreter, free port, state in ``data_dir``)."""
        data = ["--data", str(self.data_dir)] if self.data_dir is not None else []
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
            *data,
            "--supervised",
            *self.extra_args,
        ]

    async def start(self) -> SandboxInfo:
        """Start the child and wait for its two lines; raises :class:`SandboxStartError`."""
        self.stale_stopped = None
        if self.data_dir is not None:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            try:
                self.stale_stopped = await asyncio.to_thread(stop_stale_serve, self.data_dir)
            except SandboxFolderBusy as exc:
                raise SandboxFolderInUse(str(exc), folder=self.data_dir, pid=exc.pid) from None
        # stdin is a pipe this process never writes to: when it ends, however it ends, the
        # pipe closes and the child's watchdog stops the server.
        self._process = await asyncio.create_subprocess_exec(
            *self.command(),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            async with asyncio.timeout(self.start_limit):
                self.info = await self._read_banner()
        except TimeoutError as exc:
            await self.stop()
            raise SandboxStartError(
                f"the sandbox did not start within {self.start_limit:.0f} s"
            ) from exc
        except BaseException:
            # Failed or cancelled while starting: never leave an orphan process behind.
            await self.stop()
            raise
        # Keep reading its output into our log: a full pipe would block the child.
        self._drain = asyncio.ensure_future(self._drain_output(self._process))
        return self.info

    async def stop(self) -> None:
        """Terminate the child (kill it if it does not exit within ``stop_limit`` seconds)."""
        process, self._process = self._process, None
        if process is not None and process.stdin is not None:
            process.stdin.close()
        if process is not None and process.returncode is None:
            process.terminate()
            try:
                async with asyncio.timeout(self.stop_limit):
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
                detail = " | ".join(tail[-5:]) or f"exit status {await self._process.wait()}"
                raise SandboxStartError(f"the sandbox exited before it was ready: {detail}")
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith(URL_PREFIX):
                url = line[len(URL_PREFIX) :].strip().rstrip("/")
            elif line.startswith(KEY_PREFIX):
                key = line[len(KEY_PREFIX) :].strip()
            elif line:
                tail.append(line)
                log.info("sandbox: %s", line)
        return SandboxInfo(url, key)

    async def _drain_output(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        stdout = process.stdout
        while raw := await stdout.readline():
            log.debug("sandbox: %s", raw.decode("utf-8", "replace").rstrip())
        status = await process.wait()
        if self._process is process:  # not stopped by us: it died
            self._process = None
            if process.stdin is not None:
                process.stdin.close()
            log.warning("the sandbox child exited unexpectedly (status %s)", status)
            if self._on_exit is not None:
                self._on_exit(status)


@asynccontextmanager
async def sandbox_server(
    *serve_args: str,
    data_dir: Path | None = None,
    start_limit: float = START_LIMIT_S,
    stop_limit: float = STOP_LIMIT_S,
) -> AsyncIterator[SandboxInfo]:
    """Run ``sandbox serve --port 0 [--data DIR] *serve_args`` for the length of the block.

    Yields its address and demo key once it listens; the child is stopped on exit. Raises
    :class:`SandboxStartError` when it does not start within ``start_limit`` seconds.
    """
    child = SandboxChild(
        data_dir, extra_args=serve_args, start_limit=start_limit, stop_limit=stop_limit
    )
    info = await child.start()
    try:
        yield info
    finally:
        await child.stop()


async def running_sandbox(base_url: str, api_key: str | None) -> SandboxInfo | None:
    """The sandbox at ``base_url`` if it answers ``/v4/user/me`` with ``api_key``, else None.

    Only loopback addresses are probed: a saved sandbox address is the GUI's child process, and
    a stale one (the GUI has exited) must fail fast rather than wait on a remote host.
    """
    import httpx

    from console.api import MeetergoClient
    from console.api.errors import ApiError

    if not api_key or (urlsplit(base_url).hostname or "") not in LOOPBACK_HOSTS:
        return None
    probe = MeetergoClient(
        api_key, base_url, max_retries=0, timeout=httpx.Timeout(3.0, connect=1.0)
    )
    try:
        async with probe:
            await probe.users.me()
    except ApiError:
        return None
    return SandboxInfo(base_url, api_key)


__all__ = [
    "SandboxChild",
    "SandboxFolderInUse",
    "SandboxInfo",
    "SandboxStartError",
    "running_sandbox",
    "sandbox_server",
]

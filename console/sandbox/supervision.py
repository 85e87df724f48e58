"""The sandbox child's ties to its parent, and the lock file that names it in its data folder.

Two halves, no Qt:

* in the child (``sandbox serve --supervised``): :func:`watch_parent` ends the server when the
  parent goes away, however it went (closed, crashed, killed with SIGKILL): on Linux the kernel
  sends SIGTERM when the parent dies (``prctl(PR_SET_PDEATHSIG)``, see prctl(2)); on every OS a
  watchdog thread sees the parent's end of the stdin pipe close and polls the parent's pid.
* in the data folder: :class:`ServeLock` records which process serves the folder (pid, its
  parent, the port). The next start reads it: a process that is still a ``sandbox serve`` of
  this folder but whose parent is gone is stale and is stopped (:func:`stop_stale_serve`); one
  whose parent still runs belongs to another console and is left alone.

Why a stale child is stopped and not reused: its parent is gone, so nothing would stop it when
this console exits, and it may run an older build's code; a fresh child costs about a second.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

import psutil

log = logging.getLogger(__name__)

LOCK_NAME = "serve.lock.json"
#: How often the watchdog checks that the parent process still exists.
PARENT_POLL_S = 1.0
#: How long a stale sandbox gets to exit on SIGTERM before it is killed.
STALE_STOP_S = 5.0
# linux/prctl.h
_PR_SET_PDEATHSIG = 1


class SandboxFolderBusy(RuntimeError):
    """Another console's live sandbox serves this data folder."""

    def __init__(self, data_dir: Path, pid: int) -> None:
        super().__init__(
            f"the sandbox folder {data_dir} is in use by sandbox process {pid}, which another "
            "meetergo-console (or another program) still runs; close that one first"
        )
        self.pid = pid


@dataclass(frozen=True)
class ServeRecord:
    """What the lock file says about the process serving a data folder."""

    pid: int
    parent: int
    port: int
    created: float  # the process's start time (psutil): a reused pid does not match it


class ServeLock:
    """The lock file ``serve.lock.json`` in a sandbox data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME

    def read(self) -> ServeRecord | None:
        """The recorded serving process, or None (no file, or one that cannot be read)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return ServeRecord(
                int(raw["pid"]), int(raw["parent"]), int(raw["port"]), float(raw["created"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, port: int, parent: int) -> ServeRecord:
        """Record this process as the folder's server (written whole, then renamed)."""
        record = ServeRecord(os.getpid(), parent, port, psutil.Process().create_time())
        partial = self.path.with_suffix(".tmp")
        partial.write_text(json.dumps(asdict(record)), encoding="utf-8")
        os.replace(partial, self.path)
        return record

    def release(self) -> None:
        """Remove the file if it still names this process."""
        record = self.read()
        if record is not None and record.pid == os.getpid():
            with contextlib.suppress(OSError):
                self.path.unlink()


def serving_process(record: ServeRecord) -> psutil.Process | None:
    """The live process ``record`` names, or None (gone, or its pid now names another one)."""
    try:
        process = psutil.Process(record.pid)
        if abs(process.create_time() - record.created) > 1.0:
            return None
        if process.status() == psutil.STATUS_ZOMBIE:
            return None
        return process
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


def parent_alive(record: ServeRecord) -> bool:
    """Whether the process that started the recorded server is still its parent."""
    try:
        process = psutil.Process(record.pid)
        return bool(process.ppid() == record.parent and psutil.pid_exists(record.parent))
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def stop_stale_serve(data_dir: Path, *, limit: float = STALE_STOP_S) -> int | None:
    """Stop a sandbox left over on ``data_dir`` by a console that is gone; its pid, or None.

    Blocking (it waits for the process): run it in a thread. Raises
    :class:`SandboxFolderBusy` when the recorded sandbox's parent still runs.
    """
    lock = ServeLock(data_dir)
    record = lock.read()
    if record is None:
        return None
    process = serving_process(record)
    if process is None:  # it ended without removing the file (killed): only the file is stale
        with contextlib.suppress(OSError):
            lock.path.unlink()
        return None
    if parent_alive(record):
        raise SandboxFolderBusy(data_dir, record.pid)
    log.warning("stopping the stale sandbox process %s on %s", record.pid, data_dir)
    try:
        process.terminate()
        try:
            process.wait(limit)
        except psutil.TimeoutExpired:
            process.kill()
            process.wait(limit)
    except psutil.NoSuchProcess:
        pass
    with contextlib.suppress(OSError):
        lock.path.unlink()
    return record.pid


def die_with_parent() -> None:
    """Linux: ask the kernel to send this process SIGTERM when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)


def watch_parent(
    on_gone: Callable[[], None],
    *,
    parent: int,
    stdin: BinaryIO | None,
    poll: float = PARENT_POLL_S,
) -> None:
    """Call ``on_gone`` once, from a daemon thread, when the parent process is gone.

    Gone means: ``stdin`` (the parent's pipe) reached end of file, or ``parent`` no longer
    exists or is no longer this process's parent (orphans are re-parented on POSIX).
    """
    die_with_parent()
    fired = threading.Event()

    def fire(reason: str) -> None:
        if not fired.is_set():
            fired.set()
            log.warning("the console that started this sandbox is gone (%s); stopping", reason)
            on_gone()

    def read_stdin() -> None:
        assert stdin is not None
        with contextlib.suppress(OSError, ValueError):
            while stdin.read(4096):
                pass
        fire("its pipe closed")

    def poll_parent() -> None:
        while not fired.wait(poll):
            if os.getppid() != parent or not psutil.pid_exists(parent):
                fire(f"process {parent} ended")

    if stdin is not None:
        threading.Thread(target=read_stdin, name="parent-pipe", daemon=True).start()
    threading.Thread(target=poll_parent, name="parent-pid", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the watchdog started
        fire(f"process {parent} ended")


__all__ = [
    "SandboxFolderBusy",
    "ServeLock",
    "ServeRecord",
    "die_with_parent",
    "stop_stale_serve",
    "watch_parent",
]

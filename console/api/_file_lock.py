"""An exclusive OS lock on an open file: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows.

The lock belongs to the open file, so it is released when the file is closed — also when the
process dies, which is what makes it safe between processes that may be killed at any moment.
Blocking calls belong in a worker thread, never on the event loop.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# msvcrt.locking(LK_LOCK) gives up after ten one-second tries; waiting ourselves in short steps
# keeps the wait bounded by how long the holder needs (microseconds), not by that schedule.
_WINDOWS_RETRY = 0.002


class LockBusy(Exception):
    """A non-blocking attempt found the lock held by someone else."""


@contextmanager
def locked_file(path: Path, *, blocking: bool = True) -> Iterator[int]:
    """Open (creating) ``path`` read-write, hold its exclusive lock, yield the descriptor.

    With ``blocking=False`` :class:`LockBusy` is raised at once when another holder has it.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _lock(fd, blocking=blocking)
        try:
            yield fd
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, *, blocking: bool) -> None:
        while True:
            os.lseek(fd, 0, os.SEEK_SET)
            try:
                # One byte at offset 0 is the lock; it may lie beyond the end of the file.
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if not blocking:
                    raise LockBusy from None
                time.sleep(_WINDOWS_RETRY)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, *, blocking: bool) -> None:
        flags = fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(fd, flags)
        except BlockingIOError:
            raise LockBusy from None

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def read_all(fd: int) -> bytes:
    """The whole (small) file behind ``fd``, from its start."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
    return b"".join(chunks)


def replace_contents(fd: int, data: bytes) -> None:
    """Overwrite the file behind ``fd`` with ``data`` (the caller holds the lock)."""
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.ftruncate(fd, len(data))


__all__ = ["LockBusy", "locked_file", "read_all", "replace_contents"]

"""The sandbox child is supervised: it ends with its parent, and a stale one is found at start.

Each test runs real processes: the parent that is killed is a real Python process running the
console's :class:`SandboxChild`, and "gone" is checked with psutil (a zombie counts as gone: in
a container nobody may reap an orphan).
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from console.sandbox.child import SandboxChild, SandboxStartError
from console.sandbox.supervision import LOCK_NAME, ServeLock

GONE_LIMIT_S = 20.0


def gone(pid: int, limit: float = GONE_LIMIT_S) -> bool:
    """Whether process ``pid`` has ended within ``limit`` seconds (polled, not slept on)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    return False


def serve_command(data: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "console",
        "sandbox",
        "serve",
        "--port",
        "0",
        "--data",
        str(data),
        *extra,
    ]


SUPERVISOR = """
import asyncio, sys
from pathlib import Path
from console.sandbox.child import SandboxChild

async def main() -> None:
    child = SandboxChild(Path(sys.argv[1]))
    await child.start()
    print(child.pid, flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
"""


def test_killing_the_parent_with_sigkill_leaves_no_orphan_sandbox(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", SUPERVISOR, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        child_pid = int(parent.stdout.readline())
        assert psutil.Process(child_pid).ppid() == parent.pid
        assert ServeLock(tmp_path).read() is not None

        parent.kill()  # SIGKILL (TerminateProcess on Windows): only the child can clean up
        parent.wait(10)

        assert gone(child_pid), "the sandbox child outlived its killed parent"
        assert not (tmp_path / LOCK_NAME).exists()  # it stopped in order, releasing the folder
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.communicate()


def test_the_child_stops_when_its_parents_pipe_closes(tmp_path: Path) -> None:
    # The watchdog every OS has (no prctl involved: the parent, this test, stays alive).
    child = subprocess.Popen(
        serve_command(tmp_path, "--supervised"),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().startswith("Sandbox running at ")

        child.stdin.close()

        assert child.wait(GONE_LIMIT_S) == 0
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


LEAVER = """
import subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
assert child.stdout.readline().startswith("Sandbox running at ")
assert child.stdout.readline().startswith("Demo API key: ")  # its last line: then nothing
print(child.pid, flush=True)
"""


@pytest.fixture
def stale(tmp_path: Path) -> Iterator[int]:
    """An unsupervised child (as an older build left them) whose parent has exited."""
    leaver = subprocess.run(
        [sys.executable, "-c", LEAVER, *serve_command(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    pid = int(leaver.stdout)
    yield pid
    with contextlib.suppress(psutil.NoSuchProcess):
        psutil.Process(pid).kill()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A sandbox on the folder run by a program that still runs (this test)."""
    process = subprocess.Popen(
        serve_command(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith("Sandbox running at ")
    yield process
    process.terminate()
    process.communicate(timeout=20)


@pytest.mark.asyncio
async def test_a_stale_sandbox_left_by_a_console_that_is_gone_is_stopped_at_the_next_start(
    tmp_path: Path, stale: int
) -> None:
    assert psutil.pid_exists(stale)
    child = SandboxChild(tmp_path)
    try:
        info = await child.start()

        assert child.stale_stopped == stale
        assert await asyncio.to_thread(gone, stale)
        record = ServeLock(tmp_path).read()
        assert record is not None and record.pid == child.pid
        assert info.base_url.endswith(f":{record.port}")
    finally:
        await child.stop()


@pytest.mark.asyncio
async def test_a_sandbox_another_live_program_runs_on_the_folder_is_left_alone(
    tmp_path: Path, other: subprocess.Popen[str]
) -> None:
    with pytest.raises(SandboxStartError, match=f"in use by sandbox process {other.pid}"):
        await SandboxChild(tmp_path).start()

    assert other.poll() is None


def test_a_second_serve_on_a_folder_in_use_refuses_with_a_sentence(tmp_path: Path) -> None:
    first = subprocess.Popen(
        serve_command(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("Sandbox running at ")

        second = subprocess.run(serve_command(tmp_path), capture_output=True, text=True, timeout=60)

        assert second.returncode == 1
        assert f"in use by sandbox process {first.pid}" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.terminate()
        first.communicate(timeout=20)

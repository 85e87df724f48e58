"""Lease owners: who this process is, and which owners are known to be dead."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from console.jobs.lease import owner_is_dead, process_identity


def test_this_process_is_named_by_host_pid_and_start_and_is_alive() -> None:
    me = process_identity()
    assert me.startswith(f"{socket.gethostname()} pid {os.getpid()} started ")
    assert not owner_is_dead(me)


def test_an_exited_process_of_this_host_is_dead_and_other_hosts_are_not_judged() -> None:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    gone = f"{socket.gethostname()} pid {child.stdout.strip()} started 2026-12-01T20:00:00Z"
    assert owner_is_dead(gone)
    # An earlier life of our own pid (another start time) is dead too.
    assert owner_is_dead(f"{socket.gethostname()} pid {os.getpid()} started 2000-01-01T00:00:00Z")
    assert not owner_is_dead("elsewhere.example pid 1 started 2026-12-01T20:00:00Z")
    assert not owner_is_dead("not an owner we wrote")

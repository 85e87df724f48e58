"""A real, throwaway PostgreSQL server for the tests that need one (pytest plugin).

``postgres_server`` (session) makes a cluster in a temporary folder with ``initdb``, starts it on
a free port with ``pg_ctl`` and drops it at the end; ``postgres_url`` (per test) is a fresh
database on it. The binaries are found on PATH, in ``$PG_BIN`` or in Debian's
``/usr/lib/postgresql/<version>/bin`` (``.ci/run`` installs the package where it is missing).
initdb refuses to run as root, so as root the server runs as the ``postgres`` user.

A test needing the server is skipped, with the reason, only when no server can be started.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "console"


def _bin_dir() -> Path | None:
    for candidate in (os.environ.get("PG_BIN"), shutil.which("initdb")):
        if candidate:
            path = Path(candidate)
            # PATH may hold a symlink to one binary only: follow it to the full folder.
            path = path.resolve().parent if path.name == "initdb" else path
            if (path / "initdb").exists():
                return path
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    """A running throwaway server; :meth:`create_database` gives each test its own database."""

    port: int
    folder: Path
    _bin: Path
    _run_as: list[str]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(sql.encode())

    def create_database(self) -> str:
        name = f"test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _start(folder: Path) -> PostgresServer:
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "no PostgreSQL server binaries (initdb) found: install Debian's postgresql package "
            "or set PG_BIN"
        )
    run_as: list[str] = []
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root and there is no 'postgres' user") from None
        shutil.chown(folder, "postgres", "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = _free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
        check=True,
        capture_output=True,
        timeout=90,
    )
    return PostgresServer(port, folder, bin_dir, run_as)


def _stop(server: PostgresServer) -> None:
    subprocess.run(
        [
            *server._run_as,
            str(server._bin / "pg_ctl"),
            "-D",
            str(server.folder / "data"),
            "-m",
            "immediate",
            "-w",
            "stop",
        ],
        capture_output=True,
        timeout=60,
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    folder = Path(tempfile.mkdtemp(prefix="console-pg-"))
    try:
        try:
            server = _start(folder)
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            reason = detail.decode(errors="replace").strip() or str(exc)
            pytest.skip(f"no PostgreSQL server could be started: {reason}")
        try:
            yield server
        finally:
            _stop(server)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A new, empty database on the throwaway server, dropped after the test."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)

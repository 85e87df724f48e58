"""``meetergo-console sandbox serve``: run the sandbox on uvicorn (loopback by default)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import sqlite3
import sys
from pathlib import Path
from types import FrameType
from typing import Any, Literal

from console.sandbox.config import Faults, SandboxConfig
from console.sandbox.supervision import (
    SandboxFolderBusy,
    ServeLock,
    serving_process,
    watch_parent,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sandbox serve`` to the root parser's sub-commands."""
    sandbox = sub.add_parser("sandbox", help="the local meetergo sandbox with demo data")
    actions = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        help="serve the sandbox; prints its URL and a demo API key",
        description="Serve a meetergo-compatible sandbox seeded with a demo agency.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    serve.add_argument(
        "--data", type=Path, metavar="DIR", help="keep state in DIR (default: in memory)"
    )
    serve.add_argument("--seed", type=int, default=1, help="demo data seed (default 1)")
    serve.add_argument("--reset", action="store_true", help="wipe DIR's state and re-seed")
    serve.add_argument(
        "--rate-limit",
        default="100",
        metavar="N|off",
        help="requests per minute per key (burst 2×N), or off (default 100)",
    )
    serve.add_argument(
        "--burst",
        type=int,
        metavar="N",
        help="requests a key may send at once before the per-minute rate applies (2× the rate)",
    )
    serve.add_argument("--latency-ms", type=int, default=0, help="added latency per request")
    serve.add_argument("--error-rate", type=float, default=0.0, help="share of injected 5xx")
    serve.add_argument("--drop-rate", type=float, default=0.0, help="share of dropped connections")
    serve.add_argument(
        "--rate-limit-rate", type=float, default=0.0, help="share of injected 429 answers"
    )
    serve.add_argument(
        "--traffic", type=float, default=0.0, metavar="N", help="simulated actions per minute"
    )
    serve.add_argument(
        "--supervised",
        action="store_true",
        help="stop when the parent process ends or closes stdin (the console's own child)",
    )
    serve.set_defaults(handler=serve_command)


class _QuietDrops(logging.Filter):
    """Injected drops end responses on purpose, and requests still running when the graceful
    stop ends are cancelled on purpose; uvicorn's complaints (with a traceback) are noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "without completing response" in record.getMessage():
            return False
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, asyncio.CancelledError)


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    """Translate the command line into a :class:`SandboxConfig` (exits 2 on bad values)."""
    raw = str(args.rate_limit).strip().lower()
    rate_limit = raw not in ("off", "0", "none", "false")
    per_minute = 100
    if rate_limit:
        try:
            per_minute = int(raw)
        except ValueError:
            print(
                f"--rate-limit expects a number or 'off', not {args.rate_limit!r}", file=sys.stderr
            )
            raise SystemExit(2) from None
    burst = per_minute * 2 if args.burst is None else args.burst
    if burst < 1:
        print("--burst must be at least 1", file=sys.stderr)
        raise SystemExit(2)
    if not 0 <= args.port <= 65535:
        print(f"--port must be between 0 and 65535, not {args.port}", file=sys.stderr)
        raise SystemExit(2)
    for name in ("error_rate", "drop_rate", "rate_limit_rate"):
        if not 0.0 <= getattr(args, name) <= 1.0:
            print(f"--{name.replace('_', '-')} must be between 0 and 1", file=sys.stderr)
            raise SystemExit(2)
    return SandboxConfig(
        data_dir=args.data,
        seed=args.seed,
        requests_per_minute=per_minute,
        burst=burst,
        rate_limit=rate_limit,
        faults=Faults(
            latency_ms=max(0, args.latency_ms),
            error_rate=args.error_rate,
            rate_limit_rate=args.rate_limit_rate,
            drop_rate=args.drop_rate,
        ),
        reset=args.reset,
        traffic_per_minute=max(0.0, args.traffic),
    )


#: Seconds a request in flight may take to finish once SIGTERM arrived; then it is cancelled,
#: so a stuck request cannot keep the process alive (the GUI kills its child after 5 s).
GRACEFUL_STOP_S = 2


class _Stop:
    """SIGTERM at any moment of the start: before the server exists, while it starts, or while
    it serves. uvicorn installs its own handlers only once it runs and hands the signal back to
    this one afterwards; the default handler would end the process "killed by SIGTERM" (-15),
    and the GUI must see exit status 0."""

    def __init__(self) -> None:
        self.requested = False
        self.server: Any = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.requested = True
        if self.server is not None:
            self.server.should_exit = True


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound, listening TCP socket for uvicorn.

    The protocol is named explicitly: asyncio sets TCP_NODELAY on accepted connections only
    when the socket's ``proto`` is ``IPPROTO_TCP`` (``asyncio.base_events._set_nodelay``), and
    without it Nagle's algorithm plus delayed ACKs hold every small response back ~40 ms.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def serve_command(args: argparse.Namespace) -> int:
    """Seed, bind, print the two lines the GUI parses, then serve until interrupted."""
    stop = _Stop()
    previous = signal.signal(signal.SIGTERM, stop)
    if getattr(args, "supervised", False):
        # The parent's death ends the server as SIGTERM does (graceful, exit status 0).
        watch_parent(
            lambda: stop(signal.SIGTERM, None), parent=os.getppid(), stdin=sys.stdin.buffer
        )
    try:
        return _serve(args, stop)
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)


def _serve(args: argparse.Namespace, stop: _Stop) -> int:
    config = config_from_args(args)
    lock = _claim_folder(args.data)
    if lock is False:
        return 1
    try:
        return _serve_app(args, stop, config, lock)
    finally:
        if lock is not None:
            lock.release()


def _claim_folder(data: Path | None) -> ServeLock | Literal[False] | None:
    """The data folder's lock (None: in memory); False, with the reason printed, when another
    live sandbox serves the folder (one process writes a sandbox folder)."""
    if data is None:
        return None
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"cannot use the data folder {data}: {error}", file=sys.stderr)
        return False
    lock = ServeLock(data)
    record = lock.read()
    if record is not None and record.pid != os.getpid() and serving_process(record) is not None:
        print(f"{SandboxFolderBusy(data, record.pid)}", file=sys.stderr)
        return False
    return lock


def _serve_app(
    args: argparse.Namespace, stop: _Stop, config: SandboxConfig, lock: ServeLock | None
) -> int:
    import uvicorn

    from console.sandbox.app import create_app

    try:
        app = create_app(config)
    except (OSError, sqlite3.DatabaseError) as error:
        print(f"cannot use the data folder {args.data}: {error}", file=sys.stderr)
        return 1
    try:
        sock = listening_socket(args.host, args.port)
    except OSError as error:
        print(f"cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        app.state.sandbox.close()
        return 1
    port = sock.getsockname()[1]
    if lock is not None:
        try:
            lock.write(port, os.getppid())
        except OSError as error:
            print(f"cannot use the data folder {args.data}: {error}", file=sys.stderr)
            sock.close()
            app.state.sandbox.close()
            return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    # The GUI reads exactly these two lines; the socket already listens, so it may connect now.
    print(f"Sandbox running at http://{host}:{port}", flush=True)
    print(f"Demo API key: {app.state.sandbox.demo_api_key}", flush=True)
    logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=GRACEFUL_STOP_S,
        )
    )
    stop.server = server
    # A SIGTERM that came before the server existed: uvicorn starts, sees should_exit and stops.
    server.should_exit = stop.requested
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0

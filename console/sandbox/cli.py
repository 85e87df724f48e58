"""``meetergo-console sandbox serve``: run the sandbox on uvicorn (loopback by default)."""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
from pathlib import Path
from types import FrameType

from console.sandbox.config import Faults, SandboxConfig


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
    serve.set_defaults(handler=serve_command)


class _QuietDrops(logging.Filter):
    """Injected drops end responses on purpose; uvicorn's complaint about it is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "without completing response" not in record.getMessage()


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


def serve_command(args: argparse.Namespace) -> int:
    """Seed, bind, print the two lines the GUI parses, then serve until interrupted."""
    import uvicorn

    from console.sandbox.app import create_app

    config = config_from_args(args)
    app = create_app(config)
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as error:
        print(f"cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    sock.listen(128)
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    # The GUI reads exactly these two lines; the socket already listens, so it may connect now.
    print(f"Sandbox running at http://{host}:{port}", flush=True)
    print(f"Demo API key: {app.state.sandbox.demo_api_key}", flush=True)
    logging.getLogger("uvicorn.error").addFilter(_QuietDrops())
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    )
    # uvicorn shuts down gracefully on SIGTERM, then re-raises the signal to the handler that was
    # installed before it; with the default handler the process would die "killed by SIGTERM".
    # The GUI stops its sandbox child with SIGTERM and must see exit status 0, so a no-op handler
    # is the one uvicorn hands the signal back to.
    previous = signal.signal(signal.SIGTERM, _stopped_by_sigterm)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        signal.signal(signal.SIGTERM, previous)
    return 0


def _stopped_by_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM after uvicorn's graceful shutdown: nothing left to do, exit normally."""

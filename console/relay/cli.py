"""``meetergo-console relay``: the team's webhook relay, and a console's view of its events.

    meetergo-console relay serve --store URL (--connection NAME … | --base-url URL)
        [--host 0.0.0.0] [--port 8080] [--public-url URL] [--poll-interval SECONDS]
    meetergo-console relay listen --store URL [--connection NAME …] [--json]

``serve`` runs until interrupted: its first line on stderr is the address it listens on, then
one line per connection (receiving webhooks, polling only, or waiting for another relay).
``listen`` prints every new event the relay logs, one line each (one JSON object per line with
``--json``). Both need a shared PostgreSQL store. Exit status: 0 stopped, 1 the server or the
store refused, 2 bad usage (a sentence on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from typing import TYPE_CHECKING, TextIO

from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_USAGE,
    ConnectionProblem,
    UsageError,
    add_store_argument,
    open_session,
)
from console.credentials import ENV_OVERRIDE
from console.messages import MessageBus

if TYPE_CHECKING:
    from console.store import EventRecord, Store

DEFAULT_PORT = 8080


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``relay`` (``serve``, ``listen``) to the root parser's sub-commands."""
    relay = sub.add_parser(
        "relay",
        help="team mode: one webhook relay for every console on a shared store",
        description="Receive and poll for the whole team; consoles listen to the shared store.",
    )
    verbs = relay.add_subparsers(dest="verb", metavar="VERB")
    relay.set_defaults(handler=lambda _args: _usage(relay))

    serve = verbs.add_parser(
        "serve",
        help="run the receiver and poller of the team's connections",
        description=(
            "Register one webhook per connection, receive and poll, write every event to the "
            "shared event log and notify the consoles."
        ),
    )
    target = serve.add_mutually_exclusive_group()
    target.add_argument(
        "--connection",
        action="append",
        metavar="NAME",
        help="a saved connection to run (repeat for several; key: keyring)",
    )
    target.add_argument(
        "--base-url", metavar="URL", help=f"the API address; the key in {ENV_OVERRIDE}"
    )
    add_store_argument(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0: free)"
    )
    serve.add_argument(
        "--public-url",
        metavar="URL",
        help="the relay's address as meetergo reaches it (reverse proxy, tunnel); registered",
    )
    serve.add_argument(
        "--poll-interval",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="first polling interval; it doubles while nothing changes (default 30)",
    )
    serve.set_defaults(handler=serve_command)

    listen = verbs.add_parser(
        "listen", help="print every new event the relay logs", description="Follow the relay."
    )
    add_store_argument(listen)
    listen.add_argument(
        "--connection", action="append", metavar="NAME", help="only this connection's events"
    )
    listen.add_argument("--json", action="store_true", help="one JSON object per line")
    listen.set_defaults(handler=listen_command)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("relay: choose serve or listen.", file=sys.stderr)
    return EXIT_USAGE


def _stop_event() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C only
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)
    return stop


def _open_shared_store(verb: str) -> Store:
    from console.store import Store

    store = Store.open()
    if not store.shared:
        asyncio.run(store.close())
        raise UsageError(
            f"relay {verb} needs a shared store: give --store postgresql+psycopg://user@host/db "
            "or save one with 'meetergo-console store set'."
        )
    return store


# -- serve ---------------------------------------------------------------------------------------


def serve_command(args: argparse.Namespace) -> int:
    """Entry point of ``relay serve``; returns the exit status."""
    if not 0 <= args.port <= 65535:
        print("relay serve: --port must be between 0 and 65535.", file=sys.stderr)
        return EXIT_USAGE
    if args.poll_interval <= 0:
        print("relay serve: --poll-interval must be positive.", file=sys.stderr)
        return EXIT_USAGE
    if args.public_url and not args.public_url.startswith(("http://", "https://")):
        print("relay serve: --public-url must start with https:// or http://.", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = _open_shared_store("serve")
    except UsageError as exc:
        print(f"relay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return asyncio.run(_serve(args, store, sys.stderr))
    except KeyboardInterrupt:
        return EXIT_OK


async def _serve(args: argparse.Namespace, store: Store, err: TextIO) -> int:
    from console.live.receiver import receiver_token
    from console.relay.service import Relay

    stop = _stop_event()
    names: list[str | None] = list(args.connection or [None])
    try:
        async with contextlib.AsyncExitStack() as stack:
            sessions = []
            for name in names:
                one = argparse.Namespace(connection=name, base_url=args.base_url)
                session = await stack.enter_async_context(
                    open_session(one, bus=MessageBus(), progress=err)
                )
                token = await asyncio.to_thread(receiver_token, name=f"relay {session.name}")
                sessions.append((session, token))
            relay = Relay(
                store,
                sessions,
                host=args.host,
                port=args.port,
                public_url=args.public_url,
                poll_interval=args.poll_interval,
                on_status=lambda text: print(text, file=err, flush=True),
            )
            try:
                await relay.start()
            except OSError as exc:
                print(
                    f"relay serve: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
                    file=err,
                )
                return EXIT_USAGE
            print(f"Relay listening at {relay.local_url}", file=err, flush=True)
            try:
                await stop.wait()
            finally:
                await relay.stop()
            return EXIT_OK
    except UsageError as exc:
        print(f"relay serve: {exc}", file=err)
        return EXIT_USAGE
    except ConnectionProblem as exc:
        print(f"relay serve: {exc}", file=err)
        return EXIT_INCOMPLETE
    finally:
        await store.close()


# -- listen --------------------------------------------------------------------------------------


def listen_command(args: argparse.Namespace) -> int:
    """Entry point of ``relay listen``; returns the exit status."""
    try:
        store = _open_shared_store("listen")
    except UsageError as exc:
        print(f"relay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return asyncio.run(_listen(args, store, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        return EXIT_OK


async def _listen(args: argparse.Namespace, store: Store, out: TextIO, err: TextIO) -> int:
    import psycopg

    from console.relay.listener import EventListener

    stop = _stop_event()

    def show(connection: str, event: EventRecord) -> None:
        if args.json:
            line = json.dumps(
                {
                    "connection": connection,
                    "id": event.id,
                    "appointment_id": event.appointment_id,
                    "event_type": event.event_type,
                    "source": event.source.value,
                    "result": event.result.value,
                }
            )
        else:
            line = f"{connection}  {event.event_type}  {event.appointment_id}  ({event.source})"
        print(line, file=out, flush=True)

    listener = EventListener(store, show, connections=set(args.connection or []) or None)
    try:
        await listener.start()
    except psycopg.OperationalError as exc:
        print(f"relay listen: cannot listen on {store.where}: {exc}", file=err)
        await store.close()
        return EXIT_INCOMPLETE
    print(f"Listening for the relay's events on {store.where}.", file=err, flush=True)
    try:
        await stop.wait()
    finally:
        await listener.stop()
        await store.close()
    return EXIT_OK


__all__ = ["register"]

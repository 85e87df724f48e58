"""Headless commands: ``meetergo-console <noun> …``, one sub-parser per noun (``sandbox``,
``onboard``, ``bookings``, and the nouns still to come).

Nothing here imports Qt, so the commands run on servers and in CI. ``app.main`` hands every
sub-command to :func:`run`. The conventions every command follows (DESIGN.md, "Headless
commands"):

* it opens a saved connection (``--connection NAME``) or ``--base-url URL`` with the key in
  ``MEETERGO_API_KEY`` (never on the command line, where ``ps`` and shell history would show it),
  through :func:`open_session` — the same :class:`~console.session.Session` the GUI uses;
* readable text on stdout by default, one JSON document with ``--json``; progress on stderr;
* exit status 0 when everything asked for was done, 1 when some items failed or problems were
  found, 2 for bad usage (a sentence on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import os
import sys
from collections.abc import AsyncIterator, Callable
from typing import TextIO, TypeAlias
from urllib.parse import urlsplit

import httpx

from console import __version__
from console.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from console.credentials import (
    ENV_OVERRIDE,
    Connection,
    ConnectionStore,
    CredentialKind,
    SecretStore,
)
from console.domain.base_url import InvalidBaseUrl, normalize_base_url
from console.messages import MessageBus
from console.options import add_gui_options
from console.session import NoCredential, Session
from console.store.errors import StoreError

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_USAGE = 2

SANDBOX_CONNECTION = "Sandbox"

Handler = Callable[[argparse.Namespace], int]
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UsageError(Exception):
    """The command line cannot be run as given; the message is the sentence to print (exit 2)."""


class ConnectionProblem(Exception):
    """The server could not be used: unreachable, the key refused, a server failure (exit 1).

    The message is the one sentence to print; :func:`open_session` raises it for every
    :class:`~console.api.errors.ApiError` that ends a command.
    """


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, GUI options included, so ``--help`` documents everything."""
    parser = argparse.ArgumentParser(
        prog="meetergo-console",
        description="Manage many meetergo client accounts from one desktop console.",
    )
    parser.add_argument("--version", action="version", version=f"meetergo-console {__version__}")
    add_gui_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in _nouns():
        register(sub)
    return parser


def _nouns() -> list[Callable[[SubParsers], None]]:
    # Imported lazily: each noun pulls in its own heavy dependencies only when it runs.
    from console.health.cli import register as register_accounts
    from console.jobs.availability_cli import register as register_availability
    from console.jobs.bookings_cli import register_cancel
    from console.jobs.branding_cli import register as register_branding
    from console.jobs.changes_cli import register as register_changes
    from console.jobs.cli import register as register_onboard
    from console.jobs.templates_cli import register as register_templates
    from console.live.cli import register as register_bookings
    from console.relay.cli import register as register_relay
    from console.sandbox.cli import register as register_sandbox
    from console.store.cli import register as register_store

    return [
        register_sandbox,
        register_store,
        register_relay,
        register_onboard,
        register_changes,
        functools.partial(register_bookings, more_verbs=(register_cancel,)),
        register_branding,
        register_availability,
        register_templates,
        register_accounts,
    ]


def run(args: argparse.Namespace) -> int:
    """Run the sub-command chosen on the command line; its handler is stored as ``args.handler``.

    ``--store URL`` is applied first, for every store the command opens. A store that cannot
    be opened (unreachable, or newer than this console) ends the command with its sentence and
    exit status 1, as a server that cannot be used does.
    """
    from console.store import location
    from console.store.errors import StoreError

    handler: Handler = args.handler
    try:
        with location.using(getattr(args, "store", None)):
            return handler(args)
    except location.InvalidStoreUrl as exc:
        print(f"{args.command}: --store: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (StoreError, ConnectionProblem) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return EXIT_INCOMPLETE


def add_store_argument(parser: argparse.ArgumentParser) -> None:
    """``--store URL``: the shared PostgreSQL store (or a SQLite file) instead of the saved one."""
    parser.add_argument(
        "--store",
        metavar="URL",
        help="the console's store: postgresql+psycopg://user@host/database for a team "
        "(the password is kept in the keyring), or a SQLite file; default: the one saved with "
        "'store set', else this computer's own",
    )


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    """``--connection NAME`` | ``--base-url URL`` and ``--json``, as every API command takes."""
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--connection", metavar="NAME", help="a connection saved in the console (key: keyring)"
    )
    target.add_argument(
        "--base-url",
        metavar="URL",
        help=f"the API address; the key is read from the {ENV_OVERRIDE} environment variable",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON document instead of text"
    )
    add_store_argument(parser)


def resolve_connection(
    args: argparse.Namespace,
    *,
    connections: ConnectionStore | None = None,
    environ: os._Environ[str] | dict[str, str] | None = None,
) -> tuple[Connection, str | None]:
    """The connection the command line names and the key given for it (None: ask the keyring).

    Raises :class:`UsageError` with the sentence to print when the command line names none,
    names an unknown one, gives ``--base-url`` without ``MEETERGO_API_KEY``, or a base URL that
    cannot be used (:func:`~console.domain.base_url.normalize_base_url`; ``--base-url`` must be
    https unless it is this computer). The connection returned has the normalised base URL.
    """
    env = os.environ if environ is None else environ
    base_url: str | None = getattr(args, "base_url", None)
    name: str | None = getattr(args, "connection", None)
    if base_url:
        try:
            url = normalize_base_url(base_url, require_tls=True)
        except InvalidBaseUrl as exc:
            raise UsageError(f"--base-url: {exc}") from None
        key = env.get(ENV_OVERRIDE, "").strip()
        if not key:
            raise UsageError(
                f"--base-url needs the API key in the {ENV_OVERRIDE} environment variable "
                "(it is never taken as an argument)."
            )
        kind = CredentialKind.infer(key) or CredentialKind.API_KEY
        # The URL names the connection: cached accounts and journals stay apart per server.
        return Connection(url, url, kind), key
    if not name:
        raise UsageError(f"give --connection NAME or --base-url URL (key in {ENV_OVERRIDE}).")
    store = connections or ConnectionStore()
    found = store.get(name)
    if found is None and name.strip().lower() == SANDBOX_CONNECTION.lower():
        # The built-in sandbox works before the GUI ever saved its connection.
        found = Connection(
            SANDBOX_CONNECTION, "http://sandbox.local", CredentialKind.API_KEY, None, True
        )
    if found is None:
        saved = ", ".join(c.name for c in store.list()) or "none"
        raise UsageError(
            f"no connection named {name!r} (saved: {saved}). Add it in the console's "
            "Connections dialog first, or use --base-url."
        )
    try:
        url = normalize_base_url(found.base_url)
    except InvalidBaseUrl as exc:
        raise UsageError(
            f"the connection {found.name!r} has an unusable base URL: {exc} "
            "Correct it in the console's Connections dialog."
        ) from None
    return dataclasses.replace(found, base_url=url), None


@contextlib.asynccontextmanager
async def open_session(
    args: argparse.Namespace,
    *,
    bus: MessageBus,
    progress: TextIO,
    secrets: SecretStore | None = None,
) -> AsyncIterator[Session]:
    """The :class:`Session` the command line asks for, closed when the block ends.

    On the sandbox connection one process writes the sandbox folder: the GUI's running sandbox
    child is used when it answers, else ``sandbox serve`` runs as a child of this command.
    Raises :class:`UsageError` (no such connection, no key, a base URL that cannot be used,
    the sandbox does not start) and :class:`ConnectionProblem` for any
    :class:`~console.api.errors.ApiError` that ends the command, opening included (a wrong
    key, the server down or failing), each with the one sentence to print.
    """
    from console import paths
    from console.sandbox.child import SandboxStartError, running_sandbox, sandbox_server

    connection, key = resolve_connection(args)
    secrets = secrets or SecretStore()
    try:
        if connection.is_sandbox and key is None:
            running = await running_sandbox(
                connection.base_url, await secrets.get_async(connection.name)
            )
            if running is not None:
                print(f"Using the sandbox already running at {running.base_url}.", file=progress)
                async with Session.open(connection, key=running.api_key, bus=bus) as session:
                    yield session
                return
            async with contextlib.AsyncExitStack() as stack:
                try:
                    info = await stack.enter_async_context(
                        sandbox_server(data_dir=paths.sandbox_dir())
                    )
                except SandboxStartError as exc:
                    raise UsageError(str(exc)) from None
                print(f"Started the sandbox at {info.base_url}.", file=progress, flush=True)
                here = dataclasses.replace(connection, base_url=info.base_url)
                async with Session.open(here, key=info.api_key, bus=bus) as session:
                    yield session
                print("Stopping the sandbox.", file=progress, flush=True)
            return
        async with Session.open(connection, key=key, secrets=secrets, bus=bus) as session:
            yield session
    except NoCredential as exc:
        raise UsageError(
            f"no key stored for {exc.connection!r}; save it in the console's connection dialog "
            f"or set {ENV_OVERRIDE}."
        ) from None
    except InvalidBaseUrl as exc:
        raise UsageError(str(exc)) from None
    except ApiError as exc:
        raise ConnectionProblem(describe_api_error(exc, connection.base_url)) from None
    except StoreError as exc:
        raise ConnectionProblem(str(exc)) from None


def describe_api_error(error: ApiError, base_url: str = "") -> str:
    """One sentence for an error that stopped a command, naming the server and what to check."""
    parts = urlsplit(error.url)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    where = origin or base_url or "the server"
    path = parts.path if origin else error.url
    request = f"{error.method} {path}".strip()
    detail = error.message.rstrip(".")
    if isinstance(error, ApiTimeoutError):
        return f"{where} did not answer in time ({request}); try again later."
    if isinstance(error, ApiConnectionError):
        if isinstance(error.__cause__, httpx.ConnectError):
            return (
                f"cannot connect to {where}: nothing answers there. Check the address and "
                "that the server is running."
            )
        return f"the connection to {where} failed ({request}: {detail}); try again."
    if isinstance(error, AuthenticationError):
        return (
            f"the server refused: {detail} — {where} did not accept the key; check "
            f"{ENV_OVERRIDE} or the key saved for the connection (it may have expired)."
        )
    if isinstance(error, PermissionDenied):
        if not request:  # refused before sending (a personal token acting for someone else)
            return f"{detail}."
        return f"{where} does not allow this key to {request} ({detail})."
    if isinstance(error, RateLimited):
        wait = f" in {error.retry_after:.0f} s" if error.retry_after else " shortly"
        return f"{where} asks to slow down (429); try again{wait}."
    if isinstance(error, ServerError):
        return f"{where} failed (HTTP {error.status_code}: {detail}); try again later."
    if isinstance(error, MalformedResponse):
        return (
            f"the answer of {where} to {request} cannot be read ({detail}); is {where} the "
            "meetergo API address?"
        )
    if isinstance(error, NotFound):
        return (
            f"{where} has no {path} (404: {detail}); if every request ends like this, {where} "
            "is not the meetergo API address."
        )
    status = f"HTTP {error.status_code}: " if error.status_code is not None else ""
    return f"{where} refused {request} ({status}{detail})."


__all__ = [
    "EXIT_INCOMPLETE",
    "EXIT_OK",
    "EXIT_USAGE",
    "ConnectionProblem",
    "UsageError",
    "add_connection_arguments",
    "add_store_argument",
    "build_parser",
    "describe_api_error",
    "open_session",
    "resolve_connection",
    "run",
]

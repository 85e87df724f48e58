"""``meetergo-console onboard``: the bulk-onboarding job without the GUI.

    meetergo-console onboard users.csv --connection NAME [--dry-run] [--concurrency N]
                                        [--resume JOB] [--output results.csv]

The connection must be saved in the console (name, base URL; its key in the keyring, or
``MEETERGO_API_KEY`` in the environment). A connection marked as the sandbox — or the name
``Sandbox`` when none is saved — runs against the built-in sandbox in this process, with its state
in the console's sandbox folder, so no server needs to be started. Progress goes to stdout, problems
to stderr. Exit status: 0 when every row was created or linked, 1 when some were not (invalid,
failed or left pending), 2 for a usage problem (unknown connection, no key, unreadable file).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

from console import paths
from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
from console.messages import Level, Message, MessageBus

if TYPE_CHECKING:
    from console.api import MeetergoClient
    from console.jobs.onboarding import JobEvent

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_INCOMPLETE = 1
EXIT_USAGE = 2

URL_PREFIX = "Sandbox running at "
KEY_PREFIX = "Demo API key: "
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``onboard`` to the root parser's sub-commands."""
    onboard = sub.add_parser(
        "onboard",
        help="create the accounts listed in a CSV file (journaled, resumable)",
        description=(
            "Create client accounts from a CSV (comma or semicolon; columns e-mail, given and "
            "family name, time zone, slug, meeting type, duration; English or German headers). "
            "Existing e-mails are linked, never created twice."
        ),
    )
    onboard.add_argument("csv", nargs="?", type=Path, metavar="CSV", help="the file to import")
    onboard.add_argument(
        "--connection", required=True, metavar="NAME", help="a connection saved in the console"
    )
    onboard.add_argument(
        "--dry-run", action="store_true", help="check the file against the account list only"
    )
    onboard.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="rows in flight (default 8)"
    )
    onboard.add_argument(
        "--resume", metavar="JOB", help="continue an interrupted job (its id) instead of a CSV"
    )
    onboard.add_argument(
        "--output", type=Path, metavar="FILE", help="write e-mail, user id, booking URL as CSV"
    )
    onboard.set_defaults(handler=onboard_command)


def onboard_command(args: argparse.Namespace) -> int:
    """Entry point of ``onboard``; returns the exit status."""
    if args.csv is None and args.resume is None:
        print("onboard: give a CSV file or --resume JOB.", file=sys.stderr)
        return EXIT_USAGE
    if args.concurrency < 1:
        print("onboard: --concurrency must be at least 1.", file=sys.stderr)
        return EXIT_USAGE
    data: bytes | None = None
    if args.resume is None:
        try:
            data = Path(args.csv).read_bytes()
        except OSError as exc:
            print(f"onboard: cannot read {args.csv}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        return asyncio.run(_onboard(args, data, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        print("Interrupted; the job is journaled: resume it with --resume.", file=sys.stderr)
        return EXIT_INCOMPLETE


def _find_connection(name: str) -> Connection | None:
    store = ConnectionStore()
    found = store.get(name)
    if found is None and name.strip().lower() == "sandbox":
        return Connection("Sandbox", "http://sandbox.local", CredentialKind.API_KEY, None, True)
    return found


class SandboxServerError(RuntimeError):
    """The ``sandbox serve`` child did not come up (exited early or never printed its lines)."""


@dataclass(frozen=True)
class SandboxServer:
    """A running sandbox server: where it listens and the demo key it accepts."""

    base_url: str
    api_key: str


@asynccontextmanager
async def sandbox_server(
    *serve_args: str, start_limit: float = 30.0, stop_limit: float = 5.0
) -> AsyncIterator[SandboxServer]:
    """Run ``python -m console sandbox serve --port 0 *serve_args`` as a child process.

    Yields its address and demo key once it printed its two lines (it listens by then); on exit
    the child is terminated (killed after ``stop_limit`` seconds). Raises
    :class:`SandboxServerError` when it does not start within ``start_limit`` seconds.
    """
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "console",
        "sandbox",
        "serve",
        "--port",
        "0",
        *serve_args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    drain: asyncio.Task[None] | None = None
    try:
        try:
            async with asyncio.timeout(start_limit):
                server = await _read_banner(process)
        except TimeoutError:
            raise SandboxServerError(
                f"the sandbox did not start within {start_limit:.0f} s"
            ) from None
        # Keep reading its output: a full pipe would stall the child.
        drain = asyncio.create_task(_drain(process), name="sandbox-output")
        yield server
    finally:
        if process.returncode is None:
            process.terminate()
            try:
                async with asyncio.timeout(stop_limit):
                    await process.wait()
            except TimeoutError:
                process.kill()
                await process.wait()
        if drain is not None:
            drain.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await drain


async def _read_banner(process: asyncio.subprocess.Process) -> SandboxServer:
    assert process.stdout is not None
    url = key = None
    tail: list[str] = []
    while url is None or key is None:
        raw = await process.stdout.readline()
        if not raw:
            detail = " | ".join(tail[-5:]) or f"exit status {await process.wait()}"
            raise SandboxServerError(f"the sandbox exited before it was ready: {detail}")
        line = raw.decode("utf-8", "replace").strip()
        if line.startswith(URL_PREFIX):
            url = line[len(URL_PREFIX) :].strip().rstrip("/")
        elif line.startswith(KEY_PREFIX):
            key = line[len(KEY_PREFIX) :].strip()
        elif line:
            tail.append(line)
    return SandboxServer(url, key)


async def _drain(process: asyncio.subprocess.Process) -> None:
    assert process.stdout is not None
    while raw := await process.stdout.readline():
        log.debug("sandbox: %s", raw.decode("utf-8", "replace").rstrip())


async def _running_sandbox(connection: Connection) -> SandboxServer | None:
    """The sandbox the console already runs for ``connection``, if it answers ``/v4/user/me``.

    Only loopback addresses are probed: the saved address is the GUI's child process, and a
    stale one (the GUI has exited) must fail fast rather than wait on a remote host.
    """
    import httpx

    from console.api import MeetergoClient
    from console.api.errors import ApiError

    if (urlsplit(connection.base_url).hostname or "") not in LOOPBACK_HOSTS:
        return None
    key = await SecretStore().get_async(connection.name)
    if not key:
        return None
    probe = MeetergoClient(
        key, connection.base_url, max_retries=0, timeout=httpx.Timeout(3.0, connect=1.0)
    )
    try:
        async with probe:
            await probe.users.me()
    except ApiError:
        return None
    return SandboxServer(connection.base_url, key)


@asynccontextmanager
async def _client_for(
    connection: Connection, out: TextIO, err: TextIO
) -> AsyncIterator[MeetergoClient | None]:
    from console.api import MeetergoClient

    if connection.is_sandbox:
        # One writer per sandbox folder: use the console's sandbox child when it is running,
        # else run our own child on that folder for the length of the command.
        running = await _running_sandbox(connection)
        if running is not None:
            print(f"Using the sandbox already running at {running.base_url}.", file=out, flush=True)
            async with MeetergoClient(running.api_key, running.base_url) as client:
                yield client
            return
        async with contextlib.AsyncExitStack() as stack:
            try:
                server = await stack.enter_async_context(
                    sandbox_server("--data", str(paths.sandbox_dir()))
                )
            except SandboxServerError as exc:
                print(f"onboard: {exc}", file=err)
                yield None
                return
            print(f"Started the sandbox at {server.base_url}.", file=out, flush=True)
            async with MeetergoClient(server.api_key, server.base_url) as client:
                yield client
            print("Stopping the sandbox.", file=out, flush=True)
        return
    else:
        key = await SecretStore().get_async(connection.name)
        if not key:
            print(
                f"onboard: no key stored for {connection.name!r}; save it in the console's "
                "connection dialog or set MEETERGO_API_KEY.",
                file=err,
            )
            yield None
            return
        client = MeetergoClient(key, connection.base_url)
    async with client:
        yield client


async def _onboard(args: argparse.Namespace, data: bytes | None, out: TextIO, err: TextIO) -> int:
    from console.api.errors import ApiError
    from console.jobs.onboarding import OnboardingJob, parse_csv
    from console.services.accounts import AccountService
    from console.store import RowStatus, Store

    connection = _find_connection(args.connection)
    if connection is None:
        saved = ", ".join(c.name for c in ConnectionStore().list()) or "none"
        print(
            f"onboard: no connection named {args.connection!r} (saved: {saved}). Add it in the "
            "console's Connections dialog first.",
            file=err,
        )
        return EXIT_USAGE
    bus = MessageBus()
    bus.subscribe(lambda m: _print_message(m, out, err))
    store = Store.open()
    try:
        async with _client_for(connection, out, err) as client:
            if client is None:
                return EXIT_USAGE
            if args.resume is not None:
                try:
                    job = await OnboardingJob.resume(
                        store, args.resume, client=client, concurrency=args.concurrency, bus=bus
                    )
                except KeyError as exc:
                    print(f"onboard: {exc.args[0]}", file=err)
                    return EXIT_USAGE
                print(f"Resuming job {job.job_id} ({len(job.rows)} rows).", file=out, flush=True)
            else:
                assert data is not None
                try:
                    accounts = await AccountService(client, store, connection.name).refresh()
                except ApiError as exc:
                    print(
                        f"onboard: could not load the accounts of {connection.name}: {exc.message}",
                        file=err,
                    )
                    return EXIT_INCOMPLETE
                preview = parse_csv(
                    data,
                    existing_emails=[a.email for a in accounts],
                    existing_slugs=[a.slug for a in accounts if a.slug],
                )
                for problem in preview.file_problems:
                    print(f"onboard: {problem}", file=err)
                if preview.file_problems:
                    return EXIT_USAGE
                _print_preview(preview, out)
                if args.dry_run:
                    return EXIT_OK if len(preview.runnable_rows) == len(preview.rows) else 1
                job = OnboardingJob(
                    client,
                    store,
                    connection.name,
                    preview.rows,
                    concurrency=args.concurrency,
                    bus=bus,
                    source_name=Path(args.csv).name,
                )
                job_id = await job.journal()
                print(
                    f"Job {job_id}: {len(preview.runnable_rows)} rows to run "
                    f"(if interrupted: --resume {job_id}).",
                    file=out,
                    flush=True,
                )
            total = len(job.rows)
            job.subscribe(lambda event: _print_event(event, total, out))
            counts = await job.run(include_failed=args.resume is not None)
            if args.output is not None:
                await asyncio.to_thread(job.export_results, args.output)
                print(f"Results written to {args.output}.", file=out, flush=True)
            complete = counts[RowStatus.DONE] == total
            return EXIT_OK if complete else EXIT_INCOMPLETE
    finally:
        await store.close()


def _print_preview(preview: object, out: TextIO) -> None:
    from console.jobs.csv_import import ImportPreview, RowAction

    assert isinstance(preview, ImportPreview)
    for row in preview.rows:
        if row.action is RowAction.INVALID:
            print(f"line {row.line}: {row.email or '(no e-mail)'}: {row.status_text}", file=out)
        elif row.action is RowAction.LINK:
            print(f"line {row.line}: {row.email}: exists, will be linked", file=out)
    print(
        f"{len(preview.rows)} rows: {preview.count(RowAction.CREATE)} to create, "
        f"{preview.count(RowAction.LINK)} to link, {preview.count(RowAction.INVALID)} invalid.",
        file=out,
        flush=True,
    )


def _print_event(event: JobEvent, total: int, out: TextIO) -> None:
    from console.store import RowStatus

    row = event.row
    if row is None or row.status not in (RowStatus.DONE, RowStatus.FAILED):
        return
    finished = event.counts[RowStatus.DONE] + event.counts[RowStatus.FAILED]
    if row.status is RowStatus.DONE:
        detail = f"{row.user_id} {row.booking_url or ''}".rstrip()
    else:
        detail = row.error or "failed"
    print(f"[{finished}/{total}] {row.status.value:6} {row.email} {detail}", file=out, flush=True)


def _print_message(message: Message, out: TextIO, err: TextIO) -> None:
    stream = out if message.level is Level.INFO else err
    print(message.text, file=stream, flush=True)

"""``meetergo-console bookings``: the live feed and booking exports without the GUI.

    meetergo-console bookings watch (--connection NAME | --base-url URL)
        [--receiver-host H] [--receiver-port N] [--public-url URL] [--json]
    meetergo-console bookings list (--connection NAME | --base-url URL) [--account E|ID …]
        [--from DATE] [--to DATE] [--status S …] [--format csv|ics|json] [--output FILE]
    meetergo-console bookings cancel ID… --reason TEXT [--dry-run] [--yes] [--json]
        (console.jobs.bookings_cli: one change set through the fleet-change engine)

``watch`` runs the webhook receiver and the poller until interrupted: its first line on stderr
is the receiver's local URL (token included; ``--receiver-port 0`` picks a free port), then one
line per new event on stdout (one JSON object per line with ``--json``). ``list`` reads the
appointments from the API and writes them as CSV, iCalendar or JSON. Exit status: 0 done,
1 the server refused, 2 bad usage (a sentence on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from console.api.errors import ApiConnectionError, ApiError
from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    add_connection_arguments,
    open_session,
)
from console.domain.receiver import DEFAULT_HOST
from console.live.events import PENDING, STATUSES
from console.messages import MessageBus

if TYPE_CHECKING:
    from console.live.export import AccountInfo
    from console.live.feed import FeedUpdate
    from console.store import BookingRecord, CachedAccount

FORMATS = ("csv", "ics", "json")


VerbRegistrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    more_verbs: Sequence[VerbRegistrar] = (),
) -> None:
    """Add ``bookings`` (``watch``, ``list``) to the root parser's sub-commands.

    ``more_verbs`` add verbs from the layers above (``cancel`` lives with the change engine,
    which this module may not import).
    """
    bookings = sub.add_parser(
        "bookings",
        help="watch bookings as they happen, or export them",
        description="Every client's bookings: a live feed (webhooks + polling) and exports.",
    )
    verbs = bookings.add_subparsers(dest="verb", metavar="VERB")
    bookings.set_defaults(handler=lambda _args: _usage(bookings))

    watch = verbs.add_parser(
        "watch",
        help="receive webhooks and poll; print every new booking event",
        description=(
            "Run the webhook receiver and the poller. The first line on stderr is the "
            "receiver's local URL; each new event is printed on stdout."
        ),
    )
    add_connection_arguments(watch)
    watch.add_argument(
        "--receiver-host",
        default=DEFAULT_HOST,
        metavar="H",
        help=f"address the receiver binds (default {DEFAULT_HOST})",
    )
    watch.add_argument(
        "--receiver-port",
        type=int,
        default=0,
        metavar="N",
        help="port the receiver binds (default 0: a free one)",
    )
    watch.add_argument(
        "--public-url",
        metavar="URL",
        help=(
            "the https:// address a tunnel or reverse proxy forwards to the receiver's port; "
            "registered as the webhook with the receiver's /hooks/<token> path added"
        ),
    )
    watch.add_argument(
        "--poll-interval",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="first polling interval; it doubles while nothing changes (default 30)",
    )
    watch.set_defaults(handler=watch_command)

    listing = verbs.add_parser(
        "list",
        help="export appointments as CSV, iCalendar or JSON",
        description="Read the appointments from the API and write them in one format.",
    )
    add_connection_arguments(listing)
    listing.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="EMAIL|ID",
        help="only this account's bookings (repeat or separate with commas)",
    )
    listing.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    listing.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    listing.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help=f"only these statuses ({', '.join(STATUSES)}); repeat or separate with commas",
    )
    listing.add_argument(
        "--format", choices=FORMATS, help="csv (default), ics, or json (default with --json)"
    )
    listing.add_argument("--output", type=Path, metavar="FILE", help="write here, not stdout")
    listing.set_defaults(handler=list_command)
    for add_verb in more_verbs:
        add_verb(verbs)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("bookings: choose watch, list or cancel.", file=sys.stderr)
    return EXIT_USAGE


# -- watch ---------------------------------------------------------------------------------------


def watch_command(args: argparse.Namespace) -> int:
    """Entry point of ``bookings watch``; returns the exit status."""
    from console.domain.receiver import InvalidReceiverSettings, check_receiver

    if not 0 <= args.receiver_port <= 65535:
        print("bookings watch: --receiver-port must be between 0 and 65535.", file=sys.stderr)
        return EXIT_USAGE
    if args.poll_interval <= 0:
        print("bookings watch: --poll-interval must be positive.", file=sys.stderr)
        return EXIT_USAGE
    try:
        settings = check_receiver(args.public_url or "", args.receiver_host, args.receiver_port)
    except InvalidReceiverSettings as exc:
        print(f"bookings watch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    args.public_url = settings.public_url
    try:
        return asyncio.run(_watch(args, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        return EXIT_OK


async def _watch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from console.live.watch import LiveFeed

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C only
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        loop.add_signal_handler(signal.SIGINT, stop.set)
    try:
        async with open_session(args, bus=MessageBus(), progress=err) as session:
            if session.store.shared:  # the team's relay receives and polls; follow its log
                from console.relay.listener import follow

                print(f"Following the relay's events on {session.store.where}.", file=err)
                await follow(
                    session.store,
                    session.name,
                    stop,
                    lambda u: _print_update(u, out, json_lines=args.json),
                )
                return EXIT_OK
            live = LiveFeed(
                session.store,
                session.client,
                session.name,
                host=args.receiver_host,
                port=args.receiver_port,
                public_url=args.public_url,
                poll_interval=args.poll_interval,
            )
            live.feed.subscribe(lambda update: _print_update(update, out, json_lines=args.json))
            try:
                await live.start(on_listening=lambda url: print(url, file=err, flush=True))
            except OSError as exc:
                await live.stop()
                print(
                    f"bookings watch: cannot listen on {args.receiver_host}:"
                    f"{args.receiver_port}: {exc.strerror or exc}",
                    file=err,
                )
                return EXIT_USAGE
            except BaseException:
                await live.stop()
                raise
            try:
                _print_started(live, err)
                await stop.wait()
            finally:
                await live.stop()
            return EXIT_OK
    except UsageError as exc:
        print(f"bookings watch: {exc}", file=err)
        return EXIT_USAGE
    except ApiError as exc:
        print(f"bookings watch: the server refused: {exc.message}", file=err)
        return EXIT_INCOMPLETE


def _print_started(live: Any, err: TextIO) -> None:
    # The URL itself was the first line (on_listening), so a script reads it with one readline.
    registration = live.registration
    if registration is not None:
        print(
            f"Webhook registered ({registration.count} of {registration.limit} in use).",
            file=err,
            flush=True,
        )
    elif live.registration_problem:
        print(f"Webhook not registered: {live.registration_problem}; polling only.", file=err)
    else:
        print("No public URL given (--public-url): polling only.", file=err, flush=True)


def _print_update(update: FeedUpdate, out: TextIO, *, json_lines: bool) -> None:
    event, booking = update.event, update.booking
    if json_lines:
        document = {
            "id": event.id,
            "event": event.event_type,
            "appointment_id": event.appointment_id,
            "source": event.source.value,
            "received_at": event.received_at.isoformat(),
            "result": event.result.value,
            "previous_appointment_id": event.previous_appointment_id,
            "booking": _booking_json(booking) if booking is not None else None,
        }
        print(json.dumps(document, ensure_ascii=False), file=out, flush=True)
        return
    detail = ""
    if booking is not None:
        start = booking.start.isoformat() if booking.start else "?"
        detail = f" {start} {booking.client_name} <{booking.client_email}> {booking.status}"
    print(
        f"{event.received_at:%H:%M:%S} {event.source.value:7} {event.event_type:19} "
        f"{event.appointment_id}{detail}",
        file=out,
        flush=True,
    )


def _booking_json(b: BookingRecord, account: AccountInfo | None = None) -> dict[str, Any]:
    return {
        "appointment_id": b.appointment_id,
        "start": b.start.isoformat() if b.start else None,
        "end": b.end.isoformat() if b.end else None,
        "client_name": b.client_name,
        "client_email": b.client_email,
        "account_id": b.host_id,
        "account": account.email if account else None,
        "meeting_type_id": b.meeting_type_id,
        "meeting_type": b.meeting_type_name,
        "status": b.status,
        "created_at": b.created_at.isoformat() if b.created_at else None,
        "previous_appointment_id": b.previous_appointment_id,
    }


# -- list ----------------------------------------------------------------------------------------


def _day(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} {value!r} is not a date (YYYY-MM-DD).") from None


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def list_command(args: argparse.Namespace) -> int:
    """Entry point of ``bookings list``; returns the exit status."""
    try:
        first = _day(args.date_from, "--from")
        last = _day(args.date_to, "--to")
        if first and last and last < first:
            raise UsageError("--to is before --from.")
        statuses = _split(args.status)
        unknown = [s for s in statuses if s not in STATUSES]
        if unknown:
            raise UsageError(f"unknown status {unknown[0]!r}; choose from {', '.join(STATUSES)}.")
    except UsageError as exc:
        print(f"bookings list: {exc}", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or ("json" if args.json else "csv")
    return asyncio.run(_list(args, first, last, statuses, fmt, sys.stdout, sys.stderr))


async def _list(
    args: argparse.Namespace,
    first: date | None,
    last: date | None,
    statuses: list[str],
    fmt: str,
    out: TextIO,
    err: TextIO,
) -> int:
    from console.live import export
    from console.live.events import booking_from

    try:
        async with open_session(args, bus=MessageBus(), progress=err) as session:
            accounts = await session.accounts.refresh()
            wanted = _resolve_accounts(_split(args.account), accounts)
            infos = {a.user_id: _info(a) for a in accounts}
            start = datetime.combine(first, time(), UTC) if first else None
            end = datetime.combine(last + timedelta(days=1), time(), UTC) if last else None
            rows: list[BookingRecord] = []
            hosts: list[str | None] = [*wanted] or [None]
            for host in hosts:
                async for appointment in session.client.appointments.list(
                    host_id=host, start=start, end=end, sort_by="appointment.start"
                ):
                    row = booking_from(appointment.model_dump(mode="json", by_alias=True))
                    if wanted and row.host_id not in wanted:
                        continue  # a group booking another host leads
                    if end is not None and row.start is not None and row.start >= end:
                        continue
                    if not statuses or row.status in statuses:
                        rows.append(row)
            if not statuses or PENDING in statuses:
                rows += await _pending_rows(session.client, wanted, start, end, err)
            rows.sort(key=lambda b: (b.start or datetime.min.replace(tzinfo=UTC), b.appointment_id))
            lookup = export.lookup_from(infos)
            content: str | bytes
            if fmt == "csv":
                content = export.bookings_csv(rows, lookup)
            elif fmt == "ics":
                content = export.bookings_ics(rows, lookup)
            else:
                content = (
                    json.dumps(
                        [_booking_json(b, lookup(b.host_id)) for b in rows],
                        ensure_ascii=False,
                        indent=2,
                    )
                    + "\n"
                )
            if args.output is not None:
                try:
                    await asyncio.to_thread(export.write_export, args.output, content)
                except OSError as exc:
                    print(
                        f"bookings list: cannot write {args.output}: {exc.strerror or exc}",
                        file=err,
                    )
                    return EXIT_USAGE
                print(f"{len(rows)} bookings written to {args.output}.", file=err)
            else:
                out.write(content if isinstance(content, str) else content.decode("utf-8"))
                out.flush()
            return EXIT_OK
    except UsageError as exc:
        print(f"bookings list: {exc}", file=err)
        return EXIT_USAGE
    except ApiError as exc:
        print(f"bookings list: the server refused: {exc.message}", file=err)
        return EXIT_INCOMPLETE


async def _pending_rows(
    client: Any, wanted: list[str], start: datetime | None, end: datetime | None, err: TextIO
) -> list[BookingRecord]:
    """The provisional bookings still pending, as rows (a key may not list them: said, skipped)."""
    from console.live.events import appointment_of_provisional, booking_from

    rows: list[BookingRecord] = []
    try:
        async for provisional in client.bookings.provisional(status=PENDING):
            doc = provisional.model_dump(mode="json", by_alias=True)
            row = booking_from(appointment_of_provisional(doc))
            if wanted and row.host_id not in wanted:
                continue
            if row.start is not None and (
                (start is not None and row.start < start) or (end is not None and row.start >= end)
            ):
                continue
            rows.append(row)
    except ApiError as exc:
        if isinstance(exc, ApiConnectionError):
            raise
        print(f"bookings list: pending bookings left out: {exc.message}", file=err)
    return rows


def _info(account: CachedAccount) -> AccountInfo:
    from console.live.export import AccountInfo

    return AccountInfo(account.email, account.full_name, account.timezone)


def _resolve_accounts(names: list[str], accounts: list[CachedAccount]) -> list[str]:
    by_email = {a.email.lower(): a.user_id for a in accounts}
    ids = {a.user_id for a in accounts}
    resolved = []
    for name in names:
        if name in ids:
            resolved.append(name)
        elif name.lower() in by_email:
            resolved.append(by_email[name.lower()])
        else:
            raise UsageError(f"no account {name!r} in this connection (e-mail or user id).")
    return resolved

"""``meetergo-console bookings cancel ID…``: many bookings cancelled as one change set.

    meetergo-console bookings cancel ID… --reason TEXT (--connection NAME | --base-url URL)
        [--dry-run] [--yes] [--json]

Each appointment is read to find its host (a cancel is sent acting as it); those cancelled
already are listed as skipped. A cancellation e-mails the client and cannot be undone, so
without ``--yes`` the plan is printed and nothing is sent; ``--dry-run`` only prints the plan.
The change set is journaled, so ``changes resume ID`` continues an interrupted one. Exit status
as for ``changes``: 0 done, 1 some bookings failed or were left (or --yes is missing), 2 bad
usage (an unknown booking id, a reason over 500 characters).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from console.cli import EXIT_INCOMPLETE, EXIT_OK, UsageError, add_connection_arguments
from console.jobs.changes_cli import _apply, _counts_text, _dump, _handler, _print_change_set

if TYPE_CHECKING:
    from console.jobs.engine import ChangeEngine
    from console.session import Session


def register_cancel(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``cancel`` to the ``bookings`` verbs."""
    cancel = verbs.add_parser(
        "cancel",
        help="cancel bookings (one change set; cannot be undone)",
        description=(
            "Cancel the named bookings with one reason, as one journaled change set. Without "
            "--yes the plan is printed and nothing is sent."
        ),
    )
    cancel.add_argument("ids", nargs="+", metavar="ID", help="appointment ids")
    add_connection_arguments(cancel)
    cancel.add_argument(
        "--reason", required=True, metavar="TEXT", help="why (sent to the clients, ≤500)"
    )
    cancel.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    cancel.add_argument("--yes", action="store_true", help="send the cancellations")
    cancel.set_defaults(handler=_handler(_cancel), noun="bookings cancel")


async def _cancel(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.api.errors import NotFound
    from console.jobs.edits import AccountRef, BookingCancelEdit
    from console.jobs.engine import change_set_json
    from console.live.events import booking_from

    ids = list(dict.fromkeys(i.strip() for raw in args.ids for i in raw.split(",") if i.strip()))
    if not ids:
        raise UsageError("name the bookings to cancel (appointment ids).")
    per_host: dict[str, list[str]] = {}
    for appointment_id in ids:
        try:
            appointment = await session.client.appointments.get(appointment_id)
        except NotFound:
            raise UsageError(f"no booking {appointment_id!r} on this connection.") from None
        booking = booking_from(appointment.model_dump(mode="json", by_alias=True))
        if booking.host_id is None:
            raise UsageError(f"booking {appointment_id!r} names no host to cancel it as.")
        per_host.setdefault(booking.host_id, []).append(appointment_id)
    try:
        edit = BookingCancelEdit(per_host, reason=args.reason)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    labels: dict[str, Any] = {a.user_id: a.email for a in await session.accounts.refresh()}
    accounts = [AccountRef(host, labels.get(host, host)) for host in per_host]
    n = edit.count()
    name = f"Cancel {n} booking{'s' if n != 1 else ''}"
    confirmed = args.yes and not args.dry_run
    plan = await engine.plan(name, accounts, edit, journal=confirmed)
    if not confirmed:
        if args.json:
            _dump(out, {**change_set_json(plan), "can_undo": False})
        else:
            _print_change_set(plan, out)
            print("A cancellation cannot be undone.", file=out)
        if args.dry_run:
            return EXIT_OK
        print(
            "bookings cancel: cancelling e-mails the clients and cannot be undone; run it again "
            "with --yes to send it. Nothing was sent.",
            file=err,
        )
        return EXIT_INCOMPLETE
    print(f"Change set {plan.id}: {_counts_text(plan)} (cannot be undone).", file=text, flush=True)
    return await _apply(engine, plan, args, out, text)

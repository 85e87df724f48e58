"""``meetergo-console accounts health``: which accounts need attention, as the GUI's columns.

    meetergo-console accounts health [--accounts A,B,… | --all] [--refresh] [--json]

Without ``--accounts`` every account of the connection is shown. Health checked in the last
15 minutes comes from the console's store without a request (as in the GUI); the rest is
checked now, a few accounts at a time under the key's rate budget. ``--refresh`` checks every
account named again. Takes ``--connection NAME`` or ``--base-url URL`` with the key in
``MEETERGO_API_KEY``. Exit status (DESIGN.md, "Headless commands"): 0 when every account and
the connection are healthy, 1 when some need attention (or the server could not be used),
2 for bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_USAGE,
    ConnectionProblem,
    SubParsers,
    UsageError,
    add_connection_arguments,
    describe_api_error,
    open_session,
)
from console.credentials import EXPIRY_WARNING_DAYS
from console.messages import MessageBus

if TYPE_CHECKING:
    from console.health.model import AccountHealth, ConnectionHealth, HealthKind
    from console.store import CachedAccount

NOUN = "accounts health"

#: How each problem reads in the text output.
PROBLEM_TEXT = {
    "no_meeting_type": "no enabled meeting type",
    "no_slot": "no bookable slot in the next 14 days",
    "slug_clash": "slug clash",
    "template_drift": "drifted from its template",
    "kit_drift": "drifted from its brand kit",
    "check_failed": "check failed",
}


def register(sub: SubParsers) -> None:
    """Add ``accounts`` (with its ``health`` verb) to the root parser's sub-commands."""
    accounts = sub.add_parser("accounts", help="the client accounts of a connection")
    verbs = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    add_health_verb(verbs)


def add_health_verb(verbs: SubParsers) -> None:
    """Add ``health`` to the verbs of ``accounts`` (kept apart so another verb joins easily)."""
    health = verbs.add_parser(
        "health",
        help="which accounts need attention: meeting types, slots, slugs, drift, last booking",
        description=(
            "Health checked in the last 15 minutes comes from the console's store without a "
            "request; the rest is checked now, a few accounts at a time under the key's rate "
            "budget. Exit status: 0 all healthy, 1 some need attention, 2 bad usage."
        ),
    )
    add_connection_arguments(health)
    which = health.add_mutually_exclusive_group()
    which.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every account (the default)")
    health.add_argument(
        "--refresh", action="store_true", help="check again, also what was checked recently"
    )
    health.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    try:
        return asyncio.run(run_health(args, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        print(f"{NOUN}: interrupted; the accounts checked so far are kept.", file=sys.stderr)
        return EXIT_INCOMPLETE


async def run_health(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The command with its output streams (tests call it directly)."""
    from console.api.errors import ApiError
    from console.health.service import HealthService

    if args.accounts is not None and not [n for n in args.accounts.split(",") if n.strip()]:
        print(f"{NOUN}: --accounts names no account; give e-mails or user ids.", file=err)
        return EXIT_USAGE
    try:
        async with open_session(args, bus=MessageBus(), progress=err) as session:
            try:
                known = await session.accounts.refresh()
                chosen = _chosen(known, args.accounts)
                service = HealthService(session.client, session.store, session.name)
                slugs = {a.user_id: a.slug for a in known}
                ids = [a.user_id for a in chosen]
                wanted = set(ids)
                cached = await service.cached(slugs)
                due = ids if args.refresh else [a for a in service.due(cached) if a in wanted]
                if due:
                    print(f"Checking {len(due)} of {len(ids)} accounts…", file=err, flush=True)
                done = 0

                def progress(_record: AccountHealth) -> None:
                    nonlocal done
                    done += 1
                    if done % 10 == 0 or done == len(due):
                        print(f"  {done} of {len(due)} checked", file=err, flush=True)

                health = await service.refresh(
                    slugs, account_ids=ids, force=args.refresh, on_checked=progress
                )
                connection = await service.connection_health(session.connection)
            except ApiError as exc:
                raise ConnectionProblem(describe_api_error(exc, session.client.base_url)) from None
    except UsageError as exc:
        print(f"{NOUN}: {exc}", file=err)
        return EXIT_USAGE
    except ConnectionProblem as exc:
        print(f"{NOUN}: {exc}", file=err)
        return EXIT_INCOMPLETE
    rows = [(a, health[a.user_id]) for a in chosen]
    attention = [a for a, h in rows if h.needs_attention]
    connection_ok = not connection_problems(connection)
    if args.json:
        doc = {
            "connection": connection.to_json(),
            "accounts": [{"email": a.email, **h.to_json()} for a, h in rows],
            "needAttention": len(attention),
            "healthy": len(rows) - len(attention),
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2), file=out)
    else:
        _print_text(session.name, rows, connection, out)
    return EXIT_OK if not attention and connection_ok else EXIT_INCOMPLETE


def _chosen(known: list[CachedAccount], accounts: str | None) -> list[CachedAccount]:
    if accounts is None:
        return sorted(known, key=lambda a: (a.full_name or a.email).casefold())
    from console.jobs.changes_cli import _resolve_accounts

    picked: list[CachedAccount] = _resolve_accounts(known, accounts.split(","))
    return picked


def connection_problems(connection: ConnectionHealth) -> list[str]:
    """What needs attention on the connection itself (a key about to expire, webhooks full)."""
    found = []
    days = connection.days_left
    if days is not None and days <= EXPIRY_WARNING_DAYS:
        found.append("the key expired" if days < 0 else f"the key expires in {days} day(s)")
    if connection.webhooks_full:
        found.append(f"all {connection.webhook_limit} webhooks are taken")
    return found


def problem_text(kind: HealthKind, health: AccountHealth) -> str:
    """One problem in words, with what it concerns."""
    text = PROBLEM_TEXT[str(kind)]
    if str(kind) == "slug_clash":
        parts = [f"meeting types share {s!r}" for s in health.meeting_type_slug_clashes]
        if health.account_slug_clashes:
            parts.append(f"its slug is used by {len(health.account_slug_clashes)} other account(s)")
        return f"{text} ({'; '.join(parts)})"
    if str(kind) == "template_drift":
        return f"{text} ({', '.join(health.template_drift)})"
    if str(kind) == "kit_drift" and health.kit_drift:
        return f"{text} ({', '.join(health.kit_drift)})"
    if str(kind) == "check_failed":
        return f"{text}: {health.error}"
    return text


def _print_text(
    name: str, rows: list[tuple[Any, AccountHealth]], connection: ConnectionHealth, out: TextIO
) -> None:
    if connection.key_expires_on is None:
        key = "key expiry not known (set it in the Connections dialog)"
    elif (connection.days_left or 0) < 0:
        key = f"the key expired on {connection.key_expires_on.isoformat()}"
    else:
        key = f"key expires in {connection.days_left} day(s) ({connection.key_expires_on})"
    hooks = (
        f"webhooks {connection.webhooks}/{connection.webhook_limit}"
        if connection.webhooks is not None
        else f"webhooks not read ({connection.error})"
    )
    print(f"{name}: {key}; {hooks}.", file=out)
    for account, health in rows:
        booked = (
            f"last booking {health.last_booking:%Y-%m-%d}"
            if health.last_booking
            else "no booking yet"
        )
        label = account.email or account.user_id
        if health.needs_attention:
            problems = "; ".join(problem_text(k, health) for k in health.problems)
            print(f"ATTENTION  {label}  {problems}  ({booked})", file=out)
        else:
            print(f"ok         {label}  ({booked})", file=out)
    attention = sum(1 for _, h in rows if h.needs_attention)
    print(f"{len(rows) - attention} healthy, {attention} need attention.", file=out)
    for problem in connection_problems(connection):
        print(f"Connection: {problem}.", file=out)


__all__ = ["add_health_verb", "connection_problems", "problem_text", "register", "run_health"]

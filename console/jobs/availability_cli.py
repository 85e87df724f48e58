"""``meetergo-console availability lint|apply``: availability checks and changes without the GUI.

    meetergo-console availability lint FILE.json [--json]
    meetergo-console availability lint --account EMAIL_OR_ID (--connection NAME | --base-url URL)
                                       [--json]
    meetergo-console availability apply (--accounts A,B,… | --all)
                                        (--hours FILE.json | --closed DATE[..DATE]
                                         | --holidays CC[-STATE] --year YYYY) [--dry-run] [--json]

``apply`` plans one change set (journaled, resumable with ``changes resume``, undoable with
``changes undo``) on each account's default availability; its exit status is that of
``changes``.

For ``lint``, a file holds an availability as the API returns it (``timezone``, ``schedule`` in
either wire shape, optional ``availabilityExceptions``); with ``--account`` the account's
default availability is read from the server, and the user's time zone and meeting types are
checked against it too. Each problem is printed with its day, interval and reason, or with
``--json`` as one JSON object per line (``severity``, ``weekday`` and/or ``date``,
``interval``, ``message``). Exit status: 1 when a problem is an error (the API would refuse the
hours), or the server could not be used; 0 otherwise (warnings allowed); 2 for bad usage or an
unreadable file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_USAGE,
    ConnectionProblem,
    UsageError,
    add_connection_arguments,
    open_session,
)
from console.messages import MessageBus
from console.scheduling.lint import (
    LintProblem,
    MeetingTypeNeed,
    has_errors,
    lint_availability,
    lint_schedule,
)
from console.scheduling.schedule import ScheduleError, WeeklySchedule

if TYPE_CHECKING:
    from console.jobs.edits import Edit
    from console.jobs.engine import ChangeEngine
    from console.session import Session

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``availability`` to the root parser's sub-commands."""
    noun = sub.add_parser("availability", help="weekly hours and date exceptions of accounts")
    verbs = noun.add_subparsers(dest="availability_command", metavar="ACTION", required=True)
    lint = verbs.add_parser(
        "lint",
        help="check an availability for mistakes (overlaps, clock changes, …)",
        description=(
            "Check an availability as the API returns it, from a file or an account's current "
            "one. Exit status 1 when there are errors, 0 when there are only warnings or none."
        ),
    )
    lint.add_argument("file", nargs="?", metavar="FILE.json", help="an availability as JSON")
    lint.add_argument("--account", metavar="EMAIL_OR_ID", help="check this account's hours")
    add_connection_arguments(lint)
    lint.set_defaults(handler=_lint)

    from console.jobs.changes_cli import _handler

    apply = verbs.add_parser(
        "apply",
        help="give many accounts the same hours, closed days or holidays (a change set)",
        description=(
            "Plan and apply one change set on every named account's default availability: "
            "weekly hours from a file, closed days (a date or FIRST..LAST, inclusive) or a "
            "country's public holidays. Days are each account's own local days. Resume with "
            "'changes resume ID', undo with 'changes undo ID'."
        ),
    )
    add_connection_arguments(apply)
    which = apply.add_mutually_exclusive_group()
    which.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every account of the connection")
    what = apply.add_mutually_exclusive_group()
    what.add_argument("--hours", metavar="FILE.json", help="weekly hours (either wire shape)")
    what.add_argument("--closed", metavar="DATE[..DATE]", help="close these days, e.g. 2026-12-24")
    what.add_argument("--holidays", metavar="CC[-STATE]", help="public holidays, e.g. DE-BY")
    apply.add_argument("--year", type=int, metavar="YYYY", help="the year of --holidays")
    apply.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    apply.set_defaults(handler=_handler(_apply_availability), noun="availability apply")


def _lint(args: argparse.Namespace) -> int:
    return _run_lint(args, sys.stdout, sys.stderr, now=datetime.now(UTC))


def _run_lint(args: argparse.Namespace, out: TextIO, err: TextIO, *, now: datetime) -> int:
    if bool(args.file) == bool(args.account):
        print("availability lint: give FILE.json or --account EMAIL_OR_ID.", file=err)
        return EXIT_USAGE
    try:
        if args.file:
            problems = lint_availability(_read_file(args.file), now=now)
        else:
            problems = asyncio.run(_lint_account(args, err, now))
    except (UsageError, ScheduleError) as exc:
        print(f"availability lint: {exc}", file=err)
        return EXIT_USAGE
    except ConnectionProblem as exc:
        print(f"availability lint: {exc}", file=err)
        return EXIT_INCOMPLETE
    _print(problems, out, as_json=args.json)
    return EXIT_INCOMPLETE if has_errors(problems) else EXIT_OK


def _edit_of(args: argparse.Namespace) -> Edit:
    from console.jobs.edits import WeeklyHoursEdit, closed_days_edit, holidays_edit

    if args.hours:
        doc: Any = _read_file(args.hours, whole=False)
        raw = doc.get("schedule", doc) if isinstance(doc, dict) else doc
        try:
            return WeeklyHoursEdit(WeeklySchedule.from_wire(raw))
        except (ScheduleError, ValueError) as exc:
            raise UsageError(f"{args.hours}: {exc}") from None
    if args.closed:
        first_text, _, last_text = args.closed.partition("..")
        try:
            first = date.fromisoformat(first_text.strip())
            last = date.fromisoformat(last_text.strip()) if last_text else first
            return closed_days_edit(first, last)
        except ValueError as exc:
            raise UsageError(
                f"--closed {args.closed}: {exc} (give YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)."
            ) from None
    if args.holidays:
        if args.year is None:
            raise UsageError("--holidays needs --year YYYY.")
        country, _, state = args.holidays.partition("-")
        try:
            return holidays_edit(country, state or None, args.year)
        except ValueError as exc:
            raise UsageError(f"--holidays {args.holidays}: {exc}") from None
    raise UsageError(
        "say what to apply: --hours FILE.json, --closed DATE[..DATE] or --holidays CC."
    )


async def _apply_availability(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.jobs.changes_cli import chosen_accounts, plan_and_apply

    if not args.all and not args.accounts:
        raise UsageError("name the accounts with --accounts A,B,… or --all.")
    edit = _edit_of(args)
    refs = await chosen_accounts(session, args.accounts, every=args.all)
    return await plan_and_apply(engine, edit, refs, args, out, text)


def _read_file(name: str, *, whole: bool = True) -> Any:
    path = Path(name)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{name} cannot be read ({exc}).") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(f"{name} is not JSON (line {exc.lineno}: {exc.msg}).") from None
    if whole and not isinstance(doc, dict):
        raise UsageError(f"{name} must hold one availability object with timezone and schedule.")
    return doc


async def _lint_account(args: argparse.Namespace, err: TextIO, now: datetime) -> list[LintProblem]:
    from console.api.errors import ApiError
    from console.cli import describe_api_error

    async with open_session(args, bus=MessageBus(), progress=err) as session:
        try:
            return await _account_problems(session, args.account.strip(), now)
        except ApiError as exc:
            raise ConnectionProblem(describe_api_error(exc, session.client.base_url)) from None


async def _account_problems(session: Session, wanted: str, now: datetime) -> list[LintProblem]:
    known = await session.accounts.refresh()
    found = next(
        (a for a in known if a.user_id == wanted or a.email.lower() == wanted.lower()), None
    )
    if found is None:
        raise UsageError(f"no such account: {wanted}.")
    user = await session.client.users.get(found.user_id)
    if not user.default_availability_id:
        raise UsageError(f"{found.email} has no default availability.")
    acting = session.client.acting_as(found.user_id)
    availability = await acting.availabilities.get(user.default_availability_id)
    if not availability.timezone:
        raise ScheduleError("The availability has no timezone.")
    needs = [
        MeetingTypeNeed(
            mt.name or mt.slug or mt.id,
            mt.meeting_info.duration or 0,
            mt.meeting_info.buffer_before or 0,
            mt.meeting_info.buffer_after or 0,
        )
        for mt in await acting.meeting_types.list()
        if mt.availability_id in (None, availability.id) and mt.meeting_info.duration
    ]
    exceptions = [
        (e.start, e.end)
        for e in availability.availability_exceptions
        if e.start is not None and e.end is not None
    ]
    return lint_schedule(
        availability.schedule,
        availability.timezone,
        now=now,
        user_zone=user.timezone,
        meeting_types=needs,
        exceptions=exceptions,
    )


def _print(problems: list[LintProblem], out: TextIO, *, as_json: bool) -> None:
    if as_json:
        for problem in problems:
            print(json.dumps(problem.to_json(), ensure_ascii=False), file=out)
        return
    if not problems:
        print("No problems found.", file=out)
        return
    for problem in problems:
        where = []
        if problem.date is not None:
            where.append(problem.date.isoformat())
        elif problem.weekday is not None:
            where.append(problem.weekday.capitalize())
        if problem.interval is not None:
            where.append(problem.interval.label())
        place = f" [{' '.join(where)}]" if where else ""
        print(f"{problem.severity}{place}: {problem.message}", file=out)
    errors = sum(p.severity == "error" for p in problems)
    print(f"{errors} error(s), {len(problems) - errors} warning(s).", file=out)

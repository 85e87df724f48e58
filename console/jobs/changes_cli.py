"""``meetergo-console changes …`` and ``meeting-types list|set``: fleet changes without the GUI.

    meetergo-console changes list [--json]
    meetergo-console changes show ID [--json]
    meetergo-console changes resume ID [--json]
    meetergo-console changes undo ID [--dry-run] [--yes] [--json]
    meetergo-console meeting-types list --account EMAIL_OR_ID [--json]
    meetergo-console meeting-types set (--accounts A,B,… | --all) --match NAME_OR_SLUG
                                       --set duration=45 [--set bufferAfter=10 …]
                                       [--create-missing] [--dry-run] [--json]

Each takes ``--connection NAME`` or ``--base-url URL`` with the key in ``MEETERGO_API_KEY``
(:func:`console.cli.open_session`). Readable text on stdout, or one JSON document with
``--json``; progress on stderr. Exit status: 0 when everything asked for was done, 1 when some
operations failed, conflicted or were left, or another process runs the change set; 2 for bad
usage (unknown id, unknown account, a bad setting).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from console.api.errors import ApiError
from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    add_connection_arguments,
    open_session,
)
from console.messages import Level, Message, MessageBus

if TYPE_CHECKING:
    from console.jobs.edits import AccountRef
    from console.jobs.edits.base import Edit
    from console.jobs.engine import ChangeEngine
    from console.jobs.model import ChangeEvent, ChangeSet
    from console.session import Session


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``changes`` and ``meeting-types`` to the root parser's sub-commands."""
    changes = sub.add_parser(
        "changes",
        help="fleet changes: list, show, resume and undo change sets",
        description="Change sets are edits planned for many accounts, journaled as they apply.",
    )
    verbs = changes.add_subparsers(dest="changes_command", metavar="ACTION", required=True)
    listing = verbs.add_parser("list", help="this connection's change sets, newest first")
    add_connection_arguments(listing)
    listing.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (50)")
    listing.set_defaults(handler=_handler(_list))
    show = verbs.add_parser("show", help="one change set with every operation and its diff")
    show.add_argument("id", metavar="ID", help="the change set's id (or a unique prefix)")
    add_connection_arguments(show)
    show.set_defaults(handler=_handler(_show))
    resume = verbs.add_parser(
        "resume", help="continue an interrupted change set (in-flight writes are read first)"
    )
    resume.add_argument("id", metavar="ID", help="the change set's id (or a unique prefix)")
    add_connection_arguments(resume)
    resume.add_argument("--retry-failed", action="store_true", help="send failed ones again too")
    resume.set_defaults(handler=_handler(_resume))
    undo = verbs.add_parser(
        "undo", help="restore what a change set changed, where nobody changed it since"
    )
    undo.add_argument("id", metavar="ID", help="the change set's id (or a unique prefix)")
    add_connection_arguments(undo)
    undo.add_argument("--dry-run", action="store_true", help="print the undo plan, send nothing")
    undo.add_argument(
        "--yes", action="store_true", help="confirm deleting created items with appointments"
    )
    undo.set_defaults(handler=_handler(_undo))

    meeting_types = sub.add_parser("meeting-types", help="meeting types across accounts")
    mt_verbs = meeting_types.add_subparsers(dest="mt_command", metavar="ACTION", required=True)
    listing_mt = mt_verbs.add_parser(
        "list",
        help="one account's meeting types",
        description="Name, duration, buffers, slug, channel, enabled and booking URL of each.",
    )
    add_connection_arguments(listing_mt)
    listing_mt.add_argument(
        "--account", required=True, metavar="EMAIL_OR_ID", help="the account's e-mail or user id"
    )
    listing_mt.set_defaults(handler=_handler(_list_meeting_types))
    put = mt_verbs.add_parser(
        "set",
        help="set meeting-type settings on many accounts (a change set)",
        description=(
            "Plan and apply one change set that sets the meeting type matched by name or slug "
            "on every named account. Settings: duration, bufferBefore, bufferAfter, "
            "timeslotInterval, spots, bookingMinimum (minutes), enabled (true/false)."
        ),
    )
    add_connection_arguments(put)
    which = put.add_mutually_exclusive_group()
    which.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every account of the connection")
    put.add_argument("--match", metavar="NAME_OR_SLUG", help="the meeting type on each account")
    put.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a setting to write (repeatable)",
    )
    put.add_argument(
        "--create-missing",
        action="store_true",
        help=(
            "create the meeting type (named as --match, 30 min unless --set duration=…) on "
            "accounts that have none, instead of skipping them; undo deletes what was created"
        ),
    )
    put.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    put.set_defaults(handler=_handler(_set_meeting_types))


def _handler(
    run: Any,
) -> Any:
    def handle(args: argparse.Namespace) -> int:
        try:
            code: int = asyncio.run(_in_session(args, run, sys.stdout, sys.stderr))
            return code
        except KeyboardInterrupt:
            print(
                "Interrupted; the change set is journaled: continue it with 'changes resume ID'.",
                file=sys.stderr,
            )
            return EXIT_INCOMPLETE

    return handle


async def _in_session(args: argparse.Namespace, run: Any, out: TextIO, err: TextIO) -> int:
    from console.jobs.engine import ChangeEngine, LeaseHeld

    noun = getattr(args, "noun", None) or (
        "changes" if getattr(args, "changes_command", None) else "meeting-types"
    )
    text = err if args.json else out
    bus = MessageBus()
    bus.subscribe(lambda m: _print_message(m, text, err))
    try:
        async with open_session(args, bus=bus, progress=err) as session:
            engine = ChangeEngine(session.client, session.store, session.name, bus=bus)
            code: int = await run(args, session, engine, out, text, err)
            return code
    except UsageError as exc:
        print(f"{noun}: {exc}", file=err)
        return EXIT_USAGE
    except LeaseHeld as exc:
        print(f"{noun}: not started: {exc}.", file=err)
        return EXIT_INCOMPLETE
    except ApiError as exc:
        print(f"{noun}: the server refused: {exc.message}", file=err)
        return EXIT_INCOMPLETE


# -- the verbs ---------------------------------------------------------------------------------


async def _list(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.jobs.engine import change_set_json

    if args.limit < 1:
        raise UsageError("--limit must be at least 1.")
    history = await engine.history(limit=args.limit)
    if args.json:
        _dump(out, {"change_sets": [change_set_json(cs, operations=False) for cs in history]})
        return EXIT_OK
    if not history:
        print(f"No change sets on {session.name}.", file=out)
    for cs in history:
        print(
            f"{cs.id}  {cs.created_at:%Y-%m-%d %H:%M}  {cs.state.value:9}  {_counts_text(cs)}  "
            f"{cs.name}",
            file=out,
        )
    return EXIT_OK


async def _show(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.jobs.engine import change_set_json

    cs = await _find(engine, args.id)
    if args.json:
        _dump(out, change_set_json(cs))
    else:
        _print_change_set(cs, out)
    return EXIT_OK


async def _resume(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    cs = await _find(engine, args.id)
    print(f"Resuming {cs.id} ({cs.name}): {_counts_text(cs)}.", file=text, flush=True)
    return await _apply(engine, cs, args, out, text, retry_failed=args.retry_failed)


async def _undo(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.jobs.engine import NotUndoable, change_set_json
    from console.jobs.model import OpStatus

    original = await _find(engine, args.id)
    try:
        plan = await engine.plan_undo(original.id, journal=not args.dry_run)
    except NotUndoable as exc:
        raise UsageError(f"{exc}.") from None
    attached = await engine.count_attached(plan)
    if args.dry_run:
        if args.json:
            _dump(out, {**change_set_json(plan), "attached_appointments": attached})
        else:
            _print_change_set(plan, out)
            if attached:
                print(f"Deleting would detach {attached} appointments.", file=out)
        conflicts = plan.counts()[OpStatus.CONFLICT] + plan.counts()[OpStatus.FAILED]
        return EXIT_INCOMPLETE if conflicts else EXIT_OK
    if attached and not args.yes:
        print(
            f"changes: the undo deletes what {original.id} created, with {attached} "
            "appointments attached; run it again with --yes to confirm. Nothing was sent.",
            file=err,
        )
        return EXIT_INCOMPLETE
    print(f"Undo of {original.id} planned as {plan.id}: {_counts_text(plan)}.", file=text)
    return await _apply(engine, plan, args, out, text)


async def _set_meeting_types(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.domain.meeting_types import slug_format_problem
    from console.jobs.edits import MeetingTypeSettingsEdit
    from console.jobs.edits.meeting_types import create_state

    if not args.all and not args.accounts:
        raise UsageError("name the accounts with --accounts A,B,… or --all.")
    if not args.match or not args.match.strip():
        raise UsageError("name the meeting type with --match NAME_OR_SLUG.")
    if not args.settings:
        raise UsageError("give at least one --set FIELD=VALUE (e.g. --set duration=45).")
    values = dict(_setting(raw) for raw in args.settings)
    match = args.match.strip()
    create = None
    if args.create_missing:
        duration = values.get("duration", 30)
        # A --match written as a slug becomes the slug too, so the next run matches it again.
        slug = match if slug_format_problem(match) is None else None
        create = create_state(
            match, duration=duration if isinstance(duration, int) else 30, slug=slug
        )
    try:
        edit = MeetingTypeSettingsEdit(match, values, create=create)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    refs = await chosen_accounts(session, args.accounts, every=args.all)
    return await plan_and_apply(engine, edit, refs, args, out, text)


async def _list_meeting_types(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.domain.meeting_types import channel_label
    from console.services.meeting_types import MeetingTypeService

    if not args.account.strip():
        raise UsageError("name the account with --account EMAIL_OR_ID.")
    [account] = _resolve_accounts(await session.accounts.refresh(), [args.account])
    service = MeetingTypeService(session.client, session.store, session.name)
    records = await service.list(account.user_id)
    if args.json:
        _dump(
            out,
            {
                "account": {"id": account.user_id, "email": account.email},
                "meetingTypes": [
                    {"id": r.id, **r.values, "bookingUrl": r.booking_url, "template": r.template}
                    for r in records
                ],
            },
        )
        return EXIT_OK
    if not records:
        print(f"{account.email} has no meeting types.", file=out)
        return EXIT_OK
    print(f"Meeting types of {account.email}:", file=out)
    for r in records:
        v = r.values
        state = "enabled" if v.get("enabled") is not False else "disabled"
        buffers = f"buffers {v.get('buffer_before') or 0}/{v.get('buffer_after') or 0} min"
        print(
            f"  {r.name} — {v.get('duration')} min, {buffers}, {channel_label(v.get('channel'))},"
            f" {state}, slug {r.slug}"
            + (f", from template {r.template}" if r.template else "")
            + f"\n    {r.booking_url or ''}  (id {r.id})",
            file=out,
        )
    return EXIT_OK


# -- shared ------------------------------------------------------------------------------------


async def chosen_accounts(
    session: Session, accounts: str | None, *, every: bool
) -> list[AccountRef]:
    """The accounts ``--accounts A,B,…`` (e-mails or user ids) or ``--all`` name, each once."""
    from console.jobs.edits import AccountRef

    known = await session.accounts.refresh()
    chosen = known if every else _resolve_accounts(known, (accounts or "").split(","))
    return [AccountRef(a.user_id, a.email, a.timezone) for a in chosen]


def _resolve_accounts(known: list[Any], names: list[str]) -> list[Any]:
    """The cached accounts named by e-mail (any case) or user id; UsageError names the rest."""
    by_key = {a.email.lower(): a for a in known} | {a.user_id: a for a in known}
    names = [n.strip() for n in names if n.strip()]
    unknown = [n for n in names if n.lower() not in by_key and n not in by_key]
    if unknown:
        raise UsageError(f"no such account: {', '.join(unknown)}.")
    picked = [by_key.get(n.lower()) or by_key[n] for n in names]
    return list({a.user_id: a for a in picked}.values())


async def plan_and_apply(
    engine: ChangeEngine,
    edit: Edit,
    refs: Sequence[AccountRef],
    args: argparse.Namespace,
    out: TextIO,
    text: TextIO,
) -> int:
    """Plan ``edit`` for ``refs`` as one change set ("<edit> for N accounts"); with
    ``--dry-run`` print the plan (text, or ``--json``) and journal nothing, else apply it.

    The flow every "apply to many" command shares: ``meeting-types set``, ``availability
    apply``, ``branding apply``, ``templates reapply``.
    """
    from console.jobs.engine import change_set_json

    name = f"{edit.description} for {len(refs)} accounts"
    plan = await engine.plan(name, refs, edit, journal=not args.dry_run)
    if args.dry_run:
        if args.json:
            _dump(out, change_set_json(plan))
        else:
            _print_change_set(plan, out)
        return EXIT_OK
    print(f"Change set {plan.id}: {_counts_text(plan)}.", file=text, flush=True)
    return await _apply(engine, plan, args, out, text)


async def _apply(
    engine: ChangeEngine,
    cs: ChangeSet,
    args: argparse.Namespace,
    out: TextIO,
    text: TextIO,
    *,
    retry_failed: bool = False,
) -> int:
    from console.jobs.engine import change_set_json
    from console.jobs.model import ChangeSetState

    engine.subscribe(lambda event: _print_event(event, len(cs.operations), text))
    if retry_failed:
        result = await engine.retry_failed(cs.id)
    else:
        result = await engine.apply(cs.id)
    if args.json:
        _dump(out, change_set_json(result))
    else:
        print(f"{result.id}: {result.state.value}, {_counts_text(result)}.", file=out)
    return EXIT_OK if result.state is ChangeSetState.DONE else EXIT_INCOMPLETE


async def _find(engine: ChangeEngine, wanted: str) -> ChangeSet:
    wanted = wanted.strip()
    try:
        return await engine.load(wanted)
    except KeyError:
        pass
    matches = [cs for cs in await engine.history(limit=10_000) if cs.id.startswith(wanted)]
    if len(matches) == 1 and len(wanted) >= 4:
        return matches[0]
    if len(matches) > 1:
        raise UsageError(f"{wanted!r} names {len(matches)} change sets; give more of the id.")
    raise UsageError(f"no change set {wanted!r} on this connection (see 'changes list').")


def _setting(raw: str) -> tuple[str, Any]:
    name, sep, value = raw.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise UsageError(f"--set takes FIELD=VALUE, not {raw!r}.")
    text = value.strip()
    parsed: Any
    if text.lower() in ("true", "false"):
        parsed = text.lower() == "true"
    else:
        try:
            parsed = int(text)
        except ValueError:
            raise UsageError(f"{name.strip()} must be a whole number, not {text!r}.") from None
    return name.strip(), parsed


def _counts_text(cs: ChangeSet) -> str:
    counts = cs.counts()
    shown = [f"{n} {status.value.replace('_', ' ')}" for status, n in counts.items() if n]
    return ", ".join(shown) or "no operations"


def _print_change_set(cs: ChangeSet, out: TextIO) -> None:
    from console.jobs.model import MISSING

    undo = f" (undo of {cs.undo_of})" if cs.undo_of else ""
    print(f"{cs.id}  {cs.name}{undo}", file=out)
    print(f"state {cs.state.value}, planned {cs.planned_at:%Y-%m-%d %H:%M:%S} UTC", file=out)
    accounts = len(cs.accounts())
    print(f"{accounts} account{'s' if accounts != 1 else ''}: {_counts_text(cs)}", file=out)
    for op in cs.operations:
        print(f"  [{op.status.value}] {op.account_label} {op.resource.value}", file=out)
        for diff in op.diffs() if op.request is not None else []:
            before = "(none)" if diff.before is MISSING else json.dumps(diff.before)
            print(f"      {diff.field}: {before} -> {json.dumps(diff.after)}", file=out)
        for diff in op.conflicts:
            print(
                f"      conflict {diff.field}: planned {json.dumps(diff.before)}, now "
                f"{json.dumps(diff.now)}, would write {json.dumps(diff.after)}",
                file=out,
            )
        if op.error:
            print(f"      {op.error}", file=out)


def _print_event(event: ChangeEvent, total: int, out: TextIO) -> None:
    from console.jobs.model import OpStatus

    if event.operation is None:
        if event.waiting_until is not None:
            print(
                f"Waiting for the server until {event.waiting_until:%H:%M:%S} UTC …",
                file=out,
                flush=True,
            )
        return
    op = event.operation
    if op.status in (OpStatus.PENDING, OpStatus.IN_FLIGHT):
        return
    settled = total - event.counts[OpStatus.PENDING] - event.counts[OpStatus.IN_FLIGHT]
    detail = f" {op.error}" if op.error else ""
    print(
        f"[{settled}/{total}] {op.status.value:9} {op.account_label}{detail}", file=out, flush=True
    )


def _dump(out: TextIO, doc: Any) -> None:
    print(json.dumps(doc, ensure_ascii=False, indent=2, default=str), file=out)


def _print_message(message: Message, out: TextIO, err: TextIO) -> None:
    stream = out if message.level is Level.INFO else err
    print(message.text, file=stream, flush=True)

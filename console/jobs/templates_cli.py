"""``meetergo-console templates …``: meeting-type templates, their assignment and drift.

    meetergo-console templates list [--json]
    meetergo-console templates create FILE.json [--json]
    meetergo-console templates register ID [--name NAME] [--json]
    meetergo-console templates assign ID (--accounts A,B,… | --all) [--dry-run] [--json]
    meetergo-console templates drift ID [--json]
    meetergo-console templates reapply ID --fields duration,bufferAfter
                                         (--accounts A,B,… | --drifted) [--dry-run] [--json]
    meetergo-console templates forget ID [--json]
    meetergo-console templates delete ID

The API cannot list or delete templates either: ``forget`` stops keeping one here (it stays on
the server, and the meeting types assigning made stay on their accounts); ``delete`` says so.

The API cannot list or read templates: ``list`` shows the ones this console created or was given
an id for. Assign and reapply are change sets (see ``changes show/resume/undo``). Each takes
``--connection NAME`` or ``--base-url URL`` with the key in ``MEETERGO_API_KEY``. Exit status:
0 when everything asked for was done, 1 when some accounts failed, were skipped or were left,
2 for bad usage (an unknown template, account or field, a file that is not a template).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    UsageError,
    add_connection_arguments,
)
from console.jobs.changes_cli import (
    _apply,
    _counts_text,
    _dump,
    _print_change_set,
    chosen_accounts,
    plan_and_apply,
)
from console.jobs.changes_cli import (
    _handler as changes_handler,
)

if TYPE_CHECKING:
    from console.jobs.engine import ChangeEngine
    from console.services.templates import AccountDrift, TemplateService
    from console.session import Session
    from console.store.templates import TemplateRecord

NOT_LISTABLE = (
    "The API cannot list templates: the console keeps the ones it created or was given an id for."
)

NOT_DELETABLE = (
    "The API has no route that deletes a template: delete it in the meetergo dashboard, then "
    "'templates forget ID' stops keeping it here (the meeting types assigning made stay)."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``templates`` to the root parser's sub-commands."""
    templates = sub.add_parser(
        "templates",
        help="meeting-type templates: create, assign to accounts, drift, re-apply",
        description=NOT_LISTABLE,
    )
    templates.set_defaults(noun="templates")  # the prefix of every message of these verbs
    verbs = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    listing = verbs.add_parser("list", help="the templates this console knows")
    add_connection_arguments(listing)
    listing.set_defaults(handler=_handler(_list))
    create = verbs.add_parser("create", help="create a template from a JSON file")
    create.add_argument(
        "file", metavar="FILE.json", help="the body as the API takes it (meetingInfo, …)"
    )
    add_connection_arguments(create)
    create.set_defaults(handler=_handler(_create))
    known = verbs.add_parser("register", help="keep a template made elsewhere, by its id")
    known.add_argument("id", metavar="ID")
    known.add_argument("--name", default="", help="what to call it")
    add_connection_arguments(known)
    known.set_defaults(handler=_handler(_register))
    assign = verbs.add_parser("assign", help="assign a template to accounts (a change set)")
    assign.add_argument("id", metavar="ID", help="the template's id")
    add_connection_arguments(assign)
    which = assign.add_mutually_exclusive_group()
    which.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every account of the connection")
    assign.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    assign.set_defaults(handler=_handler(_assign))
    drift = verbs.add_parser(
        "drift", help="how each account's meeting type from the template differs from it"
    )
    drift.add_argument("id", metavar="ID", help="the template's id")
    add_connection_arguments(drift)
    drift.set_defaults(handler=_handler(_drift))
    reapply = verbs.add_parser(
        "reapply", help="write chosen fields of the template to accounts again (a change set)"
    )
    reapply.add_argument("id", metavar="ID", help="the template's id")
    add_connection_arguments(reapply)
    reapply.add_argument(
        "--fields", metavar="F,G,…", required=False, help="e.g. duration,bufferAfter"
    )
    whom = reapply.add_mutually_exclusive_group()
    whom.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    whom.add_argument(
        "--drifted", action="store_true", help="every account drifted in one of the fields"
    )
    reapply.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    reapply.set_defaults(handler=_handler(_reapply))
    forget = verbs.add_parser(
        "forget",
        help="stop keeping a template in this console (it stays on the server)",
        description=NOT_DELETABLE,
    )
    forget.add_argument("id", metavar="ID", help="the template's id")
    add_connection_arguments(forget)
    forget.set_defaults(handler=_handler(_forget))
    delete = verbs.add_parser(
        "delete", help="the API cannot delete templates: says how", description=NOT_DELETABLE
    )
    delete.add_argument("id", metavar="ID", help="the template's id")
    add_connection_arguments(delete)
    delete.set_defaults(handler=_handler(_delete))


def _handler(run: Any) -> Any:
    """The shared change-set command runner of ``changes_cli``, with a template service."""

    async def with_service(
        args: argparse.Namespace,
        session: Session,
        engine: ChangeEngine,
        out: TextIO,
        text: TextIO,
        err: TextIO,
    ) -> int:
        from console.services.templates import TemplateService

        service = TemplateService(session.client, session.store, session.name)
        code: int = await run(args, session, engine, service, out, text)
        return code

    return changes_handler(with_service)


def template_json(record: TemplateRecord, assigned: int) -> dict[str, Any]:
    return {
        "id": record.template_id,
        "name": record.name,
        "origin": record.origin,
        "lockedFields": list(record.locked_fields),
        "body": record.body,
        "assigned": assigned,
        "updated_at": record.updated_at.isoformat(),
    }


def drift_json(drift: AccountDrift) -> dict[str, Any]:
    return {
        "account": drift.account_label,
        "account_id": drift.account_id,
        "meeting_type_id": drift.meeting_type_id,
        "status": drift.status.value,
        "fields": [
            {"field": f.field, "template": f.template, "account": f.account, "locked": f.locked}
            for f in drift.fields
        ],
    }


async def _template(service: TemplateService, template_id: str) -> TemplateRecord:
    try:
        return await service.get(template_id.strip())
    except KeyError:
        raise UsageError(
            f"no template {template_id!r} on this connection (see 'templates list'; "
            "one made elsewhere can be added with 'templates register ID')."
        ) from None


async def _catch_up(service: TemplateService, engine: ChangeEngine) -> None:
    # An assignment resumed with 'changes resume' (or in the GUI) is recorded from the journal.
    await service.sync_from_journal()


# -- the verbs ---------------------------------------------------------------------------------


async def _list(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    await _catch_up(service, engine)
    records = await service.templates()
    counts = {r.template_id: len(await service.assignments(r.template_id)) for r in records}
    if args.json:
        _dump(out, {"templates": [template_json(r, counts[r.template_id]) for r in records]})
        return EXIT_OK
    print(NOT_LISTABLE, file=text)
    if not records:
        print(f"No templates on {session.name}.", file=out)
    for r in records:
        locked = f"  locked: {', '.join(r.locked_fields)}" if r.locked_fields else ""
        print(
            f"{r.template_id}  {r.name}  ({r.origin}, assigned to {counts[r.template_id]}){locked}",
            file=out,
        )
    return EXIT_OK


async def _create(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    path = Path(args.file)
    try:
        body = json.loads(await asyncio.to_thread(path.read_text, encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} is not JSON: {exc}.") from None
    try:
        record = await service.create(body)
    except ValueError as exc:
        raise UsageError(f"{path}: {exc}.") from None
    if args.json:
        _dump(out, template_json(record, 0))
    else:
        print(f"Created template {record.template_id} ({record.name}).", file=out)
    return EXIT_OK


async def _register(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    try:
        record = await service.register(args.id, name=args.name)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    if args.json:
        _dump(out, template_json(record, 0))
    else:
        print(f"Keeping template {record.template_id} ({record.name}).", file=out)
    return EXIT_OK


async def _assign(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    from console.jobs.engine import change_set_json
    from console.jobs.model import OpStatus

    if not args.all and not args.accounts:
        raise UsageError("name the accounts with --accounts A,B,… or --all.")
    record = await _template(service, args.id)
    refs = await chosen_accounts(session, args.accounts, every=args.all)
    try:
        edit = service.assign_edit(record)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    name = f"{edit.description} to {len(refs)} accounts"
    plan = await engine.plan(name, refs, edit, journal=not args.dry_run)
    skipped = plan.counts()[OpStatus.SKIPPED]
    if args.dry_run:
        if args.json:
            _dump(out, change_set_json(plan))
        else:
            _print_change_set(plan, out)
        return EXIT_INCOMPLETE if skipped else EXIT_OK
    print(f"Change set {plan.id}: {_counts_text(plan)}.", file=text, flush=True)
    for op in plan.operations:
        if op.status is OpStatus.SKIPPED:
            print(f"Skipped {op.account_label}: {op.error}.", file=text)
    code = await _apply(engine, plan, args, out, text)
    await service.record_assignments(await engine.load(plan.id))
    return EXIT_INCOMPLETE if skipped else code


async def _drift(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    from console.services.templates import DriftStatus

    record = await _template(service, args.id)
    await _catch_up(service, engine)
    try:
        drifts = await service.drift(record.template_id)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    if args.json:
        _dump(out, {"template": record.template_id, "accounts": [drift_json(d) for d in drifts]})
        return EXIT_OK
    if not drifts:
        print(f"No account got {record.name} through this console yet.", file=out)
    for d in drifts:
        if d.status is DriftStatus.IN_SYNC:
            print(f"{d.account_label}  in sync", file=out)
        elif d.status is DriftStatus.GONE:
            print(f"{d.account_label}  meeting type gone ({d.meeting_type_id})", file=out)
        for f in d.fields:
            lock = "  (locked)" if f.locked else ""
            print(
                f"{d.account_label}  {f.field}  template {json.dumps(f.template)}  "
                f"account {json.dumps(f.account)}{lock}",
                file=out,
            )
    return EXIT_OK


async def _reapply(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:

    if not args.fields:
        raise UsageError("name the fields to re-apply with --fields F,G,… (e.g. duration).")
    if not args.drifted and not args.accounts:
        raise UsageError("name the accounts with --accounts A,B,… or --drifted.")
    record = await _template(service, args.id)
    await _catch_up(service, engine)
    fields = [f.strip() for f in args.fields.split(",") if f.strip()]
    if args.drifted:
        try:
            edit, _ = await service.reapply_edit(record.template_id, fields)
        except ValueError as exc:
            raise UsageError(f"{exc}.") from None
        chosen = set(edit.values)
        ids = [
            d.account_id
            for d in await service.drift(record.template_id)
            if any(f.field in chosen for f in d.fields)
        ]  # reapply_edit accepted the fields, so the template has values to compare
    else:
        ids = [r.user_id for r in await chosen_accounts(session, args.accounts, every=False)]
    try:
        edit, refs = await service.reapply_edit(record.template_id, fields, ids)
    except ValueError as exc:
        raise UsageError(f"{exc}.") from None
    if not refs:
        print(f"No account is drifted in {', '.join(edit.values)}; nothing to do.", file=out)
        return EXIT_OK
    return await plan_and_apply(engine, edit, refs, args, out, text)


async def _forget(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    record = await _template(service, args.id)
    await _catch_up(service, engine)
    record, had = await service.forget(record.template_id)
    labels = [a.account_label or a.account_id for a in had]
    if args.json:
        _dump(
            out,
            {
                "forgotten": record.template_id,
                "name": record.name,
                "accounts": [
                    {
                        "account": a.account_label,
                        "account_id": a.account_id,
                        "meeting_type_id": a.meeting_type_id,
                    }
                    for a in had
                ],
            },
        )
        return EXIT_OK
    print(f"Forgot template {record.template_id} ({record.name}).", file=out)
    if labels:
        print(
            f"It was assigned to {len(labels)} accounts; their meeting types stay: "
            f"{', '.join(labels)}.",
            file=out,
        )
    print("It stays on the server (the API cannot delete templates).", file=text)
    return EXIT_OK


async def _delete(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    service: TemplateService,
    out: TextIO,
    text: TextIO,
) -> int:
    await _template(service, args.id)  # an unknown id is named first
    raise UsageError(NOT_DELETABLE)

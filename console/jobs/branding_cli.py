"""``meetergo-console branding apply KIT.json``: a brand kit on many accounts, without the GUI.

    meetergo-console branding apply KIT.json (--accounts A,B,… | --all) [--dry-run] [--json]
    meetergo-console branding drift [--accounts A,B,… | --all] [--json]

The kit file is the JSON the console exports (:class:`console.store.brand_kits.BrandKit`). The
kit becomes one change set (only the fields that differ per account are sent), journaled so
``changes resume`` continues and ``changes undo`` restores it. Exit status as for ``changes``:
0 done, 1 some operations failed, conflicted or were left, 2 bad usage (unreadable kit file,
unknown account, a bad colour or field).

``drift`` lists the accounts whose booking page no longer has the values of the kit they got
last (the kit as it is saved now, or as it was applied when it is not in the store): 0 when it
could compare them all, 1 when a page could not be read, 2 for an unknown account.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from console.cli import EXIT_INCOMPLETE, EXIT_OK, UsageError, add_connection_arguments
from console.jobs.changes_cli import (
    _dump,
    _handler,
    chosen_accounts,
    plan_and_apply,
)

if TYPE_CHECKING:
    from console.jobs.engine import ChangeEngine
    from console.services.branding import KitDrift
    from console.session import Session


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``branding`` to the root parser's sub-commands."""
    branding = sub.add_parser("branding", help="booking-page branding across accounts")
    verbs = branding.add_subparsers(dest="branding_command", metavar="ACTION", required=True)
    apply = verbs.add_parser(
        "apply",
        help="apply a brand kit file to many accounts (a change set)",
        description=(
            "Plan and apply one change set that gives every named account the booking-page "
            "values of the kit; only the fields that differ are sent."
        ),
    )
    apply.add_argument("kit", metavar="KIT.json", help="a kit file exported by the console")
    add_connection_arguments(apply)
    which = apply.add_mutually_exclusive_group()
    which.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every account of the connection")
    apply.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    apply.set_defaults(handler=_handler(_apply_kit), noun="branding")
    drift = verbs.add_parser(
        "drift",
        help="accounts whose booking page no longer matches the brand kit they got",
        description=(
            "Compare every account that got a brand kit (through the console) with the kit as "
            "it is saved now, and list those whose page differs."
        ),
    )
    add_connection_arguments(drift)
    whose = drift.add_mutually_exclusive_group()
    whose.add_argument("--accounts", metavar="A,B,…", help="e-mails or user ids, comma-separated")
    whose.add_argument(
        "--all", action="store_true", help="every account that got a kit (the default)"
    )
    drift.set_defaults(handler=_handler(_drift), noun="branding")


async def _apply_kit(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.jobs.edits import BrandKitEdit
    from console.store.brand_kits import BrandKit

    if not args.all and not args.accounts:
        raise UsageError("name the accounts with --accounts A,B,… or --all.")
    try:
        raw = await asyncio.to_thread(Path(args.kit).read_text, encoding="utf-8")
        kit = BrandKit.from_json(raw)
    except OSError as exc:
        raise UsageError(f"cannot read {args.kit}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise UsageError(f"{args.kit} is not a text file.") from None
    except ValueError as exc:
        raise UsageError(f"{args.kit}: {exc}.") from None
    stored = await session.store.brand_kits.get(session.name, kit.name)
    try:
        edit = BrandKitEdit(
            kit.fields,
            description=f"Brand kit {kit.name}",
            kit=kit.name,
            kit_id=stored.kit_id if stored is not None else "",
        )
    except ValueError as exc:
        raise UsageError(f"{args.kit}: {exc}") from None
    refs = await chosen_accounts(session, args.accounts, every=args.all)
    return await plan_and_apply(engine, edit, refs, args, out, text)


def kit_drift_json(drift: KitDrift, label: str) -> dict[str, object]:
    return {
        "account": label,
        "account_id": drift.account_id,
        "kit": drift.kit,
        "status": drift.status.value,
        "fields": list(drift.fields),
    }


async def _drift(
    args: argparse.Namespace,
    session: Session,
    engine: ChangeEngine,
    out: TextIO,
    text: TextIO,
    err: TextIO,
) -> int:
    from console.services.branding import BrandingService, KitDriftStatus

    refs = await chosen_accounts(session, args.accounts, every=not args.accounts)
    labels = {r.user_id: r.label for r in refs}
    service = BrandingService(session.client, session.store, session.name)
    drifts = await service.kit_drifts([r.user_id for r in refs])
    drifts.sort(key=lambda d: labels.get(d.account_id, d.account_id).lower())
    off = [d for d in drifts if not d.matches]
    unknown = [d for d in off if d.status is not KitDriftStatus.DRIFTED]
    if args.json:
        _dump(
            out,
            {
                "checked": len(drifts),
                "accounts": [kit_drift_json(d, labels.get(d.account_id, "")) for d in off],
            },
        )
        return EXIT_INCOMPLETE if unknown else EXIT_OK
    if not drifts:
        print("No account got a brand kit through this console yet.", file=out)
    for d in off:
        label = labels.get(d.account_id, d.account_id)
        if d.status is KitDriftStatus.PAGE_GONE:
            print(f"{label}  kit {d.kit}  booking page not found", file=out)
        else:
            print(f"{label}  kit {d.kit}  differs in {', '.join(d.fields)}", file=out)
    if drifts:
        print(
            f"{len(off)} of {len(drifts)} accounts with a kit no longer match it.",
            file=text,
        )
    return EXIT_INCOMPLETE if unknown else EXIT_OK

"""``meetergo-console store``: which store the console uses (this computer's, or a team's).

    meetergo-console store show [--store URL] [--json]
    meetergo-console store set URL
    meetergo-console store clear

``set`` saves a PostgreSQL URL (or a SQLite file) for the GUI and every command, after opening
it once (which migrates it); a password in the URL goes to the keyring, never to the settings
file. ``show`` opens the store in use and prints where it is and its schema revision. ``clear``
goes back to this computer's own SQLite file. Exit status: 0 done, 1 the store cannot be used,
2 bad usage (a sentence on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from console.cli import EXIT_OK, EXIT_USAGE, add_store_argument


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``store`` (``show``, ``set``, ``clear``) to the root parser's sub-commands."""
    store = sub.add_parser(
        "store",
        help="show or choose the console's store (a team's PostgreSQL database)",
        description="Where the console keeps its data: this computer, or a team's PostgreSQL.",
    )
    verbs = store.add_subparsers(dest="verb", metavar="VERB")
    store.set_defaults(handler=lambda _args: _usage(store))

    show = verbs.add_parser("show", help="open the store in use; print where it is")
    add_store_argument(show)
    show.add_argument("--json", action="store_true", help="print one JSON document")
    show.set_defaults(handler=_show)

    choose = verbs.add_parser(
        "set",
        help="use this store from now on (GUI and commands)",
        description="Save the store URL; a password in it is kept in the keyring.",
    )
    choose.add_argument(
        "url", metavar="URL", help="postgresql+psycopg://user[:password]@host[:port]/database"
    )
    choose.set_defaults(handler=_set)

    clear = verbs.add_parser("clear", help="go back to this computer's own store")
    clear.set_defaults(handler=_clear)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("store: choose a verb: show, set or clear.", file=sys.stderr)
    return EXIT_USAGE


def _describe() -> tuple[str, bool, str | None]:
    """Open the configured store: where it is, whether it is shared, its revision."""
    import sqlalchemy as sa

    from console.store import Store

    store = Store.open()
    try:
        with store.engine.connect() as conn:
            revision = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        return store.where, store.shared, revision
    finally:
        asyncio.run(store.close())


def _show(args: argparse.Namespace) -> int:
    where, shared, revision = _describe()
    if args.json:
        print(json.dumps({"store": where, "shared": shared, "revision": revision}))
    else:
        kind = "shared PostgreSQL store" if shared else "this computer's store"
        print(f"{kind}: {where} (schema {revision})")
    return EXIT_OK


def _set(args: argparse.Namespace) -> int:
    from console.store import location

    try:
        location.use(args.url)  # the password reaches the keyring before the store is opened
    except location.InvalidStoreUrl as exc:
        print(f"store: {exc}", file=sys.stderr)
        return EXIT_USAGE
    where, _shared, revision = _describe()
    location.save(args.url)
    print(f"The console now uses {where} (schema {revision}).")
    return EXIT_OK


def _clear(_args: argparse.Namespace) -> int:
    from console.store import location

    location.save(None)
    print("The console now uses this computer's own store.")
    return EXIT_OK


__all__ = ["register"]

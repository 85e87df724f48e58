"""Headless commands: ``sandbox serve`` and ``onboard``.

Nothing here imports Qt, so the commands run on servers and in CI. ``app.main`` hands every
sub-command to :func:`run`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from console import __version__

#: Sub-command name -> (configure parser, run). Packages register themselves in ``_commands``.
Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, GUI options included, so ``--help`` documents everything."""
    parser = argparse.ArgumentParser(
        prog="meetergo-console",
        description="Manage many meetergo client accounts from one desktop console.",
    )
    parser.add_argument("--version", action="version", version=f"meetergo-console {__version__}")
    parser.add_argument(
        "--connection", metavar="NAME", help="open this saved connection instead of the last one"
    )
    parser.add_argument(
        "--language", metavar="LANG", help="user-interface language (en, de); default: system"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in _commands():
        register(sub)
    return parser


def _commands() -> list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]]:
    # Imported lazily: each command pulls in its own heavy dependencies only when asked for.
    registrars: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = []
    try:
        from console.sandbox.cli import register as register_sandbox
    except ImportError:  # pragma: no cover - the sandbox package is being built
        pass
    else:
        registrars.append(register_sandbox)
    try:
        from console.jobs.cli import register as register_jobs
    except ImportError:  # pragma: no cover - the jobs package is being built
        pass
    else:
        registrars.append(register_jobs)
    return registrars


def run(args: argparse.Namespace) -> int:
    """Run the sub-command chosen on the command line; its handler is stored as ``args.handler``."""
    handler: Handler = args.handler
    return handler(args)

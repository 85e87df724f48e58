"""Composition root: parse the command line, then either run a headless command or the GUI.

This is one of the three modules allowed to import Qt; it does so lazily so that headless
commands (``sandbox serve``, ``onboard``) never load Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from console import cli


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``meetergo-console`` script and of ``python -m console``."""
    parser = cli.build_parser()
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    if args.command:
        return cli.run(args)
    parser.print_help()
    return 0

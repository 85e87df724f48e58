"""The window's own command-line options (no sub-command), shared by both parsers.

``console.cli.build_parser`` adds them to the whole command line (so ``--help`` lists them);
``console.app`` parses a plain GUI start with them alone, without importing the commands and
their dependencies before the window is painted.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

GUI_OPTIONS = ("--connection", "--language")


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    """``--connection NAME`` and ``--language LANG``."""
    parser.add_argument(
        "--connection", metavar="NAME", help="open this saved connection instead of the last one"
    )
    parser.add_argument(
        "--language", metavar="LANG", help="user-interface language (en, de); default: system"
    )


def only_gui_options(arguments: Sequence[str]) -> bool:
    """Whether ``arguments`` hold nothing but the window's options (each with its value)."""
    expect_value = False
    for argument in arguments:
        if expect_value:
            expect_value = False
        elif argument in GUI_OPTIONS:
            expect_value = True
        elif not argument.startswith(tuple(f"{option}=" for option in GUI_OPTIONS)):
            return False
    return not expect_value


def parse_gui_options(arguments: Sequence[str]) -> argparse.Namespace:
    """The window's options of a GUI start (``command`` None, as the whole parser gives it)."""
    parser = argparse.ArgumentParser(prog="meetergo-console")
    add_gui_options(parser)
    args = parser.parse_args(arguments)
    args.command = None
    return args

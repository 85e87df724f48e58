"""Composition root: parse the command line, then either run a headless command or the GUI.

This is one of the three modules allowed to import Qt; it does so lazily (inside the GUI
functions) so that headless commands (``sandbox serve``, ``onboard``) never load Qt.

GUI life cycle:

1. ``QApplication`` with organisation/application names, translators (setting → system → en);
2. one qasync loop on the main thread (``asyncio.Runner(loop_factory=...)``, never the policy
   API), the main coroutine :func:`_amain` opens the store (off the loop) and has
   ``console.ui.wiring`` build the window, its tabs and the shell from the real objects;
3. no connection yet → start the sandbox child, save a "Sandbox" connection with the demo key in
   the keyring, show the banner;
4. closing the window cancels running work, waits for it (journals are written by the job code
   inside those tasks), closes the HTTP client and the store, stops the sandbox child → exit 0.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import re
import sys
from collections.abc import Sequence
from typing import Any

from console.options import only_gui_options, parse_gui_options

log = logging.getLogger("console")

ORGANIZATION = "meetergo-console"
APPLICATION = "meetergo-console"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``meetergo-console`` script and of ``python -m console``."""
    arguments = list(argv) if argv is not None else sys.argv[1:]
    if "--smoke-test" in arguments:  # packaging/: checks a (frozen) build end to end
        from console.ui.smoke import run_smoke_test

        return run_smoke_test(arguments)
    if only_gui_options(arguments):
        # A plain start: the commands (and what they import) are not needed for the window.
        return run_gui(parse_gui_options(arguments))
    from console import cli

    args = cli.build_parser().parse_args(arguments)
    if args.command:
        return cli.run(args)
    return run_gui(args)


# The credential formats the client knows: platform keys ``ak_live:<uuid>:<secret>``, personal
# tokens ``rgo-…`` (only as a word of their own: "meetergo-console" is no token), and a
# token-like value (8+ token characters, RFC 6750's b64token) after "Bearer", so that prose such
# as "the bearer token" stays. Each keeps its prefix so a reader still sees which kind was there.
_SECRET = re.compile(
    r"(?<![\w-])(?P<prefix>ak_live:|rgo-)[^\s\"',;)\]}>]+"
    r"|(?P<bearer>\bBearer\s+)[\w.~+/=:-]{8,}",
    re.IGNORECASE,
)


class _NoSecrets(logging.Filter):
    """Replaces any key-looking token in a log record by ``<redacted>`` (defence in depth).

    The message and an attached traceback are both scrubbed; everything else is left alone.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        if record.exc_info and not record.exc_text:
            # Formatted here, so the handler's formatter uses the scrubbed text as it is.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def redact(text: str) -> str:
    """``text`` with every API key, personal token and Bearer value replaced by ``<redacted>``."""
    return _SECRET.sub(lambda m: (m.group("prefix") or m.group("bearer")) + "<redacted>", text)


def setup_logging() -> None:
    """Rotating log file in ``paths.log_dir()``; never contains credentials."""
    from console import paths

    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "console.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoSecrets())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # httpx logs every request line at INFO; the URL never carries the key, but keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def run_gui(args: argparse.Namespace) -> int:
    """Paint the main window, then run it on the qasync loop until it is closed.

    Start-up order (each step only imports what it needs, see tests/bench/test_startup.py):
    the QApplication and translators, the window with the accounts tab (the other tabs are empty
    pages with their titles), shown and painted by a short Qt event loop; then the other tabs;
    only then asyncio, qasync, the store (SQLAlchemy), the client (httpx,
    pydantic), the jobs and the shell, which opens the connection.
    """
    import os
    import signal

    from console import __version__, paths  # noqa: F401 - Qt-free: imported before PySide6

    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from console.ui.first_paint import show_and_paint
    from console.ui.i18n import choose_language, install_translators
    from console.ui.theme import follow_color_scheme
    from console.ui.wiring import build_first_views, finish_views

    # Ctrl+C / SIGTERM: the same orderly shutdown as closing the window, at any stage; until
    # the shell exists the request is only remembered.
    closing = _CloseRequests()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, closing.on_signal)

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    # The window's close is driven by our own shutdown coroutine, not by Qt quitting the loop
    # under a running coroutine ("Event loop stopped before Future completed").
    app.setQuitOnLastWindowClosed(False)
    settings = QSettings()
    language = choose_language(args.language or _str_or_none(settings.value("language")))
    translators = install_translators(app, language)
    log.info("meetergo-console %s starting (language %s)", __version__, language)

    views: Any = None  # every tab exists once finish_views ran (after the first paint)
    follow_color_scheme(app, changed=lambda: _refresh_icons(views))
    first = build_first_views()
    first.window.restore_layout(settings)
    show_and_paint(first.window)
    if os.environ.get(REPORT_PAINT):
        print("painted", flush=True)
    # The tabs the user does not see yet are built behind the painted window; the Changes
    # dock is one of them, so the docks' saved state is put back now.
    views = finish_views(first)
    views.window.restore_dock_state(settings)

    import asyncio

    from console.asyncqt import make_loop

    with asyncio.Runner(loop_factory=lambda: make_loop(app)) as runner:
        status = runner.run(_amain(args, settings, views, closing))
    del translators
    return status


def _refresh_icons(views: Any) -> None:
    # After a switch to or from dark mode; before the first icons exist there is nothing to do.
    if views is not None and "qtawesome" in sys.modules:
        from console.ui.icons import apply_icons

        apply_icons(views)


async def _load_icons(views: Any) -> None:
    """Import qtawesome off the loop once the window is painted, then give the tools icons."""
    import asyncio
    import importlib

    try:
        await asyncio.to_thread(importlib.import_module, "qtawesome")
        from console.ui.icons import apply_icons

        apply_icons(views)
    except Exception:  # icons are decoration: the console works without them
        log.warning("the tool icons could not be loaded", exc_info=True)


def _str_or_none(value: Any) -> str | None:
    return str(value) if value else None


#: When set, the console prints ``painted`` on stdout at the main window's first paint (the
#: start-up benchmark, tests/bench/test_startup.py, waits for it).
REPORT_PAINT = "MEETERGO_CONSOLE_REPORT_PAINT"


class _CloseRequests:
    """Signals asking to close, remembered until the shell can act on them."""

    def __init__(self) -> None:
        self.requested = False
        self.act: Any = None  # (set by _amain) thread-safe callable that closes the shell

    def on_signal(self, signum: int, frame: object) -> None:
        self.requested = True
        if self.act is not None:
            self.act()


async def _amain(
    args: argparse.Namespace, settings: Any, views: Any, closing: _CloseRequests
) -> int:
    """Open the store and the shell behind the painted window; run until it is closed."""
    import asyncio

    from PySide6.QtCore import QTimer

    from console.store import Store
    from console.store.errors import StoreError
    from console.ui.widgets import timezone_box
    from console.ui.wiring import build_shell

    loop = asyncio.get_running_loop()
    # Python runs signal handlers only between bytecodes; while Qt waits in C++ nothing runs,
    # so a slow timer gives the interpreter a chance to notice a signal.
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)
    # The forms' time-zone labels are computed off the UI thread while the window opens.
    warm_up = asyncio.ensure_future(timezone_box.warm_up())
    icons = asyncio.ensure_future(_load_icons(views))
    try:
        try:
            store = await asyncio.to_thread(Store.open)
        except StoreError as exc:  # unreachable, or migrated by a newer console
            from console.ui.store_problem import show_store_problem

            log.error("store not opened: %s", exc)
            await show_store_problem(views.window, str(exc))
            return 1
        shell = build_shell(
            store=store, views=views, settings=settings, preferred_connection=args.connection
        )
        closing.act = lambda: loop.call_soon_threadsafe(shell.request_close)
        if closing.requested:
            shell.request_close()
        await shell.run()
    finally:
        closing.act = None
        wake.stop()
        await warm_up
        await icons
    return 0


__all__ = ["main", "redact", "run_gui", "setup_logging"]

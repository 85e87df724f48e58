"""Composition root: parse the command line, then either run a headless command or the GUI.

This is one of the three modules allowed to import Qt; it does so lazily (inside the GUI
functions) so that headless commands (``sandbox serve``, ``onboard``) never load Qt.

GUI life cycle (issue 4):

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


class _NoSecrets(logging.Filter):
    """Drops the value of any key-looking token from log records (defence in depth)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "ak_live:" in message or "rgo-" in message:
            record.msg = _redact(message)
            record.args = None
        return True


def _redact(text: str) -> str:
    import re

    return re.sub(r"(ak_live:|rgo-)\S+", r"\1<redacted>", text)


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
    """Build the QApplication and run the window on the qasync loop until it is closed."""
    # Qt-free modules first: PySide6 installs an import hook that inspects every module imported
    # after it, which makes each of these noticeably slower to import once Qt is loaded.
    import asyncio
    import os
    import signal  # noqa: F401 - imported here for the same reason

    from console import __version__, paths  # noqa: F401

    os.environ["QT_API"] = "pyside6"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from console.asyncqt import make_loop
    from console.ui.i18n import choose_language, install_translators

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
    with asyncio.Runner(loop_factory=lambda: make_loop(app)) as runner:
        status = runner.run(_amain(args, settings))
    del translators
    return status


def _str_or_none(value: Any) -> str | None:
    return str(value) if value else None


#: When set, the console prints ``painted`` on stdout at the main window's first paint (the
#: start-up benchmark, tests/bench/test_startup.py, waits for it).
REPORT_PAINT = "MEETERGO_CONSOLE_REPORT_PAINT"


async def _amain(args: argparse.Namespace, settings: Any) -> int:
    """Paint the window first, then open the store and everything the connection needs."""
    import asyncio
    import os
    import signal

    from PySide6.QtCore import QByteArray, QTimer

    from console.ui.first_paint import first_paint
    from console.ui.wiring import build_views

    loop = asyncio.get_running_loop()
    close_requested = asyncio.Event()
    shell: Any = None

    def _request_close() -> None:
        if shell is not None:
            shell.request_close()
        close_requested.set()

    def _on_signal(signum: int, frame: object) -> None:
        # Ctrl+C / SIGTERM: the same orderly shutdown as closing the window, at any stage.
        loop.call_soon_threadsafe(_request_close)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _on_signal)
    # Python runs signal handlers only between bytecodes; while Qt waits in C++ nothing runs,
    # so a slow timer gives the interpreter a chance to notice a signal.
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)

    views = build_views()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        views.window.restoreGeometry(geometry)
    painted = first_paint(views.window)
    views.window.show()
    await painted
    if os.environ.get(REPORT_PAINT):
        print("painted", flush=True)

    # Everything below imports SQLAlchemy, httpx, pydantic, the jobs: after the first paint.
    from console.store import Store
    from console.ui.widgets import timezone_box
    from console.ui.wiring import build_shell

    # The forms' time-zone labels are computed off the UI thread while the window opens.
    warm_up = asyncio.ensure_future(timezone_box.warm_up())
    try:
        store = await asyncio.to_thread(Store.open)
        shell = build_shell(
            store=store, views=views, settings=settings, preferred_connection=args.connection
        )
        if close_requested.is_set():
            shell.request_close()
        await shell.run()
    finally:
        wake.stop()
        await warm_up
    return 0


__all__ = ["main", "run_gui", "setup_logging"]

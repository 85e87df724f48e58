"""``meetergo-console --smoke-test``: prove that a build runs end to end, then exit.

Meant for the frozen app (release workflow, ``packaging/build-linux.sh``) but it runs the same
from a checkout (``python -m console --smoke-test``). It starts the real window offscreen (unless
``QT_QPA_PLATFORM`` says otherwise) against the sandbox child it starts itself, with every file
in a throwaway folder, and checks, one step after the other:

``translation``  the German catalog loads and translates a window string;
``window``       the main window is shown and painted;
``sandbox``      the sandbox child is running and the "Sandbox" connection points at it;
``accounts``     the sandbox's accounts arrive in the window's table;
``keyring``      a secret is stored and read back through the keyring backend the app found,
                 or through the session-only fallback, which the line then says;
``timezone``     tzdata is present and a slot is computed in Europe/Berlin on both sides of
                 the daylight-saving change;
``holidays``     the ``holidays`` data gives German public holidays.

Each step prints one flushed line ``smoke: <step>: ok — <detail>``; the first failure prints
``smoke: <step>: FAILED — <reason>`` and the exit status is 1. ``--require-keyring`` makes the
session-only fallback a failure (the release workflow uses it on Windows and macOS, whose
keyrings are always there).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import io
import logging
import os
import secrets as tokens
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Iterator, Sequence
from datetime import UTC, date, datetime, tzinfo
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    # Imported by the steps that use them, after the window's step, as the app does.
    from console.credentials import SecretStore

log = logging.getLogger(__name__)

FLAG = "--smoke-test"
REQUIRE_KEYRING = "--require-keyring"
# Keyring entries of a smoke run live under their own service, never the console's.
SERVICE = "meetergo-console-smoke-test"
STEP_LIMIT_S = 60.0
T = TypeVar("T")
STEPS = ("translation", "window", "sandbox", "accounts", "keyring", "timezone", "holidays")


class SmokeFailure(Exception):
    """A step did not pass; ``step`` names it, the message says why."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(reason)
        self.step = step


def report(line: str) -> None:
    """One result line on stdout, flushed at once (a windowed build may have no stdout)."""
    stream = sys.stdout
    if stream is not None:
        print(line, file=stream, flush=True)


class _Progress:
    """The step running now: an unexpected exception is reported against it."""

    def __init__(self) -> None:
        self.step = STEPS[0]

    def passed(self, step: str, detail: str) -> None:
        report(f"smoke: {step}: ok — {detail}")
        following = STEPS.index(step) + 1
        self.step = STEPS[following] if following < len(STEPS) else step


class _PaintWatcher(QObject):
    """Sets an asyncio event on the first paint event of the watched widget.

    Signals: none (it only filters events).
    """

    def __init__(self, painted: asyncio.Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted.set()
        return False


def run_smoke_test(argv: Sequence[str]) -> int:
    """Entry point behind ``--smoke-test``; returns the process exit status."""
    require_keyring = REQUIRE_KEYRING in argv
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Windows writes a redirected stdout in the ANSI code page, which has no "→".
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The key of the environment would shadow the keyring read-back.
    from console.credentials import ENV_OVERRIDE

    os.environ.pop(ENV_OVERRIDE, None)
    progress = _Progress()
    with _scratch_home() as home:
        try:
            _run_in_app(home, require_keyring, progress)
        except Exception as exc:
            failure = (
                exc
                if isinstance(exc, SmokeFailure)
                else SmokeFailure(progress.step, f"{type(exc).__name__}: {exc}")
            )
            if not isinstance(exc, SmokeFailure):
                log.exception("smoke test step %s crashed", progress.step)
            report(f"smoke: {failure.step}: FAILED — {failure}")
            report(f"smoke test failed at step {failure.step!r}")
            return 1
    report(f"smoke test passed ({len(STEPS)} steps)")
    return 0


@contextlib.contextmanager
def _scratch_home() -> Iterator[Path]:
    # Data, config, logs and the sandbox child's state go to a throwaway folder, so a smoke run
    # on a staff member's machine leaves their connections and store alone.
    home = Path(tempfile.mkdtemp(prefix="meetergo-console-smoke-"))
    previous = os.environ.get("MEETERGO_CONSOLE_HOME")
    os.environ["MEETERGO_CONSOLE_HOME"] = str(home)
    try:
        yield home
    finally:
        if previous is None:
            os.environ.pop("MEETERGO_CONSOLE_HOME", None)
        else:
            os.environ["MEETERGO_CONSOLE_HOME"] = previous
        # The sandbox child may still be closing its SQLite file on Windows.
        shutil.rmtree(home, ignore_errors=True)


def _run_in_app(home: Path, require_keyring: bool, progress: _Progress) -> None:
    from console import __version__
    from console.app import APPLICATION, ORGANIZATION
    from console.asyncqt import make_loop
    from console.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    report(f"smoke: meetergo-console {__version__}, frozen={bool(getattr(sys, 'frozen', False))}")

    translators = install_translators(app, "de", target_dir=home / "translations")
    german = QCoreApplication.translate("MainWindow", "No connection")
    if german == "No connection":
        raise SmokeFailure("translation", "the German catalog is missing or did not load")
    progress.passed("translation", f"{len(translators)} catalogs, 'No connection' → {german!r}")
    try:
        with asyncio.Runner(loop_factory=lambda: make_loop(app)) as runner:
            runner.run(_gui_steps(home, require_keyring, progress))
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    _timezone_step(progress)
    _holidays_step(progress)


async def _gui_steps(home: Path, require_keyring: bool, progress: _Progress) -> None:
    from console.credentials import ConnectionStore
    from console.messages import Level, Message, MessageBus
    from console.ui.wiring import build_shell, build_views

    bus = MessageBus()
    errors: list[str] = []
    failed = asyncio.Event()

    def on_message(message: Message) -> None:
        if message.level is Level.ERROR:
            errors.append(message.text)
            failed.set()

    bus.subscribe(on_message)
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "de")
    # As the app starts: the window paints first, the store and the shell follow.
    views = build_views()
    painted = asyncio.Event()
    watcher = _PaintWatcher(painted, views.window)
    views.window.installEventFilter(watcher)
    views.window.show()
    try:
        await _until("window", painted.wait(), failed, errors)
    except SmokeFailure:
        views.window.allow_close()
        views.window.close()
        raise
    icon_sizes = views.window.windowIcon().availableSizes()
    if not icon_sizes:
        raise SmokeFailure("window", "the window has no icon (resources/icons not shipped)")
    progress.passed(
        "window",
        f"main window painted ({os.environ.get('QT_QPA_PLATFORM')} platform), "
        f"icon in {len(icon_sizes)} sizes",
    )
    from console.credentials import SecretStore
    from console.store import Store

    secrets = SecretStore(SERVICE)
    store = await asyncio.to_thread(Store.open)
    shell = build_shell(
        store=store,
        views=views,
        connections=ConnectionStore(home / "config" / "connections.json"),
        secrets=secrets,
        bus=bus,
        settings=settings,
    )
    loaded: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    start = asyncio.ensure_future(shell.start())
    try:
        await _until("sandbox", start, failed, errors)
        current = shell.current
        if current is None or not current.is_sandbox or shell.accounts is None:
            raise SmokeFailure("sandbox", _reason(errors, "no sandbox connection was opened"))
        progress.passed("sandbox", f"sandbox child serving at {current.base_url}")

        def on_loaded(count: int) -> None:
            if count > 0 and not loaded.done():
                loaded.set_result(count)

        shell.accounts.loaded.connect(on_loaded)
        rows = shell.window.accounts_model.rowCount()
        if rows > 0 and not loaded.done():
            loaded.set_result(rows)
        count = await _until("accounts", loaded, failed, errors)
        progress.passed("accounts", f"{count} sandbox accounts in the table")
        progress.passed("keyring", await _keyring_step(secrets, require_keyring))
    finally:
        if not start.done():  # a step failed while the window was still starting
            start.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await start
        shell.request_close()
        await shell.shutdown()
        await secrets.delete_async("Sandbox")
        shell.window.removeEventFilter(watcher)


async def _until(step: str, awaitable: Awaitable[T], failed: asyncio.Event, errors: list[str]) -> T:
    """Await ``awaitable``; an error message on the bus or the time limit fails ``step``."""
    work = asyncio.ensure_future(awaitable)
    alarm = asyncio.ensure_future(failed.wait())
    try:
        done, _ = await asyncio.wait(
            {work, alarm}, timeout=STEP_LIMIT_S, return_when="FIRST_COMPLETED"
        )
    finally:
        alarm.cancel()
    if work in done:
        return work.result()
    work.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await work
    if alarm in done:
        raise SmokeFailure(step, _reason(errors, "an error was reported"))
    raise SmokeFailure(step, f"not done within {STEP_LIMIT_S:.0f} s")


def _reason(errors: list[str], fallback: str) -> str:
    return errors[-1] if errors else fallback


async def _keyring_step(secrets: SecretStore, require_keyring: bool) -> str:
    name = "smoke-test"
    value = f"smoke-{tokens.token_hex(8)}"
    try:
        reached_keyring = await secrets.set_async(name, value)
        read_back = await secrets.get_async(name)
    finally:
        await secrets.delete_async(name)
    backend = _backend_path()
    if read_back != value:
        raise SmokeFailure("keyring", f"the secret read back differs ({backend})")
    if reached_keyring:
        return f"stored and read back through {backend}"
    if require_keyring:
        raise SmokeFailure("keyring", f"no keyring backend found ({backend})")
    return (
        f"no keyring backend ({backend}): session-only fallback, "
        "keys are kept in memory for this session only"
    )


def _backend_path() -> str:
    import keyring

    backend = type(keyring.get_keyring())
    return f"{backend.__module__}.{backend.__qualname__}"


def _timezone_step(progress: _Progress) -> None:
    from console.scheduling.slots import zone

    # Windows has no system time-zone database: zoneinfo falls back to the tzdata package, so
    # the bundle must carry it as a package (with its version), not only as loose files.
    try:
        version = getattr(importlib.import_module("tzdata"), "IANA_VERSION", None)
        data = resources.files("tzdata").joinpath("zoneinfo", "Europe", "Berlin").read_bytes()
    except (ImportError, OSError) as exc:
        raise SmokeFailure("timezone", f"tzdata is missing: {exc}") from exc
    if version is None:
        raise SmokeFailure("timezone", "tzdata's package module is missing (only its files)")
    bundled = ZoneInfo.from_file(io.BytesIO(data), key="Europe/Berlin")
    try:
        looked_up = zone("Europe/Berlin")  # what the console itself does
    except ValueError as exc:
        raise SmokeFailure("timezone", str(exc)) from exc
    for tz, source in ((bundled, "tzdata"), (looked_up, "zoneinfo lookup")):
        first = (_first_slot(date(2026, 7, 6), tz), _first_slot(date(2026, 12, 7), tz))
        # 09:00 in Berlin is 07:00 UTC in summer time (CEST) and 08:00 UTC in standard time.
        if (first[0].hour, first[1].hour) != (7, 8):
            raise SmokeFailure(
                "timezone",
                f"09:00 Europe/Berlin ({source}) came out as "
                f"{first[0]:%H:%M} / {first[1]:%H:%M} UTC instead of 07:00 / 08:00",
            )
    progress.passed(
        "timezone",
        f"tzdata {version}; first Europe/Berlin slot 09:00 = 07:00 UTC in July, 08:00 UTC in "
        "December (bundled data and zoneinfo lookup)",
    )


def _first_slot(day: date, tz: tzinfo) -> datetime:
    from console.scheduling.schedule import WeeklySchedule
    from console.scheduling.slots import SlotRules, compute_slots

    schedule = WeeklySchedule.from_hours([day.weekday()], [("09:00", "17:00")])
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    slots = compute_slots(
        schedule,
        tz,
        SlotRules(duration=30),
        window_start=start,
        window_end=start.replace(hour=23),
        now=start.replace(year=day.year - 1),
    )
    if not slots:
        raise SmokeFailure("timezone", f"no slot on {day.isoformat()} in Europe/Berlin")
    return slots[0]


def _holidays_step(progress: _Progress) -> None:
    from console.scheduling.holidays import holiday_exceptions

    try:
        found = holiday_exceptions(2026, "DE", "BY")
    except Exception as exc:  # a missing data module surfaces as ImportError or KeyError
        raise SmokeFailure("holidays", f"{type(exc).__name__}: {exc}") from exc
    days = dict(found)
    if date(2026, 12, 25) not in days or date(2026, 1, 6) not in days:
        raise SmokeFailure("holidays", "Christmas or Epiphany (Bavaria) is missing in 2026")
    progress.passed("holidays", f"{len(found)} public holidays in Bavaria in 2026")

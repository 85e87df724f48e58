"""The running application: window, connection switching, sandbox start and orderly shutdown.

``app.py`` builds the QApplication and the loop and awaits :meth:`Shell.run`; the objects the
shell works with are built by ``console.ui.wiring`` and passed in, so the integration tests run
the same shell against an in-process sandbox. The shell swaps one :class:`UiSession` per
connection: opening another connection closes the current one as a whole first.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from console.api.errors import ApiError, AuthenticationError, PermissionDenied
from console.asyncqt import QtMessageBridge, TaskRunner
from console.credentials import (
    Connection,
    ConnectionStore,
    CredentialKind,
    SecretStore,
    expiry_warning,
)
from console.domain.base_url import InvalidBaseUrl
from console.messages import MessageBus
from console.sandbox.child import SandboxFolderInUse, SandboxInfo
from console.session import Session
from console.store import Store
from console.ui.accounts.import_presenter import ImportPresenter
from console.ui.accounts.presenter import AccountsPresenter
from console.ui.changes.presenter import ChangesPresenter
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.connections.presenter import ConnectionsPresenter
from console.ui.errors import describe
from console.ui.main_window import MainWindow
from console.ui.session import UiSession

log = logging.getLogger(__name__)

SANDBOX_CONNECTION = "Sandbox"

# (connection, key) -> the open Session of that connection.
SessionOpener = Callable[[Connection, str], Awaitable[Session]]
# An open Session -> its UiSession (presenters bound to the window, a task scope).
UiSessionFactory = Callable[[Session], UiSession]
# () -> the connection manager's presenter (it owns its dialog); built once, reused.
ConnectionsManagerFactory = Callable[[], ConnectionsPresenter]


class SandboxControl(Protocol):
    """The built-in sandbox as the shell uses it (``console.sandbox.child.SandboxChild``)."""

    @property
    def running(self) -> bool: ...
    async def start(self) -> SandboxInfo: ...
    async def stop(self) -> None: ...


@runtime_checkable
class SupervisedSandbox(SandboxControl, Protocol):
    """A sandbox child that reports its own death and the stale child it stopped at start."""

    @property
    def stale_stopped(self) -> int | None: ...
    def set_exit_handler(self, handler: Callable[[int], None] | None) -> None: ...


#: A child that dies more than this often within RESTART_WINDOW_S is not restarted again
#: (a crash at start would otherwise loop for ever).
MAX_SANDBOX_RESTARTS = 3
RESTART_WINDOW_S = 120.0


class Shell(QObject):
    """Owns the window and the UiSession of the current connection.

    Signals:
        connection_opened(str): the named connection is now shown (accounts are loading).
        sandbox_restarted(): the sandbox child died and a new one serves the Sandbox connection.
        closed(): shutdown finished; everything is closed.
    """

    connection_opened = Signal(str)
    sandbox_restarted = Signal()
    closed = Signal()

    def __init__(
        self,
        window: MainWindow,
        *,
        connections: ConnectionStore,
        secrets: SecretStore,
        store: Store,
        bus: MessageBus,
        bridge: QtMessageBridge,
        runner: TaskRunner,
        settings: QSettings,
        sandbox: SandboxControl,
        open_session: SessionOpener,
        make_ui_session: UiSessionFactory,
        make_connections_manager: ConnectionsManagerFactory,
        preferred_connection: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.connections = connections
        self.secrets = secrets
        self.store = store
        self.bus = bus
        self.bridge = bridge
        self.runner = runner
        self.settings = settings
        self.sandbox = sandbox
        self._open_session = open_session
        self._make_ui_session = make_ui_session
        self._make_connections_manager = make_connections_manager
        self._preferred = preferred_connection
        self.ui: UiSession | None = None
        self.close_question: QMessageBox | None = None
        self._manager: ConnectionsPresenter | None = None
        # A connection that could not be opened for want of a key: saving its key opens it.
        self._awaiting_key: str | None = None
        self._closing = asyncio.Event()
        self._switch_lock = asyncio.Lock()
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.connection_chosen.connect(self._on_window_connection_chosen)
        self.window.manage_connections_requested.connect(self.open_connections_dialog)
        self.window.language_chosen.connect(self._on_window_language_chosen)
        language = self.settings.value("language")
        self.window.set_language(language if isinstance(language, str) else "")
        self._sandbox_deaths: list[float] = []
        if isinstance(sandbox, SupervisedSandbox):
            sandbox.set_exit_handler(self._on_sandbox_exited)

    # -- what the current connection holds (tests and the status bar read these) ---------------

    @property
    def current(self) -> Connection | None:
        """The connection shown now."""
        return self.ui.connection if self.ui is not None else None

    @property
    def client(self) -> Any:
        """The current connection's client (None between connections)."""
        return self.ui.session.client if self.ui is not None else None

    @property
    def accounts(self) -> AccountsPresenter | None:
        """The current connection's accounts presenter."""
        return self.ui.accounts if self.ui is not None else None

    @property
    def importer(self) -> ImportPresenter | None:
        """The current connection's import presenter."""
        return self.ui.importer if self.ui is not None else None

    @property
    def changes(self) -> ChangesPresenter | None:
        """The current connection's Changes presenter (tabs plan changes to many accounts)."""
        return self.ui.changes if self.ui is not None else None

    # -- life cycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Show the window and open the first connection (starting the sandbox if needed)."""
        self.window.restore_layout(self.settings)
        self.window.show()
        name = self._choose_connection()
        if name is None:
            name = await self._create_sandbox_connection()
        if name is None:
            return
        if self._preferred and self.connections.get(self._preferred) is None:
            self.bus.warning(
                self.tr(
                    "There is no connection called {wanted}; {name} is open instead. Add it "
                    "under Manage connections."
                ).format(wanted=self._preferred, name=name)
            )
        chosen = self.connections.get(name)
        if chosen is not None and not chosen.is_sandbox and not await self.secrets.get_async(name):
            await self._open_sandbox_instead(chosen)
            return
        await self.open_connection(name)

    async def _open_sandbox_instead(self, missing: Connection) -> None:
        """At start, the chosen connection has no key: show the sandbox, say why and what to do."""
        self._awaiting_key = missing.name
        sandbox = next((c.name for c in self.connections.list() if c.is_sandbox), None)
        if sandbox is None:
            sandbox = await self._create_sandbox_connection()
        if sandbox is not None:
            await self.open_connection(sandbox)
        else:
            self.window.set_connections([c.name for c in self.connections.list()], None)
        self.bus.warning(self._key_missing_text(missing.name, sandbox_open=self.ui is not None))
        self.open_connections_dialog(missing.name)

    def _key_missing_text(self, name: str, *, sandbox_open: bool) -> str:
        if sandbox_open:
            return self.tr(
                "No key is stored for {name} (a key kept for one session only is gone after a "
                "restart). The sandbox is open meanwhile; enter the key under Manage connections."
            ).format(name=name)
        return self.tr(
            "No key is stored for {name} (a key kept for one session only is gone after a "
            "restart). Enter it under Manage connections."
        ).format(name=name)

    async def run(self) -> None:
        """Start, then wait until the user closes the window, then shut everything down."""
        await self.start()
        await self._closing.wait()
        await self.shutdown()

    def request_close(self) -> None:
        """Ask for an orderly shutdown (same as closing the window)."""
        self._closing.set()

    async def shutdown(self) -> None:
        """Close the connection (its work cancelled and awaited), the store and the sandbox."""
        self.window.save_layout(self.settings)
        if self.current is not None:
            self.settings.setValue("connection/last", self.current.name)
        self.settings.sync()
        self.window.set_budget_source(None)
        await self._close_ui_session()
        self.runner.cancel_all()
        await self.runner.drain()
        await self.store.close()
        if isinstance(self.sandbox, SupervisedSandbox):
            self.sandbox.set_exit_handler(None)
        await self.sandbox.stop()
        self.bridge.detach()
        self.window.allow_close()
        self.window.close()
        self.closed.emit()

    # -- connections ------------------------------------------------------------------------

    async def open_connection(self, name: str) -> None:
        """Close the current connection as a whole and show ``name``'s accounts."""
        async with self._switch_lock:
            connection = self.connections.get(name)
            if connection is None:
                self.bus.error(self.tr("There is no connection called {name}.").format(name=name))
                return
            if connection.is_sandbox and not self.sandbox.running:
                connection = await self._refresh_sandbox(connection)
                if connection is None:
                    return
            key = await self.secrets.get_async(connection.name)
            if not key:
                self._awaiting_key = connection.name
                # The dropdown goes on showing what is open, not the connection that is not.
                self.window.set_connections(
                    [c.name for c in self.connections.list()],
                    self.current.name if self.current is not None else None,
                )
                self.bus.warning(self._key_missing_text(connection.name, sandbox_open=False))
                self.open_connections_dialog(connection.name)
                return
            if self.ui is not None and self.ui.import_running():
                self.bus.warning(
                    self.tr("An import is running; switch connections when it has finished.")
                )
                self.window.set_connections([c.name for c in self.connections.list()], self.ui.name)
                return
            await self._close_ui_session()
            self.window.accounts_model.set_accounts([])
            try:
                session = await self._open_session(connection, key)
            except (InvalidBaseUrl, ApiError) as exc:
                self._report_open_failure(connection, exc)
                return
            ui = self._make_ui_session(session)
            self.ui = ui
            self.connections.set_last_used(connection.name)
            self.settings.setValue("connection/last", connection.name)
            self.window.set_connections([c.name for c in self.connections.list()], connection.name)
            self.window.set_sandbox_banner(connection.is_sandbox)
            self.window.set_budget_source(session.client.rate_budget.available)
            warning = expiry_warning(connection, date.today())
            if warning:
                self.bus.warning(warning)
            ui.start()
            self.connection_opened.emit(connection.name)

    def _report_open_failure(self, connection: Connection, exc: Exception) -> None:
        # One sentence in the status bar instead of a traceback; the window and the connection
        # manager stay usable. What the user must correct (the address, the key) opens the
        # manager; a server that is down or failing does not need it.
        self.bus.error(
            self.tr("{name} could not be opened: {reason}").format(
                name=connection.name, reason=describe(exc)
            ),
            exc,
        )
        self.window.set_connections([c.name for c in self.connections.list()], None)
        self.window.set_sandbox_banner(False)
        if isinstance(exc, InvalidBaseUrl | AuthenticationError | PermissionDenied):
            self.open_connections_dialog()

    def open_connections_dialog(self, focus: str | None = None) -> ConnectionsDialog:
        """The connection manager (``open()``, non-modal) on ``focus`` or the open connection;
        one dialog, reused on every opening."""
        if self._manager is None:
            self._manager = self._make_connections_manager()
            self._manager.connections_changed.connect(self._on_connections_changed)
        if not isinstance(focus, str):  # also a menu action's ``triggered(bool)``
            focus = None
        return self._manager.show(focus or (self.current.name if self.current else None))

    async def _close_ui_session(self) -> None:
        ui, self.ui = self.ui, None
        if ui is not None:
            self.window.set_budget_source(None)
            await ui.aclose()
            ui.deleteLater()

    # -- sandbox ----------------------------------------------------------------------------

    async def _create_sandbox_connection(self) -> str | None:
        info = await self._start_sandbox()
        if info is None:
            return None
        connection = Connection(
            SANDBOX_CONNECTION, info.base_url, CredentialKind.API_KEY, None, is_sandbox=True
        )
        if self.connections.get(SANDBOX_CONNECTION) is None:
            self.connections.add(connection)
        else:
            self.connections.update(connection)
        await self.secrets.set_async(SANDBOX_CONNECTION, info.api_key)
        return SANDBOX_CONNECTION

    async def _refresh_sandbox(self, connection: Connection) -> Connection | None:
        # The sandbox listens on a new free port on every start: update the saved base URL.
        info = await self._start_sandbox()
        if info is None:
            return None
        updated = Connection(
            connection.name, info.base_url, connection.kind, connection.expires_on, True
        )
        self.connections.update(updated)
        await self.secrets.set_async(connection.name, info.api_key)
        return updated

    async def _start_sandbox(self) -> SandboxInfo | None:
        self.window.statusBar().showMessage(self.tr("Starting the sandbox…"))
        try:
            info = await self.sandbox.start()
            stale = (
                self.sandbox.stale_stopped if isinstance(self.sandbox, SupervisedSandbox) else None
            )
            if stale is not None:
                self.bus.info(
                    self.tr(
                        "A sandbox left running by an earlier start (process {pid}) was stopped."
                    ).format(pid=stale)
                )
            return info
        except SandboxFolderInUse as exc:
            self.bus.error(
                self.tr(
                    "The built-in sandbox could not be started: its folder {folder} is in use by "
                    "sandbox process {pid}, which another meetergo-console or program still "
                    "runs. Close that one first."
                ).format(folder=exc.folder, pid=exc.pid),
                exc,
            )
            return None
        except Exception as exc:  # the window must still open, with the reason shown
            self.bus.error(
                self.tr("The built-in sandbox could not be started: {reason}").format(
                    reason=str(exc)
                ),
                exc,
            )
            return None
        finally:
            self.window.statusBar().clearMessage()

    def _on_sandbox_exited(self, status: int) -> None:
        # Called on the loop when the child ends without being asked to (killed, crashed).
        if self._closing.is_set():
            return
        self.runner.run(self._restart_sandbox(status), name="restart-sandbox")

    async def _restart_sandbox(self, status: int) -> None:
        now = time.monotonic()
        self._sandbox_deaths = [t for t in self._sandbox_deaths if now - t < RESTART_WINDOW_S]
        self._sandbox_deaths.append(now)
        current = self.current
        if current is None or not current.is_sandbox:
            self.bus.warning(
                self.tr(
                    "The sandbox stopped (exit status {status}); it starts again when you open "
                    "the Sandbox connection."
                ).format(status=status)
            )
            return
        if len(self._sandbox_deaths) > MAX_SANDBOX_RESTARTS:
            # Nothing open, so choosing the Sandbox connection opens (and starts) it again.
            await self._close_ui_session()
            self.window.set_connections([c.name for c in self.connections.list()], None)
            self.window.set_sandbox_notice(self.tr("The sandbox has stopped."))
            self.bus.error(
                self.tr(
                    "The sandbox keeps stopping (exit status {status}), so it was not started "
                    "again. Choose the Sandbox connection to try once more."
                ).format(status=status)
            )
            return
        self.window.set_sandbox_notice(self.tr("It stopped unexpectedly; restarting…"))
        self.bus.warning(
            self.tr(
                "The sandbox stopped unexpectedly (exit status {status}); restarting it…"
            ).format(status=status)
        )
        await self.open_connection(current.name)
        self.window.set_sandbox_notice("")
        if self.sandbox.running:
            self.bus.info(
                self.tr(
                    "The sandbox stopped unexpectedly and was restarted. Repeat what was running "
                    "when it stopped."
                )
            )
            self.sandbox_restarted.emit()

    # -- helpers ----------------------------------------------------------------------------

    def _choose_connection(self) -> str | None:
        names = [c.name for c in self.connections.list()]
        last = self.settings.value("connection/last")
        for candidate in (self._preferred, last, self.connections.last_used):
            if isinstance(candidate, str) and candidate in names:
                return candidate
        return names[0] if names else None

    def _on_window_language_chosen(self, code: str) -> None:
        self.settings.setValue("language", code)
        self.bus.info(self.tr("The language changes the next time the console starts."))

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.window.setProperty("busy", busy)

    def unsaved_accounts(self) -> int:
        """How many accounts of the current connection hold edits nobody saved yet."""
        if self.ui is None:
            return 0
        if self.ui.meeting_types is not None:
            self.ui.meeting_types.has_unsaved()  # keeps the draft being typed
        return len(self.ui.unsaved.accounts())

    def running_work(self) -> list[str]:
        """One line per job the close would stop: a running or paused import or change set."""
        ui = self.ui
        if ui is None:
            return []
        lines: list[str] = []
        if ui.import_running() and ui.importer.job is not None:
            job = ui.importer.job
            name = job.source_name or self.tr("an import")
            lines.append(
                self.tr("The paused import {name}").format(name=name)
                if job.paused
                else self.tr("The import {name}").format(name=name)
            )
        change_set = ui.changes.running_name()
        if change_set is not None:
            lines.append(
                self.tr("The change set {name}").format(name=change_set or self.tr("(unnamed)"))
            )
        return lines

    def _ask_discard(
        self, go_on: str, then: Callable[[], object], *, work: Sequence[str] = ()
    ) -> bool:
        """Run ``then`` now, or after the user agreed to stop ``work`` (lines naming running
        jobs) and to drop the unsaved edits.

        Asked before any coroutine runs, with a window-modal box opened (not exec'd), so no
        nested event loop ever runs inside a task. Returns whether ``then`` ran already.
        """
        count = self.unsaved_accounts()
        if not count and not work:
            then()
            return True
        if work:
            title = self.tr("Work is running")
            text = self.tr(
                "{work} is still running. Closing stops it after the requests in flight; "
                "it can be continued at the next start. Close anyway?"
            ).format(work="; ".join(work))
            if count:
                text += "\n\n" + self.tr("%n account(s) have unsaved edits, too.", "", count)
        else:
            title = self.tr("Unsaved edits")
            text = self.tr("Discard the unsaved edits of %n account(s)?", "", count)
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self.window
        )
        if not work:
            box.setInformativeText(self.tr("Cancel keeps them; save them in their tab first."))
        discard = box.addButton(go_on, QMessageBox.ButtonRole.DestructiveRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then() if box.clickedButton() is discard else None)
        self.close_question = box
        box.open()
        return False

    def _on_window_close_requested(self) -> None:
        work = self.running_work()
        go_on = self.tr("Stop and close") if work else self.tr("Close without saving")
        self._ask_discard(go_on, self._closing.set, work=work)

    def _on_window_connection_chosen(self, name: str) -> None:
        current = self.current.name if self.current is not None else None
        if name == current:
            return

        def switch() -> None:
            self.runner.run(self.open_connection(name), name="open-connection")

        if not self._ask_discard(self.tr("Discard and switch"), switch):
            # Until the user agreed, the combo keeps showing the connection that is open.
            names = [c.name for c in self.connections.list()]
            self.window.set_connections(names, current)

    def _on_connections_changed(self, name: str) -> None:
        names = [c.name for c in self.connections.list()]
        current = self.current.name if self.current is not None else None
        self.window.set_connections(names, current if current in names else None)
        if current is not None and current not in names:
            # The open connection was deleted (or renamed): what it showed is gone with it.
            if name:
                self.runner.run(self.open_connection(name), name="open-connection")
            else:
                self.runner.run(self._open_sandbox_after_last(), name="open-connection")
            return
        if not name:
            if current is None:
                self.runner.run(self._open_sandbox_after_last(), name="open-connection")
            return
        saved = self.connections.get(name)
        if current is None or name == self._awaiting_key:
            self.runner.run(self._open_when_keyed(name), name="open-connection")
        elif name == current and saved is not None and saved != self.current:
            # The open connection's address or kind changed: reopen it, so what is shown comes
            # from the connection as saved.
            self._ask_discard(
                self.tr("Discard and reopen"),
                lambda: self.runner.run(self.open_connection(name), name="open-connection"),
            )

    async def _open_when_keyed(self, name: str) -> None:
        if not await self.secrets.get_async(name):
            return
        if name == self._awaiting_key:
            self._awaiting_key = None
        if self.current is not None and self.current.name != name and self.unsaved_accounts():
            self._ask_discard(
                self.tr("Discard and switch"),
                lambda: self.runner.run(self.open_connection(name), name="open-connection"),
            )
            return
        await self.open_connection(name)

    async def _open_sandbox_after_last(self) -> None:
        await self._close_ui_session()
        self.window.accounts_model.set_accounts([])
        name = await self._create_sandbox_connection()
        if name is not None:
            await self.open_connection(name)
            self.bus.info(
                self.tr("No connection is left; the built-in sandbox (demo data) is open.")
            )

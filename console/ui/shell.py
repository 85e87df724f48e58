"""The running application: window, connection switching, sandbox start and orderly shutdown.

``app.py`` builds the QApplication and the loop and awaits :meth:`Shell.run`; the objects the
shell works with are built by ``console.ui.wiring`` and passed in, so the integration tests run
the same shell against an in-process sandbox. The shell swaps one :class:`UiSession` per
connection: opening another connection closes the current one as a whole first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
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
from console.sandbox.child import SandboxInfo
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


class Shell(QObject):
    """Owns the window and the UiSession of the current connection.

    Signals:
        connection_opened(str): the named connection is now shown (accounts are loading).
        closed(): shutdown finished; everything is closed.
    """

    connection_opened = Signal(str)
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
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
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
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        if self.current is not None:
            self.settings.setValue("connection/last", self.current.name)
        self.settings.sync()
        self.window.set_budget_source(None)
        await self._close_ui_session()
        self.runner.cancel_all()
        await self.runner.drain()
        await self.store.close()
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
            return await self.sandbox.start()
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

    def _ask_discard(self, go_on: str, then: Callable[[], object]) -> bool:
        """Run ``then`` now, or after the user agreed to drop the unsaved edits.

        Asked before any coroutine runs, with a window-modal box opened (not exec'd), so no
        nested event loop ever runs inside a task. Returns whether ``then`` ran already.
        """
        count = self.unsaved_accounts()
        if not count:
            then()
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved edits"),
            self.tr("Discard the unsaved edits of %n account(s)?", "", count),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setInformativeText(self.tr("Cancel keeps them; save them in their tab first."))
        discard = box.addButton(go_on, QMessageBox.ButtonRole.DestructiveRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: then() if box.clickedButton() is discard else None)
        self.close_question = box
        box.open()
        return False

    def _on_window_close_requested(self) -> None:
        self._ask_discard(self.tr("Close without saving"), self._closing.set)

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

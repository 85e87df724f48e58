"""The running application: window, connection switching, sandbox start and orderly shutdown.

``app.py`` builds the QApplication and the loop and then awaits :meth:`Shell.run`. Every real
object is passed in or built by a replaceable factory, so the integration tests run the same
shell against an in-process sandbox.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from console import paths
from console.asyncqt import QtMessageBridge, TaskRunner
from console.credentials import (
    Connection,
    ConnectionStore,
    CredentialKind,
    SecretStore,
    expiry_warning,
)
from console.messages import MessageBus
from console.sandbox.child import SandboxChild, SandboxInfo
from console.store import Store
from console.ui.accounts.import_presenter import ImportPresenter
from console.ui.accounts.presenter import AccountsPresenter
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.connections.presenter import ConnectionsPresenter
from console.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SANDBOX_CONNECTION = "Sandbox"

# (base_url, key) -> a MeetergoClient (not yet entered).
ClientFactory = Callable[[str, str], Any]
# () -> start the sandbox and return where it listens; None means "no sandbox available".
SandboxStarter = Callable[[], Awaitable[SandboxInfo]]


def _default_client_factory(base_url: str, key: str) -> Any:
    from console.api import MeetergoClient

    return MeetergoClient(api_key=key, base_url=base_url)


class Shell(QObject):
    """Owns the window and the objects of the current connection.

    Signals:
        connection_opened(str): the named connection is now shown (accounts are loading).
        closed(): shutdown finished; everything is closed.
    """

    connection_opened = Signal(str)
    closed = Signal()

    def __init__(
        self,
        *,
        preferred_connection: str | None = None,
        connections: ConnectionStore | None = None,
        secrets: SecretStore | None = None,
        store: Store | None = None,
        bus: MessageBus | None = None,
        client_factory: ClientFactory | None = None,
        sandbox_starter: SandboxStarter | None = None,
        sandbox_stopper: Callable[[], Awaitable[None]] | None = None,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus or MessageBus()
        self.connections = connections or ConnectionStore()
        self.secrets = secrets or SecretStore()
        self.settings = settings or QSettings()
        self._store = store
        self._client_factory = client_factory or _default_client_factory
        self._sandbox = SandboxChild(paths.sandbox_dir())
        self._sandbox_starter = sandbox_starter or self._sandbox.start
        self._sandbox_stopper = sandbox_stopper or self._sandbox.stop
        self._sandbox_info: SandboxInfo | None = None
        self._preferred = preferred_connection
        self.runner = TaskRunner(self.bus, self)
        self.bridge = QtMessageBridge(self.bus, self)
        self.window = MainWindow()
        self.client: Any = None
        self.current: Connection | None = None
        self.accounts: AccountsPresenter | None = None
        self.importer: ImportPresenter | None = None
        self._closing = asyncio.Event()
        self._switch_lock = asyncio.Lock()
        self._connections_dialog: ConnectionsDialog | None = None
        self.bridge.message_posted.connect(self.window.show_message)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)
        self.window.close_requested.connect(self._on_window_close_requested)
        self.window.connection_chosen.connect(self._on_window_connection_chosen)
        self.window.manage_connections_requested.connect(self.open_connections_dialog)
        self.window.language_chosen.connect(self._on_window_language_chosen)
        language = self.settings.value("language")
        self.window.set_language(language if isinstance(language, str) else "")
        self.window.accounts_tab.import_requested.connect(self._on_tab_import_requested)

    # -- life cycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Show the window and open the first connection (starting the sandbox if needed)."""
        if self._store is None:
            self._store = await asyncio.to_thread(Store.open)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        self.window.show()
        name = self._choose_connection()
        if name is None:
            name = await self._create_sandbox_connection()
        if name is not None:
            await self.open_connection(name)

    async def run(self) -> None:
        """Start, then wait until the user closes the window, then shut everything down."""
        await self.start()
        await self._closing.wait()
        await self.shutdown()

    def request_close(self) -> None:
        """Ask for an orderly shutdown (same as closing the window)."""
        self._closing.set()

    async def shutdown(self) -> None:
        """Cancel work, wait for it, close client and store, stop the sandbox, close the window."""
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        if self.current is not None:
            self.settings.setValue("connection/last", self.current.name)
        self.settings.sync()
        self.window.set_budget_source(None)
        self.runner.cancel_all()
        await self.runner.drain()
        await self._close_client()
        if self._store is not None:
            await self._store.close()
        await self._sandbox_stopper()
        self.bridge.detach()
        self.window.allow_close()
        self.window.close()
        self.closed.emit()

    # -- connections ------------------------------------------------------------------------

    async def open_connection(self, name: str) -> None:
        """Close the current connection's client and show ``name``'s accounts."""
        async with self._switch_lock:
            connection = self.connections.get(name)
            if connection is None:
                self.bus.error(self.tr("There is no connection called {name}.").format(name=name))
                return
            if connection.is_sandbox and (
                self._sandbox_info is None or not self._sandbox_running()
            ):
                connection = await self._refresh_sandbox(connection)
                if connection is None:
                    return
            key = await self.secrets.get_async(connection.name)
            if not key:
                self.bus.warning(
                    self.tr("No key is stored for {name}. Add it under Manage connections.").format(
                        name=connection.name
                    )
                )
                self.open_connections_dialog()
                return
            if self.importer is not None and self.importer.job is not None:
                if not self.runner.is_idle() and "onboarding" in self.runner.running_names():
                    self.bus.warning(
                        self.tr("An import is running; switch connections when it has finished.")
                    )
                    self.window.set_connections(
                        [c.name for c in self.connections.list()],
                        self.current.name if self.current else None,
                    )
                    return
            if self.accounts is not None:
                self.runner.cancel("accounts-load")
                self.accounts.disconnect_view()
                self.accounts.deleteLater()
                self.accounts = None
            if self.importer is not None:
                self.importer.deleteLater()
                self.importer = None
            await self._close_client()
            client = self._client_factory(connection.base_url, key)
            await client.__aenter__()
            self.client = client
            self.current = connection
            self.connections.set_last_used(connection.name)
            self.settings.setValue("connection/last", connection.name)
            from console.services.accounts import AccountService

            assert self._store is not None
            store = self._store
            service = AccountService(client, store, connection.name, self.bus)

            async def audit() -> list[Any]:
                return list(await store.audit_entries(connection.name))

            self.window.accounts_model.set_accounts([])
            self.accounts = AccountsPresenter(
                self.window, service=service, runner=self.runner, audit_source=audit, parent=self
            )
            self.window.set_connections([c.name for c in self.connections.list()], connection.name)
            self.window.set_sandbox_banner(connection.is_sandbox)
            self.window.set_budget_source(client.rate_budget.available)
            warning = expiry_warning(connection, date.today())
            if warning:
                self.bus.warning(warning)
            self.importer = ImportPresenter(
                self.window,
                client=client,
                store=store,
                connection=connection.name,
                runner=self.runner,
                bus=self.bus,
                existing=self._existing_accounts,
                parent=self,
            )
            self.importer.finished.connect(self._on_importer_finished)
            self.accounts.start()
            self.runner.run(self.importer.check_unfinished(), name="import-resume-check")
            self.connection_opened.emit(connection.name)

    def open_connections_dialog(self) -> ConnectionsDialog:
        """The connection manager (``open()``, non-modal to the loop)."""
        dialog = ConnectionsDialog(
            keyring_available=self.secrets.backend_available, parent=self.window
        )

        @contextlib.asynccontextmanager
        async def probe(base_url: str, key: str) -> Any:
            async with self._client_factory(base_url, key) as client:
                yield client

        presenter = ConnectionsPresenter(
            dialog,
            connections=self.connections,
            secrets=self.secrets,
            runner=self.runner,
            client_factory=probe,
            parent=dialog,
        )
        presenter.connections_changed.connect(self._on_connections_changed)
        self._connections_dialog = dialog
        dialog.open()
        return dialog

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
            self._sandbox_info = await self._sandbox_starter()
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
        return self._sandbox_info

    def _sandbox_running(self) -> bool:
        return self._sandbox.running if self._sandbox_starter == self._sandbox.start else True

    # -- helpers ----------------------------------------------------------------------------

    def _choose_connection(self) -> str | None:
        names = [c.name for c in self.connections.list()]
        last = self.settings.value("connection/last")
        for candidate in (self._preferred, last, self.connections.last_used):
            if isinstance(candidate, str) and candidate in names:
                return candidate
        return names[0] if names else None

    async def _close_client(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            self.window.set_budget_source(None)
            await client.__aexit__(None, None, None)

    def _existing_accounts(self) -> tuple[list[str], list[str]]:
        rows = self.window.accounts_model.accounts()
        return [r.email for r in rows if r.email], [r.slug for r in rows if r.slug]

    def _on_tab_import_requested(self) -> None:
        if self.importer is not None:
            self.importer.open()

    def _on_importer_finished(self, counts: object) -> None:
        if self.accounts is not None:
            self.accounts.refresh()

    def _on_window_language_chosen(self, code: str) -> None:
        self.settings.setValue("language", code)
        self.bus.info(self.tr("The language changes the next time the console starts."))

    def _on_runner_busy_changed(self, busy: bool) -> None:
        self.window.setProperty("busy", busy)

    def _on_window_close_requested(self) -> None:
        self._closing.set()

    def _on_window_connection_chosen(self, name: str) -> None:
        if self.current is None or name != self.current.name:
            self.runner.run(self.open_connection(name), name="open-connection")

    def _on_connections_changed(self, name: str) -> None:
        names = [c.name for c in self.connections.list()]
        current = self.current.name if self.current is not None else None
        self.window.set_connections(names, current if current in names else None)
        if name and (current is None or current not in names):
            self.runner.run(self.open_connection(name), name="open-connection")

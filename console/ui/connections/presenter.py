"""Presenter of the connection manager: saves keys to the keyring and tests connections."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from console.asyncqt import TaskRunner
from console.credentials import ConnectionStore, SecretStore
from console.domain.base_url import normalize_base_url
from console.ui.connections.dialog import ConnectionDraft, ConnectionsDialog
from console.ui.errors import describe
from console.ui.operations import WhenClosed, run_dialog_operation


class _Users(Protocol):
    async def me(self) -> Any: ...


class ProbeClient(Protocol):
    """What "Test connection" needs of a client: ``users.me()``."""

    @property
    def users(self) -> _Users: ...


# ``(base_url, key) -> async context manager yielding a client``; app.py passes MeetergoClient.
ClientFactory = Callable[[str, str], AbstractAsyncContextManager[ProbeClient]]


class KeyMissing(Exception):
    """Test was asked for a connection that has no stored key and none was typed."""


class ConnectionsPresenter(QObject):
    """Drives a :class:`ConnectionsDialog`.

    Signals:
        connections_changed(str): a connection was saved or removed; the argument is the name
            to select now ("" when none is left).
    """

    connections_changed = Signal(str)

    def __init__(
        self,
        dialog: ConnectionsDialog,
        *,
        connections: ConnectionStore,
        secrets: SecretStore,
        runner: TaskRunner,
        client_factory: ClientFactory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialog = dialog
        self._connections = connections
        self._secrets = secrets
        self._runner = runner
        self._client_factory = client_factory
        dialog.save_requested.connect(self._on_dialog_save_requested)
        dialog.delete_requested.connect(self._on_dialog_delete_requested)
        dialog.test_requested.connect(self._on_dialog_test_requested)
        dialog.selected.connect(self._on_dialog_selected)
        dialog.set_keyring_available(secrets.backend_available)
        dialog.set_connections(connections.list(), connections.last_used)

    @property
    def dialog(self) -> ConnectionsDialog:
        """The dialog this presenter drives (one per window, reused on every opening)."""
        return self._dialog

    def show(self, current: str | None = None) -> ConnectionsDialog:
        """Open the dialog again with the saved connections as they are now, on ``current``."""
        self._dialog.set_keyring_available(self._secrets.backend_available)
        connections = self._connections.list()
        self._dialog.set_connections(connections, current or self._connections.last_used)
        self._runner.run(self._check_keys([c.name for c in connections]), name="check-keys")
        self._dialog.open()
        return self._dialog

    async def _check_keys(self, names: list[str]) -> None:
        # A key kept for one session only is gone after a restart, and a keyring entry can be
        # removed outside the console: the form must not say "Stored" for those.
        for name in names:
            self._dialog.set_key_state(name, bool(await self._secrets.get_async(name)))

    async def test(self, draft: ConnectionDraft) -> str:
        """Call ``GET /v4/user/me`` with the draft's key (or the stored one); returns who we are."""
        key = draft.key or (
            await self._secrets.get_async(draft.original_name) if draft.original_name else None
        )
        if not key:
            raise KeyMissing(
                self.tr("No key is stored for this connection. Paste the key above, then test.")
                if draft.original_name
                else self.tr("Paste the key above, then test.")
            )
        base_url = normalize_base_url(draft.connection.base_url, require_tls=True)
        async with self._client_factory(base_url, key) as client:
            me = await client.users.me()
        name = (getattr(me, "full_name", None) or getattr(me, "email", None) or me.id) if me else ""
        return str(name)

    def _on_dialog_test_requested(self, draft: ConnectionDraft) -> None:
        self._dialog.show_test_result(None, self.tr("Testing…"))

        def ok(who: str) -> None:
            self._dialog.show_test_result(True, self.tr("Connected as {who}.").format(who=who))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyMissing):
                if draft.original_name:
                    self._dialog.set_key_state(draft.original_name, False)
                self._dialog.ask_for_key(str(exc))
                return
            self._dialog.show_test_result(False, describe(exc))

        # A test nobody waits for (the dialog was closed) is cancelled.
        run_dialog_operation(
            self._runner,
            self._dialog,
            self.test(draft),
            name="test-connection",
            on_result=ok,
            on_failure=failed,
            when_closed=WhenClosed.CANCEL,
            close_on_success=False,
        )

    def _on_dialog_save_requested(self, draft: ConnectionDraft) -> None:
        self._runner.run(self._save(draft), name="save-connection")

    async def _save(self, draft: ConnectionDraft) -> None:
        connection = draft.connection
        if draft.original_name is None:
            self._connections.add(connection)
        elif draft.original_name != connection.name:
            key = draft.key or await self._secrets.get_async(draft.original_name) or ""
            self._connections.add(connection)
            self._connections.remove(draft.original_name)
            await self._secrets.delete_async(draft.original_name)
            if key:
                await self._secrets.set_async(connection.name, key)
        else:
            self._connections.update(connection)
        if draft.key:
            in_keyring = await self._secrets.set_async(connection.name, draft.key)
            self._dialog.set_keyring_available(in_keyring)
            self._dialog.set_key_state(connection.name, True)
        self._dialog.set_connections(self._connections.list(), connection.name)
        self._dialog.show_test_result(None, self.tr("Saved."))
        self.connections_changed.emit(connection.name)

    def _on_dialog_delete_requested(self, name: str) -> None:
        self._runner.run(self._delete(name), name="delete-connection")

    async def _delete(self, name: str) -> None:
        self._connections.remove(name)
        await self._secrets.delete_async(name)
        remaining = self._connections.list()
        self._dialog.set_connections(remaining, None)
        self.connections_changed.emit(remaining[0].name if remaining else "")

    def _on_dialog_selected(self, name: str) -> None:
        connection = self._connections.get(name)
        if connection is not None:
            self._dialog.edit(connection, has_key=self._dialog.key_state(name))
            self._runner.run(self._check_keys([name]), name="check-keys")

"""Connection states a user can reach that have no key, and deleting connections: each one says
what happened and what to do, on an in-process sandbox and the real shell."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from console.api import MeetergoClient
from console.asyncqt import TaskRunner, signal_future
from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
from console.messages import MessageBus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.sandbox.child import SandboxInfo
from console.store import Store
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.connections.presenter import ConnectionsPresenter
from console.ui.shell import SANDBOX_CONNECTION, Shell
from console.ui.wiring import build_shell
from tests.ui.test_connections import API_KEY, FakeUsers, fake_factory

BASE_URL = "http://localhost:8080"


class InProcessSandbox:
    """The built-in sandbox as the shell starts it, served in-process."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.running = False

    async def start(self) -> SandboxInfo:
        self.running = True
        return SandboxInfo(BASE_URL, self.key)

    async def stop(self) -> None:
        self.running = False


def _click(box: QMessageBox | None, text: str) -> None:
    assert box is not None
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


@pytest.fixture
def shell(qtbot: Any, qloop: asyncio.AbstractEventLoop, isolated_dirs: Any) -> Iterator[Shell]:
    """ "Agency" chosen with --connection, its key gone (kept for one session, restarted);
    "Other" has its key and was used last."""
    app = create_app(SandboxConfig(rate_limit=False))
    key = app.state.sandbox.demo_api_key
    connections, secrets = ConnectionStore(), SecretStore()
    connections.add(Connection("Agency", BASE_URL, CredentialKind.API_KEY))
    connections.add(Connection("Other", BASE_URL, CredentialKind.API_KEY))
    secrets.set("Other", key)
    connections.set_last_used("Other")

    def client_factory(base_url: str, api_key: str) -> MeetergoClient:
        return MeetergoClient(api_key, base_url, transport=sandbox_transport(app))

    built = build_shell(
        store=Store.open(":memory:"),
        settings=QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat),
        connections=connections,
        secrets=secrets,
        client_factory=client_factory,
        sandbox=InProcessSandbox(key),
        preferred_connection="Agency",
    )
    built.demo_key = key  # type: ignore[attr-defined]
    qtbot.addWidget(built.window)
    yield built


def _said(shell: Shell) -> list[str]:
    """What the shell tells the user (the status bar shows each for a few seconds)."""
    said: list[str] = []
    shell.bus.subscribe(lambda message: said.append(message.text))
    return said


def _combo(shell: Shell) -> list[str]:
    combo = shell.window.connection_combo
    return [combo.itemText(i) for i in range(combo.count())]


def _dialog(shell: Shell) -> ConnectionsDialog:
    manager = shell._manager
    assert manager is not None
    return manager.dialog


def test_a_chosen_connection_without_its_key_opens_the_sandbox_and_says_what_to_do(
    shell: Shell, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    said = _said(shell)

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        assert shell.current is not None and shell.current.is_sandbox
        assert sorted(_combo(shell)) == ["Agency", "Other", SANDBOX_CONNECTION]
        assert shell.window.connection_combo.currentText() == SANDBOX_CONNECTION
        [message] = [text for text in said if "No key is stored for Agency" in text]
        assert "sandbox is open meanwhile" in message and "Manage connections" in message
        dialog = _dialog(shell)
        assert dialog.isVisible()
        assert dialog.name_edit.text() == "Agency"  # not "Other", which was used last
        await shell.runner.drain()
        assert dialog.key_note.isVisible() and "No key is stored" in dialog.key_note.text()
        # Entering the key opens the connection; the dropdown and the data agree.
        qtbot.keyClicks(dialog.key_edit, shell.demo_key)  # type: ignore[attr-defined]
        assert dialog.save_button.isEnabled(), dialog.problem_label.text()
        opened = signal_future(shell.connection_opened)
        dialog.save_button.click()
        assert await asyncio.wait_for(opened, 30) == ("Agency",)
        assert shell.current is not None and shell.current.name == "Agency"
        assert shell.window.connection_combo.currentText() == "Agency"
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


def test_choosing_a_connection_without_its_key_keeps_the_open_one_shown_and_asks_for_it(
    shell: Shell, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    shell._preferred = "Other"
    said = _said(shell)

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        assert shell.current is not None and shell.current.name == "Other"
        shell.window.connection_combo.setCurrentText("Agency")
        await shell.runner.drain()
        assert shell.current is not None and shell.current.name == "Other"
        assert shell.window.connection_combo.currentText() == "Other"
        assert any("No key is stored for Agency" in text for text in said)
        dialog = _dialog(shell)
        assert dialog.name_edit.text() == "Agency" and dialog.key_note.isVisible()
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


def test_a_connection_named_at_start_that_does_not_exist_is_named_in_a_message(
    shell: Shell, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    shell._preferred = "Agncy"
    said = _said(shell)

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        assert shell.current is not None and shell.current.name == "Other"
        assert "There is no connection called Agncy; Other is open instead." in " ".join(said)
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


def test_changing_the_open_connections_address_reopens_it_from_what_was_saved(
    shell: Shell, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    shell._preferred = "Other"

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        dialog = shell.open_connections_dialog()
        assert dialog.name_edit.text() == "Other"  # the dialog opens on the open connection
        dialog.url_edit.setText("http://127.0.0.1:8123")
        opened = signal_future(shell.connection_opened)
        dialog.save_button.click()
        assert await asyncio.wait_for(opened, 30) == ("Other",)
        assert shell.current is not None and shell.current.base_url == "http://127.0.0.1:8123"
        assert shell.window.connection_combo.currentText() == "Other"
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


def test_deleting_the_open_and_last_connection_asks_naming_it_and_opens_the_sandbox(
    shell: Shell, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    shell._preferred = "Other"
    shell.connections.remove("Agency")

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        dialog = shell.open_connections_dialog()
        dialog.delete_button.click()
        box = dialog.delete_question
        assert box is not None and "“Other”" in box.text()
        assert "last connection" in box.text() and "sandbox" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        await shell.runner.drain()
        assert [c.name for c in shell.connections.list()] == ["Other"]
        dialog.delete_button.click()
        opened = signal_future(shell.connection_opened)
        _click(dialog.delete_question, "Delete")
        assert await asyncio.wait_for(opened, 30) == (SANDBOX_CONNECTION,)
        assert [c.name for c in shell.connections.list()] == [SANDBOX_CONNECTION]
        assert _combo(shell) == [SANDBOX_CONNECTION]
        assert shell.current is not None and shell.current.is_sandbox
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


@pytest.fixture
def manager(qtbot: Any, bus: MessageBus) -> Iterator[tuple[ConnectionsPresenter, FakeUsers]]:
    """The connection manager on "Agency", whose key was kept for one session only: after a
    restart (a new SecretStore) it is gone."""
    connections = ConnectionStore()
    connections.add(Connection("Agency", "https://api.meetergo.com", CredentialKind.API_KEY))
    connections.add(Connection("Second", "https://api.meetergo.com", CredentialKind.API_KEY))
    dialog = ConnectionsDialog(keyring_available=True)
    qtbot.addWidget(dialog)
    users = FakeUsers()
    presenter = ConnectionsPresenter(
        dialog,
        connections=connections,
        secrets=SecretStore(),
        runner=TaskRunner(bus),
        client_factory=fake_factory(users),
    )
    yield presenter, users


def test_a_session_only_key_gone_after_a_restart_is_not_shown_as_stored(
    manager: tuple[ConnectionsPresenter, FakeUsers], qloop: asyncio.AbstractEventLoop
) -> None:
    presenter, _users = manager
    dialog = presenter.show("Agency")
    qloop.run_until_complete(presenter._runner.drain())
    assert "Stored" not in dialog.key_edit.placeholderText()
    assert "No key stored" in dialog.key_edit.placeholderText()
    assert dialog.key_note.isVisible()
    assert "gone after a restart" in dialog.key_note.text()
    assert not dialog.save_button.isEnabled()
    assert "Paste the API key" in dialog.problem_label.text()


def test_test_without_a_key_says_so_and_offers_to_enter_one(
    manager: tuple[ConnectionsPresenter, FakeUsers], qloop: asyncio.AbstractEventLoop
) -> None:
    presenter, users = manager
    dialog = presenter.show("Agency")
    qloop.run_until_complete(presenter._runner.drain())
    dialog.activateWindow()
    assert dialog.test_button.isEnabled()
    dialog.test_button.click()
    qloop.run_until_complete(presenter._runner.drain())
    assert dialog.test_label.text() == (
        "✗ No key is stored for this connection. Paste the key above, then test."
    )
    assert dialog.focusWidget() is dialog.key_edit
    assert users.keys == []  # nothing was sent
    dialog.key_edit.setText(API_KEY)
    dialog.test_button.click()
    qloop.run_until_complete(presenter._runner.drain())
    assert dialog.test_label.text() == "✓ Connected as Olivia Owner."


def test_deleting_a_connection_asks_first_naming_it(
    manager: tuple[ConnectionsPresenter, FakeUsers], qloop: asyncio.AbstractEventLoop
) -> None:
    presenter, _users = manager
    dialog = presenter.show("Agency")
    dialog.delete_button.click()
    box = dialog.delete_question
    assert box is not None and box.isVisible()
    assert "Delete the connection “Agency”?" in box.text()
    assert "last connection" not in box.text()  # "Second" stays
    box.button(QMessageBox.StandardButton.Cancel).click()
    qloop.run_until_complete(presenter._runner.drain())
    assert [c.name for c in presenter._connections.list()] == ["Agency", "Second"]
    dialog.delete_button.click()
    _click(dialog.delete_question, "Delete")
    qloop.run_until_complete(presenter._runner.drain())
    assert [c.name for c in presenter._connections.list()] == ["Second"]

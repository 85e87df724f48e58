"""The shell's connection life cycle on an in-process sandbox: one UiSession per connection.

Switching connections closes the old connection as a whole (every task of its scope cancelled
and awaited); the connection manager is one dialog, reused.
"""

from __future__ import annotations

import asyncio
import gc

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from console.api import MeetergoClient
from console.asyncqt import signal_future
from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.sandbox.child import SandboxInfo
from console.store import JobRecord, Store
from console.store.journal import Journal
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.connections.presenter import ConnectionsPresenter
from console.ui.shell import Shell
from console.ui.wiring import build_shell

BASE_URL = "http://sandbox.test"


class NoSandbox:
    """These connections are ordinary ones; the sandbox child is never needed."""

    running = False

    async def start(self) -> SandboxInfo:
        raise AssertionError("the sandbox child was started")

    async def stop(self) -> None:
        return None


class SlowResumeCheckJournal(Journal):
    """A real journal whose look-up of unfinished imports of connection "A" never answers."""

    def __init__(self, db: Store) -> None:
        super().__init__(db)
        self.check_started = asyncio.Event()
        self.check_cancelled = False

    async def unfinished(self, connection: str) -> list[JobRecord]:
        if connection != "A":
            return await super().unfinished(connection)
        self.check_started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            self.check_cancelled = True
            raise
        return []


@pytest.fixture
def shell(qtbot, qloop, isolated_dirs) -> Shell:
    app = create_app(SandboxConfig(rate_limit=False))
    key = app.state.sandbox.demo_api_key
    connections = ConnectionStore()
    secrets = SecretStore()
    for name in ("A", "B"):
        connections.add(Connection(name, BASE_URL, CredentialKind.API_KEY))
        secrets.set(name, key)
    store = Store.open(":memory:")
    store.journal = SlowResumeCheckJournal(store)

    def client_factory(base_url: str, api_key: str) -> MeetergoClient:
        return MeetergoClient(api_key, base_url, transport=sandbox_transport(app))

    settings = QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat)
    built = build_shell(
        store=store,
        settings=settings,
        connections=connections,
        secrets=secrets,
        client_factory=client_factory,
        sandbox=NoSandbox(),
        preferred_connection="A",
    )
    qtbot.addWidget(built.window)
    return built


def test_switching_connections_while_a_resume_check_runs_cancels_it(shell, qloop, qtbot):
    journal = shell.store.journal
    assert isinstance(journal, SlowResumeCheckJournal)

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        assert shell.current is not None and shell.current.name == "A"
        await asyncio.wait_for(journal.check_started.wait(), 5)
        old = shell.ui
        assert old is not None and "import-resume-check" in old.runner.running_names()
        old_client = shell.client
        opened = signal_future(shell.connection_opened)
        shell.window.connection_combo.setCurrentText("B")
        assert await asyncio.wait_for(opened, 30) == ("B",)
        # Every task of A ended before B opened, the resume check included, and A's client
        # is closed; nothing of A is left running in the shell's runner.
        assert journal.check_cancelled
        assert old.runner.is_idle() and old.runner.closed
        assert shell.client is not old_client
        loaded = signal_future(shell.accounts.loaded)
        await asyncio.wait_for(loaded, 30)
        assert not [box for box in shell.window.findChildren(QMessageBox) if box.isVisible()]
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


def test_opening_and_closing_the_connection_manager_three_times_keeps_one_dialog(
    shell, qloop, qtbot
):
    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        seen = []
        for _ in range(3):
            dialog = shell.open_connections_dialog()
            assert dialog.isVisible()
            names = [dialog.list_widget.item(i).text() for i in range(dialog.list_widget.count())]
            assert names == ["A", "B"]
            seen.append(dialog)
            dialog.reject()
            assert not dialog.isVisible()
        gc.collect()
        assert len({id(d) for d in seen}) == 1
        assert len(shell.window.findChildren(ConnectionsDialog)) == 1
        assert len(shell.window.findChildren(ConnectionsPresenter)) == 1
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


@pytest.fixture
def troubled_shell(qtbot, qloop, isolated_dirs) -> Shell:
    """Connections that cannot be opened, next to one that can ("Good")."""
    app = create_app(SandboxConfig(rate_limit=False))
    failing = create_app(SandboxConfig(rate_limit=False))
    failing.state.sandbox.config.faults.error_rate = 1.0
    key = app.state.sandbox.demo_api_key
    connections = ConnectionStore()
    secrets = SecretStore()
    for name, url, kind, secret in [
        ("Good", BASE_URL, CredentialKind.API_KEY, key),
        ("Wrong key", BASE_URL, CredentialKind.PAT, "rgo-not-a-real-token"),
        ("Failing", "http://failing.test", CredentialKind.PAT, "rgo-any"),
        ("No scheme", "sandbox.test", CredentialKind.API_KEY, key),
    ]:
        connections.add(Connection(name, url, kind))
        secrets.set(name, secret)

    async def no_sleep(_seconds: float) -> None:
        return None

    def client_factory(base_url: str, api_key: str) -> MeetergoClient:
        target = failing if "failing" in base_url else app
        return MeetergoClient(
            api_key, base_url, transport=sandbox_transport(target), sleep=no_sleep
        )

    settings = QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat)
    built = build_shell(
        store=Store.open(":memory:"),
        settings=settings,
        connections=connections,
        secrets=secrets,
        client_factory=client_factory,
        sandbox=NoSandbox(),
        preferred_connection="Wrong key",
    )
    qtbot.addWidget(built.window)
    return built


@pytest.mark.parametrize(
    ("name", "sentence", "manager_opens"),
    [
        (
            "Wrong key",
            "Wrong key could not be opened: The key was rejected. Check that it is correct and "
            "not expired.",
            True,
        ),
        (
            "Failing",
            "Failing could not be opened: The server had a problem (50",
            False,
        ),
        (
            "No scheme",
            "No scheme could not be opened: The base URL 'sandbox.test' has no scheme; write "
            "https://sandbox.test.",
            True,
        ),
    ],
)
def test_a_connection_that_cannot_be_opened_at_start_is_one_sentence_in_the_status_bar(
    troubled_shell, qloop, name, sentence, manager_opens
):
    shell = troubled_shell
    shell._preferred = name

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)  # no exception escapes the start
        assert shell.current is None and shell.ui is None
        assert shell.window.statusBar().currentMessage().startswith("Error: " + sentence)
        dialog = shell._manager.dialog if shell._manager is not None else None
        assert (dialog is not None and dialog.isVisible()) is manager_opens
        # The window stays usable: the good connection opens from the dropdown.
        opened = signal_future(shell.connection_opened)
        shell.window.connection_combo.setCurrentText("Good")
        assert await asyncio.wait_for(opened, 30) == ("Good",)
        await asyncio.wait_for(signal_future(shell.accounts.loaded), 30)
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())

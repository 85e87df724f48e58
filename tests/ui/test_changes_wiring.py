"""The Changes panel in the window: Ctrl+Shift+J, the View menu, one presenter per connection."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSettings, Qt

from console.api import MeetergoClient
from console.asyncqt import signal_future
from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
from console.jobs.model import ChangeSetState, OpStatus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.session import Session
from console.store import Store
from console.ui.changes import presenter as changes
from console.ui.changes.panel import ChangesPanel
from console.ui.shell import Shell
from console.ui.wiring import build_shell
from tests.ui.changes_data import FakeEngine, five_account_plan, with_status
from tests.ui.test_main_window import make_views
from tests.ui.test_shell import BASE_URL, NoSandbox


def test_ctrl_shift_j_shows_and_hides_the_changes_panel_and_the_view_menu_has_it(qtbot):
    views = make_views(qtbot)
    window, panel = views.window, views.changes_panel
    assert not panel.isVisible()
    entries = [a.text() for a in window.view_menu.actions()]
    assert entries == ["Changes"]
    qtbot.keyClick(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.isVisible()
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.BottomDockWidgetArea
    qtbot.waitUntil(lambda: panel.isAncestorOf(window.focusWidget()))
    qtbot.keyClick(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not panel.isVisible()


@pytest.fixture
def make_shell(qtbot, qloop, isolated_dirs):
    def make(factory=None) -> Shell:
        app = create_app(SandboxConfig(rate_limit=False))
        key = app.state.sandbox.demo_api_key
        connections = ConnectionStore()
        secrets = SecretStore()
        for name in ("A", "B"):
            connections.add(Connection(name, BASE_URL, CredentialKind.API_KEY))
            secrets.set(name, key)

        def client_factory(base_url: str, api_key: str) -> MeetergoClient:
            return MeetergoClient(api_key, base_url, transport=sandbox_transport(app))

        settings = QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat)
        shell = build_shell(
            store=Store.open(":memory:"),
            settings=settings,
            connections=connections,
            secrets=secrets,
            client_factory=client_factory,
            sandbox=NoSandbox(),
            preferred_connection="A",
            changes_backend_factory=factory,
        )
        qtbot.addWidget(shell.window)
        return shell

    return make


def test_by_default_the_real_engine_starts_with_no_change_sets_and_no_apply(make_shell, qloop):
    shell = make_shell()  # no factory: the wiring gives each connection the real ChangeEngine

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        presenter = shell.changes
        assert presenter is not None and presenter.available
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())
    panel = shell.window.findChildren(ChangesPanel)[0]
    assert panel.empty_label.text() == "No change sets yet."
    assert not panel.apply_button.isEnabled()


def test_each_connection_gets_its_own_engine_and_an_interrupted_change_set_is_offered(
    make_shell, qloop
):
    engines: dict[str, FakeEngine] = {}
    interrupted = with_status(five_account_plan(), ChangeSetState.PAUSED, {"op-0": OpStatus.DONE})

    def factory(session: Session) -> FakeEngine:
        engine = FakeEngine(interrupted) if session.name == "A" else FakeEngine()
        engines[session.name] = engine
        return engine

    shell = make_shell(factory)
    panel = shell.window.findChildren(ChangesPanel)[0]

    async def scenario() -> None:
        opened = signal_future(shell.connection_opened)
        start = asyncio.ensure_future(shell.start())
        await asyncio.wait_for(opened, 30)
        # The presenter exists once the connection is open; its offer comes from a task.
        assert shell.changes is not None
        if panel.offered() is None:
            await asyncio.wait_for(signal_future(shell.changes.resume_offered), 10)
        await start
        assert panel.isVisible() and panel.offered() == "cs-1"
        opened = signal_future(shell.connection_opened)
        shell.window.connection_combo.setCurrentText("B")
        await asyncio.wait_for(opened, 30)
        # A's presenter let go of the panel: no offer, no change set, A's engine unsubscribed.
        assert panel.offered() is None and panel.change_set is None
        assert engines["A"]._listeners == []
        assert shell.ui is not None
        if changes.START in shell.ui.runner.running_names():
            finished = signal_future(shell.ui.runner.finished)
            while (await asyncio.wait_for(finished, 10)) != (changes.START,):
                finished = signal_future(shell.ui.runner.finished)
        assert ("history", "") in engines["B"].calls
        assert panel.offered() is None
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())
    assert engines["A"].sent() == [] and engines["B"].sent() == []

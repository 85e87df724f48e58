"""The whole window on a real qasync loop against a real ``sandbox serve`` child process."""

from __future__ import annotations

import asyncio
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt

from console.asyncqt import signal_future
from console.credentials import Connection, ConnectionStore, CredentialKind
from console.store import Store
from console.ui.wiring import build_shell, build_views


def test_importing_the_entry_point_does_not_load_qt():
    code = "import sys, console.app; sys.exit('PySide6' in sys.modules or 'qasync' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_first_start_runs_the_sandbox_shows_its_accounts_and_closing_stops_it(
    qtbot, qloop, memory_keyring, isolated_dirs
):
    settings = QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat)
    views = build_views()
    shell = build_shell(views=views, store=Store.open(), settings=settings)
    qtbot.addWidget(shell.window)

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 60)
        assert shell.accounts is not None
        loaded = signal_future(shell.accounts.loaded)
        assert await asyncio.wait_for(loaded, 30) != (0,)
        before = shell.window.accounts_model.rowCount()

        # a new account through the form, over the real socket
        dialog = shell.accounts.open_new_account()
        qtbot.keyClicks(dialog.email_edit, "e2e.person@kanzlei.example")
        qtbot.keyClicks(dialog.given_edit, "Erika")
        qtbot.keyClicks(dialog.family_edit, "Endtoend")
        created = signal_future(shell.accounts.account_created)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        (user_id,) = await asyncio.wait_for(created, 30)
        assert shell.window.accounts_model.rowCount() == before + 1
        row = shell.window.accounts_model.account_by_id(user_id)
        sandbox = shell.current
        assert sandbox is not None
        assert row is not None and row.booking_url.startswith(sandbox.base_url)
        assert views.accounts_tab.audit_panel.row_count() == 1

        # a second, ordinary connection to the same server: switching replaces client + banner
        shell.connections.add(
            Connection("Agency", sandbox.base_url, CredentialKind.API_KEY, None, is_sandbox=False)
        )
        shell.secrets.set("Agency", shell.secrets.get("Sandbox") or "")
        shell.window.set_connections([c.name for c in shell.connections.list()], "Sandbox")
        old_client = shell.client
        opened = signal_future(shell.connection_opened)
        shell.window.connection_combo.setCurrentText("Agency")
        assert await asyncio.wait_for(opened, 30) == ("Agency",)
        assert shell.client is not old_client
        assert not shell.window.banner.isVisibleTo(shell.window)
        assert shell.window.connection_label.text() == "Connection: Agency"
        reloaded = signal_future(shell.accounts.loaded)
        await asyncio.wait_for(reloaded, 30)
        assert shell.window.accounts_model.rowCount() == before + 1
        opened = signal_future(shell.connection_opened)
        shell.window.connection_combo.setCurrentText("Sandbox")
        await asyncio.wait_for(opened, 30)
        cache_shown = signal_future(shell.accounts.loaded)  # the window shows accounts again
        await asyncio.wait_for(cache_shown, 30)

        closed = signal_future(shell.closed)
        shell.window.close()  # the user closes the window
        run = asyncio.ensure_future(shell._closing.wait())
        await asyncio.wait_for(run, 5)
        await asyncio.wait_for(shell.shutdown(), 30)
        await asyncio.wait_for(closed, 1)

    qloop.run_until_complete(scenario())
    connection = ConnectionStore().get("Sandbox")
    assert connection is not None and connection.is_sandbox
    assert connection.base_url.startswith("http://127.0.0.1:")
    assert memory_keyring.store[("meetergo-console", "Sandbox")].startswith("ak_live:")
    assert shell.window.accounts_model.rowCount() > 0
    assert shell.window.banner.isVisibleTo(shell.window)
    assert shell.window.banner.text().startswith("Sandbox — demo data")
    assert not shell.sandbox.running
    assert not shell.window.isVisible()
    assert settings.value("connection/last") == "Sandbox"

"""Closed days from the availability tab go to other accounts through the Changes panel."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from console.api import MeetergoClient
from console.asyncqt import signal_future
from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.store import Store
from console.ui.availability.tab import AvailabilityTab
from console.ui.changes.accounts import PickedAccount
from console.ui.changes.panel import ChangesPanel
from console.ui.wiring import build_shell
from tests.ui.test_shell import BASE_URL, NoSandbox


def test_closing_days_for_other_accounts_plans_one_change_per_account(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, isolated_dirs: Path
) -> None:
    app = create_app(SandboxConfig(rate_limit=False))
    key = app.state.sandbox.demo_api_key
    connections, secrets = ConnectionStore(), SecretStore()
    connections.add(Connection("A", BASE_URL, CredentialKind.API_KEY))
    secrets.set("A", key)

    def client_factory(base_url: str, api_key: str) -> MeetergoClient:
        return MeetergoClient(api_key, base_url, transport=sandbox_transport(app))

    shell = build_shell(
        store=Store.open(":memory:"),
        settings=QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat),
        connections=connections,
        secrets=secrets,
        client_factory=client_factory,
        sandbox=NoSandbox(),
        preferred_connection="A",
    )
    qtbot.addWidget(shell.window)
    tab = shell.window.findChildren(AvailabilityTab)[0]
    panel = shell.window.findChildren(ChangesPanel)[0]

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        changes = shell.changes
        assert changes is not None
        async with MeetergoClient(key, BASE_URL, transport=sandbox_transport(app)) as client:
            page = await client.users.pages().__anext__()
            users = [u for u in page.users if u.default_availability_id][:2]
        ranges = [(date(2026, 12, 24), date(2026, 12, 26), "Christmas")]
        tab.closed_days_to_many_requested.emit(ranges, "Closed 24 Dec – 26 Dec")
        picker = changes.picker
        assert picker is not None and picker.windowTitle() == "Close days for…"
        shown = signal_future(changes.plan_shown)
        picker.accounts_chosen.emit(
            [PickedAccount(u.id, u.email or u.id, u.timezone) for u in users]
        )
        await asyncio.wait_for(shown, 30)
        change_set = panel.change_set
        assert change_set is not None
        assert change_set.name == "Closed 24 Dec – 26 Dec for 2 accounts"
        assert sorted(op.account_id for op in change_set.operations) == sorted(u.id for u in users)
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())

"""The connection manager: inline validation, expiry warning, keyring notice, test and save."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QDate, Qt

from console.api import User
from console.api.errors import AuthenticationError
from console.asyncqt import TaskRunner, signal_future
from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.connections.presenter import ClientFactory, ConnectionsPresenter

API_KEY = "ak_live:11111111-2222-3333-4444-555555555555:secret"


def make_dialog(qtbot, *, keyring_available: bool = True) -> ConnectionsDialog:
    dialog = ConnectionsDialog(keyring_available=keyring_available)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_save_is_disabled_until_name_and_key_are_given_and_says_why(qtbot):
    dialog = make_dialog(qtbot)
    assert not dialog.save_button.isEnabled()
    assert "Give the connection a name." in dialog.problem_label.text()
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)
    assert dialog.problem_label.text() == ""
    assert dialog.save_button.isEnabled()


def test_a_personal_token_pasted_as_platform_key_is_pointed_out(qtbot):
    dialog = make_dialog(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Me")
    qtbot.keyClicks(dialog.key_edit, "rgo-abcdef")
    assert "looks like a personal access token" in dialog.problem_label.text()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(CredentialKind.PAT.value))
    assert dialog.save_button.isEnabled()
    assert not dialog.expires_edit.isEnabled()  # tokens have no expiry date here
    assert dialog.draft().connection.expires_on is None


def test_a_key_expiring_within_a_week_shows_a_warning(qtbot):
    dialog = make_dialog(qtbot)
    soon = date.today() + timedelta(days=3)
    dialog.expires_edit.setDate(QDate(soon.year, soon.month, soon.day))
    assert dialog.expiry_label.text() == "This key expires in 3 days. Create a new key soon."
    later = date.today() + timedelta(days=30)
    dialog.expires_edit.setDate(QDate(later.year, later.month, later.day))
    assert dialog.expiry_label.text() == ""


def test_without_a_keyring_the_dialog_says_so_and_asks_for_session_only(qtbot):
    dialog = make_dialog(qtbot, keyring_available=False)
    assert dialog.keyring_notice.isVisible()
    assert "never written anywhere else" in dialog.keyring_notice.text()
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)
    assert not dialog.save_button.isEnabled()
    dialog.session_only_check.setChecked(True)
    assert dialog.save_button.isEnabled()


def test_the_key_field_never_shows_a_stored_key(qtbot):
    dialog = make_dialog(qtbot)
    dialog.set_connections(
        [Connection("Agency", "https://api.meetergo.com", CredentialKind.API_KEY)], "Agency"
    )
    assert dialog.key_edit.text() == ""
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    assert dialog.save_button.isEnabled()  # keeping the stored key is allowed


class FakeUsers:
    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.keys: list[str] = []

    async def me(self) -> User:
        if self.error is not None:
            raise self.error
        return User(id="owner", full_name="Olivia Owner", email="o@example.com")


@dataclass
class FakeClient:
    """The part of ``MeetergoClient`` that "Test connection" uses."""

    users: FakeUsers


def fake_factory(users: FakeUsers) -> ClientFactory:
    @asynccontextmanager
    async def factory(base_url: str, key: str) -> AsyncIterator[FakeClient]:
        users.keys.append(key)
        yield FakeClient(users)

    return factory


def make_presenter(qtbot, bus, users: FakeUsers):
    dialog = make_dialog(qtbot)
    store = ConnectionStore()
    secrets = SecretStore()
    runner = TaskRunner(bus)
    presenter = ConnectionsPresenter(
        dialog,
        connections=store,
        secrets=secrets,
        runner=runner,
        client_factory=fake_factory(users),
    )
    return dialog, presenter, store, secrets


def test_test_connection_reports_who_the_key_belongs_to(qtbot, qloop, bus):
    users = FakeUsers()
    dialog, _presenter, _store, _secrets = make_presenter(qtbot, bus, users)
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)

    async def scenario() -> None:
        finished = signal_future(_presenter._runner.finished)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.test_button.text() == "Testing…"
        await asyncio.wait_for(finished, 5)

    qloop.run_until_complete(scenario())
    assert dialog.test_label.text() == "✓ Connected as Olivia Owner."
    assert users.keys == [API_KEY]
    assert dialog.test_button.isEnabled()


def test_a_rejected_key_is_explained_in_words(qtbot, qloop, bus):
    users = FakeUsers(
        AuthenticationError("Unauthorized", status_code=401, method="GET", url="/v4/user/me")
    )
    dialog, _presenter, _store, _secrets = make_presenter(qtbot, bus, users)
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)

    async def scenario() -> None:
        finished = signal_future(_presenter._runner.finished)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(finished, 5)

    qloop.run_until_complete(scenario())
    assert dialog.test_label.text().startswith("✗ The key was rejected")


def test_saving_puts_the_key_in_the_keyring_and_the_connection_in_the_list(
    qtbot, qloop, bus, memory_keyring
):
    dialog, presenter, store, _secrets = make_presenter(qtbot, bus, FakeUsers())
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)

    async def scenario() -> tuple[object, ...]:
        changed = signal_future(presenter.connections_changed)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return await asyncio.wait_for(changed, 5)

    assert qloop.run_until_complete(scenario()) == ("Agency",)
    assert [c.name for c in store.list()] == ["Agency"]
    assert memory_keyring.store[("meetergo-console", "Agency")] == API_KEY
    assert API_KEY not in (store.path.read_text() if hasattr(store, "path") else "")
    assert dialog.key_edit.text() == ""


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_with_no_keyring_backend_the_presenter_shows_the_session_only_notice(
    qtbot, bus, no_keyring
):
    dialog, _presenter, _store, secrets = make_presenter(qtbot, bus, FakeUsers())
    assert not secrets.backend_available
    assert dialog.keyring_notice.isVisible()


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("api.meetergo.com", "has no scheme; write https://api.meetergo.com"),
        ("https://api.meetergo.com/v4/user", "takes no path"),
        ("http://api.meetergo.com", "unencrypted"),
        ("https://api.meetergo.com?x=1", "query"),
    ],
)
def test_a_base_url_that_cannot_be_used_is_named_inline_and_not_saved(qtbot, url, says):
    dialog = make_dialog(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, url)
    assert says in dialog.problem_label.text()
    assert not dialog.save_button.isEnabled()


def test_a_base_url_ending_in_v4_is_saved_as_the_server_address(qtbot):
    dialog = make_dialog(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Agency")
    qtbot.keyClicks(dialog.key_edit, API_KEY)
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "https://api.meetergo.com/v4/")
    assert dialog.problem_label.text() == ""
    assert dialog.draft().connection.base_url == "https://api.meetergo.com"

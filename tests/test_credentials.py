"""Connections and keys: what a user sees in the connection dialog and on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from console import paths
from console.credentials import (
    Connection,
    ConnectionStore,
    ConnectionStoreError,
    CredentialKind,
    SecretStore,
    expiry_warning,
)

SECRET = "ak_live:0f0f0f0f-1111-2222-3333-444444444444:supersecret"


def _conn(name: str = "Agency", expires: date | None = None) -> Connection:
    return Connection(name, "https://api.meetergo.com", CredentialKind.API_KEY, expires)


def test_the_kind_is_inferred_from_the_key_prefix() -> None:
    assert CredentialKind.infer(SECRET) is CredentialKind.API_KEY
    assert CredentialKind.infer("rgo-abc") is CredentialKind.PAT
    assert CredentialKind.infer("something") is None


def test_connections_round_trip_through_the_config_folder_without_the_secret() -> None:
    store = ConnectionStore()
    store.add(_conn(expires=date(2026, 12, 1)))
    store.add(Connection("Sandbox", "http://127.0.0.1:8000", CredentialKind.PAT, is_sandbox=True))
    store.set_last_used("Sandbox")
    SecretStore().set("Agency", SECRET)

    again = ConnectionStore()
    assert [c.name for c in again.list()] == ["Agency", "Sandbox"]
    assert again.get("Agency") == _conn(expires=date(2026, 12, 1))
    assert again.get("Sandbox") is not None and again.get("Sandbox").is_sandbox  # type: ignore[union-attr]
    assert again.last_used == "Sandbox"
    file = paths.config_dir() / "connections.json"
    assert "supersecret" not in file.read_text()


def test_a_duplicate_name_is_refused_and_update_replaces() -> None:
    store = ConnectionStore()
    store.add(_conn())
    with pytest.raises(ConnectionStoreError):
        store.add(_conn())
    store.update(_conn(expires=date(2027, 1, 1)))
    assert store.get("Agency") == _conn(expires=date(2027, 1, 1))
    with pytest.raises(ConnectionStoreError):
        store.update(_conn("Unknown"))


def test_removing_the_last_used_connection_forgets_it(tmp_path: Path) -> None:
    store = ConnectionStore(tmp_path / "c.json")
    store.add(_conn())
    store.set_last_used("Agency")
    store.remove("Agency")
    assert store.list() == []
    assert store.last_used is None


def test_keys_go_to_the_keyring_under_the_connection_name(memory_keyring) -> None:
    secrets = SecretStore()
    assert secrets.backend_available
    assert secrets.set("Agency", SECRET) is True
    assert memory_keyring.store[("meetergo-console", "Agency")] == SECRET
    assert secrets.get("Agency") == SECRET
    secrets.delete("Agency")
    assert secrets.get("Agency") is None
    secrets.delete("Agency")  # forgetting twice is fine


def test_without_a_keyring_backend_keys_are_kept_for_the_session_only(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    secrets = SecretStore()
    assert not secrets.backend_available
    assert secrets.set("Agency", SECRET) is False
    assert secrets.get("Agency") == SECRET
    assert SecretStore().get("Agency") is None  # a new session does not know it
    home = Path(paths.data_dir()).parent
    for file in home.rglob("*"):
        if file.is_file():
            assert "supersecret" not in file.read_text(errors="ignore")


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("user cancelled the unlock prompt")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_keyring_that_refuses_falls_back_to_the_session() -> None:
    keyring.set_keyring(LockedKeyring())
    secrets = SecretStore()
    assert secrets.set("Agency", SECRET) is False
    assert not secrets.backend_available
    assert secrets.get("Agency") == SECRET
    secrets.delete("Agency")
    assert secrets.get("Agency") is None


def test_the_environment_variable_overrides_stored_keys(monkeypatch) -> None:
    secrets = SecretStore()
    secrets.set("Agency", SECRET)
    monkeypatch.setenv("MEETERGO_API_KEY", "rgo-from-env")
    assert secrets.get("Agency") == "rgo-from-env"


@pytest.mark.asyncio
async def test_async_wrappers_reach_the_same_keyring() -> None:
    secrets = SecretStore()
    assert await secrets.set_async("Agency", SECRET)
    assert await secrets.get_async("Agency") == SECRET
    await secrets.delete_async("Agency")
    assert await secrets.get_async("Agency") is None


@pytest.mark.parametrize(
    ("expires", "expected"),
    [
        (None, None),
        (date(2026, 12, 31), None),
        (date(2026, 11, 8), "expires in 7 days"),
        (date(2026, 11, 2), "expires in 1 day "),
        (date(2026, 11, 1), "expires today"),
        (date(2026, 10, 30), "expired on 2026-10-30"),
    ],
)
def test_expiry_warns_a_week_ahead_and_after_expiry(expires: date | None, expected: str) -> None:
    warning = expiry_warning(_conn(expires=expires), date(2026, 11, 1))
    if expected is None:
        assert warning is None
    else:
        assert warning is not None and expected in warning

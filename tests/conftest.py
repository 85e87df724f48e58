"""Shared test set-up: headless Qt, an in-memory keyring, and no real home folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt or qasync (code-style-anchors Q1, ecosystem-notes §4).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"

import keyring
import keyring.backend
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything when the test ends; never touches the OS store."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every platformdirs/QSettings location at a temp folder so tests never share state."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MEETERGO_CONSOLE_HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    return home


# The throwaway PostgreSQL server (``postgres_server``, ``postgres_url``) for the store's tests.
pytest_plugins = ["tests.postgres"]

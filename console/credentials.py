"""Connections (name, base URL, credential kind) and their secrets in the OS keyring — no Qt.

A :class:`Connection` is plain metadata and lives in ``connections.json`` in the config folder;
the key itself lives only in the OS keyring (service ``meetergo-console``, user name = the
connection's name). Without a keyring backend the key is kept in memory for this session only and
is never written anywhere else. ``MEETERGO_API_KEY`` in the environment overrides every stored
key, for scripted and CI use.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import keyring.errors

from console import paths

log = logging.getLogger(__name__)

SERVICE = "meetergo-console"
ENV_OVERRIDE = "MEETERGO_API_KEY"
EXPIRY_WARNING_DAYS = 7


class CredentialKind(enum.StrEnum):
    """What kind of credential a connection uses; decides whether it may act as other users."""

    API_KEY = "api_key"  # platform key ak_live:<uuid>:<secret>, expires in 1–90 days
    PAT = "pat"  # personal access token rgo-…, acts as its owner only

    @classmethod
    def infer(cls, key: str) -> CredentialKind | None:
        """The kind a key's prefix shows, or None when it looks like neither."""
        key = key.strip()
        if key.startswith("ak_live:"):
            return cls.API_KEY
        if key.startswith("rgo-"):
            return cls.PAT
        return None


@dataclass(frozen=True)
class Connection:
    """A saved connection; never holds the secret."""

    name: str
    base_url: str
    kind: CredentialKind
    expires_on: date | None = None
    is_sandbox: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "base_url": self.base_url,
            "kind": self.kind.value,
            "expires_on": self.expires_on.isoformat() if self.expires_on else None,
            "is_sandbox": self.is_sandbox,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Connection:
        expires = raw.get("expires_on")
        return cls(
            name=str(raw["name"]),
            base_url=str(raw["base_url"]),
            kind=CredentialKind(raw.get("kind", CredentialKind.API_KEY.value)),
            expires_on=date.fromisoformat(expires) if expires else None,
            is_sandbox=bool(raw.get("is_sandbox", False)),
        )


class ConnectionStoreError(Exception):
    """A connection could not be added, updated or removed (duplicate or unknown name)."""


class ConnectionStore:
    """Saved connections as JSON in the config folder, plus the last-used one. Never a secret."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.config_dir() / "connections.json"

    def _read(self) -> dict[str, Any]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"connections": [], "last_used": None}
        except (OSError, ValueError) as exc:
            log.warning("connections file %s unreadable (%s); starting empty", self.path, exc)
            return {"connections": [], "last_used": None}
        if not isinstance(raw, dict):
            return {"connections": [], "last_used": None}
        raw.setdefault("connections", [])
        raw.setdefault("last_used", None)
        return raw

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
        # Replace atomically so a crash never leaves a half-written file.
        os.replace(tmp, self.path)

    def list(self) -> list[Connection]:
        """All saved connections in the order they were added."""
        return [Connection.from_json(c) for c in self._read()["connections"]]

    def get(self, name: str) -> Connection | None:
        """The connection with this name, or None."""
        return next((c for c in self.list() if c.name == name), None)

    def add(self, connection: Connection) -> None:
        """Save a new connection; its name must be unique."""
        data = self._read()
        if any(c["name"] == connection.name for c in data["connections"]):
            raise ConnectionStoreError(f"A connection named {connection.name!r} already exists.")
        data["connections"].append(connection.to_json())
        self._write(data)

    def update(self, connection: Connection) -> None:
        """Replace the saved connection of the same name."""
        data = self._read()
        for i, c in enumerate(data["connections"]):
            if c["name"] == connection.name:
                data["connections"][i] = connection.to_json()
                self._write(data)
                return
        raise ConnectionStoreError(f"No connection named {connection.name!r}.")

    def remove(self, name: str) -> None:
        """Forget a connection (the caller deletes its secret through SecretStore)."""
        data = self._read()
        data["connections"] = [c for c in data["connections"] if c["name"] != name]
        if data.get("last_used") == name:
            data["last_used"] = None
        self._write(data)

    @property
    def last_used(self) -> str | None:
        """Name of the connection used last, if it still exists."""
        data = self._read()
        name = data.get("last_used")
        if name and any(c["name"] == name for c in data["connections"]):
            return str(name)
        return None

    def set_last_used(self, name: str) -> None:
        data = self._read()
        data["last_used"] = name
        self._write(data)


class SecretStore:
    """Keys in the OS keyring under the connection's name; session-only memory without a backend.

    ``backend_available`` is False when keyring has no usable backend (headless Linux without a
    Secret Service) or the backend refused; then keys live in this object for the session only.
    """

    def __init__(self, service: str = SERVICE, *, env_override: bool = True) -> None:
        self.service = service
        # Off for secrets that are not API keys (the webhook receiver's token).
        self._env_override = env_override
        self._session: dict[str, str] = {}
        self._failed = False

    @property
    def backend_available(self) -> bool:
        """Whether keys reach the OS keyring (False → kept for this session only)."""
        if self._failed:
            return False
        return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)

    @property
    def backend_name(self) -> str:
        """Class name of the keyring backend, for the log and the connection dialog."""
        return type(keyring.get_keyring()).__name__

    def get(self, name: str) -> str | None:
        """The key for a connection: env override, else keyring, else this session's memory."""
        override = os.environ.get(ENV_OVERRIDE) if self._env_override else None
        if override:
            return override
        if name in self._session:
            return self._session[name]
        if not self.backend_available:
            return None
        try:
            return keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)
            return None

    def set(self, name: str, key: str) -> bool:
        """Store a key; returns True when it reached the keyring, False when session-only."""
        if self.backend_available:
            try:
                keyring.set_password(self.service, name, key)
            except keyring.errors.KeyringError as exc:
                self._fall_back(exc)
            else:
                self._session.pop(name, None)
                return True
        self._session[name] = key
        return False

    def delete(self, name: str) -> None:
        """Forget a key; a key that was not there counts as forgotten."""
        self._session.pop(name, None)
        if not self.backend_available:
            return
        try:
            keyring.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            self._fall_back(exc)

    def _fall_back(self, exc: keyring.errors.KeyringError) -> None:
        # Locked or missing keyring: stay in session-only mode rather than fail the user's action.
        log.warning(
            "keyring %s unusable (%s); keys kept for this session only",
            self.backend_name,
            type(exc).__name__,
        )
        self._failed = True

    async def get_async(self, name: str) -> str | None:
        """:meth:`get` off the event loop (a keyring may block on an unlock prompt)."""
        return await asyncio.to_thread(self.get, name)

    async def set_async(self, name: str, key: str) -> bool:
        """:meth:`set` off the event loop."""
        return await asyncio.to_thread(self.set, name, key)

    async def delete_async(self, name: str) -> None:
        """:meth:`delete` off the event loop."""
        await asyncio.to_thread(self.delete, name)


def expiry_warning(connection: Connection, today: date) -> str | None:
    """A sentence to show when the key has expired or expires within a week, else None."""
    if connection.expires_on is None:
        return None
    days = (connection.expires_on - today).days
    if days < 0:
        return f"The key of {connection.name!r} expired on {connection.expires_on.isoformat()}."
    if days == 0:
        return f"The key of {connection.name!r} expires today."
    if days <= EXPIRY_WARNING_DAYS:
        unit = "day" if days == 1 else "days"
        return (
            f"The key of {connection.name!r} expires in {days} {unit} "
            f"({connection.expires_on.isoformat()})."
        )
    return None


def with_expiry(connection: Connection, expires_on: date | None) -> Connection:
    """A copy of the connection with another expiry date."""
    return replace(connection, expires_on=expires_on)


__all__ = [
    "ENV_OVERRIDE",
    "SERVICE",
    "Connection",
    "ConnectionStore",
    "ConnectionStoreError",
    "CredentialKind",
    "SecretStore",
    "expiry_warning",
]

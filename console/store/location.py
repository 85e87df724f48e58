"""Where the store lives: the local SQLite file (default) or a shared PostgreSQL database.

The location is, in this order: the ``--store URL`` of the command line (:func:`use`), the
``MEETERGO_CONSOLE_STORE`` environment variable (the relay's container sets it; a password in
it is used, never written anywhere; ``PGPASSWORD`` and ``~/.pgpass`` work too), the URL saved
in the settings (``store.json`` in the config folder), else the SQLite file in the data folder.
A PostgreSQL password is never part of a saved URL: :func:`save` moves it to the keyring
(service ``meetergo-console-store``, user name = the URL without the password) and
:func:`connect_url` puts it back when the store is opened.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from console import paths
from console.credentials import SecretStore

log = logging.getLogger(__name__)

ENV_STORE = "MEETERGO_CONSOLE_STORE"
KEYRING_SERVICE = "meetergo-console-store"
SETTINGS_FILE = "store.json"

#: The drivers a store URL may name (psycopg 3 is the one installed for PostgreSQL).
_DIALECTS = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg"}

_override: str | None = None
# Passwords given to this process (--store, the environment), by keyring name: used even where
# no keyring backend keeps them (a container, a headless server).
_given: dict[str, str] = {}


class InvalidStoreUrl(ValueError):
    """A store URL that cannot be used; the message is the sentence to show."""


@dataclass(frozen=True)
class StoreLocation:
    """A store URL without its password; ``shared`` when it is a PostgreSQL database."""

    url: URL

    @property
    def shared(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    @property
    def display(self) -> str:
        """The URL as shown to people and saved (never with a password)."""
        return self.url.render_as_string(hide_password=True)

    @property
    def keyring_name(self) -> str:
        """The keyring user name the password is kept under (also the URL saved)."""
        return self.url.render_as_string(hide_password=False)


def parse(text: str) -> tuple[StoreLocation, str | None]:
    """A store URL given by a person: the location and the password it carried, if any.

    A plain path means a SQLite file; ``postgresql://`` means ``postgresql+psycopg://``.
    Raises :class:`InvalidStoreUrl` for anything else.
    """
    text = text.strip()
    if not text:
        raise InvalidStoreUrl("the store URL is empty.")
    if "://" not in text:
        return StoreLocation(make_url(f"sqlite:///{Path(text).expanduser().resolve()}")), None
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise InvalidStoreUrl(
            f"{text!r} is not a database URL; use postgresql+psycopg://user@host/database "
            "or the path of a SQLite file."
        ) from None
    backend = url.get_backend_name()
    if backend not in _DIALECTS:
        raise InvalidStoreUrl(
            f"the store can be a SQLite file or a PostgreSQL database, not {backend!r}."
        )
    if backend == "postgresql":
        url = url.set(drivername=_DIALECTS[backend])
        if not url.database:
            raise InvalidStoreUrl(f"{url.render_as_string()!r} names no database.")
    password = url.password if isinstance(url.password, str) else None
    return StoreLocation(_without_password(url)), password


def _without_password(url: URL) -> URL:
    # URL.set(password=None) keeps the password (None means "unchanged" there).
    return URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )


def use(text: str | None) -> None:
    """Use this store URL for the rest of the process (the command line's ``--store``).

    A password in it is kept in the keyring, so it need not be typed again.
    """
    global _override
    if text is None:
        _override = None
        return
    location, password = parse(text)
    if password:
        _given[location.keyring_name] = password
        SecretStore(KEYRING_SERVICE, env_override=False).set(location.keyring_name, password)
    _override = location.url.render_as_string(hide_password=False)


@contextlib.contextmanager
def using(text: str | None) -> Iterator[None]:
    """:func:`use` ``text`` (when given) for the block, then the previous choice again."""
    global _override
    previous = _override
    if text is not None:
        use(text)
    try:
        yield
    finally:
        _override = previous


def configured() -> StoreLocation | None:
    """The location to open (see the module docstring); None for the default SQLite file."""
    for text in (_override, os.environ.get(ENV_STORE), saved_text()):
        if text:
            location, password = parse(text)
            if password:  # the environment's URL may carry one (never saved)
                _given.setdefault(location.keyring_name, password)
            return location
    return None


def _settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def saved_text() -> str | None:
    """The URL saved in the settings (without a password), or None."""
    try:
        raw = json.loads(_settings_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("store settings unreadable (%s); using the local store", exc)
        return None
    value = raw.get("url") if isinstance(raw, dict) else None
    return str(value) if value else None


def save(text: str | None) -> StoreLocation | None:
    """Save the store URL in the settings (None or "": back to the local file).

    The password goes to the keyring; the file holds the URL without it.
    """
    path = _settings_path()
    if not text or not text.strip():
        path.unlink(missing_ok=True)
        return None
    location, password = parse(text)
    if password:
        _given[location.keyring_name] = password
        SecretStore(KEYRING_SERVICE, env_override=False).set(location.keyring_name, password)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": location.keyring_name}, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return location


def connect_url(location: StoreLocation) -> URL:
    """The URL to connect with: the password from the keyring put back, if one is kept."""
    if not location.shared:
        return location.url
    password = _given.get(location.keyring_name) or SecretStore(
        KEYRING_SERVICE, env_override=False
    ).get(location.keyring_name)
    return location.url.set(password=password) if password else location.url


__all__ = [
    "ENV_STORE",
    "KEYRING_SERVICE",
    "InvalidStoreUrl",
    "StoreLocation",
    "configured",
    "connect_url",
    "parse",
    "save",
    "saved_text",
    "use",
    "using",
]

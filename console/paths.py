"""Where the console keeps its files: data (SQLite store), logs, config, sandbox state.

Everything lives in the platformdirs folders of the current user. ``MEETERGO_CONSOLE_HOME``
moves all of them under one folder, which the tests and portable installs use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "meetergo-console"
APP_AUTHOR = "meetergo-console"


def _root_override() -> Path | None:
    value = os.environ.get("MEETERGO_CONSOLE_HOME")
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The console's own data: the SQLite store, journals, the sandbox's state."""
    root = _root_override()
    if root is not None:
        return _ensure(root / "data")
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))


def config_dir() -> Path:
    """Connections (without secrets) and other small settings files."""
    root = _root_override()
    if root is not None:
        return _ensure(root / "config")
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)))


def log_dir() -> Path:
    """Rotating log files; never contain credentials."""
    root = _root_override()
    if root is not None:
        return _ensure(root / "logs")
    return _ensure(Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)))


def state_dir() -> Path:
    """Small state the console's processes share on this machine (e.g. request budgets)."""
    root = _root_override()
    if root is not None:
        return _ensure(root / "state")
    return _ensure(Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR)))


def budget_dir() -> Path:
    """One file per key (named by its hash) holding the request budget all consoles share."""
    return _ensure(state_dir() / "budgets")


def sandbox_dir() -> Path:
    """State of the built-in sandbox server that the GUI starts on first run."""
    return _ensure(data_dir() / "sandbox")

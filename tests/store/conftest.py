"""Every store test runs on both engines: a SQLite file and a real PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test opens its store (``Store.open(store_url)``); empty, for this test only."""
    if request.param == "sqlite":
        return str(tmp_path / "console.sqlite3")
    return str(request.getfixturevalue("postgres_url"))

"""The sandbox's state: one SQLite connection (WAL on disk, in-memory otherwise).

Entities are stored as JSON documents with the few columns the routes filter or sort on pulled
out and indexed, so every query stays small; the connection is used only from the event loop.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Doc = dict[str, Any]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS credentials (
    token TEXT PRIMARY KEY, kind TEXT NOT NULL, user_id TEXT NOT NULL,
    company_id TEXT NOT NULL, expires_at TEXT);
CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY, company_id TEXT NOT NULL, email TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE, user_type TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS users_by_company ON users (company_id, seq);
CREATE TABLE IF NOT EXISTS availabilities (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS availabilities_by_user ON availabilities (user_id, seq);
CREATE TABLE IF NOT EXISTS meeting_types (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, slug TEXT NOT NULL, deleted INTEGER NOT NULL,
    seq INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS meeting_types_by_user ON meeting_types (user_id, deleted, seq);
CREATE TABLE IF NOT EXISTS appointments (
    id TEXT PRIMARY KEY, company_id TEXT NOT NULL, host_id TEXT NOT NULL,
    meeting_type_id TEXT NOT NULL, start TEXT NOT NULL, end TEXT NOT NULL,
    cancelled INTEGER NOT NULL, created_at TEXT NOT NULL, search TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS appointments_by_host ON appointments (host_id, start);
CREATE INDEX IF NOT EXISTS appointments_by_company ON appointments (company_id, start);
CREATE INDEX IF NOT EXISTS appointments_by_type ON appointments (meeting_type_id, start);
CREATE TABLE IF NOT EXISTS provisional (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS personal_pages (user_id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS templates (
    id TEXT PRIMARY KEY, company_id TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS webhooks (
    id TEXT PRIMARY KEY, company_id TEXT NOT NULL, seq INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS webhooks_by_company ON webhooks (company_id, seq);
"""

TABLES = (
    "meta",
    "credentials",
    "users",
    "availabilities",
    "meeting_types",
    "appointments",
    "provisional",
    "personal_pages",
    "templates",
    "webhooks",
)

DB_FILE = "sandbox.sqlite3"


class Db:
    """Thin helper over one sqlite3 connection in autocommit mode."""

    def __init__(self, data_dir: Path | None) -> None:
        if data_dir is None:
            target = ":memory:"
        else:
            data_dir.mkdir(parents=True, exist_ok=True)
            target = str(data_dir / DB_FILE)
        # The sandbox touches the connection only from its event loop, but uvicorn may build the
        # app on another thread than the one serving it.
        self.conn = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        if data_dir is not None:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(SCHEMA)
        self._seq = 0
        self.depth = 0  # open transaction blocks; only the outermost one commits
        self.seq_at_begin = 0
        for table in ("users", "availabilities", "meeting_types", "templates", "webhooks"):
            row = self.conn.execute(f"SELECT COALESCE(MAX(seq), 0) FROM {table}").fetchone()
            self._seq = max(self._seq, int(row[0]))

    def close(self) -> None:
        """Close the connection (the in-memory state is gone afterwards)."""
        self.conn.close()

    def next_seq(self) -> int:
        """A monotonically increasing number that keeps insertion order."""
        self._seq += 1
        return self._seq

    def wipe(self) -> None:
        """Delete every row (``/_sandbox/reset`` and ``--reset``)."""
        with self.transaction():
            for table in TABLES:
                self.conn.execute(f"DELETE FROM {table}")
        self._seq = 0

    def transaction(self) -> _Transaction:
        """``with db.transaction():`` groups statements: all are written or none (a create that
        fails half-way leaves nothing). Nested blocks join the outermost one."""
        return _Transaction(self)

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """First row or None."""
        row = self.conn.execute(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """All rows."""
        return [tuple(r) for r in self.conn.execute(sql, params).fetchall()]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the number of changed rows."""
        return self.conn.execute(sql, params).rowcount

    def many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Bulk insert/update."""
        self.conn.executemany(sql, rows)

    def doc(self, sql: str, params: Sequence[Any] = ()) -> Doc | None:
        """The JSON document in the first column of the first row."""
        row = self.one(sql, params)
        return loads(row[0]) if row else None

    def docs(self, sql: str, params: Sequence[Any] = ()) -> list[Doc]:
        """The JSON documents in the first column of every row."""
        return [loads(r[0]) for r in self.all(sql, params)]

    def get_meta(self, key: str) -> str | None:
        """A value from the key/value table."""
        row = self.one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the key/value table."""
        self.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


class _Transaction:
    def __init__(self, db: Db) -> None:
        self._db = db

    def __enter__(self) -> None:
        if self._db.depth == 0:
            self._db.conn.execute("BEGIN")
            self._db.seq_at_begin = self._db._seq
        self._db.depth += 1

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.depth -= 1
        if self._db.depth == 0:
            if exc_type is None:
                self._db.conn.execute("COMMIT")
            else:
                self._db.conn.execute("ROLLBACK")
                self._db._seq = self._db.seq_at_begin


def dumps(doc: Doc) -> str:
    """Compact JSON for storage."""
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


def loads(text: str) -> Doc:
    """Parse a stored document."""
    value = json.loads(text)
    assert isinstance(value, dict)
    return value

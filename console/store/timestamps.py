"""Timestamps as the store writes and reads them: always aware, always UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we write is UTC. PostgreSQL hands back the
    # session's time zone, which is shown as UTC too.
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if value.tzinfo is UTC else value.astimezone(UTC)


def must(value: datetime | None) -> datetime:
    """:func:`aware` for a NOT NULL column."""
    result = aware(value)
    assert result is not None
    return result

"""Timestamps as the store writes and reads them: always aware, always UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we write is UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def must(value: datetime | None) -> datetime:
    """:func:`aware` for a NOT NULL column."""
    result = aware(value)
    assert result is not None
    return result

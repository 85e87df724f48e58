"""The console's own data (accounts cache, onboarding journal, audit trail) — no Qt.

SQLAlchemy Core over SQLite (WAL) in the user data folder by default; Alembic migrations run at
open; the schema is portable to PostgreSQL. :class:`Store` is the database; its repositories are
``store.accounts``, ``store.journal``, ``store.audit`` and ``store.events``, and
``store.unit_of_work()`` commits writes that belong together as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from console.store.records import (
    AuditEntry,
    BookingRecord,
    CachedAccount,
    EventRecord,
    EventResult,
    EventSource,
    JobRecord,
    JobRowRecord,
    JobState,
    NewEvent,
    NewJobRow,
    RowChange,
    RowStatus,
)

if TYPE_CHECKING:
    from console.store.audit import audit_entry, os_user
    from console.store.db import Store, UnitOfWork

# The records are plain dataclasses; the database and the repositories bring SQLAlchemy, which
# a module needing only a record (a Qt model drawn before the store opens) must not pay for.
_LAZY = {
    "Store": "console.store.db",
    "UnitOfWork": "console.store.db",
    "audit_entry": "console.store.audit",
    "os_user": "console.store.audit",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'console.store' has no attribute {name!r}")


__all__ = [
    "AuditEntry",
    "BookingRecord",
    "CachedAccount",
    "EventRecord",
    "EventResult",
    "EventSource",
    "JobRecord",
    "JobRowRecord",
    "JobState",
    "NewEvent",
    "NewJobRow",
    "RowChange",
    "RowStatus",
    "Store",
    "UnitOfWork",
    "audit_entry",
    "os_user",
]

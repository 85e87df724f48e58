"""The console's own data (accounts cache, onboarding journal, audit trail) — no Qt.

SQLAlchemy Core over SQLite (WAL) in the user data folder by default; Alembic migrations run at
open; the schema is portable to PostgreSQL. :class:`Store` is the database; its repositories are
``store.accounts``, ``store.journal``, ``store.audit`` and ``store.events``, and
``store.unit_of_work()`` commits writes that belong together as one.
"""

from console.store.audit import audit_entry, os_user
from console.store.db import Store, UnitOfWork
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

"""The console's own data (accounts cache, onboarding journal, audit trail) — no Qt.

SQLAlchemy Core over SQLite (WAL) in the user data folder by default; Alembic migrations run at
open; the schema is portable to PostgreSQL.
"""

from console.store.records import (
    AuditEntry,
    CachedAccount,
    JobRecord,
    JobRowRecord,
    JobState,
    RowStatus,
)
from console.store.store import Store, audit_entry, os_user

__all__ = [
    "AuditEntry",
    "CachedAccount",
    "JobRecord",
    "JobRowRecord",
    "JobState",
    "RowStatus",
    "Store",
    "audit_entry",
    "os_user",
]

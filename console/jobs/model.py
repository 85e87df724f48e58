"""The data model of fleet changes: change sets, their operations and the events of an apply.

Plain data, no Qt and no I/O: the engine (console/jobs/engine.py) fills it, the store journals
it (the records live with the store, console/store/change_records.py, since the store sits
below the jobs), the Changes panel and the headless ``changes`` commands show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from console.store.change_records import (
    IRREVERSIBLE,
    MISSING,
    SETTLED,
    ChangeSet,
    ChangeSetState,
    FieldDiff,
    Operation,
    OpStatus,
    ResourceKind,
    WireRequest,
    differing_fields,
)

__all__ = [
    "IRREVERSIBLE",
    "MISSING",
    "SETTLED",
    "ChangeEvent",
    "ChangeSet",
    "ChangeSetState",
    "FieldDiff",
    "OpStatus",
    "Operation",
    "ResourceKind",
    "WireRequest",
    "differing_fields",
]


@dataclass(frozen=True)
class ChangeEvent:
    """Emitted by the engine as things happen."""

    change_set_id: str
    operation: Operation | None  # None for change-set level events (state change, pause)
    state: ChangeSetState
    counts: Mapping[OpStatus, int]
    waiting_until: datetime | None = None  # set while the apply waits out an outage / 429

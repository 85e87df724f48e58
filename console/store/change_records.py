"""Records of fleet changes: change sets and their operations, as the store journals them.

Plain data, no Qt and no I/O. The engine (console/jobs/engine.py) fills them, the store's
``changes`` repository journals them, the Changes panel and the headless ``changes`` commands
show them; ``console.jobs.model`` is where the layers above import them from.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Final


class _Missing(enum.Enum):
    """A value that was not read (distinct from ``None``, which is a real wire value)."""

    MISSING = "MISSING"

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing.MISSING


class OpStatus(StrEnum):
    """One operation's state."""

    PENDING = "pending"  # planned, not sent
    UNCHANGED = "unchanged"  # nothing would change for this account: listed, never sent
    IN_FLIGHT = "in_flight"  # journaled as about to be sent (a kill here -> reconcile on resume)
    DONE = "done"
    FAILED = "failed"  # the server's message in Operation.error; retryable
    CONFLICT = "conflict"  # the resource changed since planning; Operation.conflicts has the values
    SKIPPED = "skipped"  # e.g. no matching meeting type; reason in Operation.error


class ChangeSetState(StrEnum):
    PLANNED = "planned"
    APPLYING = "applying"
    PAUSED = "paused"
    DONE = "done"
    PARTIAL = "partial"  # finished with failures/conflicts
    CANCELLED = "cancelled"


class ResourceKind(StrEnum):
    USER = "user"
    MEETING_TYPE = "meeting_type"
    AVAILABILITY = "availability"
    PERSONAL_PAGE = "personal_page"
    TEMPLATE_ASSIGNMENT = "template_assignment"
    APPOINTMENT = "appointment"


#: Kinds whose change the engine cannot reverse: a cancelled appointment stays cancelled (the
#: API has no "uncancel", and the client was already told by e-mail), so no undo is planned.
IRREVERSIBLE: Final = frozenset({ResourceKind.APPOINTMENT})


#: Operation states that need no more work: a resume or retry leaves them alone.
SETTLED: Final = frozenset({OpStatus.UNCHANGED, OpStatus.DONE, OpStatus.SKIPPED})


@dataclass(frozen=True)
class FieldDiff:
    field: str  # dotted wire field, e.g. "meetingInfo.duration"
    before: Any  # value read from the server at planning time
    after: Any  # value the operation writes
    now: Any = MISSING  # for a conflict: the value found on the server just before writing


@dataclass(frozen=True)
class WireRequest:
    method: str  # "PATCH", "POST", "DELETE", ...
    path: str  # e.g. "/v4/meeting-type/{id}"
    acting_user: str | None  # sent as x-meetergo-api-user-id
    body: Mapping[str, Any] | None  # a PATCH carries only the fields that differ


def differing_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[FieldDiff]:
    """Field-level before -> after for the fields of ``after`` whose value differs."""
    return [
        FieldDiff(name, before.get(name, MISSING), value)
        for name, value in after.items()
        if before.get(name, MISSING) != value
    ]


@dataclass
class Operation:
    id: str
    index: int  # position in the change set
    account_id: str
    account_label: str  # e-mail or name, for display
    resource: ResourceKind
    resource_id: str | None  # None for a create
    before: dict[str, Any]  # state read at planning time (the fields the edit touches + ids)
    after: dict[str, Any]
    request: WireRequest | None  # None when UNCHANGED / SKIPPED
    status: OpStatus
    error: str | None = None
    conflicts: tuple[FieldDiff, ...] = ()
    attempts: int = 0  # requests sent for it (journaled with each send)

    def diffs(self) -> list[FieldDiff]:
        """Field-level before -> after, only the fields that differ."""
        return differing_fields(self.before, self.after)


@dataclass
class ChangeSet:
    id: str
    name: str  # e.g. "Duration 45 min for 5 accounts"
    connection: str
    created_at: datetime
    planned_at: datetime  # when `before` was read (conflict re-read if older than a minute)
    state: ChangeSetState
    operations: list[Operation] = field(default_factory=list)
    undo_of: str | None = None  # the change set this one undoes

    def counts(self) -> dict[OpStatus, int]:
        """Operations per status; every status is a key (zero when none)."""
        counts = dict.fromkeys(OpStatus, 0)
        for op in self.operations:
            counts[op.status] += 1
        return counts

    def can_undo(self) -> bool:
        """Whether an undo can be planned: no operation changed something irreversible."""
        return not any(op.resource in IRREVERSIBLE for op in self.operations)

    def accounts(self) -> list[str]:
        """The account ids this change set touches, in plan order, each once."""
        return list(dict.fromkeys(op.account_id for op in self.operations))

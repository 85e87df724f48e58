"""Change sets and a fake change engine for the Changes panel tests.

``FakeEngine`` follows the ChangeEngine contract: the same methods, the model's own dataclasses
(``console.jobs.model``) as results, a :class:`ChangeEvent` to every subscriber for each
operation that changes state and for each change-set state change, ``KeyError`` for an unknown
id and ``LeaseHeld(owner, since)`` when another process holds the change set. What each
operation's send ends with is set per operation id in ``outcomes`` (default: done); a test that
wants to look at an apply half-way sets ``gate`` and releases it step by step.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from console.jobs.model import (
    MISSING,
    ChangeEvent,
    ChangeSet,
    ChangeSetState,
    FieldDiff,
    Operation,
    OpStatus,
    ResourceKind,
    WireRequest,
)

PLANNED_AT = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


class LeaseHeld(Exception):
    """As the engine raises it: another live process runs this change set."""

    def __init__(self, owner: str, since: datetime) -> None:
        self.owner = owner
        self.since = since
        super().__init__(f"it is being run by another process ({owner})")


def operation(
    index: int,
    account: str,
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    resource: ResourceKind = ResourceKind.MEETING_TYPE,
    resource_id: str | None = "mt-1",
    status: OpStatus | None = None,
    error: str | None = None,
    method: str = "PATCH",
) -> Operation:
    """One operation of ``account`` (its e-mail); unchanged when ``after`` equals ``before``."""
    unchanged = all(before.get(k, MISSING) == v for k, v in after.items())
    user_id = "user-" + account.split("@")[0]
    request = (
        None
        if unchanged and method != "DELETE"
        else WireRequest(
            method,
            f"/v4/meeting-type/{resource_id}" if resource_id else "/v4/meeting-type",
            user_id,
            {k: v for k, v in after.items() if before.get(k, MISSING) != v} or None,
        )
    )
    return Operation(
        id=f"op-{index}",
        index=index,
        account_id=user_id,
        account_label=account,
        resource=resource,
        resource_id=resource_id,
        before=dict(before),
        after=dict(after),
        request=request,
        status=status or (OpStatus.UNCHANGED if unchanged else OpStatus.PENDING),
        error=error,
    )


def five_account_plan(change_set_id: str = "cs-1") -> ChangeSet:
    """ "Duration 45 min" for five accounts: three change (one of them twice), two are already
    at 45 minutes."""
    ops = [
        operation(
            0,
            "anna@kanzlei.example",
            {"meetingInfo.duration": 30, "meetingInfo.bufferAfter": 0},
            {"meetingInfo.duration": 45, "meetingInfo.bufferAfter": 10},
        ),
        operation(
            1,
            "jana.schaefer@kanzlei.example",
            {"meetingInfo.duration": 60},
            {"meetingInfo.duration": 45},
            resource_id="mt-2",
        ),
        operation(
            2,
            "jana.schaefer@kanzlei.example",
            {"meetingInfo.duration": 20},
            {"meetingInfo.duration": 45},
            resource_id="mt-3",
        ),
        operation(
            3,
            "lukas@recht.example",
            {"meetingInfo.duration": 30, "title": "Erstberatung"},
            {"meetingInfo.duration": 45, "title": "Erstberatung (45 min)"},
            resource_id="mt-4",
        ),
        operation(
            4, "mia@kanzlei.example", {"meetingInfo.duration": 45}, {"meetingInfo.duration": 45}
        ),
        operation(
            5, "otto@recht.example", {"meetingInfo.duration": 45}, {"meetingInfo.duration": 45}
        ),
    ]
    return ChangeSet(
        id=change_set_id,
        name="Duration 45 min for 5 accounts",
        connection="Sandbox",
        created_at=PLANNED_AT,
        planned_at=PLANNED_AT,
        state=ChangeSetState.PLANNED,
        operations=ops,
    )


def create_plan(change_set_id: str = "cs-create") -> ChangeSet:
    """A change set that creates one meeting type on each of two accounts."""
    ops = [
        operation(
            i,
            account,
            {},
            {"name": "Kurzberatung", "meetingInfo.duration": 15},
            resource_id=None,
            method="POST",
        )
        for i, account in enumerate(("anna@kanzlei.example", "lukas@recht.example"))
    ]
    return ChangeSet(
        id=change_set_id,
        name="Kurzberatung for 2 accounts",
        connection="Sandbox",
        created_at=PLANNED_AT,
        planned_at=PLANNED_AT,
        state=ChangeSetState.PLANNED,
        operations=ops,
    )


def with_status(
    change_set: ChangeSet,
    state: ChangeSetState,
    statuses: dict[str, OpStatus],
    errors: dict[str, str] | None = None,
) -> ChangeSet:
    """A copy of ``change_set`` in ``state`` with operations set to ``statuses`` (by op id)."""
    errors = errors or {}
    ops = [
        replace(op, status=statuses.get(op.id, op.status), error=errors.get(op.id, op.error))
        for op in change_set.operations
    ]
    return replace(change_set, state=state, operations=ops)


def _final_state(change_set: ChangeSet) -> ChangeSetState:
    counts = change_set.counts()
    if counts[OpStatus.FAILED] or counts[OpStatus.CONFLICT]:
        return ChangeSetState.PARTIAL
    return ChangeSetState.DONE


class FakeEngine:
    """A ChangeEngine that keeps change sets in memory and writes nowhere."""

    def __init__(self, *change_sets: ChangeSet) -> None:
        self.sets: dict[str, ChangeSet] = {cs.id: copy.deepcopy(cs) for cs in change_sets}
        self.calls: list[tuple[str, str]] = []
        self.outcomes: dict[str, tuple[OpStatus, str | None, tuple[FieldDiff, ...]]] = {}
        self.gate: asyncio.Semaphore | None = None
        # Each operation that reaches a closed gate puts its id here (tests await it).
        self.arrivals: asyncio.Queue[str] = asyncio.Queue()
        self.waiting_until: datetime | None = None
        self.lease: LeaseHeld | None = None
        self.appointments = 0
        self.paused = False
        self.cancelled = False
        self._listeners: list[Callable[[ChangeEvent], None]] = []
        self._ids = itertools.count(1)

    # -- the contract -----------------------------------------------------------------------

    def subscribe(self, listener: Callable[[ChangeEvent], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    async def plan(self, name: str, accounts: Sequence[Any], edit: Any) -> ChangeSet:
        self.calls.append(("plan", name))
        ops = []
        for index, account in enumerate(accounts):
            before, after = edit(account)
            op = operation(index, account.label, before, after)
            ops.append(replace(op, account_id=account.user_id))
        change_set = ChangeSet(
            f"cs-planned-{next(self._ids)}",
            name,
            "Sandbox",
            PLANNED_AT,
            PLANNED_AT,
            ChangeSetState.PLANNED,
            ops,
        )
        self.sets[change_set.id] = change_set
        return copy.deepcopy(change_set)

    async def apply(self, change_set_id: str) -> ChangeSet:
        self.calls.append(("apply", change_set_id))
        return await self._send(change_set_id, {OpStatus.PENDING})

    async def resume(self, change_set_id: str) -> ChangeSet:
        self.calls.append(("resume", change_set_id))
        return await self._send(change_set_id, {OpStatus.PENDING, OpStatus.IN_FLIGHT})

    async def retry_failed(self, change_set_id: str) -> ChangeSet:
        self.calls.append(("retry_failed", change_set_id))
        return await self._send(change_set_id, {OpStatus.FAILED})

    def pause(self) -> None:
        self.calls.append(("pause", ""))
        self.paused = True

    def unpause(self) -> None:
        self.calls.append(("unpause", ""))
        self.paused = False

    def cancel(self) -> None:
        self.calls.append(("cancel", ""))
        self.cancelled = True

    async def plan_undo(self, change_set_id: str) -> ChangeSet:
        self.calls.append(("plan_undo", change_set_id))
        original = self._get(change_set_id)
        ops: list[Operation] = []
        for op in original.operations:
            if op.status is not OpStatus.DONE:
                continue
            if op.resource_id is None:  # a create: undone by deleting what it made
                request = WireRequest("DELETE", "/v4/meeting-type/new-1", None, None)
                ops.append(
                    replace(
                        op,
                        index=len(ops),
                        resource_id="new-" + op.id,
                        before=dict(op.after),
                        after={},
                        request=request,
                        status=OpStatus.PENDING,
                    )
                )
            else:
                ops.append(
                    replace(
                        op,
                        index=len(ops),
                        before=dict(op.after),
                        after={k: op.before.get(k) for k in op.after},
                        status=OpStatus.PENDING,
                    )
                )
        undo = ChangeSet(
            f"undo-{change_set_id}",
            f"Undo: {original.name}",
            original.connection,
            PLANNED_AT,
            PLANNED_AT,
            ChangeSetState.PLANNED,
            ops,
            undo_of=change_set_id,
        )
        self.sets[undo.id] = undo
        return copy.deepcopy(undo)

    async def load(self, change_set_id: str) -> ChangeSet:
        self.calls.append(("load", change_set_id))
        return copy.deepcopy(self._get(change_set_id))

    async def history(self, *, limit: int = 100) -> list[ChangeSet]:
        self.calls.append(("history", ""))
        newest = sorted(self.sets.values(), key=lambda cs: cs.created_at, reverse=True)
        return [copy.deepcopy(cs) for cs in newest[:limit]]

    async def unfinished(self) -> list[ChangeSet]:
        self.calls.append(("unfinished", ""))
        states = (ChangeSetState.APPLYING, ChangeSetState.PAUSED)
        return [copy.deepcopy(cs) for cs in self.sets.values() if cs.state in states]

    async def attached_appointments(self, change_set_id: str) -> int:
        self.calls.append(("attached_appointments", change_set_id))
        self._get(change_set_id)
        return self.appointments

    # -- helpers ----------------------------------------------------------------------------

    def sent(self) -> list[str]:
        """The calls that send something to the server."""
        return [name for name, _ in self.calls if name in ("apply", "resume", "retry_failed")]

    def _get(self, change_set_id: str) -> ChangeSet:
        if change_set_id not in self.sets:
            raise KeyError(change_set_id)
        return self.sets[change_set_id]

    def _emit(self, change_set: ChangeSet, op: Operation | None, **extra: Any) -> None:
        event = ChangeEvent(
            change_set.id,
            copy.deepcopy(op) if op is not None else None,
            change_set.state,
            change_set.counts(),
            **extra,
        )
        for listener in list(self._listeners):
            listener(event)

    async def _send(self, change_set_id: str, todo: set[OpStatus]) -> ChangeSet:
        change_set = self._get(change_set_id)
        if self.lease is not None:
            raise self.lease
        change_set.state = ChangeSetState.APPLYING
        self._emit(change_set, None)
        for op in change_set.operations:
            if op.status not in todo:
                continue
            op.status = OpStatus.IN_FLIGHT
            self._emit(change_set, op)
            if self.gate is not None:
                if self.waiting_until is not None:
                    self._emit(change_set, None, waiting_until=self.waiting_until)
                self.arrivals.put_nowait(op.id)
                await self.gate.acquire()
            status, error, conflicts = self.outcomes.pop(op.id, (OpStatus.DONE, None, ()))
            op.status, op.error, op.conflicts = status, error, conflicts
            self._emit(change_set, op)
        change_set.state = _final_state(change_set)
        self._emit(change_set, None)
        return copy.deepcopy(change_set)


__all__ = [
    "PLANNED_AT",
    "FakeEngine",
    "LeaseHeld",
    "create_plan",
    "five_account_plan",
    "operation",
    "with_status",
]

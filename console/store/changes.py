"""The change-set journal: change sets and their operations, each status written before the
request it announces is sent (``store.changes``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.change_records import (
    MISSING,
    ChangeSet,
    ChangeSetState,
    FieldDiff,
    Operation,
    OpStatus,
    ResourceKind,
    WireRequest,
)
from console.store.ops import Op, Stage
from console.store.timestamps import must, now

if TYPE_CHECKING:
    from console.store.db import Store

#: States in which a change set was started and not brought to an end: offered for resume.
UNFINISHED_CHANGE_STATES = (ChangeSetState.APPLYING, ChangeSetState.PAUSED)
_FINAL = (ChangeSetState.DONE, ChangeSetState.PARTIAL, ChangeSetState.CANCELLED)


class ChangeJournal:
    """The change_sets and change_operations tables; ``store.changes``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def create(self, change_set: ChangeSet) -> None:
        """Journal a planned change set with all its operations."""
        await self._db.write(lambda conn: _insert(conn, change_set))

    async def load(self, change_set_id: str) -> ChangeSet | None:
        """A change set with its operations, or None."""
        return await self._db.read(lambda conn: _load(conn, change_set_id))

    async def history(self, connection: str, *, limit: int = 100) -> list[ChangeSet]:
        """The change sets of a connection, newest first, with their operations."""
        c = schema.change_sets
        query = (
            sa.select(c.c.id)
            .where(c.c.connection == connection)
            .order_by(c.c.created_at.desc(), c.c.id)
            .limit(limit)
        )
        return await self._db.read(lambda conn: _load_many(conn, query))

    async def unfinished(self, connection: str) -> list[ChangeSet]:
        """Change sets of a connection left applying or paused (offer to resume them)."""
        c = schema.change_sets
        query = (
            sa.select(c.c.id)
            .where(
                c.c.connection == connection,
                c.c.state.in_([s.value for s in UNFINISHED_CHANGE_STATES]),
            )
            .order_by(c.c.created_at)
        )
        return await self._db.read(lambda conn: _load_many(conn, query))

    async def set_state(self, change_set_id: str, state: ChangeSetState) -> None:
        """Record a change set's state (a final one stamps ``finished_at``)."""
        await self._db.write(_state_op(change_set_id, state))

    async def update_operation(
        self, change_set_id: str, operation: Operation, *, count_attempt: bool = False
    ) -> None:
        """Journal an operation's status, error, conflicts and ids (call before acting on it)."""
        await self._db.write(_operation_op(change_set_id, operation, count_attempt))


class ChangeWrites:
    """Change-journal writes staged in a unit of work (``uow.changes``)."""

    def __init__(self, stage: Stage) -> None:
        self._stage = stage

    def set_state(self, change_set_id: str, state: ChangeSetState) -> None:
        """As :meth:`ChangeJournal.set_state`, when the unit of work commits."""
        self._stage(_state_op(change_set_id, state))

    def update_operation(
        self, change_set_id: str, operation: Operation, *, count_attempt: bool = False
    ) -> None:
        """As :meth:`ChangeJournal.update_operation`, when the unit of work commits."""
        self._stage(_operation_op(change_set_id, operation, count_attempt))


# -- JSON forms ----------------------------------------------------------------------------------

_MISSING_JSON = {"$missing": True}


def _value_json(value: Any) -> Any:
    return _MISSING_JSON if value is MISSING else value


def _value_from(value: Any) -> Any:
    return MISSING if value == _MISSING_JSON else value


def request_json(request: WireRequest | None) -> dict[str, Any] | None:
    if request is None:
        return None
    return {
        "method": request.method,
        "path": request.path,
        "acting_user": request.acting_user,
        "body": dict(request.body) if request.body is not None else None,
    }


def request_from(data: Mapping[str, Any] | None) -> WireRequest | None:
    if data is None:
        return None
    return WireRequest(data["method"], data["path"], data.get("acting_user"), data.get("body"))


def conflicts_json(conflicts: Sequence[FieldDiff]) -> list[dict[str, Any]]:
    return [
        {
            "field": d.field,
            "before": _value_json(d.before),
            "after": _value_json(d.after),
            "now": _value_json(d.now),
        }
        for d in conflicts
    ]


def _conflicts_from(data: Sequence[Mapping[str, Any]] | None) -> tuple[FieldDiff, ...]:
    return tuple(
        FieldDiff(
            d["field"], _value_from(d["before"]), _value_from(d["after"]), _value_from(d["now"])
        )
        for d in data or ()
    )


# -- statements ----------------------------------------------------------------------------------


def _insert(conn: DbConnection, cs: ChangeSet) -> None:
    conn.execute(
        sa.insert(schema.change_sets).values(
            id=cs.id,
            connection=cs.connection,
            name=cs.name,
            created_at=cs.created_at,
            planned_at=cs.planned_at,
            state=cs.state.value,
            undo_of=cs.undo_of,
        )
    )
    if cs.operations:
        at = now()
        conn.execute(
            sa.insert(schema.change_operations),
            [
                {
                    "change_set_id": cs.id,
                    "op_index": op.index,
                    "id": op.id,
                    "account_id": op.account_id,
                    "account_label": op.account_label,
                    "resource": op.resource.value,
                    "resource_id": op.resource_id,
                    "before": op.before,
                    "after": op.after,
                    "request": request_json(op.request),
                    "status": op.status.value,
                    "error": op.error,
                    "conflicts": conflicts_json(op.conflicts),
                    "attempts": op.attempts,
                    "updated_at": at,
                }
                for op in cs.operations
            ],
        )


def _state_op(change_set_id: str, state: ChangeSetState) -> Op:
    c = schema.change_sets
    values: dict[str, Any] = {"state": state.value}
    values["finished_at"] = now() if state in _FINAL else None
    statement = sa.update(c).where(c.c.id == change_set_id).values(**values)

    def run(conn: DbConnection) -> None:
        if conn.execute(statement).rowcount == 0:
            raise KeyError(change_set_id)

    return run


def _operation_op(change_set_id: str, op: Operation, count_attempt: bool) -> Op:
    o = schema.change_operations
    values: dict[str, Any] = {
        "status": op.status.value,
        "error": op.error,
        "conflicts": conflicts_json(op.conflicts),
        "resource_id": op.resource_id,
        "request": request_json(op.request),
        "updated_at": now(),
    }
    if count_attempt:
        values["attempts"] = o.c.attempts + 1
    statement = (
        sa.update(o)
        .where(o.c.change_set_id == change_set_id, o.c.op_index == op.index)
        .values(**values)
    )

    def run(conn: DbConnection) -> None:
        if conn.execute(statement).rowcount == 0:
            raise sa.exc.NoResultFound(f"change set {change_set_id!r} has no operation {op.index}")

    return run


def _load_many(conn: DbConnection, ids_query: sa.Select[Any]) -> list[ChangeSet]:
    ids = list(conn.execute(ids_query).scalars())
    return [cs for i in ids if (cs := _load(conn, i)) is not None]


def _load(conn: DbConnection, change_set_id: str) -> ChangeSet | None:
    c, o = schema.change_sets, schema.change_operations
    head = conn.execute(sa.select(c).where(c.c.id == change_set_id)).one_or_none()
    if head is None:
        return None
    rows = conn.execute(
        sa.select(o).where(o.c.change_set_id == change_set_id).order_by(o.c.op_index)
    ).all()
    return ChangeSet(
        id=head.id,
        name=head.name,
        connection=head.connection,
        created_at=must(head.created_at),
        planned_at=must(head.planned_at),
        state=ChangeSetState(head.state),
        undo_of=head.undo_of,
        operations=[
            Operation(
                id=r.id,
                index=r.op_index,
                account_id=r.account_id,
                account_label=r.account_label,
                resource=ResourceKind(r.resource),
                resource_id=r.resource_id,
                before=dict(r.before),
                after=dict(r.after),
                request=request_from(r.request),
                status=OpStatus(r.status),
                error=r.error,
                conflicts=_conflicts_from(r.conflicts),
                attempts=r.attempts,
            )
            for r in rows
        ],
    )

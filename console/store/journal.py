"""The onboarding journal: jobs and their rows, each transition written before it is acted on."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.ops import Op, Stage
from console.store.records import (
    UNFINISHED_STATES,
    JobRecord,
    JobRowRecord,
    JobState,
    NewJobRow,
    RowChange,
    RowStatus,
)
from console.store.timestamps import aware, must, now

if TYPE_CHECKING:
    from console.store.db import Store


class Journal:
    """The jobs and job_rows tables; ``store.journal``.

    Row transitions and job states go through the store's group commit, so rows in flight
    share transactions.
    """

    def __init__(self, db: Store) -> None:
        self._db = db

    async def create(
        self,
        connection: str,
        source_name: str,
        rows: Sequence[NewJobRow],
        *,
        fingerprint: str | None = None,
    ) -> str:
        """Journal a new job with its rows; returns the job id.

        ``fingerprint`` names what the job was made from (see :meth:`find_unfinished`).
        """
        job_id = str(uuid.uuid4())
        fixed = list(rows)
        await self._db.write(
            lambda conn: _insert_job(conn, job_id, connection, source_name, fixed, fingerprint)
        )
        return job_id

    async def find_unfinished(self, connection: str, fingerprint: str) -> JobRecord | None:
        """The oldest unfinished job of a connection made from the same input, or None."""
        j = schema.jobs

        def run(conn: DbConnection) -> JobRecord | None:
            found = conn.execute(
                sa.select(j.c.id)
                .where(
                    j.c.connection == connection,
                    j.c.fingerprint == fingerprint,
                    j.c.state.in_(UNFINISHED_STATES),
                )
                .order_by(j.c.created_at)
                .limit(1)
            ).scalar_one_or_none()
            return _load_job(conn, found) if found is not None else None

        return await self._db.read(run)

    async def set_state(self, job_id: str, state: JobState) -> None:
        """Record a job's state; running stamps ``started_at`` once, finished ``finished_at``."""
        await self._db.write(_state_op(job_id, state))

    async def update_row(self, job_id: str, change: RowChange) -> None:
        """Journal a row transition (call before acting on it).

        Raises ``sqlalchemy.exc.NoResultFound`` when the job has no such row.
        """
        await self._db.write(_row_op(job_id, change))

    async def load(self, job_id: str) -> JobRecord | None:
        """A job with all its rows, or None."""
        return await self._db.read(lambda conn: _load_job(conn, job_id))

    async def unfinished(self, connection: str) -> list[JobRecord]:
        """Jobs of a connection that were not finished or cancelled (offer to resume them)."""
        j = schema.jobs

        def run(conn: DbConnection) -> list[JobRecord]:
            ids = conn.execute(
                sa.select(j.c.id)
                .where(j.c.connection == connection, j.c.state.in_(UNFINISHED_STATES))
                .order_by(j.c.created_at)
            ).scalars()
            return [job for i in list(ids) if (job := _load_job(conn, i)) is not None]

        return await self._db.read(run)


class JournalWrites:
    """Journal writes staged in a unit of work (``uow.journal``)."""

    def __init__(self, stage: Stage) -> None:
        self._stage = stage

    def set_state(self, job_id: str, state: JobState) -> None:
        """As :meth:`Journal.set_state`, when the unit of work commits."""
        self._stage(_state_op(job_id, state))

    def update_row(self, job_id: str, change: RowChange) -> None:
        """As :meth:`Journal.update_row`, when the unit of work commits."""
        self._stage(_row_op(job_id, change))


def _insert_job(
    conn: DbConnection,
    job_id: str,
    connection: str,
    source_name: str,
    rows: Sequence[NewJobRow],
    fingerprint: str | None = None,
) -> None:
    at = now()
    conn.execute(
        sa.insert(schema.jobs).values(
            id=job_id,
            connection=connection,
            source_name=source_name,
            created_at=at,
            state=JobState.NEW.value,
            fingerprint=fingerprint,
        )
    )
    if rows:
        conn.execute(
            sa.insert(schema.job_rows),
            [
                {
                    "job_id": job_id,
                    "row_index": i,
                    "input": dict(row.input),
                    "status": row.status.value,
                    "error": row.error,
                    "attempts": 0,
                    "updated_at": at,
                }
                for i, row in enumerate(rows)
            ],
        )


def _state_op(job_id: str, state: JobState) -> Op:
    j = schema.jobs
    at = now()
    values: dict[str, Any] = {"state": state.value}
    if state is JobState.RUNNING:
        values["started_at"] = sa.func.coalesce(j.c.started_at, at)
    if state in (JobState.FINISHED, JobState.CANCELLED):
        values["finished_at"] = at
    statement = sa.update(j).where(j.c.id == job_id).values(**values)
    return lambda conn: conn.execute(statement)


def _row_op(job_id: str, change: RowChange) -> Op:
    statement = _row_update(
        change.user_id is not None, change.booking_url is not None, change.count_attempt
    )
    # Stamped when the transition is issued, not when the batch carrying it commits.
    params: dict[str, Any] = {
        "k_job_id": job_id,
        "k_row_index": change.index,
        "status": change.status.value,
        "updated_at": now(),
        "error": change.error,
    }
    if change.user_id is not None:
        params["user_id"] = change.user_id
    if change.booking_url is not None:
        params["booking_url"] = change.booking_url

    def run(conn: DbConnection) -> None:
        if conn.execute(statement, params).rowcount == 0:
            raise sa.exc.NoResultFound(f"job {job_id!r} has no row {change.index}")

    return run


@functools.cache
def _row_update(with_user: bool, with_booking_url: bool, count_attempt: bool) -> sa.Update:
    """The UPDATE of one row transition, built once per shape with its values as parameters.

    Every row in flight writes two or three transitions: building the statement anew each time
    (column coercions, a fresh cache key) cost several times what executing it does, and ran
    on the event loop's thread. A statement object is immutable, so one per shape is shared;
    SQLAlchemy compiles it once and reuses the compiled form
    (https://docs.sqlalchemy.org/en/20/core/connections.html#sql-compilation-caching).
    """
    r = schema.job_rows
    names = ["status", "updated_at", "error"]
    if with_user:
        names.append("user_id")
    if with_booking_url:
        names.append("booking_url")
    values: dict[str, Any] = {name: sa.bindparam(name, type_=r.c[name].type) for name in names}
    if count_attempt:
        values["attempts"] = r.c.attempts + 1
    return (
        sa.update(r)
        .where(
            r.c.job_id == sa.bindparam("k_job_id", type_=r.c.job_id.type),
            r.c.row_index == sa.bindparam("k_row_index", type_=r.c.row_index.type),
        )
        .values(**values)
    )


def _load_job(conn: DbConnection, job_id: str) -> JobRecord | None:
    j, r = schema.jobs, schema.job_rows
    head = conn.execute(sa.select(j).where(j.c.id == job_id)).one_or_none()
    if head is None:
        return None
    rows = conn.execute(sa.select(r).where(r.c.job_id == job_id).order_by(r.c.row_index)).all()
    return JobRecord(
        id=head.id,
        connection=head.connection,
        source_name=head.source_name,
        created_at=must(head.created_at),
        started_at=aware(head.started_at),
        finished_at=aware(head.finished_at),
        state=JobState(head.state),
        rows=tuple(
            JobRowRecord(
                index=row.row_index,
                input=dict(row.input),
                status=RowStatus(row.status),
                user_id=row.user_id,
                booking_url=row.booking_url,
                error=row.error,
                attempts=row.attempts,
                updated_at=must(row.updated_at),
            )
            for row in rows
        ),
    )

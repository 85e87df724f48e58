"""The console's own database: an async facade over SQLAlchemy Core (SQLite WAL by default).

All database work runs on one thread owned by the :class:`Store` (a single-worker executor), so
the event loop never blocks on disk and SQLite sees one writer. Alembic migrations run when the
store is opened.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import getpass
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection as DbConnection
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from console import paths
from console.store import schema
from console.store.records import (
    UNFINISHED_STATES,
    AuditEntry,
    CachedAccount,
    JobRecord,
    JobRowRecord,
    JobState,
    RowStatus,
)

T = TypeVar("T")

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_FILE = "console.sqlite3"


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we write is UTC.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _must(value: datetime | None) -> datetime:
    result = _aware(value)
    assert result is not None
    return result


def os_user() -> str:
    """The OS user name recorded in the audit trail."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError/KeyError when no name is resolvable
        return "unknown"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL survives an application crash; only an OS crash may lose the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """Async facade over the console's database. Create with :meth:`open`; ``await close()``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-store")
        self._closed = False
        self._pending: list[tuple[Callable[[DbConnection], Any], asyncio.Future[Any]]] = []
        self._flush_scheduled = False

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        """Open (and migrate) the SQLite store; default ``data_dir()/console.sqlite3``.

        ``":memory:"`` gives a private in-memory database (tests).
        """
        if path == ":memory:":
            engine = sa.create_engine(
                "sqlite://",
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
            )
        else:
            file = Path(path) if path is not None else paths.data_dir() / DEFAULT_FILE
            file.parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(
                f"sqlite:///{file}", connect_args={"check_same_thread": False}
            )
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return cls.open_engine(engine)

    @classmethod
    def open_url(cls, url: str) -> Store:
        """Open a store at any SQLAlchemy URL (e.g. a shared PostgreSQL) and migrate it."""
        return cls.open_engine(sa.create_engine(url))

    @classmethod
    def open_engine(cls, engine: Engine) -> Store:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return cls(engine)

    async def close(self) -> None:
        """Finish queued work, then close the database."""
        if self._closed:
            return
        loop = asyncio.get_running_loop()
        self._flush(loop)
        self._closed = True
        await loop.run_in_executor(self._executor, self.engine.dispose)
        self._executor.shutdown(wait=True)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._closed:
            raise RuntimeError("the store is closed")
        loop = asyncio.get_running_loop()
        self._flush(loop)  # writes queued before this call happen before it
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args))

    async def _write(self, fn: Callable[[DbConnection], T]) -> T:
        """Group commit: journal writes issued in the same loop iteration share one transaction.

        Many rows in flight each write a transition; one commit (and one hop to the store's
        thread) for all of them keeps the journal cheap without delaying any of them.
        """
        if self._closed:
            raise RuntimeError("the store is closed")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._pending.append((fn, future))
        if not self._flush_scheduled:
            self._flush_scheduled = True
            loop.call_soon(self._flush, loop)
        result: T = await future
        return result

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        self._flush_scheduled = False
        batch, self._pending = self._pending, []
        if not batch:
            return
        done = self._executor.submit(self._write_batch, [fn for fn, _ in batch])

        def deliver(outcomes: list[tuple[bool, Any]]) -> None:
            for (_, future), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():
                    continue  # the caller was cancelled; the write still happened
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

        def finished(f: concurrent.futures.Future[list[tuple[bool, Any]]]) -> None:
            error = f.exception()
            outcomes = f.result() if error is None else [(False, error)] * len(batch)
            if not loop.is_closed():
                loop.call_soon_threadsafe(deliver, outcomes)

        done.add_done_callback(finished)

    def _write_batch(self, fns: list[Callable[[DbConnection], Any]]) -> list[tuple[bool, Any]]:
        try:
            with self.engine.begin() as conn:
                return [(True, fn(conn)) for fn in fns]
        except Exception:
            # One bad write must not sink the others: redo them one transaction each.
            outcomes: list[tuple[bool, Any]] = []
            for fn in fns:
                try:
                    with self.engine.begin() as conn:
                        outcomes.append((True, fn(conn)))
                except Exception as exc:
                    outcomes.append((False, exc))
            return outcomes

    def _tx(self, fn: Callable[[DbConnection], T]) -> T:
        with self.engine.begin() as conn:
            return fn(conn)

    # -- accounts cache ------------------------------------------------------------------------

    async def load_accounts(self, connection: str) -> list[CachedAccount]:
        """Every cached account of a connection (without the raw JSON, for speed)."""
        return await self._run(self._load_accounts, connection)

    def _load_accounts(self, connection: str, user_id: str | None = None) -> list[CachedAccount]:
        a = schema.accounts
        cols = [
            a.c.user_id,
            a.c.email,
            a.c.given_name,
            a.c.family_name,
            a.c.slug,
            a.c.timezone,
            a.c.meeting_type_count,
            a.c.booking_url,
            a.c.created_at,
            a.c.fetched_at,
        ]
        query = sa.select(*cols).where(a.c.connection == connection).order_by(a.c.email)
        if user_id is not None:
            query = query.where(a.c.user_id == user_id)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            CachedAccount(
                user_id=r[0],
                email=r[1],
                given_name=r[2],
                family_name=r[3],
                slug=r[4],
                timezone=r[5],
                meeting_type_count=r[6],
                booking_url=r[7],
                created_at=_aware(r[8]),
                fetched_at=_must(r[9]),
            )
            for r in rows
        ]

    async def get_account(self, connection: str, user_id: str) -> CachedAccount | None:
        """One cached account, or None."""
        return await self._run(self._get_account, connection, user_id)

    def _get_account(self, connection: str, user_id: str) -> CachedAccount | None:
        found = self._load_accounts(connection, user_id)
        return found[0] if found else None

    async def account_raw(self, connection: str, user_id: str) -> dict[str, Any] | None:
        """The raw JSON of one cached account as the API sent it."""
        a = schema.accounts

        def run(conn: DbConnection) -> dict[str, Any] | None:
            value = conn.execute(
                sa.select(a.c.raw).where(a.c.connection == connection, a.c.user_id == user_id)
            ).scalar_one_or_none()
            return dict(value) if value is not None else None

        return await self._run(self._tx, run)

    async def upsert_accounts(
        self, connection: str, accounts: Sequence[CachedAccount], *, replace_all: bool = False
    ) -> None:
        """Write accounts into the cache; ``replace_all`` drops those not in ``accounts``."""
        await self._run(self._upsert_accounts, connection, list(accounts), replace_all)

    def _upsert_accounts(
        self, connection: str, accounts: list[CachedAccount], replace_all: bool
    ) -> None:
        with self.engine.begin() as conn:
            _write_accounts(conn, connection, accounts, replace_all)

    async def delete_account(self, connection: str, user_id: str) -> None:
        """Drop one account from the cache."""
        a = schema.accounts
        await self._run(
            self._tx,
            lambda conn: conn.execute(
                sa.delete(a).where(a.c.connection == connection, a.c.user_id == user_id)
            ),
        )

    # -- onboarding journal --------------------------------------------------------------------

    async def create_job(
        self,
        connection: str,
        source_name: str,
        rows: Sequence[Mapping[str, Any]],
        *,
        statuses: Sequence[RowStatus] | None = None,
    ) -> str:
        """Journal a new job with its rows (all pending unless ``statuses`` says otherwise)."""
        job_id = str(uuid.uuid4())
        now = _now()

        def run(conn: DbConnection) -> str:
            conn.execute(
                sa.insert(schema.jobs).values(
                    id=job_id,
                    connection=connection,
                    source_name=source_name,
                    created_at=now,
                    state=JobState.NEW.value,
                )
            )
            if rows:
                conn.execute(
                    sa.insert(schema.job_rows),
                    [
                        {
                            "job_id": job_id,
                            "row_index": i,
                            "input": dict(row),
                            "status": (statuses[i] if statuses else RowStatus.PENDING).value,
                            "attempts": 0,
                            "updated_at": now,
                        }
                        for i, row in enumerate(rows)
                    ],
                )
            return job_id

        return await self._run(self._tx, run)

    async def set_job_state(self, job_id: str, state: JobState) -> None:
        """Record a job's state; running stamps ``started_at`` once, finished ``finished_at``."""
        j = schema.jobs
        now = _now()

        def run(conn: DbConnection) -> None:
            values: dict[str, Any] = {"state": state.value}
            if state is JobState.RUNNING:
                values["started_at"] = sa.func.coalesce(j.c.started_at, now)
            if state in (JobState.FINISHED, JobState.CANCELLED):
                values["finished_at"] = now
            conn.execute(sa.update(j).where(j.c.id == job_id).values(**values))

        await self._write(run)

    async def update_row(
        self,
        job_id: str,
        index: int,
        status: RowStatus,
        *,
        user_id: str | None = None,
        booking_url: str | None = None,
        error: str | None = None,
        count_attempt: bool = False,
        account: CachedAccount | None = None,
        audit: AuditEntry | None = None,
        connection: str | None = None,
    ) -> None:
        """Journal a row transition (call before acting on it).

        ``account`` (cache) and ``audit`` are written in the same transaction, so a finished row
        costs one round trip to the store.
        """
        r = schema.job_rows
        values: dict[str, Any] = {"status": status.value, "updated_at": _now(), "error": error}
        if user_id is not None:
            values["user_id"] = user_id
        if booking_url is not None:
            values["booking_url"] = booking_url
        if count_attempt:
            values["attempts"] = r.c.attempts + 1

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.update(r).where(r.c.job_id == job_id, r.c.row_index == index).values(**values)
            )
            if account is not None:
                owner = connection
                if owner is None:
                    owner = conn.execute(
                        sa.select(schema.jobs.c.connection).where(schema.jobs.c.id == job_id)
                    ).scalar_one()
                _write_accounts(conn, owner, [account], False)
            if audit is not None:
                _insert_audit(conn, audit)

        await self._write(run)

    async def load_job(self, job_id: str) -> JobRecord | None:
        """A job with all its rows, or None."""
        return await self._run(self._tx, lambda conn: _load_job(conn, job_id))

    async def unfinished_jobs(self, connection: str) -> list[JobRecord]:
        """Jobs of a connection that were not finished or cancelled (offer to resume them)."""
        j = schema.jobs

        def run(conn: DbConnection) -> list[JobRecord]:
            ids = conn.execute(
                sa.select(j.c.id)
                .where(j.c.connection == connection, j.c.state.in_(UNFINISHED_STATES))
                .order_by(j.c.created_at)
            ).scalars()
            return [job for i in list(ids) if (job := _load_job(conn, i)) is not None]

        return await self._run(self._tx, run)

    # -- audit trail ---------------------------------------------------------------------------

    async def record_audit(
        self,
        connection: str,
        action: str,
        *,
        account_id: str | None,
        account_email: str | None,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        who: str | None = None,
    ) -> AuditEntry:
        """Append one entry to the audit trail (who defaults to the OS user)."""
        entry = audit_entry(
            connection,
            action,
            account_id=account_id,
            account_email=account_email,
            before=before,
            after=after,
            who=who,
        )
        return await self._run(self._tx, lambda conn: _insert_audit(conn, entry))

    async def audit_entries(
        self, connection: str | None = None, *, account_id: str | None = None, limit: int = 500
    ) -> list[AuditEntry]:
        """Newest first; optionally for one connection and/or one account."""
        t = schema.audit
        query = sa.select(t).order_by(t.c.at.desc(), t.c.id.desc()).limit(limit)
        if connection is not None:
            query = query.where(t.c.connection == connection)
        if account_id is not None:
            query = query.where(t.c.account_id == account_id)

        def run(conn: DbConnection) -> list[AuditEntry]:
            return [
                AuditEntry(
                    id=r.id,
                    who=r.who,
                    at=_must(r.at),
                    connection=r.connection,
                    account_id=r.account_id,
                    account_email=r.account_email,
                    action=r.action,
                    before=r.before,
                    after=r.after,
                )
                for r in conn.execute(query)
            ]

        return await self._run(self._tx, run)


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
        created_at=_must(head.created_at),
        started_at=_aware(head.started_at),
        finished_at=_aware(head.finished_at),
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
                updated_at=_must(row.updated_at),
            )
            for row in rows
        ),
    )


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write_accounts(
    conn: DbConnection, connection: str, accounts: list[CachedAccount], replace_all: bool
) -> None:
    a = schema.accounts
    ids = [acc.user_id for acc in accounts]
    if replace_all:
        conn.execute(sa.delete(a).where(a.c.connection == connection))
    else:
        for chunk in _chunks(ids, 500):
            conn.execute(sa.delete(a).where(a.c.connection == connection, a.c.user_id.in_(chunk)))
    if accounts:
        conn.execute(
            sa.insert(a),
            [
                {
                    "connection": connection,
                    "user_id": acc.user_id,
                    "email": acc.email,
                    "given_name": acc.given_name,
                    "family_name": acc.family_name,
                    "slug": acc.slug,
                    "timezone": acc.timezone,
                    "meeting_type_count": acc.meeting_type_count,
                    "booking_url": acc.booking_url,
                    "created_at": acc.created_at,
                    "raw": acc.raw,
                    "fetched_at": acc.fetched_at,
                }
                for acc in accounts
            ],
        )


def _insert_audit(conn: DbConnection, entry: AuditEntry) -> AuditEntry:
    result = conn.execute(
        sa.insert(schema.audit).values(
            who=entry.who,
            at=entry.at,
            connection=entry.connection,
            account_id=entry.account_id,
            account_email=entry.account_email,
            action=entry.action,
            before=entry.before,
            after=entry.after,
        )
    )
    key = result.inserted_primary_key
    return replace(entry, id=key[0] if key else None)


def audit_entry(
    connection: str,
    action: str,
    *,
    account_id: str | None,
    account_email: str | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    who: str | None = None,
) -> AuditEntry:
    """A new audit entry stamped now, by the OS user unless ``who`` is given."""
    return AuditEntry(
        who=who or os_user(),
        at=_now(),
        connection=connection,
        account_id=account_id,
        account_email=account_email,
        action=action,
        before=dict(before) if before is not None else None,
        after=dict(after) if after is not None else None,
    )

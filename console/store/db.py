"""The console's database: engine, executor, group commit, migrations, units of work — no Qt.

All database work runs on one thread owned by the :class:`Store` (a single-worker executor), so
the event loop never blocks on disk and SQLite sees one writer. Alembic migrations run when the
store is opened. Each table group has its repository (``store.accounts``, ``store.journal``,
``store.audit``); writes that belong together go through ``store.unit_of_work()``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import re
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from console import paths
from console.store.accounts import AccountsCache, AccountWrites
from console.store.audit import AuditTrail, AuditWrites
from console.store.brand_kits import BrandKits
from console.store.changes import ChangeJournal, ChangeWrites
from console.store.events import EventLog
from console.store.health import HealthCache
from console.store.journal import Journal, JournalWrites
from console.store.leases import Leases
from console.store.ops import Op
from console.store.templates import TemplateStore

if TYPE_CHECKING:
    from alembic.config import Config

T = TypeVar("T")

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_FILE = "console.sqlite3"


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the migrations inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


_REVISION = re.compile(r"^(down_)?revision\s*(?::[^=]*)?=\s*['\"]?([\w-]*)['\"]?", re.MULTILINE)


def head_revision() -> str | None:
    """The newest migration's revision, read from the files' ``revision`` lines.

    Alembic is not imported for this (it takes longer to import than the window takes to
    paint): a store already at this revision opens without it.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            if value and value != "None":
                (parents if down else revisions).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current_revision(conn: DbConnection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):  # a new database
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL survives an application crash; only an OS crash may lose the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class UnitOfWork:
    """Writes staged inside ``async with store.unit_of_work() as uow:``.

    They commit together, in one transaction and one trip to the store's thread, when the block
    ends; if the block raises, or any of them fails, none is written.

    Attributes:
        accounts: stages writes to the accounts cache (:class:`AccountWrites`).
        journal: stages row transitions and job states (:class:`JournalWrites`).
        audit: stages audit entries (:class:`AuditWrites`).
        changes: stages operation and change-set states (:class:`ChangeWrites`).
    """

    def __init__(self) -> None:
        self._ops: list[Op] = []
        self.accounts = AccountWrites(self._ops.append)
        self.journal = JournalWrites(self._ops.append)
        self.audit = AuditWrites(self._ops.append)
        self.changes = ChangeWrites(self._ops.append)

    def _apply(self, conn: DbConnection) -> None:
        for op in self._ops:
            op(conn)


class Store:
    """The console's database. Create with :meth:`open`; ``await close()``.

    Attributes:
        engine: the SQLAlchemy engine (tests inspect the schema through it).
        accounts: the accounts cache of every connection (:class:`AccountsCache`).
        journal: the onboarding journal, jobs and their rows (:class:`Journal`).
        audit: the audit trail (:class:`AuditTrail`).
        changes: the change-set journal of fleet changes (:class:`ChangeJournal`).
        leases: which process runs a job or change set (:class:`Leases`).
        events: the live feed's event log and bookings (:class:`EventLog`).
        templates: meeting-type templates and their assignments (:class:`TemplateStore`).
        health: each account's last health check (:class:`HealthCache`).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-store")
        self._closed = False
        self._pending: list[tuple[Op, asyncio.Future[Any]]] = []
        self._flush_scheduled = False
        self.accounts = AccountsCache(self)
        self.journal = Journal(self)
        self.audit = AuditTrail(self)
        self.changes = ChangeJournal(self)
        self.leases = Leases(self)
        self.events = EventLog(self)
        self.brand_kits = BrandKits(self)
        self.templates = TemplateStore(self)
        self.health = HealthCache(self)

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
            head = head_revision()
            if head is not None and _current_revision(conn) == head:
                return cls(engine)
            from alembic import command

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

    # -- running work (for the repositories) ---------------------------------------------------

    async def read(self, fn: Callable[[DbConnection], T]) -> T:
        """Run ``fn`` on the store's thread; writes queued before it land first."""
        if self._closed:
            raise RuntimeError("the store is closed")
        loop = asyncio.get_running_loop()
        self._flush(loop)
        return await loop.run_in_executor(self._executor, self._read, fn)

    def _read(self, fn: Callable[[DbConnection], T]) -> T:
        with self.engine.connect() as conn:
            return fn(conn)

    async def write(self, fn: Callable[[DbConnection], T]) -> T:
        """Run ``fn`` in a transaction; writes issued in the same loop iteration share one.

        Group commit: many rows in flight each write a transition; one commit (and one hop to the
        store's thread) for all of them keeps the journal cheap without delaying any of them. If
        the shared transaction fails, each write is redone alone, so one bad write fails alone.
        A caller cancelled while waiting does not undo its write.
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

    @contextlib.asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[UnitOfWork]:
        """Stage writes that belong together; they commit as one when the block ends."""
        if self._closed:
            raise RuntimeError("the store is closed")
        work = UnitOfWork()
        yield work
        if work._ops:
            await self.write(work._apply)

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

    def _write_batch(self, fns: list[Op]) -> list[tuple[bool, Any]]:
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

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
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Iterator
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
from console.store.budgets import Budgets
from console.store.changes import ChangeJournal, ChangeWrites
from console.store.errors import StoreTooNew, StoreUnavailable
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


def _revisions() -> tuple[set[str], set[str]]:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            if value and value != "None":
                (parents if down else revisions).add(value)
    return revisions, parents


def head_revision() -> str | None:
    """The newest migration's revision, read from the files' ``revision`` lines.

    Alembic is not imported for this (it takes longer to import than the window takes to
    paint): a store already at this revision opens without it.
    """
    revisions, parents = _revisions()
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """Every revision this console's migrations know."""
    return _revisions()[0]


def _current_revision(conn: DbConnection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):  # a new database
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _use_wal(cursor: Any) -> None:
    # The journal mode is kept in the file: only the console that makes the file switches it.
    # The switch needs the file to itself and SQLite answers "database is locked" at once,
    # without waiting for its busy timeout, when another connection (several consoles starting
    # together on a new file) has it open (https://www.sqlite.org/wal.html#activating_and_configuring_wal_mode):
    # so it is retried for a few seconds.
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    for attempt in range(100):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if attempt == 99:
                raise
            time.sleep(0.05)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _use_wal(cursor)
    # WAL + NORMAL survives an application crash; only an OS crash may lose the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Any constant will do: every console of a team uses the same one, so migrations run one at a
# time when several consoles open a new or older database together.
_MIGRATION_LOCK = 0x6D67_6363


@contextlib.contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """Held while migrating a SQLite file (PostgreSQL takes an advisory lock in the transaction):
    SQLite's transaction starts only at the first write, too late to keep two migrations apart."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    from console.api._file_lock import locked_file

    with locked_file(Path(f"{database}.migrating")):
        yield


def _where(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


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
        budgets: the team's request buckets, one per API key (:class:`Budgets`).
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
        self.budgets = Budgets(self)

    # -- opening and closing -------------------------------------------------------------------

    @property
    def shared(self) -> bool:
        """Whether other consoles share this store (a PostgreSQL database)."""
        return self.engine.dialect.name == "postgresql"

    @property
    def where(self) -> str:
        """The store's URL without a password, to show."""
        return _where(self.engine)

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        """Open (and migrate) the store; by default the configured one (``--store``, the
        settings; see :mod:`console.store.location`), else ``data_dir()/console.sqlite3``.

        ``path`` may be a SQLite file, a database URL, or ``":memory:"`` for a private
        in-memory database (tests). Raises :class:`~console.store.errors.StoreError` when the
        store cannot be used (unreachable, or migrated by a newer console).
        """
        from console.store import location

        if path is None or (isinstance(path, str) and "://" in path):
            where = location.configured() if path is None else location.parse(path)[0]
            if where is not None:
                return cls.open_url(location.connect_url(where))
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
    def open_url(cls, url: str | sa.URL) -> Store:
        """Open a store at a SQLAlchemy URL (a shared PostgreSQL, a SQLite file) and migrate it."""
        url = sa.make_url(url)
        if url.get_backend_name() == "sqlite":
            if url.database and url.database != ":memory:":
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            engine = sa.create_engine(url, connect_args={"check_same_thread": False})
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        else:
            # pre_ping: a console runs for days; the server may have restarted in between.
            engine = sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
        return cls.open_engine(engine)

    @classmethod
    def open_engine(cls, engine: Engine) -> Store:
        """Migrate the database behind ``engine`` to this console's head and wrap it."""
        try:
            with engine.connect() as conn:
                current = _current_revision(conn)
            if current is not None and current not in known_revisions():
                raise StoreTooNew(_where(engine), current)
            if current is None or current != head_revision():
                with _migration_lock(engine), engine.begin() as conn:
                    if conn.dialect.name == "postgresql":
                        conn.execute(
                            sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK}
                        )
                    # Again under the lock: another console may have migrated it meanwhile.
                    current = _current_revision(conn)
                    if current is not None and current not in known_revisions():
                        raise StoreTooNew(_where(engine), current)
                    if current is None or current != head_revision():
                        from alembic import command

                        cfg = alembic_config()
                        cfg.attributes["connection"] = conn
                        command.upgrade(cfg, "head")
        except sa.exc.DBAPIError as exc:  # unreachable, login refused, no rights
            engine.dispose()
            raise StoreUnavailable(
                f"cannot open the store at {_where(engine)}: {_first_line(exc)}"
            ) from None
        except StoreTooNew:
            engine.dispose()
            raise
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

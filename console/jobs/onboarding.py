"""Bulk onboarding: create many accounts from a CSV, journaled, resumable, exactly once — no Qt.

Every row transition is written to the store's journal *before* it is acted on, so a killed
process can resume: a row found "running" may or may not have been created, so it is reconciled
by looking its e-mail up before anything is sent again. The same holds for a POST that failed
with a dropped connection, a timeout or a 5xx (the server may have processed it). A 429 means
"not processed": the row waits ``retry_after`` and is sent again. An e-mail that already has an
account is linked, never created twice.

It runs on the same journal core as the fleet changes (console/jobs/engine.py): one process
per job (a lease, :mod:`console.jobs.lease`, taken before any request; a second process gets
:class:`~console.jobs.lease.LeaseHeld`), and transport failures pause the whole job behind an
:class:`~console.jobs.outage.OutageGate` (``JobEvent.waiting_until`` is the countdown) instead of
failing rows: a row fails only for what the server said about it. Journaling the same rows
again on the same connection while an earlier job of them is unfinished continues that job;
a resumed job looks every row up before it sends it.

Listeners (the UI presenter, the CLI) subscribe with :meth:`OnboardingJob.subscribe` and get a
:class:`JobEvent` for every row change and every job state change.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.api.errors import ApiError, Conflict, RateLimited
from console.domain.csv_safe import EXCEL, csv_text, write_csv
from console.jobs.csv_import import ImportPreview, ImportRow, RowAction, parse_csv, parse_file
from console.jobs.lease import DEFAULT_TTL, LeaseHeld, ProcessLease
from console.jobs.outage import OutageGate, is_transport_failure
from console.jobs.workers import run_workers
from console.messages import MessageBus
from console.store import (
    AuditEntry,
    CachedAccount,
    JobRecord,
    JobState,
    NewJobRow,
    RowChange,
    RowStatus,
    Store,
    audit_entry,
)

if TYPE_CHECKING:
    from console.api import MeetergoClient, User

log = logging.getLogger(__name__)

__all__ = [
    "JobEvent",
    "LeaseHeld",
    "OnboardingJob",
    "OnboardingRow",
    "RowAction",
    "parse_csv",
]

Sleep = Callable[[float], Awaitable[None]]
RESULT_COLUMNS = ("email", "user_id", "booking_url", "status", "error")


@dataclass(frozen=True)
class OnboardingRow:
    """One row as the job sees it (an immutable snapshot; events carry these)."""

    index: int
    data: ImportRow
    status: RowStatus
    user_id: str | None = None
    booking_url: str | None = None
    error: str | None = None
    attempts: int = 0

    @property
    def email(self) -> str:
        return self.data.email


@dataclass(frozen=True)
class JobEvent:
    """A change: ``row`` is set for a row transition, None for a job state change."""

    job_id: str
    state: JobState
    row: OnboardingRow | None
    counts: Mapping[RowStatus, int]
    waiting_until: datetime | None = None  # set while the job waits out an outage / 429


JobListener = Callable[[JobEvent], None]


class _Reconciler:
    """Answers "does this e-mail have an account?" from one user listing per batch.

    Rows that need an answer at about the same time share one walk over ``users.list()``. A row
    asking while a walk is under way waits for the next one: the running walk may have started
    before that row's POST reached the server.
    """

    def __init__(self, client: MeetergoClient) -> None:
        self._client = client
        self._waiting: dict[str, list[asyncio.Future[User | None]]] = {}
        self._task: asyncio.Task[None] | None = None
        self.listings = 0

    async def index(self) -> dict[str, User]:
        """One full listing: e-mail (lower case) → user."""
        self.listings += 1
        found: dict[str, User] = {}
        async for user in self._client.users.list():
            if user.email:
                found[user.email.strip().lower()] = user
        return found

    async def lookup(self, email: str) -> User | None:
        future: asyncio.Future[User | None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(email.strip().lower(), []).append(future)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._batches(), name="onboarding-reconcile")
        return await future

    async def _batches(self) -> None:
        while self._waiting:
            # Let rows failing in the same moment join this batch.
            for _ in range(3):
                await asyncio.sleep(0)
            batch, self._waiting = self._waiting, {}
            try:
                found = await self.index()
            except ApiError as exc:
                for futures in batch.values():
                    for future in futures:
                        if not future.done():
                            future.set_exception(exc)
                continue
            for email, futures in batch.items():
                for future in futures:
                    if not future.done():
                        future.set_result(found.get(email))

    def close(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        for futures in self._waiting.values():
            for future in futures:
                future.cancel()
        self._waiting.clear()


class OnboardingJob:
    """Creates the accounts of an import, ``concurrency`` rows at a time, under the client's
    rate budget. Journaled in ``store``; see the module docstring for the guarantees.

    Use: ``job = OnboardingJob(client, store, "Agency", preview.rows, bus=bus)``, then
    ``await job.run()``. ``pause()``/``unpause()``/``cancel()`` may be called while it runs;
    ``await job.retry_failed()`` runs the failed rows again; ``job.results_csv()`` exports.
    Invalid rows are journaled as skipped with their problems as the error.
    """

    def __init__(
        self,
        client: MeetergoClient,
        store: Store,
        connection: str,
        rows: Sequence[ImportRow],
        *,
        concurrency: int = 8,
        bus: MessageBus | None = None,
        source_name: str = "",
        max_attempts: int = 5,
        max_rate_limited: int = 20,
        backoff: float = 0.5,
        sleep: Sleep = asyncio.sleep,
        lease_owner: str | None = None,
    ) -> None:
        self.client = client
        self.lease_owner = lease_owner
        # Built from the journal (resumed or continued): a row may have been created by the
        # earlier run, so every row is looked up before it is sent.
        self.resumed = False
        # True when journal() found this job's rows in an unfinished job and continued it.
        self.continued = False
        self.store = store
        self.connection = connection
        self.bus = bus or MessageBus()
        self.source_name = source_name
        self.concurrency = max(1, concurrency)
        self.max_attempts = max_attempts
        self.max_rate_limited = max_rate_limited
        self.backoff = backoff
        self._sleep = sleep
        self.job_id: str | None = None
        self.state = JobState.NEW
        self.rows: list[OnboardingRow] = [
            OnboardingRow(
                index=i,
                data=row,
                status=RowStatus.PENDING if row.is_valid else RowStatus.SKIPPED,
                error=None if row.is_valid else "; ".join(row.problems),
            )
            for i, row in enumerate(rows)
        ]
        self._listeners: list[JobListener] = []
        self._counts: dict[RowStatus, int] = {}
        self._recount()
        self._go = asyncio.Event()
        self._go.set()
        self._cancelled = False
        self._running = False
        self._background: set[asyncio.Task[Any]] = set()
        self.reconciler = _Reconciler(client)
        self.gate = OutageGate(self._probe, sleep=sleep, on_change=lambda _until: self._emit(None))

    # -- construction from the journal ---------------------------------------------------------

    @classmethod
    async def resume(
        cls,
        store: Store,
        job_id: str,
        *,
        client: MeetergoClient,
        concurrency: int = 8,
        bus: MessageBus | None = None,
        backoff: float = 0.5,
        sleep: Sleep = asyncio.sleep,
    ) -> OnboardingJob:
        """Rebuild a journaled job (e.g. after the app was killed); ``run()`` continues it.

        Rows journaled as running are reconciled by e-mail before anything is sent.
        """
        record = await store.journal.load(job_id)
        if record is None:
            raise KeyError(f"No onboarding job {job_id!r} in the journal.")
        job = cls(
            client,
            store,
            record.connection,
            [ImportRow.from_json(r.input) for r in record.rows],
            concurrency=concurrency,
            bus=bus,
            source_name=record.source_name,
            backoff=backoff,
            sleep=sleep,
        )
        job._adopt(record)
        return job

    def _adopt(self, record: JobRecord) -> None:
        self.job_id = record.id
        self.state = record.state
        self.rows = [
            replace(
                self.rows[r.index],
                status=r.status,
                user_id=r.user_id,
                booking_url=r.booking_url,
                error=r.error,
                attempts=r.attempts,
            )
            for r in record.rows
        ]
        self.resumed = True
        self._recount()

    @property
    def fingerprint(self) -> str:
        """What the job is made of (its rows' input), to recognise the same file run again.

        The preview's verdicts (create or link, problems) are left out: rows created by the
        first run show up as "link" when the file is read again.
        """
        digest = hashlib.sha256()
        for row in self.rows:
            raw = row.data.to_json()
            raw.pop("action", None)
            raw.pop("problems", None)
            digest.update(json.dumps(raw, sort_keys=True, default=str).encode())
            digest.update(b"\n")
        return digest.hexdigest()

    async def journal(self) -> str:
        """Write the job and its rows to the journal (once); returns the job id.

        When an unfinished job of the same connection was made from the same rows (the same CSV
        started again), that job is continued instead: :attr:`continued` is then True.
        """
        if self.job_id is None:
            fingerprint = self.fingerprint
            earlier = await self.store.journal.find_unfinished(self.connection, fingerprint)
            if earlier is not None and len(earlier.rows) == len(self.rows):
                self._adopt(earlier)
                self.continued = True
                return earlier.id
            self.job_id = await self.store.journal.create(
                self.connection,
                self.source_name,
                [NewJobRow(r.data.to_json(), r.status, r.error) for r in self.rows],
                fingerprint=fingerprint,
            )
        return self.job_id

    # -- observing -----------------------------------------------------------------------------

    def subscribe(self, listener: JobListener) -> Callable[[], None]:
        """Call ``listener`` on every row and state change; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def counts(self) -> dict[RowStatus, int]:
        """Rows per status."""
        return dict(self._counts)

    def _recount(self) -> None:
        self._counts = dict.fromkeys(RowStatus, 0)
        for row in self.rows:
            self._counts[row.status] += 1

    @property
    def all_done(self) -> bool:
        """True when every runnable row was created or linked (skipped rows don't count)."""
        return all(r.status in (RowStatus.DONE, RowStatus.SKIPPED) for r in self.rows)

    @property
    def paused(self) -> bool:
        return not self._go.is_set()

    def _emit(self, row: OnboardingRow | None) -> None:
        event = JobEvent(
            self.job_id or "", self.state, row, dict(self._counts), self.gate.waiting_until
        )
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken listener must not stop the job
                log.exception("onboarding listener failed")

    # -- control -------------------------------------------------------------------------------

    def pause(self) -> None:
        """Stop taking new rows; rows already sent finish."""
        if self._running and self._go.is_set():
            self._go.clear()
            self._set_state_soon(JobState.PAUSED)

    def unpause(self) -> None:
        """Continue after :meth:`pause`."""
        if self._running and not self._go.is_set():
            self._go.set()
            self._set_state_soon(JobState.RUNNING)

    def cancel(self) -> None:
        """Stop after the rows in flight; the rest stays pending (resumable on purpose)."""
        self._cancelled = True
        self._go.set()

    def _set_state_soon(self, state: JobState) -> None:
        self._spawn(self._set_state(state))

    async def _set_state(self, state: JobState) -> None:
        self.state = state
        if self.job_id is not None:
            await self.store.journal.set_state(self.job_id, state)
        self._emit(None)

    # -- running -------------------------------------------------------------------------------

    async def run(self, *, include_failed: bool = False) -> dict[RowStatus, int]:
        """Run every pending row (and failed ones with ``include_failed``); returns the counts.

        Cancelling the awaiting task leaves the journal as a killed process would: resumable.
        Raises :class:`LeaseHeld`, before any request, when another process runs the job.
        """
        if self._running:
            raise RuntimeError("this job is already running")
        await self.journal()
        assert self.job_id is not None
        async with ProcessLease(
            self.store, "jobs", self.job_id, ttl=DEFAULT_TTL, owner=self.lease_owner
        ) as lease:
            if lease.previous is not None:
                self.resumed = True  # a dead process left it: its rows may exist already
            return await self._run_leased(include_failed)

    async def _run_leased(self, include_failed: bool) -> dict[RowStatus, int]:
        assert self.job_id is not None
        if self.resumed:
            # The journal may have moved on while this process waited for the lease.
            record = await self.store.journal.load(self.job_id)
            if record is not None:
                self._adopt(record)
        self._running = True
        self._cancelled = False
        self._go.set()
        wanted = {RowStatus.PENDING, RowStatus.RUNNING}
        if include_failed:
            wanted.add(RowStatus.FAILED)
        todo = [row.index for row in self.rows if row.status in wanted]
        queue: asyncio.Queue[int] = asyncio.Queue()
        for index in todo:
            queue.put_nowait(index)
        try:
            await self._set_state(JobState.RUNNING)
            known = await self._prefetch_index(todo)
            await run_workers(
                min(self.concurrency, queue.qsize()),
                lambda: self._worker(queue, known),
                name="onboarding-worker",
            )
            while self._background:
                await asyncio.gather(*self._background)
            await self._set_state(JobState.CANCELLED if self._cancelled else JobState.FINISHED)
        finally:
            self._running = False
            self.reconciler.close()
        counts = self.counts()
        self.bus.info(
            f"Onboarding {'cancelled' if self._cancelled else 'finished'}: "
            f"{counts[RowStatus.DONE]} done, {counts[RowStatus.FAILED]} failed, "
            f"{counts[RowStatus.PENDING]} pending, {counts[RowStatus.SKIPPED]} skipped.",
            kind="onboarding-ended",
            cancelled=self._cancelled,
            done=counts[RowStatus.DONE],
            failed=counts[RowStatus.FAILED],
            pending=counts[RowStatus.PENDING],
            skipped=counts[RowStatus.SKIPPED],
        )
        return counts

    async def retry_failed(self) -> dict[RowStatus, int]:
        """Run only the failed rows again (each is looked up by e-mail before a new POST)."""
        return await self.run(include_failed=True)

    async def _prefetch_index(self, todo: Sequence[int]) -> dict[str, User] | None:
        # Rows to link and rows that were sent before (resumed, retried) need a lookup; one
        # listing answers them all.
        needs = [i for i in todo if self._needs_lookup(self.rows[i])]
        if not needs:
            return None
        try:
            return await self.reconciler.index()
        except ApiError as exc:
            log.warning("listing users before the job failed (%s); rows will ask one by one", exc)
            return None

    def _needs_lookup(self, row: OnboardingRow) -> bool:
        return row.data.action is RowAction.LINK or row.attempts > 0 or self.resumed

    async def _worker(self, queue: asyncio.Queue[int], known: dict[str, User] | None) -> None:
        while True:
            await self._go.wait()
            if self._cancelled:
                return
            try:
                index = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await self._process(self.rows[index], known)

    async def _update(
        self,
        row: OnboardingRow,
        *,
        account: CachedAccount | None = None,
        audit: AuditEntry | None = None,
        **changes: object,
    ) -> OnboardingRow:
        """Journal a row change first (with its cache row and audit entry), then publish it."""
        count_attempt = bool(changes.pop("count_attempt", False))
        new = replace(row, **changes)  # type: ignore[arg-type]
        if count_attempt:
            new = replace(new, attempts=new.attempts + 1)
        assert self.job_id is not None
        change = RowChange(
            new.index,
            new.status,
            user_id=new.user_id,
            booking_url=new.booking_url,
            error=new.error,
            count_attempt=count_attempt,
        )
        # One transaction and one round trip to the store for the row, its cache row and its
        # audit entry.
        async with self.store.unit_of_work() as uow:
            uow.journal.update_row(self.job_id, change)
            if account is not None:
                uow.accounts.upsert(self.connection, [account])
            if audit is not None:
                uow.audit.record(audit)
        self._counts[row.status] -= 1
        self._counts[new.status] += 1
        self.rows[new.index] = new
        self._emit(new)
        return new

    async def _lookup(self, email: str, known: dict[str, User] | None) -> User | None:
        if known is not None:
            return known.get(email.strip().lower())
        return await self._reconcile(email)

    async def _reconcile(self, email: str) -> User | None:
        """Look an e-mail up, waiting behind the gate while the server cannot answer."""
        rate_limited = 0
        while True:
            await self.gate.ready()
            try:
                return await self.reconciler.lookup(email)
            except RateLimited as exc:
                rate_limited += 1
                await self.gate.hold(
                    exc.retry_after if exc.retry_after is not None else self._delay(rate_limited)
                )
            except ApiError as exc:
                if not is_transport_failure(exc):
                    raise
                await self.gate.outage()

    async def _probe(self) -> None:
        async for _page in self.client.users.pages(page_size=1):
            return

    async def _process(self, row: OnboardingRow, known: dict[str, User] | None) -> None:
        data = row.data
        try:
            if self._needs_lookup(row):
                row = await self._update(row, status=RowStatus.RUNNING, error=None)
                existing = await self._lookup(data.email, known)
                if existing is not None:
                    await self._linked(row, existing)
                    return
            await self._create(row)
        except ApiError as exc:
            current = self.rows[row.index]  # _create journaled newer attempts
            await self._update(current, status=RowStatus.FAILED, error=exc.message)

    async def _create(self, row: OnboardingRow) -> None:
        data = row.data
        failures = 0
        rate_limited = 0
        while True:
            await self.gate.ready()
            row = await self._update(row, status=RowStatus.RUNNING, error=None, count_attempt=True)
            try:
                created = await self.client.users.create(
                    email=data.email,
                    given_name=data.given_name,
                    family_name=data.family_name,
                    timezone=data.timezone,
                    slug=data.slug,
                    meeting_type=_meeting_type(data),
                )
            except RateLimited as exc:
                # 429 means the server did not process it: the job waits, then sends it again.
                rate_limited += 1
                await self.gate.hold(
                    exc.retry_after if exc.retry_after is not None else self._delay(rate_limited)
                )
                continue
            except ApiError as exc:
                if not (isinstance(exc, Conflict) or is_transport_failure(exc)):
                    raise  # the server's word about this row: it fails
                # The POST may have been processed: look before sending it again.
                existing = await self._reconcile(data.email)
                if existing is not None:
                    await self._linked(row, existing)
                    return
                if isinstance(exc, Conflict):
                    raise
                # Never a reason to fail the row: after a few tries the whole job waits until
                # the server answers again.
                failures += 1
                if failures >= self.max_attempts:
                    failures = 0
                    await self.gate.outage()
                else:
                    await self._sleep(self._delay(failures))
                continue
            account = CachedAccount(
                user_id=created.user_id,
                email=data.email,
                given_name=data.given_name,
                family_name=data.family_name,
                slug=data.slug,
                timezone=data.timezone,
                meeting_type_count=1 if created.meeting_type_id else 0,
                booking_url=created.booking_url,
                created_at=datetime.now(UTC),
                fetched_at=datetime.now(UTC),
                raw=created.model_dump(mode="json", by_alias=True),
            )
            self._finish(
                row,
                status=RowStatus.DONE,
                user_id=created.user_id,
                booking_url=created.booking_url,
                error=None,
                account=account,
                audit=audit_entry(
                    self.connection,
                    "create",
                    account_id=created.user_id,
                    account_email=data.email,
                    before=None,
                    after={**data.to_json(), "user_id": created.user_id, "job_id": self.job_id},
                ),
            )
            return

    def _finish(self, row: OnboardingRow, **changes: object) -> None:
        # The worker moves on while the journal records the result: a kill before it lands
        # leaves the row "running", which a resume reconciles, so nothing is created twice.
        self._spawn(self._update(row, **changes))  # type: ignore[arg-type]

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _linked(self, row: OnboardingRow, user: User) -> None:
        from console.services.accounts import account_from_user

        await self._update(
            row,
            status=RowStatus.DONE,
            user_id=user.id,
            booking_url=user.booking_url,
            error=None,
            account=account_from_user(user),
        )

    def _delay(self, attempt: int) -> float:
        return float(min(self.backoff * 2 ** (attempt - 1), 8.0))

    # -- results -------------------------------------------------------------------------------

    def _result(self, row: OnboardingRow) -> list[str]:
        return [
            row.email,
            row.user_id or "",
            row.booking_url or "",
            row.status.value,
            row.error or "",
        ]

    def results_csv(self) -> str:
        """The mapping a platform stores: email, user id, booking URL, status, error.

        Comma separated; cells a spreadsheet would evaluate are neutralised.
        """
        return csv_text([RESULT_COLUMNS, *(self._result(row) for row in self.rows)])

    def export_results(self, path: Path) -> None:
        """Write the results to ``path`` so the file can be fixed and imported again.

        Each row is the result (as in :meth:`results_csv`) followed by the other columns of
        the imported file as written there, in the file's separator and with a UTF-8 BOM when
        the file had one (or was Windows-1252); a skipped row keeps all its cells and gives
        its problems as the error. Columns of an earlier results export are replaced.
        Without a source file: :meth:`results_csv` as UTF-8 with BOM.
        """
        source = next((r.data.source for r in self.rows if r.data.source is not None), None)
        if source is None:
            write_csv(path, [RESULT_COLUMNS, *(self._result(row) for row in self.rows)], EXCEL)
            return
        taken = {name.lower() for name in RESULT_COLUMNS}
        keep = [
            i
            for i, name in enumerate(source.header)
            if i != source.email_column and name.lower() not in taken
        ]

        def rows() -> Iterator[list[str]]:
            yield [*RESULT_COLUMNS, *(source.header[i] for i in keep)]
            for row in self.rows:
                cells = row.data.cells
                yield [*self._result(row), *(cells[i] if i < len(cells) else "" for i in keep)]

        write_csv(path, rows(), source.format)


def _meeting_type(data: ImportRow) -> dict[str, object] | None:
    if data.meeting_type is None and data.duration is None:
        return None
    duration = data.duration or 30
    return {"name": data.meeting_type or f"{duration} min", "duration": duration}


def preview_from_file(
    path: Path, *, existing_emails: Sequence[str] = (), existing_slugs: Sequence[str] = ()
) -> ImportPreview:
    """:func:`parse_csv` on a file, streamed (call it off the event loop for big files)."""
    return parse_file(path, existing_emails=existing_emails, existing_slugs=existing_slugs)

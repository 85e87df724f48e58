"""The fleet-change engine: plan an edit for many accounts, apply it journaled, resume, undo.

No Qt. Every tab's "apply to many" and the headless ``changes`` commands go through it:

* :meth:`ChangeEngine.plan` reads each account's current state under the client's shared rate
  budget and journals a change set whose operations hold ``before`` (read now), ``after`` and
  the wire request (a PATCH carries only the fields that differ); accounts where nothing would
  change are listed as unchanged and never sent.
* :meth:`ChangeEngine.apply` takes the change set's process lease (:mod:`console.jobs.lease`),
  journals each operation as in flight *before* its request is sent, and records its result
  with its audit entry in one unit of work. Writes are sent once (no blind retries): after a
  dropped connection, a timeout or a 5xx the resource is read again, and the write counts as
  done when the value is there, is sent again when the old value still is, and stops as a
  conflict otherwise — so nothing is applied twice and nothing is written over a newer value.
  Transport failures and 429s never fail an operation; the run waits behind one
  :class:`~console.jobs.outage.OutageGate` and publishes the countdown.
* Before writing, an operation whose plan is older than a minute (or that was in flight, or
  is being resumed) re-reads its resource; fields that no longer equal ``before`` make it a
  conflict with the three values.
* :meth:`ChangeEngine.plan_undo` plans a new change set that restores ``before`` for the fields
  each done operation changed, where the current value still equals its ``after``; a change
  set of an irreversible kind (cancelled bookings) has no undo.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from console.api.errors import ApiError, NotFound, RateLimited
from console.jobs.edits import AccountRef, Edit, ResourceAccess, access_for
from console.jobs.lease import DEFAULT_TTL, LeaseHeld, ProcessLease
from console.jobs.model import (
    MISSING,
    SETTLED,
    ChangeEvent,
    ChangeSet,
    ChangeSetState,
    FieldDiff,
    Operation,
    OpStatus,
    WireRequest,
    differing_fields,
)
from console.jobs.outage import OutageGate, is_transport_failure
from console.jobs.workers import run_workers
from console.messages import MessageBus
from console.store import audit_entry

if TYPE_CHECKING:
    from console.api import MeetergoClient
    from console.api.client import ActingClient
    from console.store import Store

log = logging.getLogger(__name__)

__all__ = ["AccountRef", "ChangeEngine", "Edit", "LeaseHeld", "NotUndoable"]

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
ChangeListener = Callable[[ChangeEvent], None]

#: A plan older than this is read again before each write.
CONFLICT_AGE = timedelta(minutes=1)


class NotUndoable(ValueError):
    """The change set did something that cannot be reversed (e.g. cancelled bookings)."""


def _now() -> datetime:
    return datetime.now(UTC)


class ChangeEngine:
    """Plans and applies change sets of one connection; see the module docstring.

    One change set runs at a time per engine; ``pause()``, ``unpause()`` and ``cancel()`` act on
    the running one. Listeners get a :class:`ChangeEvent` for every operation transition and
    every change-set state change, and while the run waits out an outage or a 429
    (``waiting_until`` set).
    """

    def __init__(
        self,
        client: MeetergoClient,
        store: Store,
        connection: str,
        *,
        bus: MessageBus | None = None,
        concurrency: int = 5,
        sleep: Sleep = asyncio.sleep,
        conflict_age: timedelta = CONFLICT_AGE,
        lease_ttl: timedelta = DEFAULT_TTL,
        max_send_failures: int = 3,
        backoff: float = 0.5,
        lease_owner: str | None = None,
    ) -> None:
        self.client = client
        self.lease_owner = lease_owner
        self.store = store
        self.connection = connection
        self.bus = bus or MessageBus()
        self.concurrency = max(1, concurrency)
        self.conflict_age = conflict_age
        self.lease_ttl = lease_ttl
        self.max_send_failures = max(1, max_send_failures)
        self.backoff = backoff
        self._sleep = sleep
        self._listeners: list[ChangeListener] = []
        self._current: ChangeSet | None = None
        self._go = asyncio.Event()
        self._go.set()
        self._cancelled = False
        self._verify_all = False
        self._background: set[asyncio.Task[Any]] = set()
        self.gate = OutageGate(self._probe, sleep=sleep, on_change=self._waiting)

    # -- observing -----------------------------------------------------------------------------

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        """Call ``listener`` on every event; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, change_set: ChangeSet, operation: Operation | None) -> None:
        event = ChangeEvent(
            change_set.id,
            operation,
            change_set.state,
            change_set.counts(),
            waiting_until=self.gate.waiting_until,
        )
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken listener must not stop the run
                log.exception("change listener failed")

    def _waiting(self, _until: datetime | None) -> None:
        if self._current is not None:
            self._emit(self._current, None)

    # -- reading the journal -------------------------------------------------------------------

    async def load(self, change_set_id: str) -> ChangeSet:
        """A journaled change set; ``KeyError`` when there is none of that id."""
        found = await self.store.changes.load(change_set_id)
        if found is None or found.connection != self.connection:
            raise KeyError(change_set_id)
        return found

    async def history(self, *, limit: int = 100) -> list[ChangeSet]:
        """This connection's change sets, newest first."""
        return await self.store.changes.history(self.connection, limit=limit)

    async def unfinished(self) -> list[ChangeSet]:
        """Change sets left applying or paused (a killed process): offer to resume them."""
        return await self.store.changes.unfinished(self.connection)

    # -- planning ------------------------------------------------------------------------------

    async def plan(
        self, name: str, accounts: Sequence[AccountRef], edit: Edit, *, journal: bool = True
    ) -> ChangeSet:
        """Read every account's current state, diff it with the edit's, journal the plan.

        ``journal=False`` (a dry run) returns the plan without writing it down.
        """
        planned_at = _now()
        limit = asyncio.Semaphore(self.concurrency)

        async def one(account: AccountRef) -> list[Operation]:
            async with limit:
                return await self._plan_account(account, edit)

        per_account = await asyncio.gather(*(one(a) for a in accounts))
        operations = [op for ops in per_account for op in ops]
        for index, op in enumerate(operations):
            op.index = index
        change_set = ChangeSet(
            id=str(uuid.uuid4()),
            name=name,
            connection=self.connection,
            created_at=_now(),
            planned_at=planned_at,
            state=ChangeSetState.PLANNED,
            operations=operations,
        )
        if journal:
            await self.store.changes.create(change_set)
        self._emit(change_set, None)
        return change_set

    async def _plan_account(self, account: AccountRef, edit: Edit) -> list[Operation]:
        def op(
            resource_id: str | None,
            before: dict[str, Any],
            after: dict[str, Any],
            status: OpStatus,
            *,
            request: WireRequest | None = None,
            error: str | None = None,
        ) -> Operation:
            return Operation(
                id=str(uuid.uuid4()),
                index=0,
                account_id=account.user_id,
                account_label=account.label,
                resource=edit.resource,
                resource_id=resource_id,
                before=before,
                after=after,
                request=request,
                status=status,
                error=error,
            )

        acting = self.client.acting_as(account.user_id)
        try:
            states = await self._call(lambda: edit.read(acting, account))
        except ApiError as exc:
            return [op(None, {}, {}, OpStatus.SKIPPED, error=f"could not read: {exc.message}")]
        if not states:
            return [op(None, {}, {}, OpStatus.SKIPPED, error=edit.skip_reason({}))]
        planned: list[Operation] = []
        for resource_id, state in states:
            after = edit.change(dict(state))
            if after is None:
                planned.append(
                    op(
                        resource_id,
                        state,
                        dict(state),
                        OpStatus.SKIPPED,
                        error=edit.skip_reason(state),
                    )
                )
            elif not differing_fields(state, after):
                planned.append(op(resource_id, state, after, OpStatus.UNCHANGED))
            else:
                request = edit.request(account, resource_id, state, after)
                planned.append(op(resource_id, state, after, OpStatus.PENDING, request=request))
        return planned

    # -- undo ----------------------------------------------------------------------------------

    async def plan_undo(self, change_set_id: str, *, journal: bool = True) -> ChangeSet:
        """A new planned change set restoring what ``change_set_id`` changed, where it still
        holds; operations whose fields were changed since are planned as conflicts.
        :class:`NotUndoable` for a change set of an irreversible kind (cancelled bookings).

        ``journal=False`` (a dry run) returns the plan without writing it down.
        """
        original = await self.load(change_set_id)
        if not original.can_undo():
            raise NotUndoable(
                f"{original.name!r} cannot be undone: a cancelled booking stays cancelled"
            )
        done = [op for op in original.operations if op.status is OpStatus.DONE and op.request]
        limit = asyncio.Semaphore(self.concurrency)

        async def one(op: Operation) -> Operation:
            async with limit:
                return await self._plan_reverse(op)

        operations = list(await asyncio.gather(*(one(op) for op in done)))
        for index, op in enumerate(operations):
            op.index = index
        change_set = ChangeSet(
            id=str(uuid.uuid4()),
            name=f"Undo: {original.name}",
            connection=self.connection,
            created_at=_now(),
            planned_at=_now(),
            state=ChangeSetState.PLANNED,
            operations=operations,
            undo_of=original.id,
        )
        if journal:
            await self.store.changes.create(change_set)
        self._emit(change_set, None)
        return change_set

    async def _plan_reverse(self, op: Operation) -> Operation:
        assert op.request is not None
        access = access_for(op.resource)
        acting = self.client.acting_as(op.account_id)
        reverse = Operation(
            id=str(uuid.uuid4()),
            index=0,
            account_id=op.account_id,
            account_label=op.account_label,
            resource=op.resource,
            resource_id=op.resource_id,
            before={},
            after={},
            request=None,
            status=OpStatus.PENDING,
        )
        if op.resource_id is None:
            reverse.status, reverse.error = OpStatus.SKIPPED, "nothing was created"
            return reverse
        try:
            current = await self._call(lambda: access.read(acting, str(op.resource_id)))
        except ApiError as exc:
            reverse.status, reverse.error = OpStatus.FAILED, f"could not read: {exc.message}"
            return reverse
        if op.request.method == "POST":
            # Undo of a create deletes what was created (the caller confirms it, naming the
            # appointments attached: attached_appointments()).
            reverse.before = dict(current or op.after)
            if current is None:
                reverse.status, reverse.error = OpStatus.UNCHANGED, "already deleted"
                return reverse
            reverse.request = access.delete(op.account_id, op.resource_id)
            return reverse
        if op.request.method != "PATCH":
            reverse.status = OpStatus.SKIPPED
            reverse.error = f"a {op.request.method} cannot be undone"
            return reverse
        changed = [d.field for d in op.diffs()]
        reverse.before = {f: op.after[f] for f in changed}
        reverse.after = {f: op.before.get(f) for f in changed}
        if current is None:
            reverse.status, reverse.error = OpStatus.SKIPPED, "it no longer exists"
            return reverse
        reverse.request = access.update(op.account_id, op.resource_id, reverse.after)
        moved = [
            FieldDiff(f, op.after[f], op.before.get(f), current.get(f))
            for f in changed
            if current.get(f) != op.after[f]
        ]
        if moved:
            reverse.status = OpStatus.CONFLICT
            reverse.conflicts = tuple(moved)
            reverse.error = "changed since; not restored"
        elif all(current.get(f) == op.before.get(f) for f in changed):
            reverse.status = OpStatus.UNCHANGED
        return reverse

    async def attached_appointments(self, change_set_id: str) -> int:
        """Appointments attached to what applying ``change_set_id`` would delete (an undo of a
        create) — or, for a change set that created things, to what it created."""
        return await self.count_attached(await self.load(change_set_id))

    async def count_attached(self, change_set: ChangeSet) -> int:
        """:meth:`attached_appointments` of a change set in hand (a dry run's plan)."""
        total = 0
        for op in change_set.operations:
            if op.request is None or op.resource_id is None:
                continue
            deletes = op.request.method == "DELETE" and op.status is OpStatus.PENDING
            created = op.request.method == "POST" and op.status is OpStatus.DONE
            if deletes or created:
                total += await self._call(
                    functools.partial(
                        access_for(op.resource).attached_appointments,
                        self.client.acting_as(op.account_id),
                        op.resource_id,
                    )
                )
        return total

    # -- control -------------------------------------------------------------------------------

    def pause(self) -> None:
        """Stop starting operations; those in flight finish."""
        if self._current is not None and self._go.is_set():
            self._go.clear()
            self._set_state_soon(ChangeSetState.PAUSED)

    def unpause(self) -> None:
        """Continue after :meth:`pause`."""
        if self._current is not None and not self._go.is_set():
            self._go.set()
            self._set_state_soon(ChangeSetState.APPLYING)

    def cancel(self) -> None:
        """Stop after the operations in flight; the rest stays pending."""
        self._cancelled = True
        self._go.set()

    def _set_state_soon(self, state: ChangeSetState) -> None:
        current = self._current
        if current is None:
            return
        task = asyncio.get_running_loop().create_task(self._set_state(current, state))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _set_state(self, change_set: ChangeSet, state: ChangeSetState) -> None:
        change_set.state = state
        await self.store.changes.set_state(change_set.id, state)
        self._emit(change_set, None)

    # -- applying ------------------------------------------------------------------------------

    async def apply(self, change_set_id: str) -> ChangeSet:
        """Send every pending operation; returns the change set with each one's result.

        Raises :class:`LeaseHeld` when another process runs it, ``KeyError`` for an unknown id.
        """
        return await self._run(change_set_id, {OpStatus.PENDING, OpStatus.IN_FLIGHT})

    async def resume(self, change_set_id: str) -> ChangeSet:
        """Continue an interrupted apply: operations found in flight are read before anything
        is sent again."""
        return await self._run(change_set_id, {OpStatus.PENDING, OpStatus.IN_FLIGHT})

    async def retry_failed(self, change_set_id: str) -> ChangeSet:
        """Run the failed operations again (each reads its resource before it writes)."""
        return await self._run(
            change_set_id, {OpStatus.PENDING, OpStatus.IN_FLIGHT, OpStatus.FAILED}
        )

    async def _run(self, change_set_id: str, wanted: set[OpStatus]) -> ChangeSet:
        if self._current is not None:
            raise RuntimeError("this engine is already applying a change set")
        change_set = await self.load(change_set_id)
        self._background = set()
        async with ProcessLease(
            self.store, "change_sets", change_set_id, ttl=self.lease_ttl, owner=self.lease_owner
        ):
            # Read again under the lease: the journal may have moved while we waited for it.
            change_set = await self.load(change_set_id)
            self._current = change_set
            self._cancelled = False
            self._go.set()
            # A change set that was started before (resumed, retried, taken over from a dead
            # process) may have been partly applied by someone: read before writing anything.
            self._verify_all = change_set.state is not ChangeSetState.PLANNED
            try:
                await self._set_state(change_set, ChangeSetState.APPLYING)
                queue: asyncio.Queue[int] = asyncio.Queue()
                for op in change_set.operations:
                    if op.status in wanted and op.status not in SETTLED:
                        queue.put_nowait(op.index)
                await run_workers(
                    min(self.concurrency, queue.qsize()),
                    lambda: self._worker(change_set, queue),
                    name="change",
                )
                while self._background:
                    await asyncio.gather(*self._background)
                await self._set_state(change_set, self._final_state(change_set))
            finally:
                self._current = None
        counts = change_set.counts()
        self.bus.info(
            f"{change_set.name}: {counts[OpStatus.DONE]} done, {counts[OpStatus.FAILED]} failed, "
            f"{counts[OpStatus.CONFLICT]} conflicts, {counts[OpStatus.PENDING]} pending.",
            kind="change-set-ended",
            name=change_set.name,
            done=counts[OpStatus.DONE],
            failed=counts[OpStatus.FAILED],
            conflicts=counts[OpStatus.CONFLICT],
            pending=counts[OpStatus.PENDING],
        )
        return change_set

    def _final_state(self, change_set: ChangeSet) -> ChangeSetState:
        if self._cancelled:
            return ChangeSetState.CANCELLED
        counts = change_set.counts()
        if counts[OpStatus.FAILED] or counts[OpStatus.CONFLICT] or counts[OpStatus.PENDING]:
            return ChangeSetState.PARTIAL
        return ChangeSetState.DONE

    async def _worker(self, change_set: ChangeSet, queue: asyncio.Queue[int]) -> None:
        while True:
            await self._go.wait()
            if self._cancelled:
                return
            try:
                index = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await self._process(change_set, change_set.operations[index])

    async def _journal(
        self,
        change_set: ChangeSet,
        op: Operation,
        *,
        count_attempt: bool = False,
        audit: bool = False,
        **changes: Any,
    ) -> Operation:
        """Journal an operation's transition (with its audit entry) first, then publish it."""
        new = replace(op, **changes)
        if count_attempt:
            new.attempts += 1
        async with self.store.unit_of_work() as uow:
            uow.changes.update_operation(change_set.id, new, count_attempt=count_attempt)
            if audit:
                uow.audit.record(self._audit(change_set, new))
        change_set.operations[new.index] = new
        self._emit(change_set, new)
        return new

    def _audit(self, change_set: ChangeSet, op: Operation) -> Any:
        assert op.request is not None
        changed = [d.field for d in op.diffs()]
        return audit_entry(
            self.connection,
            f"{op.request.method.lower()} {op.resource.value}",
            account_id=op.account_id,
            account_email=op.account_label,
            before={"id": op.resource_id, **{f: op.before.get(f) for f in changed}},
            after={"id": op.resource_id, **{f: op.after.get(f) for f in changed}},
            change_set_id=change_set.id,
        )

    async def _process(self, change_set: ChangeSet, op: Operation) -> None:
        assert op.request is not None
        access = access_for(op.resource)
        acting = self.client.acting_as(op.account_id)
        stale = _now() - change_set.planned_at > self.conflict_age
        verify = stale or self._verify_all or op.status is not OpStatus.PENDING or op.attempts > 0
        failures = 0
        try:
            while True:
                await self.gate.ready()
                if verify:
                    settled = await self._verify(change_set, op, access, acting)
                    if settled is not None:
                        return
                    op = change_set.operations[op.index]
                request = op.request
                assert request is not None
                op = await self._journal(
                    change_set, op, status=OpStatus.IN_FLIGHT, error=None, count_attempt=True
                )
                # A request naming no acting user is the connection's own (deleting a user:
                # an admin's call; acting as that user it would be refused).
                sender = acting if request.acting_user is not None else self.client
                try:
                    answer = await sender.send(
                        request.method, request.path, json=request.body, retry=False
                    )
                except RateLimited as exc:
                    # 429: not processed; send it again once the server's wait is over.
                    failures += 1
                    await self.gate.hold(
                        exc.retry_after if exc.retry_after is not None else self._delay(failures)
                    )
                    verify = stale
                    continue
                except ApiError as exc:
                    if not is_transport_failure(exc):
                        raise
                    # It may or may not have been applied: read before sending it again.
                    failures += 1
                    verify = True
                    if failures >= self.max_send_failures:
                        failures = 0
                        await self.gate.outage()
                    else:
                        await self._sleep(self._delay(failures))
                    continue
                resource_id = op.resource_id
                if request.method == "POST":
                    resource_id = access.created_id(answer) or resource_id
                await self._journal(
                    change_set, op, status=OpStatus.DONE, resource_id=resource_id, audit=True
                )
                return
        except ApiError as exc:
            # The server's word about this operation (a 4xx): failed, retryable.
            current = change_set.operations[op.index]
            message = exc.message
            if isinstance(exc, NotFound):
                message = f"{op.resource.value.replace('_', ' ')} no longer exists ({message})"
            await self._journal(change_set, current, status=OpStatus.FAILED, error=message)

    async def _verify(
        self, change_set: ChangeSet, op: Operation, access: ResourceAccess, acting: ActingClient
    ) -> OpStatus | None:
        """Read the resource before writing; settle the operation when it needs no write.

        Returns the status the operation was settled with, or None when the write is to be sent.
        """
        assert op.request is not None
        method = op.request.method
        sent_before = op.attempts > 0
        # A POST without a resource creates one; a POST to one (a cancel) is checked like a PATCH.
        if method == "POST" and op.resource_id is None:
            found = await self._call(lambda: access.find_created(acting, op.after))
            if found is None:
                return None
            rid, _state = found
            await self._journal(
                change_set, op, status=OpStatus.DONE, resource_id=rid, audit=sent_before
            )
            return OpStatus.DONE
        assert op.resource_id is not None
        rid = op.resource_id
        current = await self._call(lambda: access.read(acting, rid))
        if method == "DELETE":
            if current is not None:
                return None
            await self._journal(change_set, op, status=OpStatus.DONE, audit=sent_before)
            return OpStatus.DONE
        if current is None:
            await self._journal(
                change_set,
                op,
                status=OpStatus.FAILED,
                error=f"{op.resource.value.replace('_', ' ')} no longer exists",
            )
            return OpStatus.FAILED
        changed = [d.field for d in op.diffs()]
        if all(current.get(f) == op.after[f] for f in changed):
            # Already in place (our earlier send landed, or someone made the same change).
            await self._journal(change_set, op, status=OpStatus.DONE, audit=sent_before)
            return OpStatus.DONE
        if all(current.get(f) == op.before.get(f) for f in changed):
            return None
        conflicts = tuple(
            FieldDiff(f, op.before.get(f), op.after[f], current.get(f))
            for f in changed
            if current.get(f) != op.before.get(f)
        )
        await self._journal(
            change_set,
            op,
            status=OpStatus.CONFLICT,
            conflicts=conflicts,
            error="changed on the server since it was planned",
        )
        return OpStatus.CONFLICT

    # -- waiting out the server ----------------------------------------------------------------

    async def _call(self, fn: Callable[[], Awaitable[T]]) -> T:
        """``fn()`` (reads), waiting behind the gate through outages and 429s."""
        rate_limited = 0
        while True:
            await self.gate.ready()
            try:
                return await fn()
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
        await self.client.send("GET", "/v4/user/me")

    def _delay(self, attempt: int) -> float:
        return float(min(self.backoff * 2 ** (attempt - 1), 8.0))


def operation_json(op: Operation) -> dict[str, Any]:
    """An operation as the headless commands print it."""
    return {
        "index": op.index,
        "id": op.id,
        "account_id": op.account_id,
        "account": op.account_label,
        "resource": op.resource.value,
        "resource_id": op.resource_id,
        "status": op.status.value,
        "error": op.error,
        "attempts": op.attempts,
        "diff": [_diff_json(d) for d in op.diffs()] if op.status is not OpStatus.SKIPPED else [],
        "conflicts": [_diff_json(d) for d in op.conflicts],
        "request": (
            {
                "method": op.request.method,
                "path": op.request.path,
                "acting_user": op.request.acting_user,
                "body": dict(op.request.body) if op.request.body is not None else None,
            }
            if op.request is not None
            else None
        ),
    }


def change_set_json(change_set: ChangeSet, *, operations: bool = True) -> dict[str, Any]:
    """A change set as the headless commands print it."""
    doc: dict[str, Any] = {
        "id": change_set.id,
        "name": change_set.name,
        "connection": change_set.connection,
        "state": change_set.state.value,
        "created_at": change_set.created_at.isoformat(),
        "planned_at": change_set.planned_at.isoformat(),
        "undo_of": change_set.undo_of,
        "accounts": len(change_set.accounts()),
        "counts": {k.value: v for k, v in change_set.counts().items()},
    }
    if operations:
        doc["operations"] = [operation_json(op) for op in change_set.operations]
    return doc


def _diff_json(diff: FieldDiff) -> dict[str, Any]:
    doc: dict[str, Any] = {"field": diff.field, "before": diff.before, "after": diff.after}
    if diff.before is MISSING:
        doc["before"] = None
    if diff.now is not MISSING:
        doc["now"] = diff.now
    return doc

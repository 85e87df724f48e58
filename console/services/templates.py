"""The templates service: meeting-type templates of one connection, kept in the store because
the API cannot list or read them, and the drift of the meeting types they made — no Qt.

Creating and editing send the template body as the API takes it (fact sheet §9, §19:
``meetingInfo``, ``meetingOptions``, ``spots``, …; ``lockedFields`` only on edit) and store the
values sent. Assignment and re-apply are change sets (console/jobs/edits/template_assign.py);
this service builds their edits and records which meeting type each assignment made.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.jobs.edits.base import AccountRef, flatten, unflatten
from console.jobs.edits.meeting_types import SETTINGS, MeetingTypeAccess
from console.jobs.edits.template_assign import TemplateAssignEdit, TemplateReapplyEdit
from console.store.change_records import ChangeSet, OpStatus, ResourceKind
from console.store.templates import Assignment, TemplateRecord

if TYPE_CHECKING:
    from console.api.client import MeetergoClient
    from console.store import Store

#: Template body keys that describe the template, not the meeting types made from it.
TEMPLATE_ONLY = ("templateType", "queueType", "lockedFields")


class DriftStatus(StrEnum):
    IN_SYNC = "in_sync"
    DRIFTED = "drifted"
    GONE = "gone"  # the meeting type the assignment made no longer exists


@dataclass(frozen=True)
class FieldDrift:
    """One field where an account's meeting type differs from the template."""

    field: str  # dotted wire field
    template: Any
    account: Any
    locked: bool


@dataclass(frozen=True)
class AccountDrift:
    """How the meeting type an account got from a template compares with the template."""

    account_id: str
    account_label: str
    meeting_type_id: str
    status: DriftStatus
    fields: tuple[FieldDrift, ...] = ()


def template_fields(record: TemplateRecord) -> dict[str, Any]:
    """The template's values as dotted meeting-type fields (what drift compares)."""
    body = {k: v for k, v in record.body.items() if k not in TEMPLATE_ONLY}
    return flatten(body)


def is_locked(wire_field: str, locked: Sequence[str]) -> bool:
    """Whether a dotted field is among the locked keys (named dotted or by their last part)."""
    return any(wire_field == key or wire_field.rsplit(".", 1)[-1] == key for key in locked)


def resolve_field(name: str, fields: Sequence[str]) -> str:
    """The dotted template field ``name`` means: itself, a setting's short name (``duration``),
    or the one field whose last part it is; ``ValueError`` with a sentence otherwise."""
    if name in fields:
        return name
    if name in SETTINGS and SETTINGS[name][0] in fields:
        return SETTINGS[name][0]
    matches = [f for f in fields if f.rsplit(".", 1)[-1] == name]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(fields) or "none"
    raise ValueError(f"{name!r} is not a field of this template (its fields: {known})")


def check_body(body: Any) -> dict[str, Any]:
    """A template body as the API takes it on create; ``ValueError`` with a sentence."""
    if not isinstance(body, Mapping):
        raise ValueError("a template is a JSON object with meetingInfo, meetingOptions, …")
    info = body.get("meetingInfo")
    if not isinstance(info, Mapping):
        raise ValueError("the template needs a meetingInfo object")
    name = info.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("the template needs meetingInfo.name")
    duration = info.get("duration")
    if isinstance(duration, bool) or not isinstance(duration, int):
        raise ValueError("meetingInfo.duration must be a whole number of minutes")
    if "lockedFields" in body:
        raise ValueError("lockedFields can only be set when editing a template")
    return dict(body)


def _merge(body: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    return unflatten({**flatten(body), **flatten(changes)})


class TemplateService:
    """Templates of one connection: ``create``, ``edit``, ``register``, assignment edits,
    ``drift`` and re-apply edits."""

    def __init__(
        self, client: MeetergoClient, store: Store, connection: str, *, concurrency: int = 5
    ) -> None:
        self.client = client
        self.store = store
        self.connection = connection
        self.concurrency = max(1, concurrency)
        self._access = MeetingTypeAccess()

    async def templates(self) -> list[TemplateRecord]:
        return await self.store.templates.all(self.connection)

    async def get(self, template_id: str) -> TemplateRecord:
        """The stored template; ``KeyError`` for one the console does not know."""
        record = await self.store.templates.get(self.connection, template_id)
        if record is None:
            raise KeyError(template_id)
        return record

    async def create(self, body: Mapping[str, Any]) -> TemplateRecord:
        """Create a template on the server and store the body sent, under the new id."""
        sent = check_body(body)
        info = dict(sent["meetingInfo"])
        rest = {k: v for k, v in sent.items() if k != "meetingInfo"}
        created = await self.client.templates.create(
            name=info["name"],
            duration=info["duration"],
            description=str(info.get("description", "")),
            channel=str(info.get("channel", "phone")),
            template_type=str(sent.get("templateType", "individual")),
            extra={**rest, "meetingInfo": info},
        )
        stored = {**sent, "meetingInfo": info}
        stored.setdefault("templateType", "individual")
        return await self.store.templates.save(
            self.connection, created.id, name=info["name"], body=stored, origin="created"
        )

    async def edit(
        self,
        template_id: str,
        changes: Mapping[str, Any],
        *,
        locked_fields: Sequence[str] | None = None,
    ) -> TemplateRecord:
        """PATCH the template with ``changes`` (a partial body) and the locked fields; store
        the merged values."""
        record = await self.get(template_id)
        if not changes and locked_fields is None:
            raise ValueError("nothing to change")
        await self.client.templates.update(
            template_id, locked_fields=locked_fields, extra=dict(changes)
        )
        body = _merge(record.body, changes)
        locked = tuple(locked_fields) if locked_fields is not None else record.locked_fields
        name = str(body.get("meetingInfo", {}).get("name") or record.name)
        return await self.store.templates.save(
            self.connection,
            template_id,
            name=name,
            body=body,
            locked_fields=locked,
            origin=record.origin,
        )

    async def register(
        self, template_id: str, *, name: str = "", body: Mapping[str, Any] | None = None
    ) -> TemplateRecord:
        """Keep a template made elsewhere, known by its id (its values as the user gives them:
        the API cannot read them)."""
        template_id = template_id.strip()
        if not template_id:
            raise ValueError("enter the template's id")
        values = dict(body or {})
        if name:
            values = _merge(values, {"meetingInfo": {"name": name}})
        label = str(values.get("meetingInfo", {}).get("name") or name or template_id)
        return await self.store.templates.save(
            self.connection, template_id, name=label, body=values, origin="registered"
        )

    # -- assignment ----------------------------------------------------------------------------

    def assign_edit(self, record: TemplateRecord) -> TemplateAssignEdit:
        """The edit assigning ``record``; ``ValueError`` when its name is unknown (the slug
        clash check needs it, and the API cannot read it)."""
        name = str(record.body.get("meetingInfo", {}).get("name") or "")
        if not name:
            raise ValueError(
                "the console does not know this template's name (the API cannot read it): "
                "edit the template to set its values first"
            )
        return TemplateAssignEdit(record.template_id, name)

    async def record_assignments(self, change_set: ChangeSet) -> int:
        """Store the meeting type every done assignment of ``change_set`` made, and drop the
        assignments whose meeting type an undo in it deleted; how many rows it changed.

        Assignments of a template the console has forgotten are not recorded again.
        """
        known = {r.template_id for r in await self.templates()}
        count = 0
        for op in change_set.operations:
            if op.resource is not ResourceKind.TEMPLATE_ASSIGNMENT or not op.resource_id:
                continue
            method = op.request.method if op.request is not None else None
            if (
                change_set.undo_of is not None
                and op.status in (OpStatus.DONE, OpStatus.UNCHANGED)
                and method in ("DELETE", None)
            ):
                # The undo deleted the meeting type (or found it deleted already).
                count += await self.store.templates.forget_assignment(
                    self.connection, op.account_id, op.resource_id
                )
            elif (
                op.status is OpStatus.DONE
                and method == "POST"
                and str(op.after.get("templateId")) in known
            ):
                await self.store.templates.record_assignment(
                    self.connection,
                    Assignment(
                        str(op.after["templateId"]),
                        op.account_id,
                        op.resource_id,
                        op.account_label,
                    ),
                )
                count += 1
        return count

    async def sync_assignments(self, change_sets: Sequence[ChangeSet]) -> int:
        """Record the assignments of every change set given (newest first, as the journal's
        history lists them), so one applied or resumed elsewhere is known too."""
        count = 0
        for change_set in reversed(change_sets):
            count += await self.record_assignments(change_set)
        return count

    async def sync_from_journal(self) -> int:
        """Record the assignments of every change set journaled for this connection (one
        applied from the Changes panel, or resumed by another process)."""
        return await self.sync_assignments(
            await self.store.changes.history(self.connection, limit=10_000)
        )

    async def assignments(self, template_id: str) -> list[Assignment]:
        return await self.store.templates.assignments(self.connection, template_id)

    async def forget(self, template_id: str) -> tuple[TemplateRecord, list[Assignment]]:
        """Stop keeping the template (the API has no route that deletes one, so it stays on
        the server, and the meeting types assigning made stay on their accounts); the record
        and the assignments it had, to name them. ``KeyError`` for an unknown template."""
        record = await self.get(template_id)
        assigned = await self.assignments(template_id)
        await self.store.templates.forget(self.connection, template_id)
        return record, assigned

    async def origins(self, account_id: str | None = None) -> dict[str, TemplateRecord]:
        """Meeting-type id → the template it was assigned from (of one account, or of all),
        as recorded; call :meth:`sync_from_journal` first to include change sets applied
        elsewhere."""
        records = {r.template_id: r for r in await self.templates()}
        ids = None if account_id is None else [account_id]
        return {
            a.meeting_type_id: records[a.template_id]
            for a in await self.store.templates.all_assignments(self.connection, ids)
            if a.template_id in records
        }

    # -- drift ---------------------------------------------------------------------------------

    async def drift(
        self, template_id: str, account_ids: Sequence[str] | None = None
    ) -> list[AccountDrift]:
        """Every account that got the template (of ``account_ids`` only, when given), its
        meeting type compared field by field with the template's values (locked fields
        first)."""
        record = await self.get(template_id)
        wanted = template_fields(record)
        if not wanted:
            raise ValueError(
                "the console does not know this template's values (the API cannot read them): "
                "edit the template to set them first"
            )
        order = sorted(wanted, key=lambda f: (not is_locked(f, record.locked_fields), f))
        limit = asyncio.Semaphore(self.concurrency)

        async def one(a: Assignment) -> AccountDrift:
            async with limit:
                acting = self.client.acting_as(a.account_id)
                try:
                    state = await self._access.read(acting, a.meeting_type_id)
                except NotFound:
                    state = None
            if state is None:
                return AccountDrift(
                    a.account_id, a.account_label, a.meeting_type_id, DriftStatus.GONE
                )
            drifted = tuple(
                FieldDrift(f, wanted[f], state.get(f), is_locked(f, record.locked_fields))
                for f in order
                if state.get(f) != wanted[f]
            )
            status = DriftStatus.DRIFTED if drifted else DriftStatus.IN_SYNC
            return AccountDrift(a.account_id, a.account_label, a.meeting_type_id, status, drifted)

        assigned = await self.assignments(template_id)
        if account_ids is not None:
            assigned = [a for a in assigned if a.account_id in set(account_ids)]
        return list(await asyncio.gather(*(one(a) for a in assigned)))

    async def drifts_by_account(
        self, account_ids: Sequence[str] | None = None
    ) -> dict[str, list[tuple[TemplateRecord, AccountDrift]]]:
        """Account id → how each of its meeting types from a template compares with it, for
        every template whose values the console knows (of ``account_ids`` only, when given).
        Reads one meeting type per assignment, ``concurrency`` at a time."""
        found: dict[str, list[tuple[TemplateRecord, AccountDrift]]] = {}
        for record in await self.templates():
            if not template_fields(record):
                continue  # nothing known to compare with (a template known only by its id)
            for drift in await self.drift(record.template_id, account_ids):
                found.setdefault(drift.account_id, []).append((record, drift))
        return found

    async def reapply_edit(
        self,
        template_id: str,
        fields: Sequence[str],
        account_ids: Sequence[str] | None = None,
    ) -> tuple[TemplateReapplyEdit, list[AccountRef]]:
        """The edit writing the template's values of ``fields`` (short or dotted names) to the
        meeting types of ``account_ids`` (every account that got it when None)."""
        record = await self.get(template_id)
        wanted = template_fields(record)
        chosen = [resolve_field(name, list(wanted)) for name in fields]
        if not chosen:
            raise ValueError("choose the fields to re-apply")
        assignments = await self.assignments(template_id)
        if account_ids is not None:
            known = {a.account_id for a in assignments}
            unknown = [a for a in account_ids if a not in known]
            if unknown:
                raise ValueError(f"these accounts did not get this template: {', '.join(unknown)}")
            assignments = [a for a in assignments if a.account_id in set(account_ids)]
        edit = TemplateReapplyEdit(
            {a.account_id: a.meeting_type_id for a in assignments},
            {f: wanted[f] for f in chosen},
            description=f"Re-apply {', '.join(chosen)} of {record.name}",
        )
        accounts = [AccountRef(a.account_id, a.account_label or a.account_id) for a in assignments]
        return edit, accounts

"""The meeting-types service: one account's meeting types, read and changed safely — no Qt.

Like :mod:`console.services.accounts`, every method is awaited by its caller and *raises*
(:class:`~console.services.accounts.ValidationFailed` before sending, an
:class:`~console.api.errors.ApiError` when the server refuses), and returns records.

A save sends only the fields that changed and then reads the meeting type back: meetergo has
been documented to drop some fields silently (meetergo-api §8 "create", §19), so what the
server kept is compared with what was sent and the difference is returned, not guessed.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from console.api.errors import ApiStatusError, Conflict
from console.domain.meeting_types import FIELDS, meeting_type_problems
from console.services.accounts import ValidationFailed
from console.store import Store, audit_entry

if TYPE_CHECKING:
    from console.api.client import MeetergoClient
    from console.api.models import MeetingType

# Objects the server replaces whole on PATCH (meetingInfo and meetingOptions are merged), so a
# change to one of their fields sends the whole object.
_REPLACED_WHOLE = ("daysIntoFuture",)


def _get(doc: Mapping[str, Any], path: str) -> Any:
    value: Any = doc
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def values_of(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The editor fields of a meeting type's wire document."""
    return {name: _get(doc, path) for name, path in FIELDS.items()}


@dataclass(frozen=True)
class MeetingTypeRecord:
    """One meeting type as the tab shows it: ``values`` holds every editor field."""

    id: str
    user_id: str
    values: dict[str, Any]
    booking_url: str | None
    raw: dict[str, Any] = field(compare=False, repr=False)
    #: The name of the template this meeting type was made from, when the console knows it.
    template: str | None = field(default=None, compare=False)

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")

    @property
    def slug(self) -> str:
        return str(self.values.get("slug") or "")


@dataclass(frozen=True)
class Schedule:
    """An availability (weekly hours) a meeting type of the account can use."""

    id: str
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class SaveResult:
    """What a save stored: the record read back and the fields the server did not keep."""

    record: MeetingTypeRecord
    not_kept: dict[str, Any]


class SharedAvailability(Exception):
    """The meeting type's availability is used by others (409 ``sharedWith``)."""

    def __init__(self, message: str, shared_with: list[tuple[str, str]]) -> None:
        super().__init__(message)
        self.shared_with = shared_with


def record_of(mt: MeetingType, user_id: str) -> MeetingTypeRecord:
    """The record of an API meeting type (its unknown fields kept in ``raw``)."""
    raw = mt.model_dump(mode="json", by_alias=True)
    return MeetingTypeRecord(mt.id, user_id, values_of(raw), mt.booking_url, raw)


def body_for(changes: Mapping[str, Any], raw: Mapping[str, Any]) -> dict[str, Any]:
    """The nested PATCH body of editor-field ``changes`` to the meeting type ``raw``."""
    body: dict[str, Any] = {}
    for name, value in changes.items():
        path = FIELDS[name].split(".")
        target = body
        for part in path[:-1]:
            if part not in target:
                whole = raw.get(part) if part in _REPLACED_WHOLE else None
                target[part] = dict(whole) if isinstance(whole, Mapping) else {}
            target = target[part]
        target[path[-1]] = value
    return body


def field_problems(error: ApiStatusError) -> dict[str, str]:
    """Which editor field each of the server's messages names (``meetingInfo.duration must…``).

    Messages that name no field are left out; the caller shows those as the save's error.
    """
    if isinstance(error, Conflict) and "slug" in str(error).lower():
        return {"slug": str(error)}
    body = error.body if isinstance(error.body, Mapping) else {}
    messages = body.get("message")
    if isinstance(messages, str):
        messages = [messages]
    found: dict[str, str] = {}
    by_path = sorted(FIELDS.items(), key=lambda item: -len(item[1]))
    for message in messages or []:
        text = str(message)
        for name, path in by_path:
            if text.startswith((path, path.rsplit(".", 1)[-1] + " ")):
                found.setdefault(name, text)
                break
    return found


class MeetingTypeService:
    """The meeting types of the accounts of one connection (acting as each account)."""

    def __init__(self, client: MeetergoClient, store: Store, connection_name: str) -> None:
        self.client = client
        self.store = store
        self.connection = connection_name

    async def list(self, user_id: str) -> list[MeetingTypeRecord]:
        """The account's live meeting types, as the server lists them (with their template)."""
        found = await self.client.acting_as(user_id).meeting_types.list()
        records = [
            record_of(mt, user_id) for mt in found if not (mt.model_extra or {}).get("deletedAt")
        ]
        return await self._with_templates(user_id, records)

    async def get(self, user_id: str, meeting_type_id: str) -> MeetingTypeRecord:
        """One meeting type, read fresh."""
        mt = await self.client.acting_as(user_id).meeting_types.get(meeting_type_id)
        [record] = await self._with_templates(user_id, [record_of(mt, user_id)])
        return record

    async def schedules(self, user_id: str) -> builtins.list[Schedule]:
        """The account's availabilities, the default one first, then by name."""
        found = await self.client.acting_as(user_id).availabilities.list()
        schedules = [Schedule(av.id, av.name or "", bool(av.is_default)) for av in found]
        return sorted(schedules, key=lambda s: (not s.is_default, s.name.casefold(), s.id))

    async def _with_templates(
        self, user_id: str, records: Sequence[MeetingTypeRecord]
    ) -> builtins.list[MeetingTypeRecord]:
        """``records`` with the name of the template each came from, where the console knows it.

        The store remembers what each assignment made; a meeting type the server marks with a
        ``templateId`` (assigned elsewhere, or before the store knew) is named by that
        template when the store knows it.
        """
        made: dict[str, str] = {}
        names: dict[str, str] = {}
        for template in await self.store.templates.all(self.connection):
            names[template.template_id] = template.name
            for assignment in await self.store.templates.assignments(
                self.connection, template.template_id
            ):
                if assignment.account_id == user_id:
                    made[assignment.meeting_type_id] = template.name
        out: builtins.list[MeetingTypeRecord] = []
        for record in records:
            name = made.get(record.id) or names.get(str(record.raw.get("templateId") or ""))
            out.append(replace(record, template=name) if name else record)
        return out

    async def update(
        self,
        record: MeetingTypeRecord,
        values: Mapping[str, Any],
        *,
        taken_slugs: frozenset[str] = frozenset(),
    ) -> SaveResult:
        """PATCH the fields of ``values`` that differ from ``record``, then read it back.

        Raises :class:`ValidationFailed` (field → problem) before sending, or the server's
        :class:`ApiError` (see :func:`field_problems`). ``not_kept`` of the result lists the
        fields the server answered with something other than what was sent.
        """
        changes = {k: v for k, v in values.items() if record.values.get(k) != v}
        if not changes:
            return SaveResult(record, {})
        problems = meeting_type_problems({**record.values, **changes}, taken_slugs=taken_slugs)
        problems = {k: p for k, p in problems.items() if k in changes or k == "custom_channel_link"}
        if problems:
            raise ValidationFailed(problems)
        acting = self.client.acting_as(record.user_id)
        await acting.meeting_types.update(record.id, extra=body_for(changes, record.raw))
        stored = await self.get(record.user_id, record.id)
        not_kept = {k: v for k, v in changes.items() if stored.values.get(k) != v}
        before = {k: record.values.get(k) for k in changes}
        after = {k: stored.values.get(k) for k in changes}
        await self._audit("update_meeting_type", record, before, after)
        return SaveResult(stored, not_kept)

    async def create(self, user_id: str, values: Mapping[str, Any]) -> SaveResult:
        """Create a meeting type with ``values`` (name and duration needed), then read it back.

        Fields the create body does not carry reliably are set with a follow-up PATCH, as
        meetergo drops some of them on create (meetergo-api §8).
        """
        problems = meeting_type_problems({"name": values.get("name") or "", **values})
        if "duration" not in values:
            values = {**values, "duration": 30}
        if problems:
            raise ValidationFailed(problems)
        acting = self.client.acting_as(user_id)
        created = await acting.meeting_types.create(
            name=str(values["name"]).strip(),
            duration=int(values["duration"]),
            description=str(values.get("description") or ""),
            channel=str(values.get("channel") or "phone"),
            extra=_custom_channel(values),
        )
        first = record_of(created, user_id)
        rest = {k: v for k, v in values.items() if v is not None and first.values.get(k) != v}
        result = await self.update(first, rest) if rest else SaveResult(first, {})
        await self._audit("create_meeting_type", result.record, None, result.record.values)
        return result

    async def duplicate(self, record: MeetingTypeRecord, name: str) -> SaveResult:
        """A copy of ``record`` under ``name`` (the server picks its slug)."""
        values = {k: v for k, v in record.values.items() if k not in ("slug",)}
        values["name"] = name
        return await self.create(record.user_id, values)

    async def set_enabled(self, record: MeetingTypeRecord, enabled: bool) -> SaveResult:
        """Turn a meeting type's booking on or off."""
        return await self.update(record, {"enabled": enabled})

    async def delete(self, record: MeetingTypeRecord, *, delete_availability: bool = False) -> None:
        """Soft-delete; existing appointments stay. With ``delete_availability`` its hours go too.

        Raises :class:`SharedAvailability` when other meeting types use those hours (409).
        """
        acting = self.client.acting_as(record.user_id)
        try:
            await acting.meeting_types.delete(record.id, delete_availability=delete_availability)
        except Conflict as error:
            body = error.body if isinstance(error.body, Mapping) else {}
            shared = [
                (str(s.get("id")), str(s.get("slug") or ""))
                for s in body.get("sharedWith") or []
                if isinstance(s, Mapping)
            ]
            raise SharedAvailability(str(error), shared) from error
        await self._audit("delete_meeting_type", record, record.values, {"deleted": True})

    async def _audit(
        self,
        action: str,
        record: MeetingTypeRecord,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
    ) -> None:
        entry = audit_entry(
            self.connection,
            action,
            account_id=record.user_id,
            account_email=None,
            before={"meeting_type": record.id, **(before or {})} if before else None,
            after={"meeting_type": record.id, **(after or {})} if after else None,
        )
        async with self.store.unit_of_work() as uow:
            uow.audit.record(entry)


def _custom_channel(values: Mapping[str, Any]) -> dict[str, Any] | None:
    if values.get("channel") != "custom":
        return None
    info = {
        "name": str(values["name"]).strip(),
        "description": str(values.get("description") or ""),
        "duration": int(values["duration"]),
        "channel": "custom",
        "customChannelLink": values.get("custom_channel_link"),
        "customChannelName": values.get("custom_channel_name"),
    }
    return {"meetingInfo": {k: v for k, v in info.items() if v is not None}}


__all__ = [
    "MeetingTypeRecord",
    "MeetingTypeService",
    "SaveResult",
    "Schedule",
    "SharedAvailability",
    "body_for",
    "field_problems",
    "record_of",
    "values_of",
]

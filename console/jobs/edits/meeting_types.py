"""Meeting-type settings across accounts, matched per account by name or slug
(``PATCH /v4/meeting-type/{id}``: ``meetingInfo.duration``, buffers, ``timeslotInterval``…)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.jobs.edits.base import (
    AccountRef,
    changed_fields,
    flatten,
    register_access,
    unflatten,
)
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient

#: Settings a change set may write, by their short name (as ``--set`` takes them) → wire field,
#: with the range the API documents.
SETTINGS: dict[str, tuple[str, int, int]] = {
    "duration": ("meetingInfo.duration", 5, 480),
    "bufferBefore": ("meetingInfo.bufferBefore", 0, 120),
    "bufferAfter": ("meetingInfo.bufferAfter", 0, 120),
    "timeslotInterval": ("timeslotInterval", 5, 60),
    "spots": ("spots", 1, 100),
    "bookingMinimum": ("bookingMinimum", 0, 525_600),
}
#: Settings that are not numbers.
FLAGS: dict[str, str] = {"enabled": "enabled"}


def setting_field(name: str) -> str:
    """The wire field of a setting's short name (or a dotted wire field given as such)."""
    if name in SETTINGS:
        return SETTINGS[name][0]
    if name in FLAGS:
        return FLAGS[name]
    wire = {spec[0] for spec in SETTINGS.values()} | set(FLAGS.values())
    if name in wire:
        return name
    known = ", ".join([*SETTINGS, *FLAGS])
    raise ValueError(f"{name!r} is not a meeting-type setting (known: {known})")


def check_setting(name: str, value: Any) -> Any:
    """``value`` for setting ``name`` as the API takes it; ``ValueError`` with a sentence."""
    short = next((k for k, spec in SETTINGS.items() if name in (k, spec[0])), None)
    if short is not None:
        _wire, low, high = SETTINGS[short]
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{short} must be a whole number of minutes, not {value!r}")
        if not low <= value <= high:
            raise ValueError(f"{short} must be between {low} and {high}, not {value}")
        return value
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false, not {value!r}")
    return value


class MeetingTypeAccess:
    """Reads, writes and deletes ``/v4/meeting-type/{id}`` as its owner."""

    kind = ResourceKind.MEETING_TYPE

    async def read(self, acting: ActingClient, resource_id: str) -> dict[str, Any] | None:
        try:
            doc = await acting.send("GET", f"/v4/meeting-type/{resource_id}")
        except NotFound:
            return None
        if not isinstance(doc, Mapping) or doc.get("deletedAt"):
            return None
        return flatten(doc)

    def update(self, account_id: str, resource_id: str, changes: Mapping[str, Any]) -> WireRequest:
        return WireRequest(
            "PATCH", f"/v4/meeting-type/{resource_id}", account_id, unflatten(changes)
        )

    def delete(self, account_id: str, resource_id: str) -> WireRequest:
        return WireRequest("DELETE", f"/v4/meeting-type/{resource_id}", account_id, None)

    def created_id(self, answer: Any) -> str | None:
        return str(answer["id"]) if isinstance(answer, Mapping) and "id" in answer else None

    async def find_created(
        self, acting: ActingClient, after: Mapping[str, Any]
    ) -> tuple[str, dict[str, Any]] | None:
        wanted = after.get("meetingInfo.name")
        for mt in await acting.send("GET", "/v4/meeting-type") or []:
            state = flatten(mt)
            if state.get("meetingInfo.name") == wanted and not state.get("deletedAt"):
                return str(mt["id"]), state
        return None

    async def attached_appointments(self, acting: ActingClient, resource_id: str) -> int:
        count = 0
        async for _ in acting.appointments.list(meeting_type_id=resource_id):
            count += 1
        return count


def create_state(
    name: str,
    *,
    duration: int = 30,
    description: str = "",
    channel: str = "phone",
    slug: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The flat state of a meeting type to create (``POST /v4/meeting-type`` needs
    ``meetingInfo`` with name, description, duration and channel, meetergo-api §8)."""
    state: dict[str, Any] = {
        "meetingInfo.name": name,
        "meetingInfo.description": description,
        "meetingInfo.duration": duration,
        "meetingInfo.channel": channel,
    }
    if slug:
        state["slug"] = slug
    state.update(extra or {})
    return state


@dataclass
class MeetingTypeSettingsEdit:
    """Set settings of the meeting type named ``match`` (name or slug, case-insensitive) on
    every account: ``MeetingTypeSettingsEdit("Erstberatung", {"duration": 45})``.

    With ``create`` (a flat state, see :func:`create_state`) an account without a match gets
    that meeting type, with the settings, instead of being skipped; undo deletes it again.
    """

    match: str
    values: Mapping[str, Any]
    description: str = ""
    create: Mapping[str, Any] | None = None
    resource: ResourceKind = field(default=ResourceKind.MEETING_TYPE, init=False)
    _fields: dict[str, Any] = field(default_factory=dict, init=False, repr=False)
    _access: MeetingTypeAccess = field(default_factory=MeetingTypeAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.match.strip():
            raise ValueError("name the meeting type to change (its name or slug)")
        if not self.values:
            raise ValueError("nothing to change")
        self._fields = {setting_field(k): check_setting(k, v) for k, v in self.values.items()}
        if self.create is not None and not str(self.create.get("meetingInfo.name") or "").strip():
            raise ValueError("a meeting type to create needs its name")
        if not self.description:
            parts = ", ".join(f"{k} {v}" for k, v in self.values.items())
            self.description = f"{self.match}: {parts}"
            if self.create is not None:
                self.description += " (created where missing)"

    def _matches(self, state: Mapping[str, Any]) -> bool:
        wanted = self.match.strip().casefold()
        names = (state.get("meetingInfo.name"), state.get("slug"))
        return any(isinstance(n, str) and n.strip().casefold() == wanted for n in names)

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        found: list[tuple[str | None, dict[str, Any]]] = []
        for mt in await acting.send("GET", "/v4/meeting-type") or []:
            state = flatten(mt)
            if state.get("deletedAt") or not self._matches(state):
                continue
            keep = ("id", "slug", "meetingInfo.name", *self._fields)
            found.append((str(mt["id"]), {k: state.get(k) for k in keep}))
        if not found and self.create is not None:
            return [(None, {})]  # nothing there yet: planned as a create
        return found

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        if not state:
            return None if self.create is None else {**self.create, **self._fields}
        return {**state, **self._fields}

    def skip_reason(self, state: dict[str, Any]) -> str:
        return f"no meeting type named {self.match!r}"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        if resource_id is None:
            return WireRequest("POST", "/v4/meeting-type", account.user_id, unflatten(after))
        return self._access.update(account.user_id, resource_id, changed_fields(before, after))


register_access(MeetingTypeAccess())

"""Weekly hours across accounts (``PATCH /v4/availability/{id}`` with the whole schedule).

The state of an availability is kept in three fields: ``timezone``, ``schedule`` (all seven
days in the current wire shape, fact sheet §7) and ``availabilityExceptions`` (the date
exceptions without their server-given ids, sorted, times in UTC). The schedule is one field,
not one per day: a server reads a schedule without a weekday as that day closed, so a PATCH
must always carry the whole week. Exceptions are normalised for the same reason a diff needs
it — what the server echoes back (its own ids, its own spelling of an instant) must compare
equal to what was sent, or an applied change would read as someone else's edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.jobs.edits.base import AccountRef, CreatesNothing, changed_fields, register_access
from console.scheduling.schedule import ScheduleError, WeeklySchedule
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient

__all__ = [
    "AvailabilityAccess",
    "WeeklyHoursEdit",
    "default_availability",
    "exception_entry",
    "utc_text",
]


def utc_text(instant: datetime) -> str:
    """An instant as ``2026-12-24T23:00:00Z`` (the one spelling states compare in)."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _instant(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return utc_text(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))


def exception_entry(
    start: datetime | str, end: datetime | str, *, available: bool, title: str | None
) -> dict[str, Any]:
    """One date exception as the state holds it (and a PATCH sends it)."""
    return {
        "available": available,
        "start": start if isinstance(start, str) else utc_text(start),
        "end": end if isinstance(end, str) else utc_text(end),
        "title": title,
    }


def _exceptions(raw: Any) -> list[dict[str, Any]]:
    entries = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, Mapping) or item.get("deletedAt"):
            continue
        start, end = _instant(item.get("start")), _instant(item.get("end"))
        if start is None or end is None:
            continue
        title = item.get("title")
        entries.append(
            exception_entry(
                start,
                end,
                available=bool(item.get("available")),
                title=title if isinstance(title, str) else None,
            )
        )
    return sorted(entries, key=lambda e: (e["start"], e["end"], e["available"]))


def _state(doc: Mapping[str, Any]) -> dict[str, Any]:
    schedule: Any
    try:
        schedule = WeeklySchedule.from_wire(doc.get("schedule") or {}).to_wire()
    except ScheduleError:
        schedule = doc.get("schedule")
    return {
        "id": str(doc.get("id")),
        "timezone": doc.get("timezone"),
        "schedule": schedule,
        "availabilityExceptions": _exceptions(doc.get("availabilityExceptions")),
    }


class AvailabilityAccess(CreatesNothing):
    """Reads and writes ``/v4/availability/{id}``; change sets neither create nor delete one."""

    kind = ResourceKind.AVAILABILITY

    async def read(self, acting: ActingClient, resource_id: str) -> dict[str, Any] | None:
        try:
            doc = await acting.send("GET", f"/v4/availability/{resource_id}")
        except NotFound:
            return None
        return _state(doc) if isinstance(doc, Mapping) else None

    def update(self, account_id: str, resource_id: str, changes: Mapping[str, Any]) -> WireRequest:
        body = {k: v for k, v in changes.items() if k in ("schedule", "availabilityExceptions")}
        return WireRequest("PATCH", f"/v4/availability/{resource_id}", account_id, body)

    def delete(self, account_id: str, resource_id: str) -> WireRequest:
        raise ValueError("a change set does not delete availabilities")


async def default_availability(
    acting: ActingClient, account: AccountRef
) -> list[tuple[str | None, dict[str, Any]]]:
    """The account's default availability as ``[(id, state)]``; empty when it has none."""
    try:
        user = await acting.send("GET", f"/v4/user/{account.user_id}")
    except NotFound:
        return []
    av_id = user.get("defaultAvailabilityId") if isinstance(user, Mapping) else None
    if not av_id:
        return []
    state = await AvailabilityAccess().read(acting, str(av_id))
    return [] if state is None else [(str(av_id), state)]


@dataclass
class WeeklyHoursEdit:
    """Give every account the same weekly hours (wall-clock, in each account's own zone)."""

    schedule: WeeklySchedule
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.AVAILABILITY, init=False)
    _access: AvailabilityAccess = field(default_factory=AvailabilityAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        problems = self.schedule.problems()
        if problems:
            raise ValueError(" ".join(problems))
        if not self.description:
            self.description = "Weekly hours: " + self.schedule.summary()

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        return await default_availability(acting, account)

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        return {**state, "schedule": self.schedule.to_wire()}

    def skip_reason(self, state: dict[str, Any]) -> str:
        return "the account has no default availability"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        assert resource_id is not None
        return self._access.update(account.user_id, resource_id, changed_fields(before, after))


register_access(AvailabilityAccess())

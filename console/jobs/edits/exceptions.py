"""Date exceptions across accounts: a closed day or range, or a set of public holidays.

Each account's days are read in the zone of its own availability (an account in New York is
closed from its midnight, not Berlin's), and written by sending the whole exception list
(``PATCH /v4/availability/{id}`` with ``availabilityExceptions``), so one journaled request per
account adds them and one restores the list on undo. Holidays are computed with
:func:`console.scheduling.holidays.holiday_exceptions` rather than sent to the
holiday-exceptions route: that route only adds, so it could not be undone, and the plan shows
the very dates it will add.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from console.jobs.edits.base import AccountRef, changed_fields
from console.jobs.edits.hours import AvailabilityAccess, default_availability, exception_entry
from console.scheduling.slots import zone
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient

__all__ = ["ClosedDaysEdit", "closed_days_edit", "holidays_edit"]


def _local_days(first: date, last: date, tz: str, title: str | None) -> dict[str, Any]:
    info = zone(tz)
    start = datetime.combine(first, time()).replace(tzinfo=info)
    end = datetime.combine(last + timedelta(days=1), time()).replace(tzinfo=info)
    return exception_entry(start, end, available=False, title=title)


@dataclass
class ClosedDaysEdit:
    """Block whole local days on every account: ``ranges`` of ``(first, last, title)``."""

    ranges: Sequence[tuple[date, date, str | None]]
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.AVAILABILITY, init=False)
    _access: AvailabilityAccess = field(default_factory=AvailabilityAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.ranges:
            raise ValueError("no days to close")
        for first, last, _ in self.ranges:
            if last < first:
                raise ValueError(f"{last.isoformat()} is before {first.isoformat()}")

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        return await default_availability(acting, account)

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        tz = state.get("timezone") or "UTC"
        current: list[dict[str, Any]] = list(state.get("availabilityExceptions") or [])
        present = {(e["start"], e["end"], e["available"]) for e in current}
        for first, last, title in self.ranges:
            entry = _local_days(first, last, tz, title)
            if (entry["start"], entry["end"], False) not in present:
                current.append(entry)
                present.add((entry["start"], entry["end"], False))
        current.sort(key=lambda e: (e["start"], e["end"], e["available"]))
        return {**state, "availabilityExceptions": current}

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


def closed_days_edit(first: date, last: date | None = None) -> ClosedDaysEdit:
    """Closed from ``first`` to ``last`` (inclusive; one day when ``last`` is None)."""
    last = last or first
    span = first.isoformat() if last == first else f"{first.isoformat()} – {last.isoformat()}"
    return ClosedDaysEdit([(first, last, "Closed")], description=f"Closed {span}")


def holidays_edit(country: str, state: str | None, year: int) -> ClosedDaysEdit:
    """The public holidays of ``country`` (German ``state``) in ``year`` as closed days.

    Raises ``ValueError`` with a readable sentence for an unknown country, state or year.
    """
    # The holiday tables take a moment to import; only this edit needs them.
    from console.scheduling.holidays import holiday_exceptions

    days = holiday_exceptions(year, country, state)
    region = f"{country.upper()}-{state.upper()}" if state else country.upper()
    return ClosedDaysEdit(
        [(day, day, name) for day, name in days], description=f"Public holidays {region} {year}"
    )

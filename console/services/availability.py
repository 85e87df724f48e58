"""The availability service: one account's weekly hours, date exceptions and slots — no Qt.

Like the other services it is awaited by its caller and *raises* (an
:class:`~console.api.errors.ApiError` when the server refuses); every save reads the
availability back, so the tab redraws from what the server kept rather than from what it sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.api.models import Availability, AvailabilityException, MeetingType
from console.scheduling.date_exceptions import DateException
from console.scheduling.schedule import WeeklySchedule
from console.scheduling.slots import Booked, SlotRules, booking_limit_days

if TYPE_CHECKING:
    from console.api.client import MeetergoClient

__all__ = [
    "AvailabilityService",
    "LoadedAvailability",
    "date_exceptions",
    "slot_rules",
    "wire_exceptions",
]


def date_exceptions(availability: Availability) -> list[DateException]:
    """The availability's exceptions as local dates of its zone, by date."""
    tz = availability.timezone or "UTC"
    found = [
        DateException.from_span(
            e.start, e.end, tz, available=e.available, title=e.title or e.note, id=e.id
        )
        for e in availability.availability_exceptions
        if e.start is not None and e.end is not None and e.end > e.start
    ]
    return sorted(found, key=lambda e: (e.first, e.start_minute or 0, e.last))


def wire_exceptions(exceptions: Sequence[DateException], tz: str) -> list[AvailabilityException]:
    """Date-specific hours as the wire's spans of instants (local dates of ``tz``)."""
    result = []
    for exception in exceptions:
        spans = exception.spans(tz)
        for start, end in spans:
            result.append(
                AvailabilityException(
                    # An id names one stored span; a range split into days gets new ones.
                    id=exception.id if len(spans) == 1 else None,
                    available=exception.available,
                    start=start,
                    end=end,
                    title=exception.title,
                )
            )
    return result


def slot_rules(meeting_type: MeetingType) -> SlotRules:
    """How ``meeting_type`` cuts hours into slots (duration, buffers, notice, window, spots)."""
    info = meeting_type.meeting_info
    extra: dict[str, Any] = meeting_type.model_extra or {}
    return SlotRules(
        duration=meeting_type.duration or 30,
        buffer_before=info.buffer_before or 0,
        buffer_after=info.buffer_after or 0,
        interval=meeting_type.timeslot_interval or None,
        minimum_notice=meeting_type.booking_minimum or 0,
        days_into_future=booking_limit_days(extra.get("daysIntoFuture")),
        spots=meeting_type.spots or 1,
    )


@dataclass(frozen=True)
class LoadedAvailability:
    """What the tab shows of one account: its default availability and bookable types."""

    user_zone: str | None
    availability: Availability
    meeting_types: list[MeetingType]


class AvailabilityService:
    """Reads and saves the default availability of accounts, acting as each account."""

    def __init__(self, client: MeetergoClient) -> None:
        self._client = client

    async def load(self, user_id: str) -> LoadedAvailability | None:
        """The account's default availability and its meeting types; None without one."""
        user = await self._client.users.get(user_id)
        if not user.default_availability_id:
            return None
        acting = self._client.acting_as(user_id)
        availability = await acting.availabilities.get(user.default_availability_id)
        types = [
            mt
            for mt in await acting.meeting_types.list()
            if mt.availability_id in (None, availability.id) and mt.duration
        ]
        return LoadedAvailability(user.timezone, availability, types)

    async def save_hours(
        self, user_id: str, availability_id: str, schedule: WeeklySchedule, zone: str
    ) -> Availability:
        """Send the weekly hours and zone; the availability as the server stored it."""
        acting = self._client.acting_as(user_id)
        await acting.availabilities.update(availability_id, schedule=schedule, timezone=zone)
        return await acting.availabilities.get(availability_id)

    async def save_exceptions(
        self, user_id: str, availability_id: str, exceptions: Sequence[DateException], zone: str
    ) -> Availability:
        """Replace the date exceptions (local dates of ``zone``); read back what was kept."""
        acting = self._client.acting_as(user_id)
        await acting.availabilities.update(
            availability_id, exceptions=wire_exceptions(exceptions, zone)
        )
        return await acting.availabilities.get(availability_id)

    async def booked(self, user_id: str, start: datetime, end: datetime) -> list[Booked]:
        """The account's appointments overlapping ``[start, end)`` (cancelled ones left out).

        Only those the account hosts: a company's list also holds its colleagues' meetings.
        """
        acting = self._client.acting_as(user_id)
        found = []
        async for appointment in acting.appointments.list(host_id=user_id, start=start, end=end):
            if appointment.cancelled or appointment.start is None or appointment.end is None:
                continue
            hosts = set(appointment.host_ids) | {h.id for h in appointment.hosts if h.id}
            if hosts and user_id not in hosts:
                continue
            if appointment.end > start and appointment.start < end:
                found.append(Booked(appointment.start, appointment.end))
        return found

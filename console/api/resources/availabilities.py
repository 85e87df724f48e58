"""``/v4/availability/{id}``: weekly hours and holiday exceptions (acting user = owner)."""

from __future__ import annotations

from console.api._wire import ScheduleInput, drop_none, items_of, schedule_to_wire
from console.api.models import Availability, AvailabilityException
from console.api.resources._base import Resource

__all__ = ["Availabilities"]


class Availabilities(Resource):
    """``/v4/availability/{id}``: reach it through ``client.acting_as(owner)``."""

    async def get(self, availability_id: str) -> Availability:
        """An availability; its schedule is read as a ``WeeklySchedule`` (either wire shape)."""
        return await self._call(
            "GET", f"/availability/{availability_id}", Availability.model_validate
        )

    async def update(
        self,
        availability_id: str,
        *,
        name: str | None = None,
        schedule: ScheduleInput | None = None,
        timezone: str | None = None,
        exceptions: list[AvailabilityException] | None = None,
    ) -> Availability:
        """Change name, schedule (sent as weekday objects, all seven days), time zone and/or
        the date exceptions (the whole list: the server keeps exactly what is sent)."""
        body = drop_none(
            {
                "name": name,
                "schedule": schedule_to_wire(schedule) if schedule is not None else None,
                "timezone": timezone,
                "availabilityExceptions": (
                    [e.to_wire() for e in exceptions] if exceptions is not None else None
                ),
            }
        )
        if not body:
            raise ValueError("nothing to update")
        return await self._call(
            "PATCH", f"/availability/{availability_id}", Availability.model_validate, json=body
        )

    async def add_holidays(
        self, availability_id: str, year: int, country: str, state: str | None = None
    ) -> list[AvailabilityException]:
        """Block public holidays (``PATCH …/holiday-exceptions``); ``state`` = German state."""
        body = drop_none({"year": year, "country": country, "germanState": state})
        return await self._call(
            "PATCH",
            f"/availability/{availability_id}/holiday-exceptions",
            lambda data: items_of(
                data, "availabilityExceptions", AvailabilityException.model_validate
            ),
            json=body,
        )

    async def list(self) -> list[Availability]:
        """The acting user's availabilities (``GET /availability``, a bare array, §7)."""
        return await self._call(
            "GET",
            "/availability",
            lambda data: items_of(data, "availabilities", Availability.model_validate),
        )

"""``/v4/meeting-type``: a user's bookable meeting types (the acting user is the owner)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from console.api._wire import drop_none, items_of, nothing
from console.api.models import MeetingType
from console.api.resources._base import Resource

__all__ = ["MeetingTypes"]


def _meeting_info(
    name: str | None,
    description: str | None,
    duration: int | None,
    channel: str | None,
    buffer_before: int | None,
    buffer_after: int | None,
) -> dict[str, Any]:
    return drop_none(
        {
            "name": name,
            "description": description,
            "duration": duration,
            "channel": channel,
            "bufferBefore": buffer_before,
            "bufferAfter": buffer_after,
        }
    )


class MeetingTypes(Resource):
    """``/v4/meeting-type``: reach it through ``client.acting_as(owner)``."""

    async def list(self) -> list[MeetingType]:
        """The acting user's meeting types (bare array; the old ``{meetingTypes}`` also read)."""
        return await self._call(
            "GET",
            "/meeting-type",
            lambda data: items_of(data, "meetingTypes", MeetingType.model_validate),
        )

    async def get(self, meeting_type_id: str) -> MeetingType:
        """One meeting type with its full configuration."""
        return await self._call(
            "GET", f"/meeting-type/{meeting_type_id}", MeetingType.model_validate
        )

    async def create(
        self,
        *,
        name: str,
        duration: int,
        description: str = "",
        channel: str = "phone",
        slug: str | None = None,
        spots: int | None = None,
        availability_id: str | None = None,
        buffer_before: int | None = None,
        buffer_after: int | None = None,
        meeting_options: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MeetingType:
        """Create a meeting type in the current shape (nested ``meetingInfo``).

        meetergo silently drops ``slug`` on create, so a wanted slug that did not stick is set
        with a follow-up PATCH.
        """
        info = _meeting_info(name, description, duration, channel, buffer_before, buffer_after)
        body: dict[str, Any] = {"meetingInfo": info}
        body.update(
            drop_none(
                {
                    "slug": slug,
                    "spots": spots,
                    "availabilityId": availability_id,
                    "meetingOptions": dict(meeting_options) if meeting_options else None,
                }
            )
        )
        body.update(extra or {})
        created = await self._call("POST", "/meeting-type", MeetingType.model_validate, json=body)
        if slug is not None and created.slug != slug:
            created = await self.update(created.id, slug=slug)
        return created

    async def update(
        self,
        meeting_type_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        duration: int | None = None,
        channel: str | None = None,
        buffer_before: int | None = None,
        buffer_after: int | None = None,
        slug: str | None = None,
        enabled: bool | None = None,
        spots: int | None = None,
        timeslot_interval: int | None = None,
        booking_minimum: int | None = None,
        availability_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MeetingType:
        """Partial update (``PATCH``); meeting-info fields go nested, as the API expects."""
        info = _meeting_info(name, description, duration, channel, buffer_before, buffer_after)
        body: dict[str, Any] = {"meetingInfo": info} if info else {}
        body.update(
            drop_none(
                {
                    "slug": slug,
                    "enabled": enabled,
                    "spots": spots,
                    "timeslotInterval": timeslot_interval,
                    "bookingMinimum": booking_minimum,
                    "availabilityId": availability_id,
                }
            )
        )
        body.update(extra or {})
        if not body:
            raise ValueError("nothing to update")
        return await self._call(
            "PATCH", f"/meeting-type/{meeting_type_id}", MeetingType.model_validate, json=body
        )

    async def delete(self, meeting_type_id: str, *, delete_availability: bool = False) -> None:
        """Soft-delete a meeting type; its booking URL stops taking bookings."""
        params = {"deleteAvailability": "true"} if delete_availability else None
        await self._call("DELETE", f"/meeting-type/{meeting_type_id}", nothing, params=params)

"""``POST /v4/booking``: book a listed slot. Never retried by the client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from console.api._wire import MAX_PAGE_SIZE, check_page_size, drop_none, iso
from console.api.models import (
    Attendee,
    BookingResult,
    ProvisionalBooking,
    ProvisionalBookingPage,
)
from console.api.resources._base import Resource

__all__ = ["Bookings"]


class Bookings(Resource):
    """``POST /v4/booking``: book a listed slot. Never retried by the client."""

    async def create(
        self,
        meeting_type_id: str,
        start: datetime | str,
        attendee: Attendee | Mapping[str, Any],
        *,
        host_ids: Sequence[str] | None = None,
        queue_id: str | None = None,
        duration: int | None = None,
        channel: str | None = None,
        location: str | None = None,
        skip_notifications: bool | None = None,
    ) -> BookingResult:
        """Book ``start`` (one of the listed slots) for ``attendee``.

        The API needs ``host_ids`` or ``queue_id``; the answer is confirmed
        (``appointment_id``) or pending (``booking_type``, ``provisional_booking_id``).
        """
        if not host_ids and queue_id is None:
            raise ValueError("a booking needs host_ids or queue_id")
        person = attendee if isinstance(attendee, Attendee) else Attendee.model_validate(attendee)
        body: dict[str, Any] = {
            "meetingTypeId": meeting_type_id,
            "start": iso(start),
            "attendee": person.to_wire(),
        }
        body.update(
            drop_none(
                {
                    "hostIds": list(host_ids) if host_ids else None,
                    "queueId": queue_id,
                    "duration": duration,
                    "channel": channel,
                    "location": location,
                    "skipNotifications": skip_notifications,
                }
            )
        )
        return await self._call(
            "POST", "/booking", lambda data: BookingResult.model_validate(data or {}), json=body
        )

    async def provisional(
        self,
        *,
        status: str | None = "pending",
        user_id: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[ProvisionalBooking]:
        """Every provisional booking (``GET /v4/provisional-booking/paginated``) of ``status``
        (None: any), page by page; ``user_id`` narrows to one host (admins may name anyone)."""
        size = check_page_size(page_size)
        page_number = seen = 0
        while True:
            params = drop_none(
                {"page": page_number, "pageSize": size, "status": status, "userId": user_id}
            )
            page = await self._call(
                "GET",
                "/provisional-booking/paginated",
                ProvisionalBookingPage.model_validate,
                params=params,
            )
            for item in page.provisional_bookings:
                yield item
            seen += len(page.provisional_bookings)
            if len(page.provisional_bookings) < size or (
                page.total is not None and seen >= page.total
            ):
                return
            page_number += 1

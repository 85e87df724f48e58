"""``/v4/appointment``: list, read, cancel and reschedule appointments."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime

from console.api._wire import MAX_PAGE_SIZE, check_page_size, drop_none, iso, unwrap
from console.api.models import Appointment, AppointmentPage
from console.api.resources._base import Resource

__all__ = ["Appointments"]


def _read_appointment(data: object) -> Appointment:
    return Appointment.model_validate(unwrap(data, "appointment"))


class Appointments(Resource):
    """``/v4/appointment``: list, read, cancel and reschedule appointments.

    Through ``client.acting_as(user)`` the lists are that user's appointments: an API key acts
    as the user, a personal token (which acts only as itself) sends its id as the ``userId``
    filter instead.
    """

    async def pages(
        self,
        *,
        host_id: str | None = None,
        start: date | datetime | str | None = None,
        end: date | datetime | str | None = None,
        status: str | None = None,
        meeting_type_id: str | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[AppointmentPage]:
        """Walk ``GET /v4/appointment/paginated`` from page 0 until a short page or the total.

        ``host_id`` is the API's ``userId`` filter: only that user's appointments (an admin's
        personal token may name any user of the company, since it never acts as someone else).
        """
        size = check_page_size(page_size)
        user_filter = host_id
        if user_filter is None and self._t.is_personal_token:
            user_filter = self._acting_user
        page_number = 0
        seen = 0
        while True:
            params = drop_none(
                {
                    "page": page_number,
                    "pageSize": size,
                    "start": iso(start) if start is not None else None,
                    "end": iso(end) if end is not None else None,
                    "status": status,
                    "meetingTypeId": meeting_type_id,
                    "sortBy": sort_by,
                    "sortDirection": sort_direction,
                    "userId": user_filter,
                }
            )
            page = await self._call(
                "GET", "/appointment/paginated", AppointmentPage.model_validate, params=params
            )
            yield page
            seen += len(page.appointments)
            if len(page.appointments) < size or (page.total is not None and seen >= page.total):
                return
            page_number += 1

    async def list(
        self,
        *,
        host_id: str | None = None,
        start: date | datetime | str | None = None,
        end: date | datetime | str | None = None,
        status: str | None = None,
        meeting_type_id: str | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[Appointment]:
        """Every matching appointment, yielded as the pages arrive."""
        async for page in self.pages(
            host_id=host_id,
            start=start,
            end=end,
            status=status,
            meeting_type_id=meeting_type_id,
            sort_by=sort_by,
            sort_direction=sort_direction,
            page_size=page_size,
        ):
            for appointment in page.appointments:
                yield appointment

    async def get(self, appointment_id: str) -> Appointment:
        """One appointment (re-read a webhook's appointment before trusting it)."""
        return await self._call("GET", f"/appointment/{appointment_id}", Appointment.model_validate)

    async def cancel(
        self,
        appointment_id: str,
        *,
        reason: str | None = None,
        attendee_id: str | None = None,
        cancel_all: bool | None = None,
    ) -> Appointment:
        """Cancel (``POST …/cancel``; the reason goes into the e-mails). Not retried."""
        body = drop_none({"reason": reason, "attendeeId": attendee_id, "cancelAll": cancel_all})
        return await self._call(
            "POST", f"/appointment/{appointment_id}/cancel", _read_appointment, json=body
        )

    async def reschedule(
        self,
        appointment_id: str,
        start: datetime | str,
        *,
        ignore_availability: bool | None = None,
    ) -> Appointment:
        """Move to a new start (duration unchanged). Not retried."""
        body = drop_none({"start": iso(start), "ignoreAvailability": ignore_availability})
        return await self._call(
            "POST", f"/appointment/{appointment_id}/reschedule", _read_appointment, json=body
        )

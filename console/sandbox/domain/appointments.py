"""Appointments: the stored document, listing, cancelling and rescheduling (with webhooks)."""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.meeting_types import MeetingTypes
from console.sandbox.domain.slots import Slots
from console.sandbox.errors import bad_request, not_found
from console.sandbox.model import iso, parse_instant

INSERT_APPOINTMENT = (
    "INSERT OR REPLACE INTO appointments (id, company_id, host_id, meeting_type_id, start, end,"
    " cancelled, created_at, search, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

SORT_COLUMNS = {
    "appointment.start": "start",
    "appointment.createdAt": "created_at",
    "start": "start",
    "createdAt": "created_at",
}
"""``sortBy`` values and the column each sorts on."""


def build_appointment(
    mt: Doc, host: Doc, start: datetime, attendee: Doc, *, created: datetime
) -> Doc:
    """An appointment document (not stored)."""
    duration = int(mt["meetingInfo"]["duration"])
    end = start + timedelta(minutes=duration)
    first = str(attendee.get("firstname") or "")
    last = str(attendee.get("lastname") or "")
    full = str(attendee.get("fullname") or f"{first} {last}".strip())
    if full and not first and not last:
        first, _, last = full.partition(" ")
    person = {
        "id": str(uuid.uuid4()),
        "email": attendee.get("email"),
        "firstname": first,
        "lastname": last,
        "fullname": full,
        "phone": attendee.get("phone"),
        "timezone": attendee.get("timezone") or host["timezone"],
        "language": attendee.get("language") or "de",
    }
    host_view = {
        k: host.get(k) for k in ("id", "email", "givenName", "familyName", "fullName", "slug")
    }
    host_view["picture"] = host.get("picture")
    return {
        "id": str(uuid.uuid4()),
        "secret": secrets.token_hex(12),
        "start": iso(start),
        "end": iso(end),
        "isCancelled": False,
        "cancel": None,
        "rescheduledAt": None,
        "rescheduleCount": 0,
        "location": None,
        "notes": attendee.get("notes") if isinstance(attendee.get("notes"), dict) else {},
        "meetingInfo": {
            "channel": mt["meetingInfo"].get("channel"),
            "meetingLink": None,
            "name": mt["meetingInfo"]["name"],
            "duration": duration,
        },
        "hostingInfo": {"mainHost": host["id"], "meetingLink": None},
        "attendees": [person],
        "attendeeIds": [person["id"]],
        # The attendee's bring-along guests: invited with the booking, not attendees of their
        # own (a group's cancel rules count attendees).
        "guests": [{"email": email} for email in attendee.get("bringalongEmails") or []],
        "hosts": [host_view],
        "hostIds": [host["id"]],
        "meetingType": {
            "id": mt["id"],
            "slug": mt["slug"],
            "meetingInfo": {
                "name": mt["meetingInfo"]["name"],
                "duration": mt["meetingInfo"]["duration"],
            },
            "metadata": mt.get("metadata") or {},
        },
        "meetingTypeId": mt["id"],
        "companyId": host["companyId"],
        "createdAt": iso(created),
        "updatedAt": iso(created),
    }


def appointment_row(appt: Doc) -> tuple[Any, ...]:
    """Column values for :data:`INSERT_APPOINTMENT`."""
    person = appt["attendees"][0] if appt["attendees"] else {}
    search = " ".join(
        str(x or "")
        for x in (person.get("email"), person.get("fullname"), appt["meetingInfo"]["name"])
    ).lower()
    return (
        appt["id"],
        appt["companyId"],
        appt["hostIds"][0],
        appt["meetingTypeId"],
        appt["start"],
        appt["end"],
        1 if appt["isCancelled"] else 0,
        appt["createdAt"],
        search,
        dumps(appt),
    )


class Appointments:
    """The ``appointments`` table."""

    def __init__(self, ctx: Context, meeting_types: MeetingTypes, slots: Slots) -> None:
        self._ctx = ctx
        self._db = ctx.db
        self._meeting_types = meeting_types
        self._slots = slots

    def store(self, appt: Doc) -> None:
        """Insert or replace an appointment."""
        self._db.execute(INSERT_APPOINTMENT, appointment_row(appt))

    def get(self, actor: Actor, appt_id: str) -> Doc:
        """An appointment of the company visible to the acting user, or 404."""
        appt = self._db.doc("SELECT doc FROM appointments WHERE id = ?", (appt_id,))
        if appt is None or appt["companyId"] != actor.company_id:
            raise not_found("Appointment not found")
        if not actor.is_admin and actor.user_id not in appt["hostIds"]:
            raise not_found("Appointment not found")
        return appt

    def page(
        self,
        company_id: str,
        *,
        host_id: str | None = None,
        starts_from: datetime | None = None,
        starts_before: datetime | None = None,
        starts_until: datetime | None = None,
        cancelled: bool | None = None,
        meeting_type_id: str | None = None,
        search: str | None = None,
        sort_by: str = "start",
        direction: str = "ASC",
        page: int = 0,
        page_size: int = 20,
    ) -> tuple[list[Doc], int]:
        """One page of the company's appointments matching every filter, and how many match.

        ``sort_by`` is a key of :data:`SORT_COLUMNS`, ``direction`` ``ASC`` or ``DESC``.
        """
        where, args = ["company_id = ?"], [company_id]
        for column, value in (
            ("host_id = ?", host_id),
            ("start >= ?", iso(starts_from) if starts_from else None),
            ("start < ?", iso(starts_before) if starts_before else None),
            ("start <= ?", iso(starts_until) if starts_until else None),
            ("cancelled = ?", None if cancelled is None else "1" if cancelled else "0"),
            ("meeting_type_id = ?", meeting_type_id),
            ("search LIKE ?", f"%{search.lower()}%" if search else None),
        ):
            if value:
                where.append(column)
                args.append(value)
        clause = " AND ".join(where)
        total = self._db.one(f"SELECT COUNT(*) FROM appointments WHERE {clause}", args)
        docs = self._db.docs(
            f"SELECT doc FROM appointments WHERE {clause}"
            f" ORDER BY {SORT_COLUMNS[sort_by]} {direction}, id LIMIT ? OFFSET ?",
            [*args, page_size, page * page_size],
        )
        return docs, total[0] if total else 0

    def today(self, host_id: str) -> list[Doc]:
        """The host's appointments starting on the sandbox's current UTC day."""
        now = self._ctx.now()
        day = datetime(now.year, now.month, now.day, tzinfo=UTC)
        return self._db.docs(
            "SELECT doc FROM appointments WHERE host_id = ? AND start >= ? AND start < ?"
            " ORDER BY start",
            (host_id, iso(day), iso(day + timedelta(days=1))),
        )

    def upcoming(self, company_id: str, after: datetime, limit: int) -> list[Doc]:
        """The company's next open appointments starting after ``after``."""
        return self._db.docs(
            "SELECT doc FROM appointments WHERE company_id = ? AND cancelled = 0 AND start > ?"
            " ORDER BY start LIMIT ?",
            (company_id, iso(after), limit),
        )

    def cancel(
        self, appt: Doc, reason: str | None, source: str = "host", by: str | None = None
    ) -> Doc:
        """Cancel an appointment and fire ``booking_cancelled``."""
        if appt["isCancelled"]:
            raise bad_request("Appointment is already cancelled")
        now = iso(self._ctx.now())
        appt["isCancelled"] = True
        appt["cancel"] = {"actionSource": source, "actionAt": now, "actionBy": by, "reason": reason}
        appt["updatedAt"] = now
        self.store(appt)
        self._ctx.emit(appt["companyId"], "booking_cancelled", appt)
        return appt

    def cancel_attendee(
        self, appt: Doc, attendee_id: str, reason: str | None, by: str | None = None
    ) -> Doc:
        """Remove one attendee of a group booking; the booking stays for the others.

        meetergo fires ``booking_cancelled`` for this too (fact sheet §15); the last attendee
        leaving cancels the booking.
        """
        if appt["isCancelled"]:
            raise bad_request("Appointment is already cancelled")
        staying = [a for a in appt["attendees"] if a.get("id") != attendee_id]
        if len(staying) == len(appt["attendees"]):
            raise not_found("Attendee not found")
        if not staying:
            return self.cancel(appt, reason, "host", by)
        appt["attendees"] = staying
        appt["attendeeIds"] = [a["id"] for a in staying if a.get("id")]
        appt["updatedAt"] = iso(self._ctx.now())
        self.store(appt)
        self._ctx.emit(appt["companyId"], "booking_cancelled", appt)
        return appt

    def reschedule(self, appt: Doc, start: datetime, ignore_availability: bool) -> Doc:
        """Move an appointment (duration unchanged) and fire ``booking_rescheduled``."""
        if appt["isCancelled"]:
            raise bad_request("A cancelled appointment cannot be rescheduled")
        mt = self._meeting_types.by_id(appt["meetingTypeId"])
        if mt is None:
            raise not_found("Meeting type not found")
        if not ignore_availability and not self._slots.is_open(mt, start, exclude=appt["id"]):
            raise bad_request("Selected time slot is not available")
        previous_start, previous_end = appt["start"], appt["end"]
        length = parse_instant(appt["end"], "end") - parse_instant(appt["start"], "start")
        now = iso(self._ctx.now())
        appt["start"] = iso(start)
        appt["end"] = iso(start + length)
        appt["rescheduledAt"] = now
        appt["rescheduleCount"] = int(appt.get("rescheduleCount") or 0) + 1
        appt["updatedAt"] = now
        self.store(appt)
        self._ctx.emit(
            appt["companyId"],
            "booking_rescheduled",
            {**appt, "previousStart": previous_start, "previousEnd": previous_end},
        )
        return appt

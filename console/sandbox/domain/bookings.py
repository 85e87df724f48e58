"""Bookings: POST /v4/booking (only listed starts) and the provisional bookings that wait for
the attendee's opt-in or the host's confirmation."""

from __future__ import annotations

import uuid
from datetime import datetime

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.appointments import Appointments, build_appointment
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.meeting_types import MeetingTypes, allowed_duration, with_duration
from console.sandbox.domain.slots import Slots
from console.sandbox.domain.users import Users
from console.sandbox.errors import ApiError, bad_request, conflict, forbidden, not_found
from console.sandbox.model import Checker, iso, parse_instant, valid_email

PROVISIONAL_STATUSES = ("pending", "confirmed", "expired", "declined_by_host")
MAX_GUESTS = 5
"""``attendee.bringalongEmails``: at most five guests per booking."""


def _provisional_host(host: Doc) -> Doc:
    return {
        k: host.get(k) for k in ("id", "givenName", "familyName", "slug", "userType", "picture")
    }


def _check_booking(body: Doc) -> Checker:
    check = Checker()
    check.string(body.get("meetingTypeId"), "meetingTypeId", required=True)
    attendee = body.get("attendee")
    if not isinstance(attendee, dict):
        check.fail("attendee must be an object")
    elif not attendee.get("email") and not body.get("phoneOnlyBooking"):
        check.fail("attendee.email must be an email")
    elif attendee.get("email") and not valid_email(str(attendee["email"])):
        check.fail("attendee.email must be an email")
    if isinstance(attendee, dict) and attendee.get("bringalongEmails") is not None:
        guests = attendee["bringalongEmails"]
        if not isinstance(guests, list) or len(guests) > MAX_GUESTS:
            check.fail(f"attendee.bringalongEmails must be a list of at most {MAX_GUESTS} emails")
        elif not all(isinstance(g, str) and valid_email(g) for g in guests):
            check.fail("each value in attendee.bringalongEmails must be an email")
    if body.get("start") is None:
        check.fail("start must be a valid ISO 8601 date string")
    host_ids = body.get("hostIds")
    if host_ids is not None and not (
        isinstance(host_ids, list) and all(isinstance(h, str) for h in host_ids)
    ):
        check.fail("each value in hostIds must be a string")
    return check


class Bookings:
    """Direct bookings and the ``provisional`` table."""

    def __init__(
        self,
        ctx: Context,
        users: Users,
        meeting_types: MeetingTypes,
        slots: Slots,
        appointments: Appointments,
    ) -> None:
        self._ctx = ctx
        self._db = ctx.db
        self._users = users
        self._meeting_types = meeting_types
        self._slots = slots
        self._appointments = appointments

    def book(self, body: Doc) -> tuple[int, Doc]:
        """POST /v4/booking; only listed starts are accepted."""
        _check_booking(body).raise_if_any()
        start = parse_instant(body["start"], "start")
        mt = self._meeting_types.get(body["meetingTypeId"])
        if not mt.get("enabled", True):
            raise bad_request("Meeting type is disabled")
        host_ids = body.get("hostIds")
        if host_ids and mt["userId"] not in host_ids:
            raise bad_request("hostIds must contain a host of this meeting type")
        if body.get("duration") is not None:
            mt = with_duration(mt, allowed_duration(mt, body["duration"], "duration"))
        if not body.get("ignoreAvailability") and not self._slots.is_open(mt, start):
            raise bad_request("Selected time slot is not available")
        options = mt.get("meetingOptions") or {}
        host = self._users.get(mt["userId"])
        for pending in ("doubleOptIn", "requireHostConfirmation"):
            if options.get(pending) is True:
                provisional_id = self._hold(body, pending, mt, host)
                return 201, {"bookingType": pending, "provisionalBookingId": provisional_id}
        appt = self._confirm(mt, host, start, body["attendee"], created=self._ctx.now())
        return 201, {
            "appointmentId": appt["id"],
            "id": appt["id"],
            "secret": appt["secret"],
            "start": appt["start"],
            "end": appt["end"],
        }

    def _confirm(
        self, mt: Doc, host: Doc, start: datetime, attendee: Doc, *, created: datetime
    ) -> Doc:
        appt = build_appointment(mt, host, start, attendee, created=created)
        self._appointments.store(appt)
        self._ctx.emit(appt["companyId"], "booking_created", appt)
        return appt

    def _hold(self, body: Doc, pending: str, mt: Doc, host: Doc) -> str:
        provisional_id = str(uuid.uuid4())
        doc = {
            "id": provisional_id,
            "dto": body,
            "type": pending,
            "status": "pending",
            "meetingTypeId": mt["id"],
            "companyId": mt["companyId"],
            "hostIds": [host["id"]],
            "hosts": [_provisional_host(host)],
            "queueBookingInfo": None,
            "appointmentId": None,
            "createdAt": iso(self._ctx.now()),
            "deletedAt": None,
        }
        self._db.execute(
            "INSERT INTO provisional (id, doc) VALUES (?, ?)", (provisional_id, dumps(doc))
        )
        return provisional_id

    def provisional_status(self, doc: Doc) -> str:
        """``pending`` until decided; a pending booking whose start has passed is ``expired``."""
        status = str(doc.get("status") or "pending")
        if status == "pending":
            try:
                start = parse_instant(doc["dto"].get("start"), "start")
            except ApiError:
                return status
            if start <= self._ctx.now():
                return "expired"
        return status

    def provisional_public(self, doc: Doc) -> Doc:
        """A provisional booking as the paginated route answers it (status computed now)."""
        return {**doc, "status": self.provisional_status(doc)}

    def provisional(
        self,
        actor: Actor,
        *,
        status: str | None = None,
        user_id: str | None = None,
        meeting_type_id: str | None = None,
    ) -> list[Doc]:
        """The company's provisional bookings visible to ``actor``, oldest first."""
        if user_id and user_id != actor.user_id and not actor.is_admin:
            raise forbidden("Only admins can list other users' provisional bookings")
        host = user_id or (None if actor.is_admin else actor.user_id)
        result = []
        for doc in self._db.docs("SELECT doc FROM provisional ORDER BY rowid"):
            if doc.get("companyId", actor.company_id) != actor.company_id:
                continue
            if host is not None and host not in (doc.get("hostIds") or []):
                continue
            if meeting_type_id and doc.get("meetingTypeId") != meeting_type_id:
                continue
            public = self.provisional_public(doc)
            if status and public["status"] != status:
                continue
            result.append(public)
        return result

    def decide(self, provisional_id: str, *, confirm: bool) -> Doc:
        """Confirm (books the appointment, fires ``booking_created``) or decline a pending one.

        The sandbox's stand-in for the attendee's opt-in mail and the host's confirm button.
        """
        doc = self._db.doc("SELECT doc FROM provisional WHERE id = ?", (provisional_id,))
        if doc is None:
            raise not_found("Provisional booking not found")
        status = self.provisional_status(doc)
        if status != "pending":
            raise conflict(f"Provisional booking is {status}, not pending")
        now = self._ctx.now()
        if confirm:
            mt = self._meeting_types.by_id(doc["meetingTypeId"])
            if mt is None or mt.get("deletedAt"):
                raise conflict("Meeting type of this provisional booking was deleted")
            start = parse_instant(doc["dto"].get("start"), "start")
            if doc["dto"].get("duration") is not None:
                mt = with_duration(mt, allowed_duration(mt, doc["dto"]["duration"], "duration"))
            if not doc["dto"].get("ignoreAvailability") and not self._slots.is_open(mt, start):
                raise conflict("Selected time slot is not available any more")
            host = self._users.get(mt["userId"])
            appt = self._confirm(mt, host, start, doc["dto"]["attendee"], created=now)
            doc.update({"status": "confirmed", "appointmentId": appt["id"]})
        else:
            doc.update({"status": "declined_by_host", "deletedAt": iso(now)})
        doc["updatedAt"] = iso(now)
        self._db.execute("UPDATE provisional SET doc = ? WHERE id = ?", (dumps(doc), doc["id"]))
        return self.provisional_public(doc)

"""One event model for every payload the feed reads — no Qt.

meetergo sends two envelopes (flat ``webhookType`` and the older ``{event, data}``), two cancel
spellings (``cancel{actionAt, actionBy, actionSource}`` from the API, ``cancel{cancelledAt,
cancelledBy}`` in the ``booking_cancelled`` webhook) and a reschedule that nests the moved
appointment under ``rescheduledAppointment`` beside ``oldStartDate`` (fact sheet §15, §19).
:func:`parse_event` reads them all into :class:`FeedEvent`; :func:`booking_from` turns an
appointment as the API sends it into the row the live view shows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from console.store.records import BookingRecord

BOOKING_EVENTS = ("booking_created", "booking_cancelled", "booking_rescheduled")
#: A provisional booking seen pending, and one that is pending no more (confirmed — then its
#: appointment arrives as ``booking_created`` —, declined or expired). The poller makes them.
PENDING_FOUND = "booking_pending"
PENDING_ENDED = "booking_pending_ended"
#: Row ids of provisional bookings: their own id space, beside the appointments'.
PROVISIONAL_PREFIX = "provisional:"

#: Statuses a booking row shows.
CONFIRMED = "confirmed"
CANCELLED = "cancelled"
RESCHEDULED = "rescheduled"
PENDING = "pending"
STATUSES = (CONFIRMED, CANCELLED, RESCHEDULED, PENDING)


class NotAnEvent(ValueError):
    """The body is JSON but no meetergo webhook in either envelope."""


@dataclass(frozen=True)
class Cancellation:
    """Who cancelled, when and why, whichever spelling the payload used."""

    at: str | None
    by: str | None
    reason: str | None


@dataclass(frozen=True)
class FeedEvent:
    """A booking event read from a payload.

    ``appointment`` is the appointment as the payload shows it (for a reschedule the nested
    moved one); ``previous_appointment_id`` names the booking a reschedule replaced when the
    moved appointment has an id of its own.
    """

    event_type: str
    appointment_id: str
    updated_at: str
    appointment: dict[str, Any]
    envelope: str
    previous_appointment_id: str | None = None
    old_start: str | None = None


def parse_body(body: bytes) -> dict[str, Any]:
    """The JSON object of a webhook body; ``ValueError`` for bad UTF-8, bad JSON or no object."""
    text = body.decode("utf-8")  # strict: invalid UTF-8 raises UnicodeDecodeError (a ValueError)
    value = json.loads(text)
    if not isinstance(value, dict):
        raise NotAnEvent("a webhook body is a JSON object")
    return value


def parse_event(payload: Mapping[str, Any]) -> FeedEvent:
    """Read a webhook payload in either envelope; :class:`NotAnEvent` when it is neither."""
    if isinstance(payload.get("webhookType"), str):
        event_type = str(payload["webhookType"])
        data: dict[str, Any] = {k: v for k, v in payload.items() if k != "webhookType"}
        envelope = "flat"
    elif isinstance(payload.get("event"), str) and isinstance(payload.get("data"), Mapping):
        event_type = str(payload["event"])
        data = dict(payload["data"])
        envelope = "event_data"
    else:
        raise NotAnEvent("neither 'webhookType' nor 'event' and 'data'")
    appointment = data
    previous: str | None = None
    nested = data.get("rescheduledAppointment")
    if isinstance(nested, Mapping):
        appointment = dict(nested)
        outer = data.get("id")
        if isinstance(outer, str) and outer != appointment.get("id"):
            previous = outer
    appointment_id = appointment.get("id")
    if not isinstance(appointment_id, str) or not appointment_id:
        if event_type in BOOKING_EVENTS:
            raise NotAnEvent("the booking event names no appointment id")
        appointment_id = ""  # new_employee, form_submission, …: logged, not shown
    old_start = data.get("oldStartDate") or data.get("previousStart")
    return FeedEvent(
        event_type=event_type,
        appointment_id=appointment_id,
        updated_at=change_stamp(appointment),
        appointment=appointment,
        envelope=envelope,
        previous_appointment_id=previous,
        old_start=str(old_start) if old_start else None,
    )


def cancellation(appointment: Mapping[str, Any]) -> Cancellation | None:
    """The cancellation of an appointment in either spelling, or None when it is not cancelled."""
    cancel = appointment.get("cancel")
    details: Mapping[str, Any] = cancel if isinstance(cancel, Mapping) else {}
    at = details.get("actionAt") or details.get("cancelledAt")
    if not appointment.get("isCancelled") and not at:
        return None
    by = details.get("actionSource") or details.get("cancelledBy")
    reason = details.get("reason")
    return Cancellation(
        at=str(at) if at else None,
        by=str(by) if by else None,
        reason=str(reason) if reason else None,
    )


def change_stamp(appointment: Mapping[str, Any]) -> str:
    """The appointment's ``updatedAt`` in UTC ISO (the log's dedupe key); "" when absent."""
    cancel = cancellation(appointment)
    for value in (
        appointment.get("updatedAt"),
        appointment.get("rescheduledAt"),
        cancel.at if cancel else None,
    ):
        stamp = _utc(value)
        if stamp is not None:
            return stamp.isoformat().replace("+00:00", "Z")
        if isinstance(value, str) and value:
            return value
    return ""


def status_of(appointment: Mapping[str, Any]) -> str:
    """confirmed, cancelled, rescheduled or pending (the API has no status field, §12)."""
    if cancellation(appointment) is not None:
        return CANCELLED
    if appointment.get("provisionalBookingId"):
        return PENDING
    if appointment.get("rescheduledAt") or int(appointment.get("rescheduleCount") or 0) > 0:
        return RESCHEDULED
    return CONFIRMED


def appointment_of_provisional(provisional: Mapping[str, Any]) -> dict[str, Any]:
    """A provisional booking (§5: ``dto`` is the booking request) shaped like an appointment,
    so the feed logs and shows it like one; its id is :data:`PROVISIONAL_PREFIX` + its own."""
    dto = provisional.get("dto")
    request: Mapping[str, Any] = dto if isinstance(dto, Mapping) else {}
    attendee = request.get("attendee")
    created = provisional.get("createdAt")
    return {
        "id": PROVISIONAL_PREFIX + str(provisional["id"]),
        "provisionalBookingId": str(provisional["id"]),
        "bookingType": provisional.get("type"),
        "start": request.get("start"),
        "attendees": [attendee] if isinstance(attendee, Mapping) else [],
        "hostIds": list(provisional.get("hostIds") or request.get("hostIds") or []),
        "meetingTypeId": provisional.get("meetingTypeId") or request.get("meetingTypeId"),
        "createdAt": created,
        "updatedAt": created,
    }


def booking_from(
    appointment: Mapping[str, Any],
    *,
    meeting_type_name: str | None = None,
    previous_appointment_id: str | None = None,
) -> BookingRecord:
    """The live view's row for an appointment as the API (or a webhook) sends it."""
    attendees = [a for a in appointment.get("attendees") or [] if isinstance(a, Mapping)]
    first = attendees[0] if attendees else {}
    name = str(
        first.get("fullname")
        or f"{first.get('firstname') or ''} {first.get('lastname') or ''}".strip()
    )
    hosts = appointment.get("hostIds") or []
    mt = appointment.get("meetingType")
    if meeting_type_name is None and isinstance(mt, Mapping):
        info = mt.get("meetingInfo")
        if isinstance(info, Mapping) and info.get("name"):
            meeting_type_name = str(info["name"])
    if meeting_type_name is None:
        info = appointment.get("meetingInfo")
        if isinstance(info, Mapping) and info.get("name"):
            meeting_type_name = str(info["name"])
    return BookingRecord(
        appointment_id=str(appointment["id"]),
        host_id=str(hosts[0]) if hosts else None,
        meeting_type_id=_str(appointment.get("meetingTypeId")),
        meeting_type_name=meeting_type_name,
        start=_utc(appointment.get("start")),
        end=_utc(appointment.get("end")),
        client_name=name,
        client_email=str(first.get("email") or ""),
        status=status_of(appointment),
        created_at=_utc(appointment.get("createdAt")),
        updated_at=_utc(appointment.get("updatedAt")),
        previous_appointment_id=previous_appointment_id,
        raw=dict(appointment),
    )


def _str(value: object) -> str | None:
    return str(value) if value is not None else None


def _utc(value: object) -> datetime | None:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)

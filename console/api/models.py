"""Typed views of meetergo's JSON: snake_case in Python, camelCase on the wire.

Every model keeps unknown fields (``extra="allow"``), so a read-modify-write never drops what the
server added. Readers accept every documented variant (fact sheet §17); writers emit the current
shape (``to_wire()`` = ``model_dump(by_alias=True, exclude_none=True)``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator
from pydantic.alias_generators import to_camel

# One spelling of the weekdays and one weekly-schedule model for the whole project; the
# scheduling layer owns both.
from console.scheduling.schedule import WEEKDAYS, WeeklySchedule

__all__ = [
    "WEEKDAYS",
    "ApiModel",
    "Appointment",
    "AppointmentPage",
    "Attendee",
    "Availability",
    "AvailabilityException",
    "BookingResult",
    "CreatedUser",
    "Host",
    "MeetingInfo",
    "MeetingType",
    "MeetingTypeTemplate",
    "PersonalPage",
    "ProvisionalBooking",
    "ProvisionalBookingPage",
    "SlotDate",
    "SlotSpot",
    "SlotsResponse",
    "User",
    "UserPage",
    "Webhook",
    "WebhookEvent",
    "WireSchedule",
    "parse_webhook",
]


class ApiModel(BaseModel):
    """Base of all wire models: camelCase aliases, populate by name, unknown fields kept."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="allow",
    )

    def to_wire(self) -> dict[str, Any]:
        """The JSON body meetergo expects: camelCase keys, unset (None) fields left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


# --- users ---------------------------------------------------------------------------------


class User(ApiModel):
    """A meetergo user (one client account of the agency)."""

    id: str
    email: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    full_name: str | None = None
    slug: str | None = None
    timezone: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    company_id: str | None = None
    user_type: str | None = None
    default_availability_id: str | None = None
    meeting_type_ids: list[str] = Field(default_factory=list)
    booking_url: str | None = None


class UserPage(ApiModel):
    """One page of ``GET /v4/user``: ``{users, total, count, offset}``."""

    users: list[User] = Field(default_factory=list)
    total: int | None = None
    count: int | None = None
    offset: int = 0


class CreatedUser(ApiModel):
    """Answer of ``POST /v4/user``: the ids a platform stores, and the booking URL."""

    user_id: str
    availability_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("availabilityId", "defaultAvailabilityId", "availability_id"),
    )
    meeting_type_id: str | None = None
    booking_url: str | None = None
    company_id: str | None = None


# --- availability --------------------------------------------------------------------------


def _read_schedule(value: Any) -> WeeklySchedule:
    # Either documented wire shape (or a WeeklySchedule); none at all is a closed week.
    return WeeklySchedule.closed() if value is None else WeeklySchedule.from_wire(value)


def _write_schedule(schedule: WeeklySchedule) -> dict[str, Any]:
    return schedule.to_wire()


WireSchedule = Annotated[
    WeeklySchedule,
    PlainValidator(_read_schedule),
    PlainSerializer(_write_schedule, return_type=dict[str, Any]),
]
"""A weekly schedule field: read from either wire shape, written as seven weekday objects."""


class AvailabilityException(ApiModel):
    """A date exception: ``available=False`` blocks time (holiday), ``True`` opens extra time."""

    id: int | str | None = None
    available: bool = False
    start: datetime | None = None
    end: datetime | None = None
    title: str | None = None
    note: str | None = None


class Availability(ApiModel):
    """Weekly working hours in one time zone, plus date exceptions."""

    id: str
    name: str | None = None
    timezone: str | None = None
    schedule: WireSchedule = Field(default_factory=WeeklySchedule.closed)
    availability_exceptions: list[AvailabilityException] = Field(default_factory=list)
    is_default: bool | None = None


# --- meeting types and templates -----------------------------------------------------------


class MeetingInfo(ApiModel):
    """``meetingInfo``: what the booking page shows and how long a meeting lasts."""

    name: str | None = None
    description: str | None = None
    duration: int | None = None
    channel: str | None = None
    buffer_before: int | None = None
    buffer_after: int | None = None
    color: str | None = None


class MeetingType(ApiModel):
    """A bookable meeting type of one user (or a round-robin queue)."""

    id: str
    slug: str | None = None
    user_id: str | None = None
    queue_id: str | None = None
    company_id: str | None = None
    enabled: bool | None = None
    spots: int | None = None
    availability_id: str | None = None
    timeslot_interval: int | None = None
    booking_minimum: int | None = None
    meeting_info: MeetingInfo = Field(default_factory=MeetingInfo)
    booking_url: str | None = None
    created_at: datetime | None = None

    @property
    def name(self) -> str | None:
        """Shortcut for ``meeting_info.name``."""
        return self.meeting_info.name

    @property
    def duration(self) -> int | None:
        """Shortcut for ``meeting_info.duration`` (minutes)."""
        return self.meeting_info.duration


class MeetingTypeTemplate(ApiModel):
    """A meeting-type template that is assigned to users to create meeting types."""

    id: str
    meeting_info: MeetingInfo = Field(default_factory=MeetingInfo)
    template_type: str | None = None
    spots: int | None = None
    locked_fields: list[str] = Field(default_factory=list)


# --- slots and bookings --------------------------------------------------------------------


class SlotSpot(ApiModel):
    """One bookable start in the current slot response."""

    start_time: datetime


class SlotDate(ApiModel):
    """The bookable starts of one day: ``{date, spots: [{startTime}]}``."""

    date: _dt.date
    spots: list[SlotSpot] = Field(default_factory=list)


class SlotsResponse(ApiModel):
    """Answer of ``GET /v4/booking-availability`` in any documented shape.

    Current: ``{timezone, timeframes, dates: [{date, spots: [{startTime}]}]}``; older:
    ``{slots: [{date, times: [...]}]}`` and the guide's ``availableSlots`` (``[{start}]`` or
    bare strings). Use :meth:`starts` to get the bookable starts whatever the shape.
    """

    timezone: str | None = None
    dates: list[SlotDate] = Field(default_factory=list)
    slots: list[dict[str, Any]] = Field(default_factory=list)
    available_slots: list[Any] = Field(default_factory=list)

    def starts(self) -> list[datetime]:
        """Every bookable start as an aware UTC datetime, sorted and without duplicates."""
        found: set[datetime] = set()
        for day in self.dates:
            found.update(_utc(spot.start_time) for spot in day.spots)
        for entry in self.slots:
            for value in entry.get("times") or []:
                found.add(_parse_utc(value))
        for entry in self.available_slots:
            value = (
                entry.get("start") or entry.get("startTime") if isinstance(entry, dict) else entry
            )
            if value is not None:
                found.add(_parse_utc(value))
        return sorted(found)


def _utc(value: datetime) -> datetime:
    # meetergo sends UTC ("...Z"); a naive value is read as UTC, like the 3P client does.
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _parse_utc(value: Any) -> datetime:
    if isinstance(value, datetime):
        return _utc(value)
    text = str(value)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return _utc(datetime.fromisoformat(text))


class Attendee(ApiModel):
    """The person who books. ``receive_reminders`` and ``notes`` are required by the API."""

    email: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    fullname: str | None = None
    phone: str | None = None
    language: str | None = None
    timezone: str | None = None
    receive_reminders: bool = True
    notes: dict[str, Any] = Field(default_factory=dict)
    bringalong_emails: list[str] | None = None
    data_policy_accepted: bool | None = True


class BookingResult(ApiModel):
    """Answer of ``POST /v4/booking``: confirmed (``appointment_id``) or pending.

    Confirmed answers carry ``appointmentId`` (docs) or ``id`` (MCP); pending ones carry
    ``bookingType`` (``doubleOptIn`` / ``requireHostConfirmation``) and ``provisionalBookingId``.
    """

    appointment_id: str | None = Field(
        default=None, validation_alias=AliasChoices("appointmentId", "id", "appointment_id")
    )
    secret: str | None = None
    start: datetime | None = None
    booking_type: str | None = None
    provisional_booking_id: str | None = None

    @property
    def pending(self) -> bool:
        """True when no appointment exists yet (double opt-in or host confirmation)."""
        return self.appointment_id is None and (
            self.booking_type is not None or self.provisional_booking_id is not None
        )


class ProvisionalBooking(ApiModel):
    """A booking that waits for the attendee's opt-in or the host's confirmation (fact sheet
    §5): ``dto`` is the booking request as it was sent; no appointment exists yet."""

    id: str
    dto: dict[str, Any] = Field(default_factory=dict)
    type: str | None = None  # doubleOptIn | requireHostConfirmation
    status: str | None = None  # pending | confirmed | expired | declined_by_host
    meeting_type_id: str | None = None
    host_ids: list[str] = Field(default_factory=list)
    hosts: list[dict[str, Any]] = Field(default_factory=list)
    created_at: datetime | None = None
    deleted_at: datetime | None = None


class ProvisionalBookingPage(ApiModel):
    """One page of ``GET /v4/provisional-booking/paginated``."""

    provisional_bookings: list[ProvisionalBooking] = Field(default_factory=list)
    total: int | None = None


# --- appointments --------------------------------------------------------------------------


class AppointmentAttendee(ApiModel):
    """An attendee as stored on an appointment."""

    id: str | None = None
    email: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    fullname: str | None = None
    phone: str | None = None
    timezone: str | None = None
    language: str | None = None


class Host(ApiModel):
    """A host (user) of an appointment."""

    id: str
    email: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    full_name: str | None = None
    slug: str | None = None


class Appointment(ApiModel):
    """A booked appointment. Cancelled = ``is_cancelled`` or ``cancel.actionAt`` set."""

    id: str
    secret: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    is_cancelled: bool = False
    meeting_type_id: str | None = None
    host_ids: list[str] = Field(default_factory=list)
    hosts: list[Host] = Field(default_factory=list)
    attendees: list[AppointmentAttendee] = Field(default_factory=list)
    cancel: dict[str, Any] | None = None
    company_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    rescheduled_at: datetime | None = None
    location: str | None = None

    @property
    def cancelled(self) -> bool:
        """True when the appointment is cancelled by either documented marker."""
        return self.is_cancelled or bool(self.cancel and self.cancel.get("actionAt"))


class AppointmentPage(ApiModel):
    """One page of ``GET /v4/appointment/paginated``."""

    appointments: list[Appointment] = Field(default_factory=list)
    total: int | None = None
    page: int | None = None
    page_size: int | None = None


# --- personal page, webhooks ---------------------------------------------------------------


class PersonalPage(ApiModel):
    """A user's booking page branding (``/v4/personal-page/me``)."""

    id: str | None = None
    use_custom_colors: bool | None = None
    primary_color: str | None = None
    secondary_color: str | None = None
    header_image: str | None = None
    description: str | None = None
    show_all_meeting_types: bool | None = None
    meeting_type_order: list[str] | None = None
    online_profiles: dict[str, Any] | None = None


class Webhook(ApiModel):
    """A registered webhook endpoint (company-wide, at most 6)."""

    id: str
    endpoint: str
    description: str | None = None
    event_types: list[str] = Field(default_factory=list)
    company_id: str | None = None
    created_at: datetime | None = None


class WebhookEvent(ApiModel):
    """A received webhook, whatever the envelope.

    ``event_type`` is the event name (``booking_created``, …), ``data`` the event's object,
    ``appointment`` the parsed appointment for booking events, ``envelope`` which shape arrived.
    """

    event_type: str
    envelope: Literal["flat", "event_data"]
    data: dict[str, Any] = Field(default_factory=dict)
    appointment: Appointment | None = None


def parse_webhook(payload: Mapping[str, Any]) -> WebhookEvent:
    """Read a webhook body in either envelope.

    Current: flat, with ``webhookType`` next to the event data. Older: ``{event, data}``.
    Raises ``ValueError`` when neither shape is recognised.
    """
    if isinstance(payload.get("webhookType"), str):
        event_type = payload["webhookType"]
        data = {k: v for k, v in payload.items() if k != "webhookType"}
        envelope: Literal["flat", "event_data"] = "flat"
    elif isinstance(payload.get("event"), str) and isinstance(payload.get("data"), Mapping):
        event_type = payload["event"]
        data = dict(payload["data"])
        envelope = "event_data"
    else:
        raise ValueError("not a meetergo webhook: neither 'webhookType' nor 'event'/'data'")
    appointment: Appointment | None = None
    if event_type.startswith("booking_") and isinstance(data.get("id"), str):
        appointment = Appointment.model_validate(data)
    return WebhookEvent(
        event_type=event_type, envelope=envelope, data=data, appointment=appointment
    )

"""The meetergo platform API client (no Qt): ``MeetergoClient``, its models and errors."""

from console.api._transport import RateBudget
from console.api.client import ActingClient, MeetergoClient
from console.api.models import (
    WEEKDAYS,
    Appointment,
    AppointmentPage,
    Attendee,
    Availability,
    AvailabilityException,
    BookingResult,
    CreatedUser,
    MeetingInfo,
    MeetingType,
    MeetingTypeTemplate,
    PersonalPage,
    SlotsResponse,
    User,
    UserPage,
    Webhook,
    WebhookEvent,
    parse_webhook,
)

__all__ = [
    "WEEKDAYS",
    "ActingClient",
    "Appointment",
    "AppointmentPage",
    "Attendee",
    "Availability",
    "AvailabilityException",
    "BookingResult",
    "CreatedUser",
    "MeetergoClient",
    "MeetingInfo",
    "MeetingType",
    "MeetingTypeTemplate",
    "PersonalPage",
    "RateBudget",
    "SlotsResponse",
    "User",
    "UserPage",
    "Webhook",
    "WebhookEvent",
    "parse_webhook",
]

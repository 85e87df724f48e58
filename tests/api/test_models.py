"""The models read every documented variant (fact sheet §17) and write the current shape."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from console.api.models import (
    Appointment,
    Availability,
    BookingResult,
    CreatedUser,
    MeetingType,
    SlotsResponse,
    User,
    parse_webhook,
)
from console.scheduling.schedule import WEEKDAYS

OBJECT_SCHEDULE = {
    "monday": {"enabled": True, "hours": [{"start": "09:00", "end": "18:00"}]},
    "tuesday": {
        "enabled": True,
        "hours": [{"start": "09:00", "end": "12:00"}, {"start": "13:00", "end": "18:00"}],
    },
    "wednesday": {"enabled": False, "hours": []},
}
ARRAY_SCHEDULE = [
    {"dayOfWeek": "monday", "intervals": [{"from": "09:00", "to": "18:00"}]},
    {
        "dayOfWeek": "tuesday",
        "intervals": [{"from": "09:00", "to": "12:00"}, {"from": "13:00", "to": "18:00"}],
    },
]

BOOKING_CREATED = {
    "id": "appt-1",
    "secret": "sec",
    "start": "2026-03-02T09:00:00.000Z",
    "end": "2026-03-02T09:30:00.000Z",
    "location": None,
    "isCancelled": False,
    "rescheduledAt": None,
    "meetingInfo": {"channel": "google", "meetingLink": "https://meet.example/x"},
    "attendees": [
        {
            "id": "att-1",
            "email": "kunde@example.de",
            "firstname": "Erika",
            "lastname": "Muster",
            "fullname": "Erika Muster",
            "phone": None,
            "timezone": "Europe/Berlin",
            "language": "de",
        }
    ],
    "hosts": [
        {
            "id": "user-1",
            "email": "anna@kanzlei.de",
            "givenName": "Anna",
            "familyName": "Schmidt",
            "fullName": "Anna Schmidt",
            "slug": "anna-schmidt",
            "picture": None,
        }
    ],
    "hostIds": ["user-1"],
    "meetingType": {
        "id": "mt-1",
        "slug": "erstberatung",
        "meetingInfo": {"name": "Erstberatung", "duration": 30},
        "metadata": {},
    },
    "meetingTypeId": "mt-1",
    "companyId": "co-1",
    "createdAt": "2026-02-20T10:00:00.000Z",
    "updatedAt": "2026-02-20T10:00:00.000Z",
}


def test_both_schedule_formats_read_to_the_same_weekday_objects():
    from_object = Availability.model_validate({"id": "a", "schedule": OBJECT_SCHEDULE})
    from_array = Availability.model_validate({"id": "a", "schedule": ARRAY_SCHEDULE})
    assert from_object.schedule == from_array.schedule
    assert tuple(from_object.to_wire()["schedule"]) == WEEKDAYS
    assert from_array.schedule.day("tuesday").intervals[1].start == time(13, 0)
    assert from_array.schedule.day("sunday").enabled is False


def test_an_availability_writes_back_weekday_objects_and_keeps_unknown_fields():
    avail = Availability.model_validate(
        {
            "id": "a",
            "timezone": "Europe/Berlin",
            "schedule": ARRAY_SCHEDULE,
            "useExplicitAvailability": False,
            "explicitAvailabilityEventTitle": "Busy",
        }
    )
    wire = avail.to_wire()
    assert wire["schedule"]["monday"] == {
        "enabled": True,
        "hours": [{"start": "09:00", "end": "18:00"}],
    }
    assert wire["schedule"]["friday"] == {"enabled": False, "hours": []}
    assert wire["explicitAvailabilityEventTitle"] == "Busy"
    assert wire["useExplicitAvailability"] is False


def test_a_schedule_with_an_unknown_weekday_is_refused():
    with pytest.raises(ValueError, match="funday"):
        Availability.model_validate({"id": "a", "schedule": {"funday": {"enabled": True}}})


def test_an_availability_without_schedule_is_closed_on_all_seven_days():
    wire = Availability.model_validate({"id": "a"}).to_wire()["schedule"]
    assert wire == {day: {"enabled": False, "hours": []} for day in WEEKDAYS}


def test_a_user_reads_camel_case_and_keeps_fields_the_model_does_not_know():
    user = User.model_validate(
        {
            "id": "u1",
            "email": "a@b.de",
            "givenName": "Anna",
            "familyName": "Schmidt",
            "fullName": "Anna Schmidt",
            "slug": "anna-schmidt",
            "timezone": "Europe/Berlin",
            "companyId": "co",
            "createdAt": "2026-01-01T00:00:00.000Z",
            "language": "de",
            "defaultAvailabilityId": "av1",
            "meetingTypeIds": ["m1", "m2"],
            "bookingUrl": "https://cal.meetergo.com/anna-schmidt",
        }
    )
    assert user.given_name == "Anna"
    assert user.meeting_type_ids == ["m1", "m2"]
    assert user.created_at == datetime(2026, 1, 1, tzinfo=UTC)
    wire = user.to_wire()
    assert wire["language"] == "de"
    assert wire["defaultAvailabilityId"] == "av1"
    assert wire["bookingUrl"] == "https://cal.meetergo.com/anna-schmidt"


def test_created_user_reads_the_documented_create_answer():
    created = CreatedUser.model_validate(
        {
            "userId": "u1",
            "availabilityId": "av1",
            "meetingTypeId": "mt1",
            "bookingUrl": "https://cal.meetergo.com/john-smith/30min-meeting",
            "companyId": "co",
        }
    )
    assert (created.user_id, created.availability_id, created.meeting_type_id) == (
        "u1",
        "av1",
        "mt1",
    )
    assert created.booking_url is not None
    assert created.booking_url.endswith("/john-smith/30min-meeting")


@pytest.mark.parametrize(
    "payload",
    [
        {
            "timezone": "Europe/Berlin",
            "timeframes": [{"start": "2026-03-02T08:00:00Z", "end": "2026-03-02T16:00:00Z"}],
            "dates": [
                {
                    "date": "2026-03-02",
                    "spots": [
                        {"startTime": "2026-03-02T09:30:00.000Z", "unavailabilityEvents": []},
                        {"startTime": "2026-03-02T08:00:00.000Z", "unavailabilityEvents": []},
                    ],
                }
            ],
            "earliestAvailableDate": "2026-03-02",
        },
        {
            "timezone": "utc",
            "slots": [
                {"date": "2026-03-02", "times": ["2026-03-02T08:00:00Z", "2026-03-02T09:30:00Z"]}
            ],
        },
        {
            "availableSlots": [
                {"start": "2026-03-02T09:00:00+01:00"},
                {"start": "2026-03-02T10:30:00+01:00"},
            ]
        },
        {"availableSlots": ["2026-03-02T08:00:00Z", "2026-03-02T09:30:00Z"]},
    ],
    ids=["dates-spots", "slots-times", "availableSlots-objects", "availableSlots-strings"],
)
def test_every_slot_response_shape_gives_the_same_utc_starts(payload):
    starts = SlotsResponse.model_validate(payload).starts()
    assert starts == [
        datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
    ]


def test_slot_starts_are_deduplicated_across_shapes():
    starts = SlotsResponse.model_validate(
        {
            "dates": [{"date": "2026-03-02", "spots": [{"startTime": "2026-03-02T08:00:00Z"}]}],
            "availableSlots": [{"start": "2026-03-02T09:00:00+01:00"}],
        }
    ).starts()
    assert starts == [datetime(2026, 3, 2, 8, 0, tzinfo=UTC)]


@pytest.mark.parametrize("key", ["appointmentId", "id"])
def test_a_confirmed_booking_reads_appointment_id_or_id(key):
    result = BookingResult.model_validate({key: "appt-9", "secret": "s"})
    assert result.appointment_id == "appt-9"
    assert result.pending is False


@pytest.mark.parametrize("booking_type", ["doubleOptIn", "requireHostConfirmation", "DoubleOptIn"])
def test_a_pending_booking_has_no_appointment_but_a_provisional_id(booking_type):
    result = BookingResult.model_validate(
        {"bookingType": booking_type, "provisionalBookingId": "pb-1"}
    )
    assert result.pending is True
    assert result.appointment_id is None
    assert result.booking_type == booking_type
    assert result.provisional_booking_id == "pb-1"


def test_flat_webhook_envelope_is_read_with_its_appointment():
    event = parse_webhook({"webhookType": "booking_created", **BOOKING_CREATED})
    assert event.event_type == "booking_created"
    assert event.envelope == "flat"
    assert event.appointment is not None
    assert event.appointment.id == "appt-1"
    assert event.appointment.start == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert event.appointment.hosts[0].given_name == "Anna"
    assert event.appointment.attendees[0].email == "kunde@example.de"
    assert "webhookType" not in event.data


def test_old_event_data_webhook_envelope_gives_the_same_event():
    flat = parse_webhook(
        {"webhookType": "booking_cancelled", **BOOKING_CREATED, "isCancelled": True}
    )
    old = parse_webhook(
        {"event": "booking_cancelled", "data": {**BOOKING_CREATED, "isCancelled": True}}
    )
    assert old.envelope == "event_data"
    assert old.event_type == flat.event_type == "booking_cancelled"
    assert old.appointment == flat.appointment
    assert old.appointment is not None and old.appointment.cancelled


def test_a_non_booking_webhook_has_data_but_no_appointment():
    event = parse_webhook({"webhookType": "new_employee", "id": "user-7", "email": "neu@x.de"})
    assert event.appointment is None
    assert event.data["email"] == "neu@x.de"


def test_a_body_that_is_no_webhook_is_refused():
    with pytest.raises(ValueError, match="webhookType"):
        parse_webhook({"hello": "world"})


def test_cancel_marker_alone_counts_as_cancelled():
    appt = Appointment.model_validate({"id": "a", "cancel": {"actionAt": "2026-03-01T10:00:00Z"}})
    assert appt.cancelled


def test_meeting_type_reads_nested_meeting_info():
    mt = MeetingType.model_validate(
        {
            "id": "mt",
            "slug": "erstberatung",
            "meetingInfo": {
                "name": "Erstberatung",
                "duration": 30,
                "description": "",
                "channel": "phone",
                "bufferBefore": 5,
            },
            "spots": 1,
            "internalNotes": "x",
        }
    )
    assert (mt.name, mt.duration, mt.meeting_info.buffer_before) == ("Erstberatung", 30, 5)
    assert mt.to_wire()["internalNotes"] == "x"

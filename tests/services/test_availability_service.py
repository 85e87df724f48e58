"""The availability service's readings: exceptions as local dates, a meeting type's rules."""

from __future__ import annotations

from datetime import UTC, date, datetime

from console.api.models import Availability, MeetingType
from console.scheduling.date_exceptions import DateException
from console.services.availability import date_exceptions, slot_rules, wire_exceptions


def test_exceptions_read_as_local_dates_of_the_availability_s_zone() -> None:
    availability = Availability.model_validate(
        {
            "id": "av1",
            "timezone": "America/New_York",
            "availabilityExceptions": [
                {
                    "id": 3,
                    "available": False,
                    "start": "2026-12-24T05:00:00Z",
                    "end": "2026-12-26T05:00:00Z",
                    "title": "Christmas",
                },
                {
                    "id": 4,
                    "available": True,
                    "start": "2026-12-19T15:00:00Z",
                    "end": "2026-12-19T17:00:00Z",
                    "note": "holiday",
                },
            ],
        }
    )
    assert date_exceptions(availability) == [
        DateException(date(2026, 12, 19), date(2026, 12, 19), True, 600, 720, "holiday", 4),
        DateException(date(2026, 12, 24), date(2026, 12, 25), False, title="Christmas", id=3),
    ]


def test_hours_on_several_dates_are_sent_one_span_a_day_without_a_borrowed_id() -> None:
    mornings = DateException(date(2026, 12, 28), date(2026, 12, 29), True, 540, 720, id=9)
    sent = wire_exceptions([mornings], "Europe/Berlin")
    assert [(e.id, e.start, e.end) for e in sent] == [
        (
            None,
            datetime(2026, 12, 28, 8, 0, tzinfo=UTC),
            datetime(2026, 12, 28, 11, 0, tzinfo=UTC),
        ),
        (
            None,
            datetime(2026, 12, 29, 8, 0, tzinfo=UTC),
            datetime(2026, 12, 29, 11, 0, tzinfo=UTC),
        ),
    ]
    [whole] = wire_exceptions([DateException(date(2026, 12, 24), date(2026, 12, 24), id=2)], "UTC")
    assert whole.id == 2 and not whole.available


def test_a_meeting_type_s_slot_rules_include_its_booking_window() -> None:
    mt = MeetingType.model_validate(
        {
            "id": "mt1",
            "spots": 3,
            "timeslotInterval": 15,
            "bookingMinimum": 120,
            "meetingInfo": {"duration": 45, "bufferBefore": 5, "bufferAfter": 10},
            "daysIntoFuture": {"mode": "limit", "bookingLimit": 43200},
        }
    )
    rules = slot_rules(mt)
    assert (rules.duration, rules.buffer_before, rules.buffer_after) == (45, 5, 10)
    assert (rules.interval, rules.minimum_notice, rules.spots) == (15, 120, 3)
    assert rules.days_into_future == 30  # the docs' 43200 is minutes
    assert slot_rules(MeetingType.model_validate({"id": "mt2"})).days_into_future is None

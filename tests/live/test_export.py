"""CSV and iCalendar exports of booking rows, read back by independent parsers."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import icalendar

from console.live.export import (
    CSV_COLUMNS,
    AccountInfo,
    bookings_csv,
    bookings_ics,
    lookup_from,
)
from console.store import BookingRecord

START = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
ACCOUNTS = lookup_from({"host-1": AccountInfo("anna@agency.example", "Anna Host", "Europe/Berlin")})


def _booking(appointment_id: str, status: str, name: str = "Jörg Müller") -> BookingRecord:
    return BookingRecord(
        appointment_id=appointment_id,
        host_id="host-1",
        meeting_type_id="mt-1",
        meeting_type_name="Erstgespräch",
        start=START,
        end=START + timedelta(minutes=30),
        client_name=name,
        client_email="joerg@example.com",
        status=status,
        created_at=START - timedelta(days=2),
        updated_at=START - timedelta(days=1),
    )


def test_the_ics_export_parses_back_with_uid_times_people_and_status() -> None:
    data = bookings_ics([_booking("a1", "confirmed"), _booking("a2", "cancelled")], ACCOUNTS)
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert calendar["VERSION"] == "2.0"
    assert [str(e["UID"]) for e in events] == ["a1@meetergo-console", "a2@meetergo-console"]
    first, second = events
    assert first.decoded("DTSTART") == START
    assert first.decoded("DTEND") == START + timedelta(minutes=30)
    assert first.decoded("DTSTAMP") == START - timedelta(days=1)
    assert b"DTSTART:20260303T093000Z" in data
    assert str(first["SUMMARY"]) == "Erstgespräch: Jörg Müller"
    assert str(first["ORGANIZER"]) == "mailto:anna@agency.example"
    assert first["ORGANIZER"].params["CN"] == "Anna Host"
    assert str(first["ATTENDEE"]) == "mailto:joerg@example.com"
    assert str(first["STATUS"]) == "CONFIRMED"
    assert str(second["STATUS"]) == "CANCELLED"


def test_the_csv_export_has_one_row_per_booking_in_utc() -> None:
    text = bookings_csv([_booking("a1", "confirmed")], ACCOUNTS)
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == [
        "a1",
        "2026-03-03T09:30:00Z",
        "2026-03-03T10:00:00Z",
        "Jörg Müller",
        "joerg@example.com",
        "anna@agency.example",
        "host-1",
        "Erstgespräch",
        "confirmed",
        "2026-03-01T09:30:00Z",
    ]


def test_a_pending_booking_is_tentative_in_the_calendar_even_without_an_end() -> None:
    import dataclasses

    pending = dataclasses.replace(_booking("provisional:p1", "pending"), end=None)
    (event,) = icalendar.Calendar.from_ical(bookings_ics([pending], ACCOUNTS)).walk("VEVENT")
    assert str(event["STATUS"]) == "TENTATIVE"
    assert event.decoded("DTSTART") == START
    assert "DTEND" not in event

"""Date-specific hours read from and written as instants in the schedule's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from console.scheduling.date_exceptions import DateException, effective_hours, exceptions_on
from console.scheduling.schedule import WeeklySchedule

HOURS = WeeklySchedule.from_hours(range(5), [("09:00", "17:00")])


def test_a_closed_range_is_one_span_from_local_midnight_to_midnight() -> None:
    closed = DateException(date(2026, 12, 24), date(2027, 1, 1), title="Holidays")
    [(start, end)] = closed.spans("Europe/Berlin")
    assert start == datetime(2026, 12, 23, 23, 0, tzinfo=UTC)
    assert end == datetime(2027, 1, 1, 23, 0, tzinfo=UTC)
    back = DateException.from_span(start, end, "Europe/Berlin", available=False, title="Holidays")
    assert back == closed and back.all_day


def test_hours_on_a_date_round_trip_across_the_dst_change() -> None:
    # Sun 25 Oct 2026: Berlin goes back from UTC+2 to UTC+1.
    extra = DateException(date(2026, 10, 25), date(2026, 10, 25), True, 600, 840)
    [(start, end)] = extra.spans("Europe/Berlin")
    assert start == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    assert DateException.from_span(start, end, "Europe/Berlin", available=True) == extra
    assert extra.hours_label() == "10:00–14:00"


def test_an_interval_to_midnight_reads_back_as_ending_at_24() -> None:
    late = DateException(date(2026, 12, 5), date(2026, 12, 5), True, 1200, 1440)
    [(start, end)] = late.spans("Europe/Berlin")
    assert DateException.from_span(start, end, "Europe/Berlin", available=True) == late


def test_bad_exceptions_are_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="before"):
        DateException(date(2026, 12, 2), date(2026, 12, 1))
    with pytest.raises(ValueError, match="end after"):
        DateException(date(2026, 12, 2), date(2026, 12, 2), True, 600, 600)


def test_effective_hours_follow_the_exceptions() -> None:
    closed = DateException(date(2026, 12, 24), date(2026, 12, 24))
    morning_off = DateException(date(2026, 12, 22), date(2026, 12, 22), False, 540, 720)
    saturday = DateException(date(2026, 12, 26), date(2026, 12, 26), True, 600, 720)
    found = [closed, morning_off, saturday]
    tz = "Europe/Berlin"
    assert effective_hours(HOURS, tz, found, date(2026, 12, 24)) == ()
    assert effective_hours(HOURS, tz, found, date(2026, 12, 22)) == ((720, 1020),)
    assert effective_hours(HOURS, tz, found, date(2026, 12, 26)) == ((600, 720),)
    assert effective_hours(HOURS, tz, found, date(2026, 12, 23)) == ((540, 1020),)
    assert exceptions_on(found, date(2026, 12, 24)) == [closed]

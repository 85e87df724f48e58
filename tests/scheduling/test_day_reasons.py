"""Why a day offers no slot, one rule at a time, DST days included."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from console.scheduling.date_exceptions import DateException
from console.scheduling.day_reasons import (
    BOOKED_OUT,
    BOOKING_WINDOW,
    CLOSED,
    DST_GAP,
    HOURS_OVER,
    MINIMUM_NOTICE,
    NO_HOURS,
    TOO_SHORT,
    DayReason,
    missing_slot_reasons,
)
from console.scheduling.schedule import WeeklySchedule
from console.scheduling.slots import Booked, DateOverride, SlotRules

BERLIN = "Europe/Berlin"
WEEKDAYS_9_17 = WeeklySchedule.from_hours(range(5), [("09:00", "17:00")])
# Monday 7 Dec 2026, 08:00 in Berlin.
MONDAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 8, 0, tzinfo=ZoneInfo(BERLIN))


HALF_HOUR = SlotRules(duration=30)


def _reasons(
    schedule: WeeklySchedule = WEEKDAYS_9_17,
    rules: SlotRules = HALF_HOUR,
    *,
    tz: str = BERLIN,
    first: date = MONDAY,
    days: int = 7,
    now: datetime = NOW,
    overrides: Sequence[DateOverride] = (),
    booked: Sequence[Booked] = (),
) -> dict[date, DayReason]:
    return missing_slot_reasons(
        schedule, tz, rules, first=first, days=days, now=now, overrides=overrides, booked=booked
    )


def test_days_with_slots_are_left_out_and_the_weekend_has_no_hours() -> None:
    reasons = _reasons()
    assert set(reasons) == {date(2026, 12, 12), date(2026, 12, 13)}
    assert {r.kind for r in reasons.values()} == {NO_HOURS}


def test_a_closed_exception_is_named_with_its_note() -> None:
    closed = DateException(date(2026, 12, 8), date(2026, 12, 9), title="Team offsite")
    reasons = _reasons(overrides=closed.overrides(BERLIN))
    assert reasons[date(2026, 12, 8)].kind == CLOSED
    assert reasons[date(2026, 12, 9)].title == "Team offsite"
    assert date(2026, 12, 10) not in reasons


def test_an_open_exception_gives_a_weekend_day_its_slots() -> None:
    saturday = DateException(date(2026, 12, 12), date(2026, 12, 12), True, 600, 720)
    reasons = _reasons(overrides=saturday.overrides(BERLIN))
    assert date(2026, 12, 12) not in reasons and date(2026, 12, 13) in reasons


def test_too_short_over_notice_window_and_booked_out() -> None:
    short = WeeklySchedule.from_hours(range(7), [("09:00", "09:45")])
    reasons = _reasons(short, SlotRules(duration=60), days=1)
    assert reasons[MONDAY].kind == TOO_SHORT and reasons[MONDAY].minutes == 45

    late = datetime(2026, 12, 7, 18, 0, tzinfo=ZoneInfo(BERLIN))
    assert _reasons(now=late, days=1)[MONDAY].kind == HOURS_OVER

    notice = SlotRules(duration=30, minimum_notice=48 * 60)
    kinds = {d: r.kind for d, r in _reasons(rules=notice, days=3).items()}
    assert kinds == {MONDAY: MINIMUM_NOTICE, date(2026, 12, 8): MINIMUM_NOTICE}

    window = SlotRules(duration=30, days_into_future=2)
    kinds = {d: r.kind for d, r in _reasons(rules=window, days=5).items()}
    assert kinds[date(2026, 12, 10)] == BOOKING_WINDOW and date(2026, 12, 8) not in kinds

    tuesday = datetime(2026, 12, 8, 9, 0, tzinfo=ZoneInfo(BERLIN))
    full_day = [Booked(tuesday, tuesday + timedelta(hours=8))]
    reasons = _reasons(booked=full_day, days=3)
    assert reasons == {date(2026, 12, 8): reasons[date(2026, 12, 8)]}
    assert reasons[date(2026, 12, 8)].kind == BOOKED_OUT


def test_hours_inside_the_spring_forward_gap_are_explained() -> None:
    # Sun 28 Mar 2027 the clocks in Berlin jump from 02:00 to 03:00.
    night = WeeklySchedule.from_hours(["sunday"], [("02:00", "03:00")])
    now = datetime(2027, 3, 20, 12, 0, tzinfo=UTC)
    reasons = _reasons(night, first=date(2027, 3, 21), days=8, now=now)
    assert reasons[date(2027, 3, 28)].kind == DST_GAP
    assert date(2027, 3, 21) not in reasons  # the Sunday before has its hour


def test_on_the_short_day_an_interval_across_the_gap_is_too_short() -> None:
    hours = WeeklySchedule.from_hours(["sunday"], [("01:00", "02:30")])
    now = datetime(2027, 3, 20, 12, 0, tzinfo=UTC)
    reasons = _reasons(hours, SlotRules(duration=90), first=date(2027, 3, 21), days=8, now=now)
    assert date(2027, 3, 21) not in reasons
    assert reasons[date(2027, 3, 28)].kind == TOO_SHORT
    assert reasons[date(2027, 3, 28)].minutes == 60
    assert "Sun 28 Mar 2027" in str(reasons[date(2027, 3, 28)])


def test_new_york_days_are_its_own_local_days() -> None:
    closed = DateException(date(2026, 12, 8), date(2026, 12, 8), title="Closed")
    now = datetime(2026, 12, 7, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    reasons = _reasons(
        tz="America/New_York", overrides=closed.overrides("America/New_York"), now=now, days=3
    )
    assert [d for d, r in reasons.items() if r.kind == CLOSED] == [date(2026, 12, 8)]

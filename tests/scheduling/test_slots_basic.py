"""Slot computation: the documented rules, one by one, on a plain UTC schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from console.scheduling.schedule import PRESETS, WeeklySchedule
from console.scheduling.slots import (
    Booked,
    DateOverride,
    SlotRules,
    available_windows,
    compute_slots,
)

MONDAY = datetime(2026, 6, 1, tzinfo=UTC)  # a Monday without DST questions (UTC zone)
LONG_AGO = datetime(2026, 5, 1, tzinfo=UTC)
NINE_TO_FIVE = PRESETS["weekdays_9_17"]


def at(hour: int, minute: int = 0, day: datetime = MONDAY) -> datetime:
    return day.replace(hour=hour, minute=minute)


def slots(rules: SlotRules, **kwargs: object) -> list[datetime]:
    params: dict[str, object] = {
        "window_start": MONDAY,
        "window_end": MONDAY + timedelta(days=1),
        "now": LONG_AGO,
    }
    params.update(kwargs)
    schedule = params.pop("schedule", NINE_TO_FIVE)
    tz = params.pop("tz", "UTC")
    return compute_slots(schedule, tz, rules, **params)  # type: ignore[arg-type]


def test_a_nine_to_five_day_offers_sixteen_half_hour_slots() -> None:
    result = slots(SlotRules(duration=30))
    assert result[0] == at(9)
    assert result[-1] == at(16, 30)
    assert len(result) == 16
    assert all(s.tzinfo is UTC for s in result)


def test_interval_sets_the_step_and_the_last_slot_still_ends_by_five() -> None:
    result = slots(SlotRules(duration=60, interval=15))
    assert result[:3] == [at(9), at(9, 15), at(9, 30)]
    assert result[-1] == at(16)


def test_a_booking_removes_its_slots_and_the_buffers_remove_neighbours() -> None:
    booked = [Booked(at(11), at(11, 30))]
    without_buffers = slots(SlotRules(duration=30), booked=booked)
    assert at(11) not in without_buffers
    assert at(10, 30) in without_buffers and at(11, 30) in without_buffers
    with_buffers = slots(SlotRules(duration=30, buffer_before=15, buffer_after=15), booked=booked)
    assert at(10, 30) not in with_buffers
    assert at(11, 30) not in with_buffers
    assert at(10) in with_buffers and at(12) in with_buffers


def test_a_group_meeting_start_stays_bookable_until_its_spots_are_taken() -> None:
    rules = SlotRules(duration=60, spots=3)
    two_taken = [Booked(at(10), at(11), taken=1), Booked(at(10), at(11), taken=1)]
    assert at(10) in slots(rules, booked=two_taken)
    full = [*two_taken, Booked(at(10), at(11))]
    assert at(10) not in slots(rules, booked=full)
    # The group appointment still blocks other, overlapping starts.
    assert at(10, 30) not in slots(SlotRules(duration=60, interval=30, spots=3), booked=two_taken)


def test_minimum_notice_hides_slots_starting_too_soon() -> None:
    result = slots(SlotRules(duration=30, minimum_notice=120), now=at(9, 10))
    assert result[0] == at(11, 30)


def test_the_grid_stays_anchored_at_the_window_start_when_now_is_mid_slot() -> None:
    result = slots(SlotRules(duration=30), now=at(9, 7))
    assert result[0] == at(9, 30)


def test_days_into_future_ends_the_booking_window() -> None:
    week = slots(
        SlotRules(duration=60, days_into_future=2),
        now=at(12),
        window_end=MONDAY + timedelta(days=7),
    )
    assert week[0] == at(12)
    assert week[-1] == at(11, day=MONDAY + timedelta(days=2))


def test_only_starts_inside_the_requested_window_are_returned() -> None:
    result = slots(SlotRules(duration=30), window_start=at(10), window_end=at(11))
    assert result == [at(10), at(10, 30)]


def test_a_blocking_override_removes_a_whole_day_and_an_extra_override_adds_hours() -> None:
    tuesday = MONDAY + timedelta(days=1)
    saturday = MONDAY + timedelta(days=5)
    overrides = [
        DateOverride(tuesday, tuesday + timedelta(days=1), available=False),
        DateOverride(at(10, day=saturday), at(12, day=saturday), available=True),
    ]
    result = slots(
        SlotRules(duration=60), window_end=MONDAY + timedelta(days=7), overrides=overrides
    )
    assert not [s for s in result if s.date() == tuesday.date()]
    assert [s for s in result if s.date() == saturday.date()] == [
        at(10, day=saturday),
        at(11, day=saturday),
    ]


def test_an_available_exception_wins_over_a_block_on_the_same_span() -> None:
    # meetergo's help centre: available exception rules override blocking ones, and both
    # override the weekly hours.
    overrides = [
        DateOverride(at(17), at(19), available=True),
        DateOverride(at(8), at(20), available=False),
    ]
    windows = available_windows(NINE_TO_FIVE, "UTC", overrides, MONDAY, MONDAY + timedelta(days=1))
    assert windows == [(at(17), at(19))]


def test_hours_through_midnight_make_one_window_and_slots_may_cross_it() -> None:
    schedule = (
        WeeklySchedule.closed()
        .with_day("monday", [("22:00", "24:00")])
        .with_day("tuesday", [("00:00", "02:00")])
    )
    result = slots(
        SlotRules(duration=60, interval=30),
        schedule=schedule,
        window_end=MONDAY + timedelta(days=2),
    )
    assert at(23, 30) in result
    assert result[-1] == at(1, day=MONDAY + timedelta(days=1))


def test_a_closed_schedule_offers_nothing_and_a_reversed_range_is_empty() -> None:
    assert slots(SlotRules(duration=30), schedule=WeeklySchedule.closed()) == []
    assert slots(SlotRules(duration=30), window_start=at(12), window_end=at(10)) == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"duration": 0},
        {"duration": 30, "buffer_before": -1},
        {"duration": 30, "interval": 0},
        {"duration": 30, "spots": 0},
        {"duration": 30, "minimum_notice": -5},
    ],
)
def test_impossible_rules_are_refused_with_value_error(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        SlotRules(**kwargs)


def test_naive_datetimes_and_unknown_zones_are_refused_readably() -> None:
    with pytest.raises(ValueError, match="time zone"):
        Booked(datetime(2026, 6, 1, 10), datetime(2026, 6, 1, 11))
    with pytest.raises(ValueError, match="not a known IANA time zone"):
        slots(SlotRules(duration=30), tz="Mars/Olympus_Mons")


def test_a_window_through_midnight_restarts_its_grid_at_midnight() -> None:
    schedule = (
        WeeklySchedule.closed()
        .with_day("monday", [("22:00", "24:00")])
        .with_day("tuesday", [("00:00", "02:00")])
    )
    tuesday = MONDAY + timedelta(days=1)
    result = slots(SlotRules(duration=45), schedule=schedule, window_end=MONDAY + timedelta(days=2))
    assert result == [
        at(22),
        at(22, 45),
        at(23, 30),  # the last one runs past midnight
        at(0, day=tuesday),
        at(0, 45, day=tuesday),
    ]
    # Asking only for Tuesday gives Tuesday's part of the same list.
    assert (
        slots(
            SlotRules(duration=45),
            schedule=schedule,
            window_start=tuesday,
            window_end=tuesday + timedelta(days=1),
        )
        == result[3:]
    )


def test_round_the_clock_hours_give_the_same_starts_to_a_wide_and_a_narrow_query() -> None:
    always = WeeklySchedule.from_hours(range(7), [("00:00", "24:00")])
    rules = SlotRules(duration=30, interval=7)  # 7 does not divide a day: the grid must restart
    wide = slots(rules, schedule=always, tz="Europe/Berlin", window_end=MONDAY + timedelta(days=5))
    thursday = MONDAY + timedelta(days=3)
    narrow = slots(
        rules,
        schedule=always,
        tz="Europe/Berlin",
        window_start=thursday,
        window_end=thursday + timedelta(days=1),
    )
    assert narrow == [s for s in wide if thursday <= s < thursday + timedelta(days=1)]
    assert narrow

"""Weekly hours on DST transition days: wall-clock hours hold, UTC offsets move."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from console.scheduling.schedule import WEEKDAYS, WeeklySchedule
from console.scheduling.slots import SlotRules, available_windows, compute_slots

LONG_AGO = datetime(2025, 1, 1, tzinfo=UTC)

# (zone, transition day): Europe/Berlin switches on the last Sunday of March and October,
# America/New_York on the second Sunday of March and the first Sunday of November.
TRANSITIONS = [
    ("Europe/Berlin", date(2026, 3, 29)),
    ("Europe/Berlin", date(2026, 10, 25)),
    ("America/New_York", date(2026, 3, 8)),
    ("America/New_York", date(2026, 11, 1)),
]


def every_day(*hours: tuple[str, str]) -> WeeklySchedule:
    return WeeklySchedule.from_hours(WEEKDAYS, hours)


def local_slots(schedule: WeeklySchedule, tz: str, day: date, duration: int = 30) -> list[datetime]:
    zone = ZoneInfo(tz)
    start = datetime.combine(day, datetime.min.time(), zone)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), zone)
    starts = compute_slots(
        schedule,
        tz,
        SlotRules(duration=duration),
        window_start=start,
        window_end=end,
        now=LONG_AGO,
    )
    return [s.astimezone(zone) for s in starts]


@pytest.mark.parametrize(("tz", "day"), TRANSITIONS)
def test_nine_to_five_still_starts_at_nine_local_and_the_utc_offset_differs(
    tz: str, day: date
) -> None:
    schedule = every_day(("09:00", "17:00"))
    before = local_slots(schedule, tz, day - timedelta(days=1))
    on_day = local_slots(schedule, tz, day)
    after = local_slots(schedule, tz, day + timedelta(days=1))
    for slots in (before, on_day, after):
        assert [(s.hour, s.minute) for s in (slots[0], slots[-1])] == [(9, 0), (16, 30)]
        assert len(slots) == 16
    assert before[0].utcoffset() != on_day[0].utcoffset()
    assert on_day[0].utcoffset() == after[0].utcoffset()
    # In real time the two 09:00 starts are a day apart minus the offset change.
    offset_change = on_day[0].utcoffset() - before[0].utcoffset()  # type: ignore[operator]
    assert (
        on_day[0].astimezone(UTC) - before[0].astimezone(UTC) == timedelta(days=1) - offset_change
    )


@pytest.mark.parametrize(("tz", "day"), TRANSITIONS)
def test_afternoon_hours_end_at_the_same_wall_time_across_the_transition(
    tz: str, day: date
) -> None:
    schedule = every_day(("13:00", "18:00"))
    for current in (day - timedelta(days=1), day):
        slots = local_slots(schedule, tz, current, duration=60)
        assert [s.hour for s in slots] == [13, 14, 15, 16, 17]
        assert all(s.minute == 0 for s in slots)


def test_berlin_spring_forward_skips_the_missing_hour_in_early_morning_hours() -> None:
    slots = local_slots(every_day(("01:00", "04:00")), "Europe/Berlin", date(2026, 3, 29))
    assert [s.strftime("%H:%M %Z") for s in slots] == [
        "01:00 CET",
        "01:30 CET",
        "03:00 CEST",
        "03:30 CEST",
    ]


def test_hours_starting_inside_the_gap_begin_when_the_clock_reaches_them() -> None:
    slots = local_slots(every_day(("02:30", "05:00")), "Europe/Berlin", date(2026, 3, 29))
    assert [s.strftime("%H:%M") for s in slots] == ["03:00", "03:30", "04:00", "04:30"]


def test_berlin_fall_back_offers_the_repeated_hour_twice() -> None:
    slots = local_slots(every_day(("01:00", "04:00")), "Europe/Berlin", date(2026, 10, 25), 60)
    assert [s.strftime("%H:%M %Z") for s in slots] == [
        "01:00 CEST",
        "02:00 CEST",
        "02:00 CET",
        "03:00 CET",
    ]
    assert slots[2].astimezone(UTC) - slots[1].astimezone(UTC) == timedelta(hours=1)


def test_new_york_spring_forward_early_hours_lose_an_hour_of_real_time() -> None:
    day = date(2026, 3, 8)
    zone = ZoneInfo("America/New_York")
    windows = available_windows(
        every_day(("00:00", "06:00")),
        "America/New_York",
        [],
        datetime.combine(day, datetime.min.time(), zone),
        datetime.combine(day + timedelta(days=1), datetime.min.time(), zone),
    )
    assert sum((end - start for start, end in windows), timedelta()) == timedelta(hours=5)


def test_new_york_fall_back_early_hours_gain_an_hour_of_real_time() -> None:
    day = date(2026, 11, 1)
    zone = ZoneInfo("America/New_York")
    windows = available_windows(
        every_day(("00:00", "06:00")),
        "America/New_York",
        [],
        datetime.combine(day, datetime.min.time(), zone),
        datetime.combine(day + timedelta(days=1), datetime.min.time(), zone),
    )
    assert windows == [
        (datetime(2026, 11, 1, 4, tzinfo=UTC), datetime(2026, 11, 1, 11, tzinfo=UTC))
    ]


def test_the_same_schedule_in_two_zones_offers_different_utc_instants() -> None:
    schedule = every_day(("09:00", "10:00"))
    window = (datetime(2026, 7, 1, tzinfo=UTC), datetime(2026, 7, 2, 12, tzinfo=UTC))
    berlin = compute_slots(
        schedule,
        "Europe/Berlin",
        SlotRules(duration=60),
        window_start=window[0],
        window_end=window[1],
        now=LONG_AGO,
    )
    new_york = compute_slots(
        schedule,
        "America/New_York",
        SlotRules(duration=60),
        window_start=window[0],
        window_end=window[1],
        now=LONG_AGO,
    )
    assert berlin[0] == datetime(2026, 7, 1, 7, tzinfo=UTC)
    assert new_york[0] == datetime(2026, 7, 1, 13, tzinfo=UTC)


def test_local_instant_maps_gap_times_to_the_gap_end_and_repeated_times_to_the_first() -> None:
    from console.scheduling.slots import local_instant, zone

    berlin = zone("Europe/Berlin")
    assert local_instant(date(2026, 3, 29), 150, berlin) == datetime(2026, 3, 29, 1, tzinfo=UTC)
    assert local_instant(date(2026, 10, 25), 150, berlin) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    assert local_instant(date(2026, 6, 1), 24 * 60, berlin) == datetime(2026, 6, 1, 22, tzinfo=UTC)

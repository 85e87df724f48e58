"""Property tests: whatever the schedule, zone, rules and bookings, every offered slot is honest.

An offered slot never overlaps a booking plus buffers (unless it is the same group meeting with a
spot left), never leaves the weekly hours read in the schedule's own zone (or an extra-hours
override), never falls in a blocked span, and respects minimum notice and the booking window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from console.scheduling.schedule import WEEKDAYS, Interval, WeeklySchedule
from console.scheduling.slots import Booked, DateOverride, SlotRules, compute_slots

ZONES = [
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",  # half-hour DST shift
    "Asia/Kolkata",  # half-hour offset, no DST
    "America/Sao_Paulo",
]

# Days around the transitions of the zones above, plus ordinary days.
INTERESTING_DAYS = [
    date(2026, 3, 8),
    date(2026, 3, 29),
    date(2026, 10, 25),
    date(2026, 11, 1),
    date(2026, 4, 5),
    date(2026, 10, 4),
    date(2026, 6, 15),
    date(2026, 1, 10),
]

BOUNDED = settings(max_examples=100, deadline=None)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    start = draw(st.integers(0, 95)) * 15
    end = draw(st.integers(start // 15 + 1, 96)) * 15
    return Interval(start, end)


@st.composite
def schedules(draw: st.DrawFn) -> WeeklySchedule:
    schedule = WeeklySchedule.closed()
    for day in WEEKDAYS:
        # Whole days now and then, so windows run through midnight for days on end.
        hours = draw(st.one_of(st.lists(intervals(), max_size=3), st.just([Interval(0, 1440)])))
        schedule = schedule.with_day(day, hours)
    return schedule


@dataclass(frozen=True)
class Scenario:
    """Everything one ``compute_slots`` call gets."""

    schedule: WeeklySchedule
    tz: str
    rules: SlotRules
    window_start: datetime
    window_end: datetime
    now: datetime
    booked: list[Booked]
    overrides: list[DateOverride]


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    tz = draw(st.sampled_from(ZONES))
    day = draw(st.sampled_from(INTERESTING_DAYS)) + timedelta(days=draw(st.integers(-2, 2)))
    window_start = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        minutes=draw(st.integers(-720, 720))
    )
    window_end = window_start + timedelta(hours=draw(st.integers(1, 96)))
    now = window_start + timedelta(minutes=draw(st.integers(-3 * 1440, 1440)))
    rules = SlotRules(
        duration=draw(st.sampled_from([15, 20, 30, 45, 60, 90])),
        buffer_before=draw(st.sampled_from([0, 0, 5, 10, 15, 30])),
        buffer_after=draw(st.sampled_from([0, 0, 5, 10, 15, 30])),
        interval=draw(st.one_of(st.none(), st.integers(5, 60))),
        minimum_notice=draw(st.integers(0, 2880)),
        days_into_future=draw(st.one_of(st.none(), st.integers(0, 4))),
        spots=draw(st.integers(1, 3)),
    )

    def instant() -> datetime:
        return window_start + timedelta(minutes=draw(st.integers(-1440, 96 * 60)) // 5 * 5)

    booked: list[Booked] = []
    for _ in range(draw(st.integers(0, 12))):
        start = instant()
        booked.append(
            Booked(
                start,
                start
                + timedelta(
                    minutes=draw(st.sampled_from([rules.duration, rules.duration, 15, 60, 120]))
                ),
                taken=draw(st.integers(1, 3)),
            )
        )
    overrides: list[DateOverride] = []
    for _ in range(draw(st.integers(0, 3))):
        start = instant()
        overrides.append(
            DateOverride(
                start,
                start + timedelta(minutes=draw(st.integers(15, 1440))),
                available=draw(st.booleans()),
            )
        )
    return Scenario(
        schedule=draw(schedules()),
        tz=tz,
        rules=rules,
        window_start=window_start,
        window_end=window_end,
        now=now,
        booked=booked,
        overrides=overrides,
    )


def offered(s: Scenario) -> list[datetime]:
    return compute_slots(
        s.schedule,
        s.tz,
        s.rules,
        window_start=s.window_start,
        window_end=s.window_end,
        now=s.now,
        overrides=s.overrides,
        booked=s.booked,
    )


def within_hours(schedule: WeeklySchedule, zone: ZoneInfo, instant: datetime) -> bool:
    local = instant.astimezone(zone)
    return schedule.is_open_at(local.weekday(), local.hour * 60 + local.minute)


def samples(start: datetime, duration: int) -> list[datetime]:
    """Instants across the slot: every 5 minutes and the last second."""
    points = [start + timedelta(minutes=m) for m in range(0, duration, 5)]
    return [*points, start + timedelta(minutes=duration) - timedelta(seconds=1)]


@BOUNDED
@given(scenarios())
def test_offered_slots_are_sorted_utc_and_inside_the_requested_window(s: Scenario) -> None:
    slots = offered(s)
    assert slots == sorted(set(slots))
    for start in slots:
        assert start.utcoffset() == timedelta(0)
        assert s.window_start <= start < s.window_end


@BOUNDED
@given(scenarios())
def test_no_offered_slot_overlaps_a_booking_plus_buffers(s: Scenario) -> None:
    rules = s.rules
    taken: dict[tuple[datetime, datetime], int] = {}
    for b in s.booked:
        taken[(b.start, b.end)] = taken.get((b.start, b.end), 0) + b.taken
    for start in offered(s):
        end = start + timedelta(minutes=rules.duration)
        padded = (
            start - timedelta(minutes=rules.buffer_before),
            end + timedelta(minutes=rules.buffer_after),
        )
        for (b_start, b_end), count in taken.items():
            if b_start < padded[1] and b_end > padded[0]:
                # Only the same group meeting with a spot left may share the time.
                assert (b_start, b_end) == (start, end)
                assert count < rules.spots


@BOUNDED
@given(scenarios())
def test_every_offered_minute_is_in_extra_hours_or_in_weekly_hours_not_blocked(
    s: Scenario,
) -> None:
    zone = ZoneInfo(s.tz)
    rules = s.rules
    extra = [(o.start, o.end) for o in s.overrides if o.available]
    blocked = [(o.start, o.end) for o in s.overrides if not o.available]
    for start in offered(s):
        for instant in samples(start, rules.duration):
            # An available exception wins over a block (meetergo's documented precedence).
            if any(e0 <= instant < e1 for e0, e1 in extra):
                continue
            assert not any(b0 <= instant < b1 for b0, b1 in blocked)
            assert within_hours(s.schedule, zone, instant)


@BOUNDED
@given(scenarios())
def test_no_offered_slot_breaks_minimum_notice_or_the_booking_window(s: Scenario) -> None:
    rules = s.rules
    now = s.now
    for start in offered(s):
        assert start >= now + timedelta(minutes=rules.minimum_notice)
        if rules.days_into_future is not None:
            assert start < now + timedelta(days=rules.days_into_future)


@BOUNDED
@given(scenarios())
def test_a_free_schedule_offers_something_whenever_a_whole_free_step_exists(s: Scenario) -> None:
    """Guards against an engine that passes the other properties by offering nothing."""
    rules = SlotRules(duration=30)
    schedule = WeeklySchedule.from_hours(WEEKDAYS, [("00:00", "24:00")])
    start = s.window_start
    slots = compute_slots(
        schedule,
        s.tz,
        rules,
        window_start=start,
        window_end=start + timedelta(hours=2),
        now=start - timedelta(days=1),
    )
    assert 3 <= len(slots) <= 4
    assert all(b - a == timedelta(minutes=30) for a, b in pairwise(slots))


@BOUNDED
@given(scenarios(), st.integers(0, 96 * 60), st.integers(1, 48 * 60))
def test_a_narrow_query_finds_exactly_the_starts_a_wide_query_listed_there(
    s: Scenario, offset: int, length: int
) -> None:
    """The sandbox lists starts over weeks but validates a booking with a two-day query."""
    wide = offered(s)
    narrow_start = s.window_start + timedelta(minutes=offset)
    narrow_end = min(narrow_start + timedelta(minutes=length), s.window_end)
    narrow = offered(replace(s, window_start=narrow_start, window_end=narrow_end))
    assert narrow == [t for t in wide if narrow_start <= t < narrow_end]
